#pragma once
// The pact-verifier command line (verifier.md §14): one argument parser,
// built with CLI11 from one table of arguments, shared by the executable,
// pactffi_verify and pactffi_verifier_cli_args. It turns arguments and
// PACT_* environment variables into a VerifierConfig plus the settings only
// the command line has (log level, report files), and runs it with the
// reference CLI's exit codes.

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/result.hpp"
#include "verifier/config.hpp"

namespace pact::verifier {

/// What the command line asks for besides the verification itself.
struct CliSettings {
  /// error, warn, info, debug, trace or none: the run's log lines at this
  /// level and above go to the error stream.
  std::string log_level = "warn";
  /// Where to write the JSON report (verifier.md §12.2), if anywhere.
  std::optional<std::string> json_file;
  /// Accepted for compatibility; this implementation writes neither (a
  /// warning says so, as the reference does without its junit feature).
  std::optional<std::string> junit_file;
  std::optional<std::string> html_file;
  /// Verify only the interactions the report in `json_file` lists as
  /// failed, selected by description.
  bool last_failed = false;
};

/// A parsed command line.
struct CliCommand {
  enum class Action { Verify, Help, Version };
  Action action = Action::Verify;
  VerifierConfig config;
  CliSettings settings;
};

/// Parses `args` (without the program name) and the PACT_* environment
/// variables. Errors: InvalidArgument for anything the parser rejects
/// (unknown option, missing source, bad value, conflicting options; the
/// reference's exit code 2, pactffi_verify's 4); Parse for a --header that
/// is not KEY=VALUE (exit code 3). The message is one line, without the
/// "error: " prefix.
support::Result<CliCommand> parse_cli(std::span<const std::string> args);

/// Runs a parsed Verify command: verifies, writes the output lines to `out`,
/// the run's log lines (filtered by the log level) to `err`, and the JSON
/// report file. Returns 0 (verified), 1 (verification failed) or 2 (the run
/// could not be executed, or the report could not be written).
int run_command(const CliCommand& command, std::ostream& out, std::ostream& err);

/// The whole pact-verifier command: no arguments prints the help to `err`
/// and returns 2; --help / --version print to `out` and return 0; argument
/// errors print the error and a usage hint to `err` and return 2; a bad
/// --header returns 3; otherwise the result of run_command.
int run_cli(std::span<const std::string> args, std::ostream& out, std::ostream& err);

/// The help text of pact-verifier (clap's layout: one section per heading).
std::string cli_help();

/// The text --version prints.
std::string cli_version();

/// The legacy {"options":[Argument...],"flags":[Argument...]} document of
/// pactffi_verifier_cli_args (verifier.md §14), from the same argument table
/// the parser is built from.
std::string cli_args_json();

/// Splits one --header value at its first '=' (nothing when there is none
/// or the name is empty).
std::optional<std::pair<std::string, std::string>> split_header(std::string_view header);

}  // namespace pact::verifier

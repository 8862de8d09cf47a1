#pragma once
// The table of pact-verifier's arguments (the reference CLI 1.x, verifier.md
// §14) and what is derived from it: the CLI11 parser, the help text and the
// legacy cli-args JSON. One table, so the three never disagree. Internal to
// cli.cpp.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "support/result.hpp"

namespace pact::verifier::cli_detail {

enum class Kind {
  Flag,      ///< no value
  Single,    ///< one value, given once
  Repeated,  ///< one value per occurrence, any number of occurrences
};

/// How each value is checked while parsing (the reference's value parsers).
enum class Check { None, NonEmpty, Port, Integer, Retries, Regex, Json, Transport, PossibleValue };

struct Argument {
  std::string_view id;  ///< the reference's argument id; requires/conflicts name these
  std::string_view heading;
  char short_name = 0;
  std::string_view long_name;
  std::string_view alias;          ///< a second long name not shown in the help
  std::string_view visible_alias;  ///< a second long name shown as "[alias: --x]"
  std::string_view value_name;     ///< "<value_name>" in the help; empty for flags
  Kind kind = Kind::Flag;
  /// Splits one value into several (',' for tag lists, ' ' for transports);
  /// with ' ', one occurrence may also take several values.
  char delimiter = 0;
  Check check = Check::None;
  std::string_view help;
  std::string_view env;
  std::string_view default_value;
  std::string_view possible_values;  ///< comma separated
  std::string_view requires_ids;     ///< comma separated argument ids
  std::string_view conflicts_ids;    ///< comma separated argument ids
};

/// Every argument in help order, --help and --version first.
std::span<const Argument> arguments();

/// The values given for each argument id (flags: the flag's values, which
/// are "true" on the command line or the environment variable's text).
/// Arguments that were not given are absent.
using Values = std::map<std::string, std::vector<std::string>, std::less<>>;

enum class Outcome { Parsed, Help, Version };

struct ParseResult {
  Outcome outcome = Outcome::Parsed;
  Values values;
};

/// Parses with CLI11 (environment variables included). Errors carry CLI11's
/// one-line message.
support::Result<ParseResult> parse_arguments(std::span<const std::string> args);

/// The clap-style help text.
std::string help_text();

/// The legacy {"options": [...], "flags": [...]} JSON.
std::string arguments_json();

}  // namespace pact::verifier::cli_detail

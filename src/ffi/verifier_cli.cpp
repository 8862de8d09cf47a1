// Header section "Verifier": the legacy command-line entry points
// pactffi_verify and pactffi_verifier_cli_args (verifier.md §14), both over
// the pact-verifier argument parser.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/last_error.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"
#include "verifier/cli.hpp"

using namespace pact;
using namespace pact::ffi;

namespace {

// pactffi_verify return codes (verifier.md §14).
enum VerifyCode : int { kNullArgs = 2, kPanic = 3, kBadHeader = 3, kInvalidArgs = 4 };

// One argument per line, as Rust's str::lines splits: "\n" or "\r\n", and
// no empty argument after a final line break.
std::vector<std::string> argument_lines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    auto line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.emplace_back(line);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  return lines;
}

}  // namespace

PACT_FFI_EXPORT int pactffi_verify(const char* args) {
  return guarded<int>(kPanic, [&]() -> int {
    if (args == nullptr) {
      set_last_error("args is null");
      return kNullArgs;
    }
    auto command = verifier::parse_cli(argument_lines(args));
    if (!command.ok()) {
      set_last_error(command.error().message);
      std::cerr << "ERROR: error verifying Pact: " << command.error().message << '\n';
      return command.error().category == support::ErrorCategory::Parse ? kBadHeader : kInvalidArgs;
    }
    if (command->action != verifier::CliCommand::Action::Verify) {
      // The reference's parser reports --help and --version as errors here.
      set_last_error("--help and --version are not supported by pactffi_verify");
      return kInvalidArgs;
    }
    // The legacy entry point ran without calling-application details.
    command->config.application = verifier::CallingApplication{};
    return verifier::run_command(command.value(), std::cout, std::cerr);
  });
}

PACT_FFI_EXPORT const char* pactffi_verifier_cli_args(void) {
  return guarded<const char*>(nullptr, [] { return hand_over_string(verifier::cli_args_json()); });
}

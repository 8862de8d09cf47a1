#pragma once
// Running a verification (verifier.md §5): load the pacts, verify every
// selected interaction against the provider, publish results, and render
// the output. The one entry point the FFI handle, pactffi_verify and the
// pact-verifier command line share.

#include <string>
#include <string_view>
#include <vector>

#include "support/json.hpp"
#include "verifier/config.hpp"
#include "verifier/results.hpp"

namespace pact::verifier {

/// The version of the verifier behaviour this library reproduces
/// (pact_verifier embedded in libpact_ffi 0.5.12's era); it appears in the
/// user agent and in published results, where brokers show it.
inline constexpr std::string_view kVerifierVersion = "1.4.8";

/// A finished run: its data, the rendered output and JSON report.
struct VerificationReport {
  VerificationRun run;
  std::vector<std::string> output;  ///< output lines (coloured per options)
  json::object json;                ///< report_json of the run
  int exit_code = 0;
  /// Log lines of the run ("<timestamp> <LEVEL> pact_verifier: <message>").
  std::string logs;
};

/// Runs the verification `config` describes. Never throws for bad input or
/// an unreachable provider or broker; those are results.
VerificationReport verify(const VerifierConfig& config);

/// The user agent of every verifier request: "pact_verifier/<version>".
std::string user_agent();

}  // namespace pact::verifier

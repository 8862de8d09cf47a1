#pragma once
// Rendering a VerificationRun (verifier.md §12, broker-api.md §5.3): the
// text output lines, the JSON report pact-python reads, and the results
// document published to a broker. Pure functions.

#include <string>
#include <string_view>
#include <vector>

#include "support/json.hpp"
#include "verifier/config.hpp"
#include "verifier/results.hpp"

namespace pact::verifier {

/// The output lines in the reference's layout (§12.1), with ANSI colours
/// when `coloured`. Lines may contain embedded newlines.
std::vector<std::string> output_lines(const VerificationRun& run, bool coloured);

/// The JSON report of §12.2 (keys sorted when written). `output` is the
/// result of output_lines for the same run.
json::object report_json(const VerificationRun& run, const std::vector<std::string>& output);

/// The verification-results document for one pact (broker-api.md §5.3).
json::object publish_payload(const PactResult& pact, const PublishOptions& publish,
                             const CallingApplication& application);

/// `text` without ANSI escape sequences (ESC [ ... m / G / K).
std::string strip_ansi(std::string_view text);

/// "0s", "25ms", "1s 5ms": humantime style truncated to milliseconds
/// (output lines).
std::string human_duration(std::chrono::nanoseconds duration);

/// "230ms", "1.5s", "0ns": Rust's Debug style (JSON report).
std::string debug_duration(std::chrono::nanoseconds duration);

}  // namespace pact::verifier

#pragma once
// What a verification run found, as plain data (verifier.md §5, §12).
// Execution fills a VerificationRun; the report renders it as output lines,
// the JSON report and the payloads published to a broker. Nothing here does
// I/O.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "matching/mismatch.hpp"
#include "model/pact.hpp"
#include "support/json.hpp"

namespace pact::verifier {

/// The outcome of verifying one interaction.
struct InteractionResult {
  /// Index into the pact's interactions.
  std::size_t interaction_index = 0;
  /// Failures are reported but do not fail the run: the pact is pending at
  /// the broker, or the V4 interaction is marked pending.
  bool pending = false;
  /// What differed; empty when the provider kept the contract.
  std::vector<matching::Mismatch> mismatches;
  /// Set when no comparison could be made or it was overridden: a request
  /// that failed ("error sending request for url (...)"), a failing
  /// state-change call, a message request answered with an error status.
  std::optional<std::string> error;
  /// True when `error` came from the request itself: the output then shows
  /// "Request Failed - <error>" instead of the result block.
  bool request_failed = false;
  std::chrono::nanoseconds duration{0};
  /// The body (or message contents) the provider returned, kept when there
  /// are mismatches: the failures section shows a JSON diff of it after a
  /// body mismatch, as the reference does (report.cpp). Unset: no diff.
  std::optional<std::string> actual_body;

  bool ok() const noexcept { return mismatches.empty() && !error; }
};

/// Where a pact came from at a broker, for notices and publishing
/// (broker-api.md §3.3, §4).
struct BrokerContext {
  /// Base URL requests go to (HAL hrefs keep only their path, §2.5).
  std::string base_url;
  std::string username;
  std::string password;
  std::string token;
  /// The pact document's "_links".
  json::object links;
  bool pending = false;
  /// The notices of verificationProperties, string -> string objects.
  json::array notices;
};

/// One pact that was loaded and verified.
struct PactResult {
  model::Pact pact;
  std::optional<BrokerContext> broker;
  std::chrono::nanoseconds loading{0};
  std::vector<InteractionResult> interactions;
  /// Whether results were published (attempted) for this pact; it selects
  /// the after-verification notice.
  bool published = false;

  bool pending() const noexcept { return broker && broker->pending; }
};

/// A source (or one document of it) that could not be loaded: reported as
/// the error entry "Failed to load pact" (verifier.md §3).
struct LoadFailure {
  std::string message;
};

using RunEntry = std::variant<PactResult, LoadFailure>;

struct VerificationRun {
  /// Pacts and load failures in source order.
  std::vector<RunEntry> entries;
  /// Set when the run could not be executed at all (exit code 2):
  /// "Verification execution failed: <error>".
  std::optional<std::string> execution_error;

  /// 0 every verified interaction passed or was pending (also when nothing
  /// was verified); 1 a non-pending failure or a load failure; 2 the run
  /// could not be executed (verifier.md §13).
  int exit_code() const noexcept;
};

}  // namespace pact::verifier

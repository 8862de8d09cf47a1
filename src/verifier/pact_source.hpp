#pragma once
// Loading the pacts to verify from files, directories, URLs and Pact
// Brokers (verifier.md §3, broker-api.md §3, §4, §6, §7). Each source
// yields pacts or load failures, in the order the sources were added; the
// consumer filter is applied to loaded pacts (failures always pass).

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/pact.hpp"
#include "verifier/config.hpp"
#include "verifier/results.hpp"

namespace pact::verifier {

/// A pact ready to verify, with its broker context when it came from a
/// broker or from a URL whose document links to a results endpoint.
struct LoadedPact {
  model::Pact pact;
  std::optional<BrokerContext> broker;
  std::chrono::nanoseconds loading{0};
};

using LoadedEntry = std::variant<LoadedPact, LoadFailure>;

/// Loads every source of `config` (provider name, consumer filters,
/// no-pacts-is-error, broker retries, TLS and timeout options are read from
/// it). Never throws for bad input: failures become LoadFailure entries
/// with the reference's messages.
std::vector<LoadedEntry> load_pacts(const VerifierConfig& config);

/// load_pacts with the wait between broker retries replaced, so that tests
/// of the back-off do not sleep (empty = really sleep).
std::vector<LoadedEntry> load_pacts(const VerifierConfig& config,
                                    const std::function<void(std::chrono::milliseconds)>& retry_sleep);

}  // namespace pact::verifier

#pragma once
// Publishing verification results to a Pact Broker (verifier.md §11,
// broker-api.md §5): provider branch, then tags, then the results document.
// Failures are returned for logging only; they never change a run's result.

#include <chrono>
#include <functional>

#include "support/json.hpp"
#include "support/result.hpp"
#include "verifier/config.hpp"
#include "verifier/results.hpp"

namespace pact::verifier {

/// Publishes `payload` (see report.hpp, publish_payload) for the pact whose
/// broker context is `broker`. Branch and tag failures skip the results POST.
support::Status publish_verification_results(const BrokerContext& broker, const PublishOptions& publish,
                                             const json::object& payload, const VerificationOptions& options);

/// The same with the wait between retries replaced (tests; empty = sleep).
support::Status publish_verification_results(const BrokerContext& broker, const PublishOptions& publish,
                                             const json::object& payload, const VerificationOptions& options,
                                             const std::function<void(std::chrono::milliseconds)>& retry_sleep);

}  // namespace pact::verifier

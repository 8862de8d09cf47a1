#pragma once
// The opaque VerifierHandle of pact.h: a verification's configuration plus
// the report of its last run. The mutex guards both, so a setter called
// while another thread executes waits instead of racing.

#include <mutex>
#include <optional>

#include "verifier/config.hpp"
#include "verifier/verifier.hpp"

struct VerifierHandle {
  mutable std::mutex mutex;  ///< guards config and last
  pact::verifier::VerifierConfig config;
  std::optional<pact::verifier::VerificationReport> last;
};

#include "verifier/results.hpp"

#include <algorithm>

namespace pact::verifier {

int VerificationRun::exit_code() const noexcept {
  if (execution_error) return 2;
  const bool failed = std::any_of(entries.begin(), entries.end(), [](const RunEntry& entry) {
    const auto* pact = std::get_if<PactResult>(&entry);
    if (pact == nullptr) return true;  // a load failure
    return std::any_of(pact->interactions.begin(), pact->interactions.end(),
                       [](const InteractionResult& r) { return !r.ok() && !r.pending; });
  });
  return failed ? 1 : 0;
}

}  // namespace pact::verifier

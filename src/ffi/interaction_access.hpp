#pragma once
// Running a builder change on the interaction an InteractionHandle names:
// decode, find, lock, apply with the function's lock policy.

#include <cstdint>
#include <functional>

#include "consumer/pact_builder.hpp"
#include "ffi/last_error.hpp"
#include "ffi/pact_registry.hpp"

namespace pact::ffi {

/// What happened, for adapters whose return codes distinguish the cases.
enum class UpdateOutcome { Done, UnknownHandle, Locked, Rejected };

/// Applies `change` to the interaction. A rejected change (bad argument,
/// wrong interaction kind) records its message as the last error.
UpdateOutcome update_interaction(std::uint32_t handle, consumer::WhenLocked policy,
                                 const std::function<support::Status(model::Interaction&)>& change);

/// The same, with the lock policy chosen from the interaction as it is
/// under the lock (some changes are locked for HTTP interactions only).
UpdateOutcome update_interaction(std::uint32_t handle,
                                 const std::function<consumer::WhenLocked(const model::Interaction&)>& policy_for,
                                 const std::function<support::Status(model::Interaction&)>& change);

/// Runs `read` on the interaction under its pact's lock. False for an
/// unknown handle (nothing is run).
bool read_interaction(std::uint32_t handle, const std::function<void(const model::Interaction&)>& read);

/// update_interaction(...) == Done.
inline bool try_update_interaction(std::uint32_t handle, consumer::WhenLocked policy,
                                   const std::function<support::Status(model::Interaction&)>& change) {
  return update_interaction(handle, policy, change) == UpdateOutcome::Done;
}

}  // namespace pact::ffi

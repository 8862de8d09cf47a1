#include "ffi/interaction_access.hpp"

#include <mutex>

namespace pact::ffi {

UpdateOutcome update_interaction(std::uint32_t handle, consumer::WhenLocked policy,
                                 const std::function<support::Status(model::Interaction&)>& change) {
  const auto ref = decode_interaction(handle);
  if (!ref) return UpdateOutcome::UnknownHandle;
  const auto entry = PactRegistry::instance().find(ref->pact);
  if (!entry) return UpdateOutcome::UnknownHandle;
  std::lock_guard lock(entry->mutex);
  const auto status = entry->builder.update_interaction(ref->index, policy, change);
  if (status.ok()) return UpdateOutcome::Done;
  switch (status.error().category) {
    case support::ErrorCategory::NotFound: return UpdateOutcome::UnknownHandle;
    case support::ErrorCategory::State: return UpdateOutcome::Locked;
    default:
      set_last_error(status.error().message);
      return UpdateOutcome::Rejected;
  }
}

}  // namespace pact::ffi

#include "ffi/interaction_access.hpp"

#include <mutex>

namespace pact::ffi {

UpdateOutcome update_interaction(std::uint32_t handle, consumer::WhenLocked policy,
                                 const std::function<support::Status(model::Interaction&)>& change) {
  return update_interaction(handle, [policy](const model::Interaction&) { return policy; }, change);
}

UpdateOutcome update_interaction(std::uint32_t handle,
                                 const std::function<consumer::WhenLocked(const model::Interaction&)>& policy_for,
                                 const std::function<support::Status(model::Interaction&)>& change) {
  const auto ref = decode_interaction(handle);
  if (!ref) return UpdateOutcome::UnknownHandle;
  const auto entry = PactRegistry::instance().find(ref->pact);
  if (!entry) return UpdateOutcome::UnknownHandle;
  std::lock_guard lock(entry->mutex);
  const auto* current = entry->builder.interaction(ref->index);
  if (current == nullptr) return UpdateOutcome::UnknownHandle;
  const auto status = entry->builder.update_interaction(ref->index, policy_for(*current), change);
  if (status.ok()) return UpdateOutcome::Done;
  switch (status.error().category) {
    case support::ErrorCategory::NotFound: return UpdateOutcome::UnknownHandle;
    case support::ErrorCategory::State: return UpdateOutcome::Locked;
    default:
      set_last_error(status.error().message);
      return UpdateOutcome::Rejected;
  }
}

bool read_interaction(std::uint32_t handle, const std::function<void(const model::Interaction&)>& read) {
  const auto ref = decode_interaction(handle);
  if (!ref) return false;
  const auto entry = PactRegistry::instance().find(ref->pact);
  if (!entry) return false;
  std::lock_guard lock(entry->mutex);
  const auto* interaction = entry->builder.interaction(ref->index);
  if (interaction == nullptr) return false;
  read(*interaction);
  return true;
}

}  // namespace pact::ffi

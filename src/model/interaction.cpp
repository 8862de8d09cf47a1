#include "model/interaction.hpp"

namespace pact::model {

std::string_view interaction_kind_name(InteractionKind kind) noexcept {
  switch (kind) {
    case InteractionKind::SynchronousHttp: return "Synchronous/HTTP";
    case InteractionKind::AsynchronousMessage: return "Asynchronous/Messages";
    case InteractionKind::SynchronousMessage: return "Synchronous/Messages";
  }
  return "Synchronous/HTTP";
}

}  // namespace pact::model

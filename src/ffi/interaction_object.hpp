#pragma once
// What every interaction object of the model API shares (SynchronousHttp,
// AsynchronousMessage, SynchronousMessage, Message, PactInteraction): the
// description and the provider states. One implementation for all of their
// *_get_description, *_set_description, *_get_provider_state and
// *_get_provider_state_iter adapters.

#include <memory>

#include "ffi/model_objects.hpp"

namespace pact::ffi {

/// A copy of the description, handed to the caller.
char* description_of(const InteractionObject& object);

/// Sets the description; `description` is required UTF-8.
void set_description(InteractionObject& object, const char* description);

/// The provider state at `index`, borrowed from the object; FfiError when
/// out of bounds.
const ProviderState* provider_state_at(InteractionObject& object, unsigned int index);

/// An iterator over a copy of the provider states, handed to the caller.
ProviderStateIterator* provider_state_iter(const InteractionObject& object);

}  // namespace pact::ffi

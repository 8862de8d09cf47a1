#include "ffi/interaction_object.hpp"

#include <string>

#include "ffi/args.hpp"
#include "ffi/guard.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/ownership.hpp"

namespace pact::ffi {

char* description_of(const InteractionObject& object) {
  return hand_over_string(object.interaction.get().description);
}

void set_description(InteractionObject& object, const char* description) {
  object.interaction.get().description = std::string(required_str(description, "description"));
}

const ProviderState* provider_state_at(InteractionObject& object, unsigned int index) {
  auto& states = object.interaction.get().provider_states;
  if (index >= states.size()) fail("index is out of bounds");
  return object.provider_states.of(states[index]);
}

ProviderStateIterator* provider_state_iter(const InteractionObject& object) {
  return hand_over(make_provider_state_iterator(object.interaction.get().provider_states));
}

}  // namespace pact::ffi

// Header section "Model: pacts, interactions, HTTP parts, provider states,
// iterators": provider states, their parameters and the shared
// ProviderStateIterator.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"
#include "support/json.hpp"

using namespace pact;
using namespace pact::ffi;

/// The parameters of one provider state as (key, JSON text) pairs, copied
/// when the iterator is created so that it does not depend on the state
/// (the reference's iterator must not outlive its state; this one may).
struct ProviderStateParamIterator {
  std::vector<std::pair<std::string, std::string>> params;
  std::size_t cursor = 0;
};

PACT_FFI_EXPORT const char* pactffi_provider_state_get_name(const ProviderState* provider_state) {
  return guarded<const char*>(nullptr, [&] {
    return hand_over_string(required_obj(provider_state, "provider_state").state.get().name);
  });
}

PACT_FFI_EXPORT ProviderStateParamIterator* pactffi_provider_state_get_param_iter(ProviderState* provider_state) {
  return guarded<ProviderStateParamIterator*>(nullptr, [&] {
    const auto& state = required_obj(provider_state, "provider_state").state.get();
    auto iter = std::make_unique<ProviderStateParamIterator>();
    // Every value is rendered as JSON text, strings included (quoted), as
    // the reference renders them (ffi-types.tsv ProviderStateParamPair).
    for (const auto& entry : state.params) {
      iter->params.emplace_back(std::string(entry.key()), json::write(entry.value()));
    }
    return hand_over(std::move(iter));
  });
}

PACT_FFI_EXPORT ProviderStateParamPair* pactffi_provider_state_param_iter_next(ProviderStateParamIterator* iter) {
  return guarded<ProviderStateParamPair*>(nullptr, [&]() -> ProviderStateParamPair* {
    auto& it = required_obj(iter, "iter");
    if (it.cursor >= it.params.size()) return nullptr;
    const auto& [key, value] = it.params[it.cursor++];
    auto pair = std::make_unique<ProviderStateParamPair>();
    pair->key = hand_over_string(key);
    pair->value = hand_over_string(value);
    return hand_over(std::move(pair));
  });
}

PACT_FFI_EXPORT void pactffi_provider_state_param_iter_delete(ProviderStateParamIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT void pactffi_provider_state_param_pair_delete(ProviderStateParamPair* pair) {
  guarded_void([&] {
    auto owned = take_back(pair);
    if (!owned) return;
    take_back_string(const_cast<char*>(owned->key));
    take_back_string(const_cast<char*>(owned->value));
  });
}

PACT_FFI_EXPORT void pactffi_provider_state_delete(ProviderState* provider_state) {
  guarded_void([&] {
    // States from getters and iterators are views owned by their parent:
    // only an owned state is freed, so a mistaken delete is harmless.
    if (provider_state != nullptr && provider_state->state.owned()) take_back(provider_state);
  });
}

PACT_FFI_EXPORT ProviderState* pactffi_provider_state_iter_next(ProviderStateIterator* iter) {
  return guarded<ProviderState*>(nullptr, [&] { return required_obj(iter, "iter").states.next(); });
}

PACT_FFI_EXPORT void pactffi_provider_state_iter_delete(ProviderStateIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

// Header section "Model: pacts, interactions, HTTP parts, provider states,
// iterators": pact models, their consumer and provider, interaction
// iterators and the conversions of a generic interaction.
#include <memory>
#include <utility>
#include <vector>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/model_pact_objects.hpp"
#include "ffi/ownership.hpp"
#include "ffi/pact_registry.hpp"
#include "model/pact_json.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;

namespace {

/// A copy of the model behind a pact handle; FfiError when the handle is
/// unknown (the reference reports "Pact handle is not valid").
model::Pact pact_of_handle(PactHandle handle) {
  auto entry = PactRegistry::instance().find(handle);
  if (!entry) fail("Pact handle is not valid");
  std::lock_guard lock(entry->mutex);
  return entry->builder.pact();
}

/// Copies of the interactions of one kind, in pact order.
std::vector<model::Interaction> of_kind(const model::Pact& pact, model::InteractionKind kind) {
  std::vector<model::Interaction> out;
  for (const auto& interaction : pact.interactions) {
    if (interaction.kind() == kind) out.push_back(interaction);
  }
  return out;
}

/// A copy of `interaction` as the object type T when it has the kind T
/// holds; nullptr otherwise (not an error: the reference returns NULL
/// without setting the last error).
template <typename T>
const T* convert(const PactInteraction* interaction, model::InteractionKind kind) {
  const auto& model = required_obj(interaction, "interaction").interaction.get();
  if (model.kind() != kind) return nullptr;
  return hand_over(std::make_unique<T>(model));
}

}  // namespace

// ---- Pact models ---------------------------------------------------------------

PACT_FFI_EXPORT Pact* pactffi_parse_pact_json(const char* json) {
  return guarded<Pact*>(nullptr, [&]() -> Pact* {
    auto parsed = model::read_pact(required_str(json, "json"));
    if (!parsed.ok()) fail(parsed.error());
    return hand_over(std::make_unique<Pact>(std::move(parsed).value()));
  });
}

PACT_FFI_EXPORT void pactffi_pact_model_delete(Pact* pact) {
  guarded_void([&] { take_back(pact); });
}

PACT_FFI_EXPORT PactInteractionIterator* pactffi_pact_model_interaction_iterator(Pact* pact) {
  return guarded<PactInteractionIterator*>(nullptr, [&] {
    const auto& model = required_obj(pact, "pact").pact.get();
    return hand_over(std::make_unique<PactInteractionIterator>(model.interactions));
  });
}

PACT_FFI_EXPORT PactSpecification pactffi_pact_spec_version(const Pact* pact) {
  return guarded(PactSpecification_Unknown, [&] {
    // SpecVersion numbers its versions as the C enum (ffi-conventions.md §11).
    return static_cast<PactSpecification>(required_obj(pact, "pact").pact.get().spec_version);
  });
}

PACT_FFI_EXPORT const Consumer* pactffi_pact_get_consumer(const Pact* pact) {
  return guarded<const Consumer*>(nullptr, [&] {
    return hand_over(std::make_unique<Consumer>(Consumer{required_obj(pact, "pact").pact.get().consumer}));
  });
}

PACT_FFI_EXPORT const Provider* pactffi_pact_get_provider(const Pact* pact) {
  return guarded<const Provider*>(nullptr, [&] {
    return hand_over(std::make_unique<Provider>(Provider{required_obj(pact, "pact").pact.get().provider}));
  });
}

PACT_FFI_EXPORT void pactffi_pact_consumer_delete(const Consumer* consumer) {
  guarded_void([&] { take_back(const_cast<Consumer*>(consumer)); });
}

PACT_FFI_EXPORT void pactffi_pact_provider_delete(const Provider* provider) {
  guarded_void([&] { take_back(const_cast<Provider*>(provider)); });
}

PACT_FFI_EXPORT const char* pactffi_consumer_get_name(const Consumer* consumer) {
  return guarded<const char*>(nullptr, [&] { return hand_over_string(required_obj(consumer, "consumer").name); });
}

PACT_FFI_EXPORT const char* pactffi_provider_get_name(const Provider* provider) {
  return guarded<const char*>(nullptr, [&] { return hand_over_string(required_obj(provider, "provider").name); });
}

// ---- Pacts behind handles --------------------------------------------------------

PACT_FFI_EXPORT Pact* pactffi_pact_handle_to_pointer(PactHandle pact) {
  return guarded<Pact*>(nullptr, [&] { return hand_over(std::make_unique<Pact>(pact_of_handle(pact))); });
}

PACT_FFI_EXPORT PactSyncHttpIterator* pactffi_pact_handle_get_sync_http_iter(PactHandle pact) {
  return guarded<PactSyncHttpIterator*>(nullptr, [&] {
    return hand_over(std::make_unique<PactSyncHttpIterator>(
        of_kind(pact_of_handle(pact), model::InteractionKind::SynchronousHttp)));
  });
}

PACT_FFI_EXPORT PactAsyncMessageIterator* pactffi_pact_handle_get_async_message_iter(PactHandle pact) {
  return guarded<PactAsyncMessageIterator*>(nullptr, [&] {
    return hand_over(std::make_unique<PactAsyncMessageIterator>(
        of_kind(pact_of_handle(pact), model::InteractionKind::AsynchronousMessage)));
  });
}

PACT_FFI_EXPORT PactSyncMessageIterator* pactffi_pact_handle_get_sync_message_iter(PactHandle pact) {
  return guarded<PactSyncMessageIterator*>(nullptr, [&] {
    return hand_over(std::make_unique<PactSyncMessageIterator>(
        of_kind(pact_of_handle(pact), model::InteractionKind::SynchronousMessage)));
  });
}

PACT_FFI_EXPORT PactMessageIterator* pactffi_pact_handle_get_message_iter(PactHandle pact) {
  return guarded<PactMessageIterator*>(nullptr, [&] {
    // The reference views the pact as a V3 message pact: its asynchronous
    // messages; other interactions are left out.
    return hand_over(std::make_unique<PactMessageIterator>(
        of_kind(pact_of_handle(pact), model::InteractionKind::AsynchronousMessage)));
  });
}

// ---- Iterators over interactions ------------------------------------------------

PACT_FFI_EXPORT const PactInteraction* pactffi_pact_interaction_iter_next(PactInteractionIterator* iter) {
  return guarded<const PactInteraction*>(nullptr, [&] { return required_obj(iter, "iter").items.next(); });
}

PACT_FFI_EXPORT void pactffi_pact_interaction_iter_delete(PactInteractionIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT SynchronousHttp* pactffi_pact_sync_http_iter_next(PactSyncHttpIterator* iter) {
  return guarded<SynchronousHttp*>(nullptr, [&] { return required_obj(iter, "iter").items.next(); });
}

PACT_FFI_EXPORT void pactffi_pact_sync_http_iter_delete(PactSyncHttpIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

// The message iterators' *_next/*_delete are in model_message_iterators.cpp
// (section "Model: messages and message contents").

// ---- Generic interactions --------------------------------------------------------

PACT_FFI_EXPORT const SynchronousHttp* pactffi_pact_interaction_as_synchronous_http(
    const PactInteraction* interaction) {
  return guarded<const SynchronousHttp*>(nullptr, [&] {
    return convert<SynchronousHttp>(interaction, model::InteractionKind::SynchronousHttp);
  });
}

PACT_FFI_EXPORT const Message* pactffi_pact_interaction_as_message(const PactInteraction* interaction) {
  return guarded<const Message*>(nullptr, [&] {
    return convert<Message>(interaction, model::InteractionKind::AsynchronousMessage);
  });
}

PACT_FFI_EXPORT const AsynchronousMessage* pactffi_pact_interaction_as_asynchronous_message(
    const PactInteraction* interaction) {
  return guarded<const AsynchronousMessage*>(nullptr, [&] {
    return convert<AsynchronousMessage>(interaction, model::InteractionKind::AsynchronousMessage);
  });
}

PACT_FFI_EXPORT const SynchronousMessage* pactffi_pact_interaction_as_synchronous_message(
    const PactInteraction* interaction) {
  return guarded<const SynchronousMessage*>(nullptr, [&] {
    return convert<SynchronousMessage>(interaction, model::InteractionKind::SynchronousMessage);
  });
}

PACT_FFI_EXPORT void pactffi_pact_interaction_delete(const PactInteraction* interaction) {
  guarded_void([&] {
    // Iterator items are views owned by their iterator: freeing one is left
    // to the iterator, so a mistaken delete cannot free it twice.
    if (interaction != nullptr && interaction->interaction.owned()) {
      take_back(const_cast<PactInteraction*>(interaction));
    }
  });
}

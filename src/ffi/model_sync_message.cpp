// Header section "Model: messages and message contents": V4 synchronous
// messages (pactffi_sync_message_*).
#include <memory>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/interaction_object.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_message_access.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;

namespace {

// Getters take const pointers but hand out views that the object caches
// (model_objects.hpp ViewCache); the cache is not part of the message's value.
SynchronousMessage& object_of(const SynchronousMessage* message) {
  return const_cast<SynchronousMessage&>(required_obj(message, "message"));
}

model::MessageContents& request_of(const SynchronousMessage* message) {
  return sync_parts(object_of(message)).request;
}

/// The response at `index`, or nullptr when out of range (the reference's
/// getters answer NULL/0 there without an error).
model::MessageContents* response_at(const SynchronousMessage* message, size_t index) {
  auto& responses = sync_parts(object_of(message)).responses;
  return index < responses.size() ? &responses[index] : nullptr;
}

/// The response at `index` for a setter: the reference grows the list with
/// empty responses up to `index` (sync_message.rs resize). Views of earlier
/// responses stay cached by address; a reallocation leaves them stale, as
/// "valid until the parent is mutated" allows (ffi-conventions.md §4.2).
model::MessageContents& response_for_update(SynchronousMessage* message, size_t index) {
  auto& responses = sync_parts(object_of(message)).responses;
  if (index >= responses.size()) {
    if (index >= responses.max_size() - 1) fail("index is out of bounds");
    responses.resize(index + 1);
  }
  return responses[index];
}

}  // namespace

PACT_FFI_EXPORT SynchronousMessage* pactffi_sync_message_new(void) {
  return guarded<SynchronousMessage*>(nullptr, [&] {
    return hand_over(std::make_unique<SynchronousMessage>(empty_sync_interaction()));
  });
}

PACT_FFI_EXPORT void pactffi_sync_message_delete(SynchronousMessage* message) {
  guarded_void([&] { delete_owned(message, "message"); });
}

PACT_FFI_EXPORT const char* pactffi_sync_message_get_request_contents_str(const SynchronousMessage* message) {
  return guarded<const char*>(nullptr, [&] { return body_as_c_string(request_of(message).contents); });
}

PACT_FFI_EXPORT void pactffi_sync_message_set_request_contents_str(SynchronousMessage* message,
                                                                  const char* contents, const char* content_type) {
  guarded_void([&] { set_body_text(request_of(message).contents, contents, content_type, "contents"); });
}

PACT_FFI_EXPORT size_t pactffi_sync_message_get_request_contents_length(const SynchronousMessage* message) {
  return guarded<size_t>(0, [&] { return body_length(request_of(message).contents); });
}

PACT_FFI_EXPORT const unsigned char* pactffi_sync_message_get_request_contents_bin(
    const SynchronousMessage* message) {
  return guarded<const unsigned char*>(nullptr, [&] { return body_bytes(request_of(message).contents); });
}

PACT_FFI_EXPORT void pactffi_sync_message_set_request_contents_bin(SynchronousMessage* message,
                                                                  const unsigned char* contents, size_t len,
                                                                  const char* content_type) {
  guarded_void([&] { set_body_bytes(request_of(message).contents, contents, len, content_type); });
}

PACT_FFI_EXPORT const MessageContents* pactffi_sync_message_get_request_contents(const SynchronousMessage* message) {
  return guarded<const MessageContents*>(nullptr, [&] {
    auto& request = request_of(message);
    return object_of(message).contents.of(request);
  });
}

PACT_FFI_EXPORT const MessageContents* pactffi_sync_message_generate_request_contents(
    const SynchronousMessage* message) {
  return guarded<const MessageContents*>(nullptr, [&] {
    return hand_over(std::make_unique<MessageContents>(generated_contents(request_of(message))));
  });
}

PACT_FFI_EXPORT size_t pactffi_sync_message_get_number_responses(const SynchronousMessage* message) {
  return guarded<size_t>(0, [&] { return sync_parts(object_of(message)).responses.size(); });
}

PACT_FFI_EXPORT const char* pactffi_sync_message_get_response_contents_str(const SynchronousMessage* message,
                                                                          size_t index) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    const auto* response = response_at(message, index);
    return response != nullptr ? body_as_c_string(response->contents) : nullptr;
  });
}

PACT_FFI_EXPORT void pactffi_sync_message_set_response_contents_str(SynchronousMessage* message, size_t index,
                                                                   const char* contents, const char* content_type) {
  guarded_void([&] {
    set_body_text(response_for_update(message, index).contents, contents, content_type, "contents");
  });
}

PACT_FFI_EXPORT size_t pactffi_sync_message_get_response_contents_length(const SynchronousMessage* message,
                                                                        size_t index) {
  return guarded<size_t>(0, [&]() -> size_t {
    const auto* response = response_at(message, index);
    return response != nullptr ? body_length(response->contents) : 0;
  });
}

PACT_FFI_EXPORT const unsigned char* pactffi_sync_message_get_response_contents_bin(
    const SynchronousMessage* message, size_t index) {
  return guarded<const unsigned char*>(nullptr, [&]() -> const unsigned char* {
    const auto* response = response_at(message, index);
    return response != nullptr ? body_bytes(response->contents) : nullptr;
  });
}

PACT_FFI_EXPORT void pactffi_sync_message_set_response_contents_bin(SynchronousMessage* message, size_t index,
                                                                   const unsigned char* contents, size_t len,
                                                                   const char* content_type) {
  guarded_void([&] { set_body_bytes(response_for_update(message, index).contents, contents, len, content_type); });
}

PACT_FFI_EXPORT const MessageContents* pactffi_sync_message_get_response_contents(const SynchronousMessage* message,
                                                                                 size_t index) {
  return guarded<const MessageContents*>(nullptr, [&]() -> const MessageContents* {
    auto* response = response_at(message, index);
    return response != nullptr ? object_of(message).contents.of(*response) : nullptr;
  });
}

PACT_FFI_EXPORT const MessageContents* pactffi_sync_message_generate_response_contents(
    const SynchronousMessage* message, size_t index) {
  return guarded<const MessageContents*>(nullptr, [&]() -> const MessageContents* {
    const auto* response = response_at(message, index);
    if (response == nullptr) return nullptr;
    return hand_over(std::make_unique<MessageContents>(generated_contents(*response)));
  });
}

PACT_FFI_EXPORT const char* pactffi_sync_message_get_description(const SynchronousMessage* message) {
  return guarded<const char*>(nullptr, [&] {
    return description_of(object_of(message));
  });
}

PACT_FFI_EXPORT int pactffi_sync_message_set_description(SynchronousMessage* message, const char* description) {
  return guarded(1, [&] {
    set_description(object_of(message), description);
    return 0;
  });
}

PACT_FFI_EXPORT const ProviderState* pactffi_sync_message_get_provider_state(const SynchronousMessage* message,
                                                                            unsigned int index) {
  return guarded<const ProviderState*>(nullptr, [&] {
    return provider_state_at(object_of(message), index);
  });
}

PACT_FFI_EXPORT ProviderStateIterator* pactffi_sync_message_get_provider_state_iter(SynchronousMessage* message) {
  return guarded<ProviderStateIterator*>(nullptr, [&] {
    return provider_state_iter(object_of(message));
  });
}

// Header section "Model: messages and message contents": V4 asynchronous
// messages (pactffi_async_message_*).
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
AsynchronousMessage& object_of(const AsynchronousMessage* message) {
  return const_cast<AsynchronousMessage&>(required_obj(message, "message"));
}

}  // namespace

PACT_FFI_EXPORT AsynchronousMessage* pactffi_async_message_new(void) {
  return guarded<AsynchronousMessage*>(nullptr, [&] {
    return hand_over(std::make_unique<AsynchronousMessage>(empty_async_interaction()));
  });
}

PACT_FFI_EXPORT void pactffi_async_message_delete(const AsynchronousMessage* message) {
  guarded_void([&] { delete_owned(message, "message"); });
}

PACT_FFI_EXPORT const MessageContents* pactffi_async_message_get_contents(const AsynchronousMessage* message) {
  return guarded<const MessageContents*>(nullptr, [&] {
    auto& object = object_of(message);
    return object.contents.of(async_parts(object).contents);
  });
}

PACT_FFI_EXPORT const MessageContents* pactffi_async_message_generate_contents(const AsynchronousMessage* message) {
  return guarded<const MessageContents*>(nullptr, [&] {
    auto& object = object_of(message);
    return hand_over(std::make_unique<MessageContents>(generated_contents(async_parts(object).contents)));
  });
}

PACT_FFI_EXPORT const char* pactffi_async_message_get_contents_str(const AsynchronousMessage* message) {
  return guarded<const char*>(nullptr, [&] {
    auto& object = object_of(message);
    return body_as_c_string(async_parts(object).contents.contents);
  });
}

PACT_FFI_EXPORT void pactffi_async_message_set_contents_str(AsynchronousMessage* message, const char* contents,
                                                           const char* content_type) {
  guarded_void([&] {
    auto& object = object_of(message);
    set_body_text(async_parts(object).contents.contents, contents, content_type, "contents");
  });
}

PACT_FFI_EXPORT size_t pactffi_async_message_get_contents_length(const AsynchronousMessage* message) {
  return guarded<size_t>(0, [&] {
    auto& object = object_of(message);
    return body_length(async_parts(object).contents.contents);
  });
}

PACT_FFI_EXPORT const unsigned char* pactffi_async_message_get_contents_bin(const AsynchronousMessage* message) {
  return guarded<const unsigned char*>(nullptr, [&] {
    auto& object = object_of(message);
    return body_bytes(async_parts(object).contents.contents);
  });
}

PACT_FFI_EXPORT void pactffi_async_message_set_contents_bin(AsynchronousMessage* message,
                                                           const unsigned char* contents, size_t len,
                                                           const char* content_type) {
  guarded_void([&] {
    auto& object = object_of(message);
    set_body_bytes(async_parts(object).contents.contents, contents, len, content_type);
  });
}

PACT_FFI_EXPORT const char* pactffi_async_message_get_description(const AsynchronousMessage* message) {
  return guarded<const char*>(nullptr, [&] {
    return description_of(object_of(message));
  });
}

PACT_FFI_EXPORT int pactffi_async_message_set_description(AsynchronousMessage* message, const char* description) {
  return guarded(1, [&] {
    set_description(object_of(message), description);
    return 0;
  });
}

PACT_FFI_EXPORT const ProviderState* pactffi_async_message_get_provider_state(const AsynchronousMessage* message,
                                                                             unsigned int index) {
  return guarded<const ProviderState*>(nullptr, [&] {
    return provider_state_at(object_of(message), index);
  });
}

PACT_FFI_EXPORT ProviderStateIterator* pactffi_async_message_get_provider_state_iter(AsynchronousMessage* message) {
  return guarded<ProviderStateIterator*>(nullptr, [&] {
    return provider_state_iter(object_of(message));
  });
}

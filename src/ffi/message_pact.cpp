// Header section "Message pacts": the older message-pact API. A
// MessagePactHandle is a PactHandle of the same registry and a MessageHandle
// an InteractionHandle (ffi-conventions.md §3.1); message functions ignore
// the lock, as the reference's do.
#include <mutex>
#include <string>

#include "consumer/interaction_attributes.hpp"
#include "consumer/message_parts.hpp"
#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/interaction_access.hpp"
#include "ffi/ownership.hpp"
#include "ffi/version.hpp"
#include "model/pact_json.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;
using consumer::WhenLocked;

namespace {

// pactffi_write_message_pact_file codes.
enum WriteMessagePactCode : std::int32_t { kWritten = 0, kWriteFailed = 1, kUnknownMessagePact = 2 };
// pactffi_free_message_pact_handle codes.
enum FreeCode : unsigned int { kFreed = 0, kNotFound = 1 };

bool is_message(const model::Interaction& interaction) { return interaction.http() == nullptr; }

// Runs `change` on a message interaction (any message kind); HTTP
// interactions and unknown handles are left alone.
void update_message(MessageHandle message, const std::function<void(model::Interaction&)>& change) {
  update_interaction(message, WhenLocked::Apply, [&](model::Interaction& i) -> support::Status {
    if (is_message(i)) change(i);
    return support::Unit{};
  });
}

MessageHandle invalid_message(std::uint16_t pact) { return static_cast<MessageHandle>(pact) << 16; }

// Runs inside the caller's guard.
MessageHandle push_message(std::uint16_t pact, const char* description) {
  const MessageHandle invalid = invalid_message(pact);
  {
    const auto text = optional_str(description);
    if (!text) return invalid;
    auto entry = PactRegistry::instance().find(pact);
    if (!entry) return invalid;
    std::lock_guard lock(entry->mutex);
    const auto index = entry->builder.push_interaction(std::string(*text), model::InteractionKind::AsynchronousMessage);
    if (index >= 0xFFFF) fail("a pact can hold at most 65535 interactions");
    return encode_interaction(pact, index);
  }
}

}  // namespace

PACT_FFI_EXPORT MessagePactHandle pactffi_new_message_pact(const char* consumer_name, const char* provider_name) {
  return guarded<MessagePactHandle>(0, [&]() -> MessagePactHandle {
    consumer::PactBuilder builder(std::string(optional_str(consumer_name).value_or("Consumer")),
                                  std::string(optional_str(provider_name).value_or("Provider")), kAbiVersion);
    if (auto key = PactRegistry::instance().add(std::move(builder))) return *key;
    fail("all 65536 pact handles are in use");
  });
}

PACT_FFI_EXPORT MessageHandle pactffi_new_message(MessagePactHandle pact, const char* description) {
  return guarded<MessageHandle>(invalid_message(pact), [&] { return push_message(pact, description); });
}

PACT_FFI_EXPORT MessageHandle pactffi_new_async_message(PactHandle pact, const char* description) {
  return guarded<MessageHandle>(invalid_message(pact), [&] { return push_message(pact, description); });
}

PACT_FFI_EXPORT void pactffi_message_expects_to_receive(MessageHandle message, const char* description) {
  guarded_void([&] {
    const auto text = optional_str(description);
    if (!text) return;
    update_message(message, [&](model::Interaction& i) { i.description = std::string(*text); });
  });
}

PACT_FFI_EXPORT void pactffi_message_given(MessageHandle message, const char* description) {
  guarded_void([&] {
    const auto text = optional_str(description);
    if (!text) return;
    update_message(message, [&](model::Interaction& i) { consumer::add_provider_state(i, std::string(*text)); });
  });
}

PACT_FFI_EXPORT void pactffi_message_given_with_param(MessageHandle message, const char* description,
                                                      const char* name, const char* value) {
  guarded_void([&] {
    const auto state = optional_str(description);
    const auto param = optional_str(name);
    if (!state || !param) return;
    const auto text = optional_str(value).value_or("");
    update_message(message, [&](model::Interaction& i) {
      consumer::set_provider_state_param(i, *state, std::string(*param), text);
    });
  });
}

PACT_FFI_EXPORT void pactffi_message_with_contents(MessageHandle message_handle, const char* content_type,
                                                   const uint8_t* body, size_t size) {
  guarded_void([&] {
    const auto ct = optional_str(content_type).value_or("text/plain");
    std::string_view data;
    if (body != nullptr) {
      // The reference's quirk (ffi-conventions.md §5): text content types
      // are read up to the NUL and `size` is ignored.
      const auto* chars = reinterpret_cast<const char*>(body);
      data = consumer::message_contents_read_as_text(ct) ? optional_str(chars).value_or("")
                                                          : std::string_view(chars, size);
    }
    support::Status status = support::Unit{};
    update_message(message_handle, [&](model::Interaction& i) { status = consumer::message_with_contents(i, ct, data); });
    if (!status.ok()) fail(status.error());
  });
}

PACT_FFI_EXPORT void pactffi_message_with_metadata(MessageHandle message_handle, const char* key, const char* value) {
  guarded_void([&] {
    const auto k = optional_str(key);
    if (!k) return;
    const auto v = optional_str(value).value_or("");
    update_message(message_handle, [&](model::Interaction& i) { consumer::message_with_literal_metadata(i, *k, v); });
  });
}

PACT_FFI_EXPORT void pactffi_message_with_metadata_v2(MessageHandle message_handle, const char* key,
                                                      const char* value) {
  guarded_void([&] {
    const auto k = optional_str(key);
    if (!k) return;
    const auto v = optional_str(value).value_or("");
    update_message(message_handle, [&](model::Interaction& i) { (void)consumer::message_with_metadata(i, *k, v); });
  });
}

PACT_FFI_EXPORT const char* pactffi_message_reify(MessageHandle message_handle) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    std::string text;
    if (const auto ref = decode_interaction(message_handle)) {
      if (const auto entry = PactRegistry::instance().find(ref->pact)) {
        std::lock_guard lock(entry->mutex);
        const auto* interaction = entry->builder.interaction(ref->index);
        if (interaction != nullptr) {
          auto reified = consumer::reify_message(*interaction, entry->builder.pact().spec_version);
          if (!reified.ok()) fail(reified.error());
          text = std::move(*reified);
        }
      }
    }
    return hand_over_string(text);
  });
}

PACT_FFI_EXPORT int32_t pactffi_write_message_pact_file(MessagePactHandle pact, const char* directory,
                                                        bool overwrite) {
  return guarded<std::int32_t>(kWriteFailed, [&]() -> std::int32_t {
    const auto written = write_pact_snapshot(pact, non_empty_str(directory).value_or("."), overwrite);
    if (!written) return kUnknownMessagePact;
    if (!written->ok()) {
      set_last_error(written->error().message);
      return kWriteFailed;
    }
    return kWritten;
  });
}

PACT_FFI_EXPORT void pactffi_with_message_pact_metadata(MessagePactHandle pact, const char* namespace_,
                                                        const char* name, const char* value) {
  guarded_void([&] {
    auto entry = PactRegistry::instance().find(pact);
    if (!entry) return;
    std::lock_guard lock(entry->mutex);
    entry->builder.replace_metadata_namespace(optional_str(namespace_).value_or(""), optional_str(name).value_or(""),
                                              optional_str(value).value_or(""));
  });
}

PACT_FFI_EXPORT unsigned int pactffi_free_message_pact_handle(MessagePactHandle pact) {
  return guarded<unsigned int>(kNotFound, [&] { return PactRegistry::instance().remove(pact) ? kFreed : kNotFound; });
}

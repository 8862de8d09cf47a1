// Header section "Model: messages and message contents": the V3 Message
// model object of the older message API (pactffi_message_*).
#include <memory>
#include <string>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/interaction_object.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_message_access.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "model/content_type.hpp"
#include "model/pact_json.hpp"
#include "model/spec_version.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;

namespace {

// HashMapInsertStatus of pactffi_message_insert_metadata.
enum InsertStatus : int { kInsertedNew = 0, kOverwritten = -1, kInsertError = -2 };

// Getters take const pointers but hand out views that the object caches
// (model_objects.hpp ViewCache); the cache is not part of the message's value.
Message& object_of(const Message* message) { return const_cast<Message&>(required_obj(message, "message")); }

model::MessageContents& contents_of(const Message* message) { return async_parts(object_of(message)).contents; }

/// A V3 message read from its pact-file JSON (pact-file-format.md §11) by the
/// pact codec, as the single message of a V3 message pact document.
model::Interaction read_message(unsigned int index, const json::value& message) {
  json::object document;
  document["messages"] = json::array{message};
  document["metadata"] = json::object{{"pactSpecification", json::object{{"version", "3.0.0"}}}};
  auto pact = model::read_pact(json::value(std::move(document)));
  if (!pact.ok()) fail(pact.error());
  auto interaction = std::move(pact.value().interactions.at(0));
  // The codec names an undescribed message after its position in the document
  // (here 0); this message's position is `index` (§11 "Message <index>").
  const auto* description = message.is_object() ? message.get_object().if_contains("description") : nullptr;
  if (description == nullptr || description->is_null()) interaction.description = "Message " + std::to_string(index);
  return interaction;
}

}  // namespace

PACT_FFI_EXPORT Message* pactffi_message_new(void) {
  return guarded<Message*>(nullptr, [&] { return hand_over(std::make_unique<Message>(empty_async_interaction())); });
}

PACT_FFI_EXPORT Message* pactffi_message_new_from_json(unsigned int index, const char* json_str,
                                                       PactSpecification spec_version) {
  return guarded<Message*>(nullptr, [&] {
    const auto text = required_str(json_str, "json_str");
    const auto spec = checked_enum<model::SpecVersion>(raw_enum(spec_version), 0, 5, "spec_version");
    auto value = json::try_parse(text);
    if (!value) fail("error parsing json_str as JSON");
    // Messages exist from specification V3 on (pact-file-format.md §11).
    if (spec != model::SpecVersion::V3 && spec != model::SpecVersion::V4) {
      fail("Messages require Pact Specification version 3");
    }
    return hand_over(std::make_unique<Message>(read_message(index, *value)));
  });
}

PACT_FFI_EXPORT Message* pactffi_message_new_from_body(const char* body, const char* content_type) {
  return guarded<Message*>(nullptr, [&] {
    if (body == nullptr) fail("body is null");
    const auto type_text = required_str(content_type, "content_type");
    const auto type = model::parse_content_type(type_text);
    if (!type) fail("invalid content type '" + std::string(type_text) + "'");
    auto interaction = empty_async_interaction();
    auto& contents = std::get<model::AsynchronousMessage>(interaction.parts).contents;
    contents.metadata["contentType"] = type->to_string();
    // The bytes are taken as they are, without a UTF-8 check (message.rs cstr!).
    contents.contents = model::Body::present(std::string(body), type->to_string());
    return hand_over(std::make_unique<Message>(std::move(interaction)));
  });
}

PACT_FFI_EXPORT void pactffi_message_delete(Message* message) {
  guarded_void([&] { delete_owned(message, "message"); });
}

PACT_FFI_EXPORT const char* pactffi_message_get_contents(const Message* message) {
  return guarded<const char*>(nullptr, [&] {
    // The reference applies the generators first (generators.md §12).
    const auto generated = generated_contents(contents_of(message));
    return body_as_c_string(generated.contents);
  });
}

PACT_FFI_EXPORT void pactffi_message_set_contents(Message* message, const char* contents, const char* content_type) {
  guarded_void([&] { set_body_text(contents_of(message).contents, contents, content_type, "contents"); });
}

PACT_FFI_EXPORT size_t pactffi_message_get_contents_length(const Message* message) {
  return guarded<size_t>(0, [&] { return body_length(contents_of(message).contents); });
}

PACT_FFI_EXPORT const unsigned char* pactffi_message_get_contents_bin(const Message* message) {
  return guarded<const unsigned char*>(nullptr, [&] { return body_bytes(contents_of(message).contents); });
}

PACT_FFI_EXPORT void pactffi_message_set_contents_bin(Message* message, const unsigned char* contents, size_t len,
                                                     const char* content_type) {
  guarded_void([&] { set_body_bytes(contents_of(message).contents, contents, len, content_type); });
}

PACT_FFI_EXPORT const char* pactffi_message_get_description(const Message* message) {
  return guarded<const char*>(nullptr, [&] {
    return description_of(object_of(message));
  });
}

PACT_FFI_EXPORT int pactffi_message_set_description(Message* message, const char* description) {
  return guarded(1, [&] {
    set_description(object_of(message), description);
    return 0;
  });
}

PACT_FFI_EXPORT const ProviderState* pactffi_message_get_provider_state(const Message* message, unsigned int index) {
  return guarded<const ProviderState*>(nullptr, [&] {
    return provider_state_at(object_of(message), index);
  });
}

PACT_FFI_EXPORT ProviderStateIterator* pactffi_message_get_provider_state_iter(Message* message) {
  return guarded<ProviderStateIterator*>(nullptr, [&] {
    return provider_state_iter(object_of(message));
  });
}

PACT_FFI_EXPORT const char* pactffi_message_find_metadata(const Message* message, const char* key) {
  return guarded<const char*>(nullptr, [&] {
    const auto& metadata = contents_of(message).metadata;
    const auto* value = metadata.if_contains(required_str(key, "key"));
    if (value == nullptr) fail("invalid metadata key");
    return hand_over_string(metadata_text(*value));
  });
}

PACT_FFI_EXPORT int pactffi_message_insert_metadata(Message* message, const char* key, const char* value) {
  return guarded<int>(kInsertError, [&] {
    auto& metadata = contents_of(message).metadata;
    const auto key_text = required_str(key, "key");
    const auto value_text = required_str(value, "value");
    const bool existed = metadata.contains(key_text);
    metadata[key_text] = json::string(value_text);
    return existed ? kOverwritten : kInsertedNew;
  });
}

PACT_FFI_EXPORT MessageMetadataIterator* pactffi_message_get_metadata_iter(Message* message) {
  return guarded<MessageMetadataIterator*>(nullptr, [&] {
    // The reference iterates the metadata with generators applied.
    return hand_over(make_metadata_iterator(generated_contents(contents_of(message)).metadata));
  });
}

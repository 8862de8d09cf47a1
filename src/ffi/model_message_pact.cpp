// Header section "Model: messages and message contents": the V3 message pact
// model object (pactffi_message_pact_*) and its iterators.
#include <memory>
#include <string>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/message_iterators.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_message_access.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "model/pact_json.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;

namespace {

/// A message pact from its JSON (pact-file-format.md §11). Only the V3
/// "messages" attribute holds messages: a document without it is a message
/// pact with no messages, whatever "interactions" it has.
model::Pact read_message_pact(std::string_view file_name, const json::value& document) {
  const json::value* messages = json::find(document, "messages");
  if (messages != nullptr && !messages->is_array()) {
    fail("Failed to parse message pact '" + std::string(file_name) + "': expecting 'messages' field to be Array");
  }
  auto pact = model::read_pact(document);
  if (!pact.ok()) fail(pact.error());
  auto result = std::move(pact).value();
  if (messages == nullptr) result.interactions.clear();
  return result;
}

}  // namespace

PACT_FFI_EXPORT MessagePact* pactffi_message_pact_new_from_json(const char* file_name, const char* json_str) {
  return guarded<MessagePact*>(nullptr, [&] {
    const auto name = required_str(file_name, "file_name");
    const auto text = required_str(json_str, "json_str");
    auto document = json::try_parse(text);
    if (!document) fail("error parsing json_str as JSON");
    return hand_over(std::make_unique<MessagePact>(read_message_pact(name, *document)));
  });
}

PACT_FFI_EXPORT void pactffi_message_pact_delete(MessagePact* message_pact) {
  guarded_void([&] {
    if (message_pact != nullptr && !message_pact->pact.owned()) {
      fail("message_pact is borrowed from its owner and is not deleted");
    }
    take_back(message_pact);
  });
}

PACT_FFI_EXPORT Consumer* pactffi_message_pact_get_consumer(MessagePact* message_pact) {
  return guarded<Consumer*>(nullptr, [&] {
    auto& object = required_obj(message_pact, "message_pact");
    if (!object.consumer_view) object.consumer_view = std::make_unique<Consumer>(Consumer{object.pact.get().consumer});
    return object.consumer_view.get();
  });
}

PACT_FFI_EXPORT Provider* pactffi_message_pact_get_provider(MessagePact* message_pact) {
  return guarded<Provider*>(nullptr, [&] {
    auto& object = required_obj(message_pact, "message_pact");
    if (!object.provider_view) object.provider_view = std::make_unique<Provider>(Provider{object.pact.get().provider});
    return object.provider_view.get();
  });
}

PACT_FFI_EXPORT MessagePactMessageIterator* pactffi_message_pact_get_message_iter(MessagePact* message_pact) {
  return guarded<MessagePactMessageIterator*>(nullptr, [&] {
    return hand_over(std::make_unique<MessagePactMessageIterator>(&required_obj(message_pact, "message_pact")));
  });
}

PACT_FFI_EXPORT Message* pactffi_message_pact_message_iter_next(MessagePactMessageIterator* iter) {
  return guarded<Message*>(nullptr, [&]() -> Message* {
    auto& it = required_obj(iter, "iter");
    auto& interactions = it.pact->pact.get().interactions;
    // Only asynchronous messages are V3 messages; anything else is skipped.
    while (it.cursor < interactions.size()) {
      auto& interaction = interactions[it.cursor++];
      if (std::holds_alternative<model::AsynchronousMessage>(interaction.parts)) {
        return it.pact->messages.of(interaction);
      }
    }
    return nullptr;
  });
}

PACT_FFI_EXPORT void pactffi_message_pact_message_iter_delete(MessagePactMessageIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT const char* pactffi_message_pact_find_metadata(const MessagePact* message_pact, const char* key1,
                                                               const char* key2) {
  return guarded<const char*>(nullptr, [&] {
    const auto& object = required_obj(message_pact, "message_pact");
    const auto outer = required_str(key1, "key1");
    const auto inner = required_str(key2, "key2");
    const auto metadata = message_pact_metadata(object.pact.get());
    const auto ns = metadata.find(std::string(outer));
    if (ns == metadata.end()) fail("invalid metadata key (key 1)");
    const auto value = ns->second.find(std::string(inner));
    if (value == ns->second.end()) fail("invalid metadata key (key 2)");
    return hand_over_string(value->second);
  });
}

PACT_FFI_EXPORT MessagePactMetadataIterator* pactffi_message_pact_get_metadata_iter(MessagePact* message_pact) {
  return guarded<MessagePactMetadataIterator*>(nullptr, [&] {
    const auto& object = required_obj(message_pact, "message_pact");
    auto iter = std::make_unique<MessagePactMetadataIterator>();
    for (const auto& [outer, members] : message_pact_metadata(object.pact.get())) {
      for (const auto& [inner, value] : members) iter->entries.push_back({outer, inner, value});
    }
    return hand_over(std::move(iter));
  });
}

PACT_FFI_EXPORT MessagePactMetadataTriple* pactffi_message_pact_metadata_iter_next(MessagePactMetadataIterator* iter) {
  return guarded<MessagePactMetadataTriple*>(nullptr, [&]() -> MessagePactMetadataTriple* {
    auto& it = required_obj(iter, "iter");
    if (it.cursor >= it.entries.size()) return nullptr;
    const auto& entry = it.entries[it.cursor++];
    // Checked first so that handing over the later strings cannot fail.
    for (const auto* text : {&entry.outer_key, &entry.inner_key, &entry.value}) {
      if (text->find('\0') != std::string::npos) fail("metadata contains an interior NUL byte");
    }
    auto triple = std::make_unique<MessagePactMetadataTriple>();
    triple->outer_key = hand_over_string(entry.outer_key);
    triple->inner_key = hand_over_string(entry.inner_key);
    triple->value = hand_over_string(entry.value);
    return hand_over(std::move(triple));
  });
}

PACT_FFI_EXPORT void pactffi_message_pact_metadata_iter_delete(MessagePactMetadataIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT void pactffi_message_pact_metadata_triple_delete(MessagePactMetadataTriple* triple) {
  guarded_void([&] {
    auto owned = take_back(triple);
    if (!owned) return;
    take_back_string(const_cast<char*>(owned->outer_key));
    take_back_string(const_cast<char*>(owned->inner_key));
    take_back_string(const_cast<char*>(owned->value));
  });
}

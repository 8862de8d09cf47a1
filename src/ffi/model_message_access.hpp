#pragma once
// Shared pieces of the adapters of the section "Model: messages and message
// contents": reaching the message parts of an interaction object, the body
// getters and setters every message type repeats (ffi-conventions.md §5), and
// metadata as text.

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "ffi/guard.hpp"
#include "ffi/message_iterators.hpp"
#include "ffi/ownership.hpp"
#include "ffi/model_objects.hpp"
#include "model/body.hpp"
#include "model/message.hpp"
#include "model/pact.hpp"
#include "support/json.hpp"

namespace pact::ffi {

/// The asynchronous-message parts of an interaction object; an object of
/// another kind -> FfiError.
model::AsynchronousMessage& async_parts(InteractionObject& object);
/// The synchronous-message parts of an interaction object; an object of
/// another kind -> FfiError.
model::SynchronousMessage& sync_parts(InteractionObject& object);

inline bool is_owned(const InteractionObject& object) noexcept { return object.interaction.owned(); }
inline bool is_owned(const MessageContents& object) noexcept { return object.contents.owned(); }

/// Frees an object the caller owns; NULL is a no-op. A view owned by a parent
/// or an iterator is left alone with an error: freeing it would free memory
/// its owner still uses (the reference crashes there).
template <typename T>
void delete_owned(const T* object, std::string_view name) {
  if (object == nullptr) return;
  if (!is_owned(*object)) fail(std::string(name) + " is borrowed from its owner and is not deleted");
  take_back(const_cast<T*>(object));
}

/// A new owned interaction whose parts are an empty asynchronous (or
/// synchronous) message.
model::Interaction empty_async_interaction();
model::Interaction empty_sync_interaction();

/// The body as a string the caller frees (the reference's get_contents_str):
/// NULL when Missing; "" when Empty or Null, or when the body is not text
/// (its content-type hint or content type says binary, or it is not UTF-8).
char* body_as_c_string(const model::Body& body);
/// The body bytes (borrowed) or NULL when there are none (§5).
const unsigned char* body_bytes(const model::Body& body) noexcept;
/// The body length, 0 when there are no bytes.
std::size_t body_length(const model::Body& body) noexcept;

/// Sets a body from a C string: NULL -> the JSON null body; otherwise the
/// text (required UTF-8, "<param_name> is null"/"error parsing ..."), with the
/// content type when `content_type` parses and the text hint.
void set_body_text(model::Body& body, const char* text, const char* content_type, const char* param_name);
/// Sets a body from bytes: NULL -> the JSON null body; otherwise a copy of
/// `len` bytes with the content type when it parses and the binary hint.
void set_body_bytes(model::Body& body, const unsigned char* bytes, std::size_t len, const char* content_type);

/// A metadata value as text: strings as they are, anything else as compact
/// JSON text.
std::string metadata_text(const json::value& value);

/// An iterator over a copy of `metadata`, keys in ascending order.
std::unique_ptr<MessageMetadataIterator> make_metadata_iterator(const json::object& metadata);

/// The contents as the consumer would receive them: a copy with body and
/// metadata generators applied in consumer mode (generators.md §12).
model::MessageContents generated_contents(const model::MessageContents& contents);

/// The metadata of a message pact as the V3 model keeps it: namespace ->
/// key -> text, with "pactSpecification" -> "version" added.
std::map<std::string, std::map<std::string, std::string>> message_pact_metadata(const model::Pact& pact);

}  // namespace pact::ffi

#pragma once
// Builder operations on message interactions: metadata (integration-json.md
// §9.6), the older message DSL's contents and metadata, and
// pactffi_interaction_contents for core content types (§11).

#include <optional>
#include <string_view>

#include "consumer/http_parts.hpp"
#include "model/content_type.hpp"
#include "model/interaction.hpp"
#include "model/spec_version.hpp"
#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::consumer {

/// Sets metadata `key` of a message part to `value` (integration JSON:
/// objects and arrays give rules in the "metadata" category; other JSON is
/// stored as is; text that is not JSON is a string). No value removes the
/// key. For a sync response part every existing response changes. Error for
/// HTTP interactions.
support::Status with_metadata(model::Interaction& interaction, Part part, std::string_view key,
                              std::optional<std::string_view> value);

/// The quirk of pactffi_message_with_contents (ffi-conventions.md §5): for
/// JSON, text and XML content types the body is read as a NUL-terminated
/// string and its size ignored.
bool message_contents_read_as_text(std::string_view content_type);

/// pactffi_message_with_contents on an async message (other kinds are left
/// alone): JSON/text bodies are integration JSON, XML bodies must be JSON
/// descriptions (raw XML gives an empty body, trap 24), other content types
/// and unparsable ones keep the bytes.
support::Status message_with_contents(model::Interaction& interaction, std::string_view content_type,
                                      std::string_view data);

/// pactffi_message_with_metadata: metadata[key] = value as a plain string
/// (async messages only; others are left alone).
void message_with_literal_metadata(model::Interaction& interaction, std::string_view key, std::string_view value);

/// pactffi_message_with_metadata_v2: like with_metadata on an async message
/// (others are left alone).
support::Status message_with_metadata(model::Interaction& interaction, std::string_view key, std::string_view value);

/// pactffi_interaction_contents for a core content type (§11): a JSON string
/// is the body; an object with "contents" is read like a pact-file body,
/// without integration JSON; other shapes change nothing. Errors: Parse
/// when the definition is plugin configuration (no plugin can interpret it),
/// InvalidArgument when a sync message has no response to set.
support::Status interaction_contents(model::Interaction& interaction, Part part, const model::ContentType& content_type,
                                     const json::value& definition);

/// pactffi_message_reify: an async message as JSON text. Generators are
/// applied for V3-or-older pacts; a V4 message is returned as stored
/// (generators.md §12, trap 19).
/// "null" for a null body, "" for a missing/empty body or another kind.
support::Result<std::string> reify_message(const model::Interaction& interaction, model::SpecVersion spec);

}  // namespace pact::consumer

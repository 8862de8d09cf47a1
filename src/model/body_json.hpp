#pragma once
// Bodies in pact files (pact-file-format.md §10): the V1-V3 "body" value and
// V3 message "contents", and the V4 body object {content, contentType,
// encoded, contentTypeHint}.

#include <optional>

#include "model/body.hpp"
#include "model/content_type.hpp"
#include "support/json.hpp"

namespace pact::model {

/// Reads a V1-V3 body value (nullptr = attribute absent). `declared` is the
/// Content-Type header (HTTP) or metadata content type (messages) when it
/// parses (§10.2).
Body read_body_v3(const json::value* value, const std::optional<ContentType>& declared);

/// Writes a V1-V3 body value; nothing for a Missing body. `effective` is the
/// body's own content type, else the header/metadata one, else detected.
/// `message` selects the V3 message variant (binary content types -> base64).
std::optional<json::value> write_body_v3(const Body& body, const std::optional<ContentType>& effective, bool message);

/// Reads a V4 body object (nullptr = attribute absent). `fallback` is the
/// Content-Type header value (HTTP) or metadata "contentType" (messages) used
/// when the object has no "contentType" (§10.3).
Body read_body_v4(const json::value* value, const std::optional<ContentType>& fallback);

/// Writes a V4 body object; nothing for Missing and Null bodies (trap 9).
/// `fill` is the content type used when the body has none (requests and
/// messages); nullopt writes "*/*" (responses, trap 18).
std::optional<json::object> write_body_v4(const Body& body, const std::optional<ContentType>& fill);

/// The value of a body as mismatch reports and V3 files embed it: parsed JSON
/// for a JSON content type, the text otherwise, base64 when not UTF-8 or when
/// a JSON body does not parse.
json::value body_as_json_value(const Body& body, const std::optional<ContentType>& effective);

}  // namespace pact::model

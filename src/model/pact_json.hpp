#pragma once
// The pact codec: JSON text <-> Pact for every specification version
// (pact-file-format.md). Reading is lenient (unknown attributes ignored,
// wrong types coerced); writing is canonical: sorted keys, 2-space pretty
// layout, no trailing newline, V4 interactions sorted by description.

#include <string>
#include <string_view>

#include "model/pact.hpp"
#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::model {

/// Reads a pact file of any version (V1..V4, V3 message pacts) into the V4
/// model. `spec_version` of the result is the version the file declares.
support::Result<Pact> read_pact(std::string_view json_text);
support::Result<Pact> read_pact(const json::value& document);
/// Text overloads, so that string literals and std::string do not find the
/// JSON-value overload ambiguous.
inline support::Result<Pact> read_pact(const char* json_text) { return read_pact(std::string_view(json_text)); }
inline support::Result<Pact> read_pact(const std::string& json_text) { return read_pact(std::string_view(json_text)); }

/// Writes `pact` as the JSON document of specification `version` (§16:
/// downgrades drop what the version cannot hold; a pact that cannot be
/// written as that version, e.g. mixed kinds as V3, is an error).
support::Result<json::value> pact_to_json(const Pact& pact, SpecVersion version);

/// pact_to_json, then the canonical pretty text.
support::Result<std::string> write_pact(const Pact& pact, SpecVersion version);

/// The V3 JSON of an HTTP request as mismatch reports show it
/// (mock-server.md §9.1): method, path, query (object of arrays), headers
/// (values joined with ", "), body (JSON when the content type is JSON, the
/// text otherwise, base64 for non-UTF-8), matchingRules/generators when present.
json::object request_to_v3_json(const HttpRequest& request);

/// V4 message contents as a pact file holds them: "contents", "metadata",
/// "matchingRules", "generators", each omitted when empty (the verifier
/// sends a synchronous message's request to the provider in this form).
json::object message_contents_to_v4_json(const MessageContents& message);

/// Merges `update` into `existing` as the FFI does (pact-file-format.md
/// §17.1): same consumer and provider required; an existing interaction with
/// the same identity is replaced, others kept; metadata from `update`,
/// plugins merged.
support::Result<Pact> merge_pacts(const Pact& existing, const Pact& update);

}  // namespace pact::model

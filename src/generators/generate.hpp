#pragma once
// Generators applied to values and to whole parts (generators.md §4, §12,
// §13). Generation never fails a caller: a generator that cannot run keeps
// the example (§4, trap 21); the value functions report why as an Error so
// that callers may log it.
//
// Thread-safety: all functions are reentrant; a GeneratorContext (its random
// source) must not be shared between threads.

#include <cstdint>
#include <string>
#include <string_view>

#include "generators/context.hpp"
#include "model/generator.hpp"
#include "model/http.hpp"
#include "model/message.hpp"
#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::generators {

/// True when `generator` runs in the context's mode: ProviderState only in
/// Provider mode, MockServerURL only in Consumer mode (§1). Always true
/// when the context has no mode.
bool runs_in_mode(const model::Generator& generator, const GeneratorContext& context);

/// A new value for a JSON target whose example is `current` (§4 table: the
/// JSON type of the result may depend on the example's type). A generator
/// skipped for the mode returns `current` unchanged.
support::Result<json::value> generate_value(const model::Generator& generator, const json::value& current,
                                            const GeneratorContext& context);

/// A new value for a string target (path, header, query value, form value).
support::Result<std::string> generate_string(const model::Generator& generator, std::string_view current,
                                             const GeneratorContext& context);

/// A new response status; only RandomInt and ProviderState can produce one
/// (§4, §13), others are errors.
support::Result<std::uint16_t> generate_status(const model::Generator& generator, std::uint16_t current,
                                               const GeneratorContext& context);

/// The response with its status, header and body generators applied (§12:
/// what the mock server sends). The generators and rules are kept.
model::HttpResponse apply_response_generators(const model::HttpResponse& response, const GeneratorContext& context);

/// The request with its path, header, query and body generators applied
/// (§12: what the verifier sends). Method generators are never applied.
model::HttpRequest apply_request_generators(const model::HttpRequest& request, const GeneratorContext& context);

/// Message contents with metadata and body generators applied (§12, §13).
model::MessageContents apply_message_generators(const model::MessageContents& message,
                                                const GeneratorContext& context);

/// A body with the body generators of `generators` (and the ArrayContains
/// generators derived from `rules`) applied, dispatched on `content_type`
/// (§13 table). Bodies that are not present, or whose content type is not
/// supported, are returned unchanged.
model::Body apply_body_generators(const model::Body& body, const model::Headers* headers,
                                  const model::Generators& generators, const model::MatchingRules& rules,
                                  const GeneratorContext& context);

}  // namespace pact::generators

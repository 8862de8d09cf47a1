#pragma once
// What a consumer test of a synchronous message can ask of its interaction:
// the contents it will really see (generators applied), and whether the
// response its handler produced matches an expected response.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "matching/mismatch.hpp"
#include "model/interaction.hpp"
#include "support/result.hpp"

namespace pact::consumer {

/// pactffi_sync_message_generate_contents: the interaction as V4 JSON text
/// with body and metadata generators applied (consumer mode, empty context)
/// and its matchingRules/generators left out. "" for an interaction of
/// another kind, as the reference answers.
support::Result<std::string> generated_sync_message(const model::Interaction& interaction);

/// pactffi_sync_message_match_response_contents: `contents` compared with
/// response `index` under that response's body rules, unexpected keys
/// allowed. `content_type` defaults to the expected response's. Errors:
/// NotFound for another kind of interaction or an index out of range.
support::Result<std::vector<matching::Mismatch>> match_sync_response(const model::Interaction& interaction,
                                                                     std::size_t index,
                                                                     std::optional<std::string_view> content_type,
                                                                     std::string_view contents);

}  // namespace pact::consumer

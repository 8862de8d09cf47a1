#pragma once
// Bodies: content-type compatibility, presence and dispatch on the expected
// content type (matching-rules.md §10, §13).

#include <vector>

#include "matching/mismatch.hpp"
#include "model/body.hpp"
#include "model/http.hpp"
#include "model/matching_rule.hpp"

namespace pact::matching {

struct BodySide {
  const model::Body& body;
  const model::Headers* headers;
};

/// Compares bodies of an HTTP request (allow_unexpected_keys = false) or
/// response (true). Returns a single BodyType mismatch, or Body mismatches.
std::vector<Mismatch> match_http_body(const BodySide& expected, const BodySide& actual,
                                      const model::MatchingRules& rules, bool allow_unexpected_keys);

/// Compares message contents (matching-rules.md §14): the content types,
/// presence, then the body rules, unexpected keys allowed. Content types
/// come from each body itself (the caller fills them from the metadata).
std::vector<Mismatch> match_message_body(const model::Body& expected, const model::Body& actual,
                                         const model::MatchingRules& rules);

}  // namespace pact::matching

#pragma once
// Method, path, query, headers and status (matching-rules.md §9); the query
// algorithm is shared with form-urlencoded bodies (§13.2).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "matching/mismatch.hpp"
#include "model/http.hpp"

namespace pact::matching {

/// Mismatches grouped by parameter/header name, in report order; a name with
/// no mismatches still has an (empty) entry so it can be scored.
using GroupedMismatches = std::vector<std::pair<std::string, std::vector<Mismatch>>>;

std::vector<Mismatch> match_method(std::string_view expected, std::string_view actual);
std::vector<Mismatch> match_path(std::string_view expected, std::string_view actual, const model::MatchingRules& rules);
std::vector<Mismatch> match_status(int expected, int actual, const model::MatchingRules& rules);

/// §9.3. `noun` is "query parameter" (QueryMismatch) or "form post
/// parameter" (BodyMismatch at "$.<name>", rules from the body category).
GroupedMismatches match_query(const model::Query* expected, const model::Query* actual,
                              const model::MatchingRules& rules, bool form_body = false);

/// §9.4. Unexpected actual headers are ignored.
GroupedMismatches match_headers(const model::Headers* expected, const model::Headers* actual,
                                const model::MatchingRules& rules);

/// Parameter-aware Accept/Content-Type value comparison (§9.4 step 3).
bool content_type_header_matches(std::string_view expected, std::string_view actual);

}  // namespace pact::matching

#pragma once
// Query strings: parsing "a=1&b=2" into a Query (also used for real HTTP
// requests) and the V1/V2 string form the reference writes
// (pact-file-format.md §8).

#include <string>
#include <string_view>

#include "model/http.hpp"

namespace pact::model {

/// Percent-decodes one query component: '+' -> space, "%XX" -> byte; an
/// invalid or truncated escape is kept literally; when the decoded bytes are
/// not UTF-8 the raw text is returned.
std::string decode_query_component(std::string_view text);

/// Parses a query string (without the leading '?'). Empty segments are
/// skipped, a name without '=' has an absent value, repeated names append.
/// An empty string gives an empty Query.
Query parse_query_string(std::string_view text);

/// application/x-www-form-urlencoded encoding of one name or value: ASCII
/// letters, digits and "*-._" stay, a space becomes '+', everything else is
/// percent-encoded (the WHATWG urlencoded serializer).
std::string form_encode(std::string_view text);

/// The V1/V2 string form: names sorted, written unencoded (empty names
/// skipped), values encoded with the reference's code-point scheme (§8, trap 4).
std::string write_v2_query_string(const Query& query);

}  // namespace pact::model

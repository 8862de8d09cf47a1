#pragma once
// The human-readable forms of a mismatch (matching-rules.md §15): a short
// summary of what was expected, the description used in reports, and the
// description with ANSI colours (expected in red, actual in green, names in
// bold) that terminals show.

#include <string>

#include "matching/mismatch.hpp"

namespace pact::matching {

/// "is a GET request", "has a matching body", "has matching metadata" ...
std::string mismatch_summary(const Mismatch& mismatch);

/// Method: "expected <e> but was <a>"; Body: "<path> -> <text>"; BodyType:
/// "Expected a body of '<e>' but the actual content type was '<a>'";
/// others: the mismatch text.
std::string mismatch_description(const Mismatch& mismatch);

/// The description with ANSI escape codes, in the reference's wording.
std::string mismatch_ansi_description(const Mismatch& mismatch);

}  // namespace pact::matching

#pragma once
// XML body comparison (matching-rules.md §12): elements, attributes
// ("@name" paths), text ("#text" paths) and child lists under the body rules
// of a MatchContext.

#include <string_view>
#include <vector>

#include "matching/match_context.hpp"
#include "matching/mismatch.hpp"

namespace pact::matching {

/// Documents deeper than this many element levels are rejected as a parse
/// failure: comparison recurses per level (CONVENTIONS.md: bounded recursion).
inline constexpr int kMaxXmlDepth = 100;
/// Larger documents are rejected as a parse failure before parsing.
inline constexpr std::size_t kMaxXmlBytes = 16U * 1024U * 1024U;

/// Compares two XML texts from their root elements. Invalid XML on either
/// side (not UTF-8, not well-formed, undeclared prefix, too deep, too large)
/// is reported as a mismatch at "$", never thrown (§12).
std::vector<Mismatch> compare_xml_text(const MatchContext& context, std::string_view expected,
                                       std::string_view actual);

}  // namespace pact::matching

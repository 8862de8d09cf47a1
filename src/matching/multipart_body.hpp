#pragma once
// multipart/* bodies (matching-rules.md §13.3): a small, bounded parser of
// the RFC 2046 framing and the part-by-part comparison.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "matching/mismatch.hpp"
#include "model/content_type.hpp"
#include "model/matching_rule.hpp"
#include "support/result.hpp"

namespace pact::matching {

/// Bounds for hostile bodies: more parts or part headers is a parse failure.
inline constexpr std::size_t kMaxMultipartParts = 1000;
inline constexpr std::size_t kMaxPartHeaders = 100;

struct MimePart {
  std::size_t index = 0;
  std::string name;                      ///< Content-Disposition name, or ""
  std::optional<std::string> filename;   ///< Content-Disposition filename
  bool has_disposition = false;
  /// Header names lower-cased, values as sent, in order.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string data;

  /// A field has a Content-Disposition without filename; everything else is
  /// a file (§13.3).
  bool is_field() const noexcept { return has_disposition && !filename; }
  /// The first value of a header (name lower case).
  const std::string* header(std::string_view name) const;
};

/// Splits a body framed by `boundary` into its parts (preamble and epilogue
/// ignored). Errors: no opening delimiter, unterminated body, bounds.
support::Result<std::vector<MimePart>> parse_multipart(std::string_view body, std::string_view boundary);

/// Compares two multipart bodies; each side's boundary comes from its own
/// content type (`nullopt` = none). Part bodies go through the normal body
/// dispatch with the rules under "$.<part>" re-rooted at "$".
std::vector<Mismatch> compare_multipart(std::string_view expected, const std::optional<model::ContentType>& expected_type,
                                        std::string_view actual, const std::optional<model::ContentType>& actual_type,
                                        const model::MatchingRules& rules, bool allow_unexpected_keys);

}  // namespace pact::matching

#pragma once
// Path expressions for rule keys and the paths of actual values
// (matching-rules.md §3), plus the weighting used to pick rules (§4.1).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pact::matching {

struct PathToken {
  enum class Kind { Root, Field, Index, Star, StarIndex };
  Kind kind = Kind::Root;
  std::string name;       ///< Field only
  std::size_t index = 0;  ///< Index only
  bool operator==(const PathToken&) const = default;
};

/// Parses "$.a['b c'][2].*" (or the implicit-root form "a.b"); nothing when
/// the expression is invalid (§3 grammar).
std::optional<std::vector<PathToken>> parse_path_expression(std::string_view text);

/// The path of a value being compared: "$" then one fragment per object key
/// or array index (indices as decimal text).
using ValuePath = std::vector<std::string>;

/// Weight of a rule path for a value path (§4.1): 0 when it does not apply.
unsigned path_weight(const std::vector<PathToken>& rule, const ValuePath& path);

/// Renders a value path as the reference writes it ("$.a[0]['b-c']"):
/// numeric fragments become indices, identifiers ".name", others "['name']".
std::string render_path(const ValuePath& path);

/// ValuePath `path` extended by one fragment.
ValuePath child_path(const ValuePath& path, std::string_view fragment);

}  // namespace pact::matching

#pragma once
// Generators as the pact stores them (generators.md §2): a type name plus
// the attributes of its JSON object. Unknown types are kept and written back.

#include <map>
#include <optional>
#include <string>

#include "model/matching_rule.hpp"
#include "support/json.hpp"

namespace pact::model {

struct Generator {
  std::string type;          ///< "RandomInt", "Uuid", "ProviderState", ...
  json::object attributes;   ///< every key of the JSON object except "type"

  json::object to_json() const;
  static std::optional<Generator> from_json(const json::object& obj);

  bool operator==(const Generator&) const = default;
};

/// Generators of one part keyed by category, then by location: path
/// expressions for Body/Metadata, names for Header/Query, "$" for
/// Path/Method/Status (same keys as MatchingRules).
struct Generators {
  std::map<Category, std::map<std::string, Generator>> categories;

  bool empty() const noexcept;
  void add(Category category, const std::string& key, Generator generator);

  bool operator==(const Generators&) const = default;
};

}  // namespace pact::model

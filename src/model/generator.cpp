#include "model/generator.hpp"

#include <algorithm>

namespace pact::model {

json::object Generator::to_json() const {
  json::object out;
  out["type"] = type;
  for (const auto& kv : attributes) out[kv.key()] = kv.value();
  return out;
}

std::optional<Generator> Generator::from_json(const json::object& obj) {
  // Entries without a non-empty string "type" are skipped (pact-file-format.md §14).
  const json::value* type = obj.if_contains("type");
  if (type == nullptr || !type->is_string() || type->get_string().empty()) return std::nullopt;
  Generator g;
  g.type = std::string(type->get_string());
  for (const auto& kv : obj) {
    if (kv.key() != "type") g.attributes[kv.key()] = kv.value();
  }
  return g;
}

bool Generators::empty() const noexcept {
  return std::all_of(categories.begin(), categories.end(), [](const auto& c) { return c.second.empty(); });
}

void Generators::add(Category category, const std::string& key, Generator generator) {
  categories[category][key] = std::move(generator);
}

}  // namespace pact::model

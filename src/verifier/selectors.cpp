#include "verifier/selectors.hpp"

#include <array>
#include <string_view>

namespace pact::verifier {

namespace {

enum class FieldType { String, Bool };

struct Field {
  std::string_view name;
  FieldType type;
};

// The order of the reference's selector struct, which is the order the
// broker request shows (broker-api.md §3.2).
constexpr std::array<Field, 12> kFields{{
    {"consumer", FieldType::String},
    {"tag", FieldType::String},
    {"fallbackTag", FieldType::String},
    {"latest", FieldType::Bool},
    {"deployedOrReleased", FieldType::Bool},
    {"deployed", FieldType::Bool},
    {"released", FieldType::Bool},
    {"environment", FieldType::String},
    {"mainBranch", FieldType::Bool},
    {"branch", FieldType::String},
    {"matchingBranch", FieldType::Bool},
    {"fallbackBranch", FieldType::String},
}};

bool has_type(const json::value& value, FieldType type) {
  return type == FieldType::String ? value.is_string() : value.is_bool();
}

}  // namespace

std::optional<json::object> normalise_selector(const json::value& selector) {
  const auto* object = selector.if_object();
  if (object == nullptr) return std::nullopt;
  json::object out;
  for (const auto& field : kFields) {
    const auto* value = object->if_contains(field.name);
    if (value == nullptr || value->is_null()) continue;
    if (!has_type(*value, field.type)) return std::nullopt;
    out.emplace(field.name, *value);
  }
  return out;
}

json::array tag_selectors(std::span<const std::string> tags) {
  json::array out;
  for (const auto& tag : tags) {
    if (tag.empty()) continue;
    json::object selector;
    selector.emplace("tag", tag);
    selector.emplace("latest", true);
    out.emplace_back(std::move(selector));
  }
  return out;
}

support::Result<json::array> consumer_version_selectors(std::span<const std::string> json_texts,
                                                        std::span<const std::string> tags) {
  json::array out;
  bool any_text = false;
  for (const auto& text : json_texts) {
    if (text.empty()) continue;
    any_text = true;
    auto parsed = json::parse(text);
    if (!parsed.ok()) {
      return support::make_error(support::ErrorCategory::InvalidArgument,
                                 "Failed to parse consumer version selector '" + text +
                                     "' as JSON: " + parsed.error().message);
    }
    if (auto selector = normalise_selector(parsed.value())) out.emplace_back(std::move(*selector));
  }
  if (any_text) return out;
  return tag_selectors(tags);
}

}  // namespace pact::verifier

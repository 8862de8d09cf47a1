#include "integration_json/form_body.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "integration_json/integration_json.hpp"
#include "model/query_string.hpp"

namespace pact::integration_json {

namespace {

// Removes every rule whose path text contains `path`, and the generator at
// that rule's path (the reference's substring test, integration-json.md trap 16).
void drop_rules_under(const std::string& path, FormBodyResult& out) {
  for (auto it = out.rules.begin(); it != out.rules.end();) {
    if (it->first.find(path) != std::string::npos) {
      out.generators.erase(it->first);
      it = out.rules.erase(it);
    } else {
      ++it;
    }
  }
}

bool is_form_scalar(const json::value& v) noexcept { return v.is_string() || v.is_number(); }

std::string scalar_text(const json::value& v) {
  return v.is_string() ? std::string(v.get_string()) : json::write(v);
}

}  // namespace

FormBodyResult form_from_description(const json::value& description) {
  FormBodyResult out;
  auto processed = process_body(description);
  out.rules = std::move(processed.rules);
  out.generators = std::move(processed.generators);
  if (!processed.value.is_object()) return out;

  const auto& object = processed.value.get_object();
  std::vector<std::string_view> keys;
  keys.reserve(object.size());
  for (const auto& entry : object) keys.push_back(entry.key());
  std::sort(keys.begin(), keys.end());

  std::vector<std::pair<std::string_view, std::string>> pairs;
  for (const auto key : keys) {
    const auto& value = object.at(key);
    const std::string path = append_field("$", key);
    if (is_form_scalar(value)) {
      pairs.emplace_back(key, scalar_text(value));
    } else if (value.is_array()) {
      const auto& items = value.get_array();
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (is_form_scalar(items[i])) {
          pairs.emplace_back(key, scalar_text(items[i]));
        } else {
          drop_rules_under(path + "[" + std::to_string(i) + "]", out);
        }
      }
    } else {
      drop_rules_under(path, out);
    }
  }

  for (const auto& [key, text] : pairs) {
    if (!out.text.empty()) out.text += '&';
    out.text += model::form_encode(key);
    out.text += '=';
    out.text += model::form_encode(text);
  }
  return out;
}

}  // namespace pact::integration_json

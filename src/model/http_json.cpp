#include "model/http_json.hpp"

#include "model/query_string.hpp"

namespace pact::model {

Headers read_headers(const json::value& value) {
  Headers headers;
  const auto* obj = value.if_object();
  if (obj == nullptr) return headers;
  for (const auto& kv : *obj) {
    const std::string name(kv.key());
    std::vector<std::string> values;
    if (const auto* s = kv.value().if_string()) {
      values = split_header_value(name, *s);
    } else if (const auto* arr = kv.value().if_array()) {
      for (const auto& item : *arr) {
        values.push_back(item.is_string() ? std::string(item.get_string()) : json::write(item));
      }
    } else {
      values.push_back(json::write(kv.value()));
    }
    headers.set(name, std::move(values));
  }
  return headers;
}

json::object write_headers_v4(const Headers& headers) {
  json::object out;
  for (const auto& [name, values] : headers.entries) {
    json::array arr;
    for (const auto& v : values) arr.emplace_back(v);
    out[name] = std::move(arr);
  }
  return out;
}

json::object write_headers_v3(const Headers& headers) {
  json::object out;
  for (const auto& [name, values] : headers.entries) {
    std::string joined;
    for (const auto& v : values) {
      if (!joined.empty()) joined += ", ";
      joined += v;
    }
    out[name] = joined;
  }
  return out;
}

std::optional<Query> read_query(const json::value& value, SpecVersion version) {
  if (const auto* s = value.if_string()) {
    if (s->empty()) return std::nullopt;
    return parse_query_string(*s);
  }
  const auto* obj = value.if_object();
  if (obj == nullptr) return std::nullopt;
  // The object form exists from V3 on; older readers ignore it (§8).
  if (version != SpecVersion::V3 && version != SpecVersion::V4) return std::nullopt;
  Query query;
  for (const auto& kv : *obj) {
    auto& values = query.at_or_add(kv.key());
    if (const auto* s = kv.value().if_string()) {
      values.emplace_back(std::string(*s));
    } else if (const auto* arr = kv.value().if_array()) {
      for (const auto& item : *arr) {
        if (item.is_string()) values.emplace_back(std::string(item.get_string()));
        else if (item.is_null()) values.emplace_back(std::nullopt);
        else values.emplace_back(json::write(kv.value()));  // the reference's whole-array quirk (§8)
      }
    }
    // Any other value type: an empty list (§8).
  }
  return query;
}

json::object write_query_v3(const Query& query) {
  json::object out;
  for (const auto& [name, values] : query.entries) {
    json::array arr;
    for (const auto& v : values) {
      if (v) arr.emplace_back(*v);
      else arr.emplace_back(nullptr);
    }
    out[name] = std::move(arr);
  }
  return out;
}

std::vector<ProviderState> read_provider_states(const json::object& interaction) {
  std::vector<ProviderState> states;
  if (const auto* list = interaction.if_contains("providerStates")) {
    // No fallback when the key exists but is not an array (trap 19).
    if (const auto* arr = list->if_array()) {
      for (const auto& item : *arr) {
        const auto* obj = item.if_object();
        if (obj == nullptr) continue;
        ProviderState state;
        const auto* name = obj->if_contains("name");
        state.name = name != nullptr && !name->is_null() ? json::to_plain_string(*name) : "unknown provider states";
        if (const auto* params = obj->if_contains("params"); params != nullptr && params->is_object()) {
          state.params = params->get_object();
        }
        states.push_back(std::move(state));
      }
    }
    return states;
  }
  const json::value* legacy = interaction.if_contains("providerState");
  if (legacy == nullptr) legacy = interaction.if_contains("provider_state");
  if (legacy != nullptr && !legacy->is_null()) {
    auto name = json::to_plain_string(*legacy);
    if (!name.empty()) states.push_back(ProviderState{std::move(name), {}});
  }
  return states;
}

json::array write_provider_states(const std::vector<ProviderState>& states) {
  json::array out;
  for (const auto& s : states) {
    json::object obj;
    obj["name"] = s.name;
    if (!s.params.empty()) obj["params"] = s.params;
    out.emplace_back(std::move(obj));
  }
  return out;
}

}  // namespace pact::model

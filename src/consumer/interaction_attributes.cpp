#include "consumer/interaction_attributes.hpp"

#include <algorithm>

namespace pact::consumer {

namespace {

json::value json_or_string(std::string_view text) {
  if (auto parsed = json::try_parse(text)) return std::move(*parsed);
  return json::string(text);
}

}  // namespace

void add_provider_state(model::Interaction& interaction, std::string name, json::object params) {
  interaction.provider_states.push_back(model::ProviderState{std::move(name), std::move(params)});
}

void set_provider_state_param(model::Interaction& interaction, std::string_view state, std::string param,
                              std::string_view value) {
  auto& states = interaction.provider_states;
  auto it = std::find_if(states.begin(), states.end(), [&](const auto& s) { return s.name == state; });
  if (it == states.end()) {
    states.push_back(model::ProviderState{std::string(state), {}});
    it = std::prev(states.end());
  }
  it->params[param] = json_or_string(value);
}

support::Result<json::object> provider_state_params(std::string_view json_text) {
  auto parsed = json::parse(json_text);
  if (!parsed.ok()) return parsed.error();
  if (auto* obj = parsed->if_object()) return std::move(*obj);
  return json::object{{"value", std::move(*parsed)}};
}

void set_comment(model::Interaction& interaction, std::string_view key, std::optional<std::string_view> value) {
  if (!value) {
    interaction.comments.erase(key);
    return;
  }
  interaction.comments[key] = json_or_string(*value);
}

void add_text_comment(model::Interaction& interaction, std::string_view comment) {
  auto& text = interaction.comments["text"];
  if (!text.is_array()) text = json::array{};
  text.get_array().emplace_back(json::string(comment));
}

void set_test_name(model::Interaction& interaction, std::string_view test_name) {
  interaction.comments["testname"] = json::string(test_name);
}

}  // namespace pact::consumer

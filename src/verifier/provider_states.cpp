#include "verifier/provider_states.hpp"

#include <algorithm>
#include <map>
#include <thread>

#include "model/content_type.hpp"
#include "model/query_string.hpp"

namespace pact::verifier {
namespace {

bool is_retryable(std::uint16_t status) noexcept { return status >= 500 || status == 408 || status == 429; }

std::string_view action_name(StateAction action) noexcept {
  return action == StateAction::Setup ? "setup" : "teardown";
}

bool is_json_content_type(std::string_view content_type) {
  const auto parsed = model::parse_content_type(content_type);
  return parsed && parsed->is_json();
}

std::string query_value(const json::value& value) {
  return value.is_string() ? std::string(value.get_string()) : json::write(value);
}

}  // namespace

std::vector<model::ProviderState> states_to_change(const std::vector<model::ProviderState>& states) {
  if (states.empty()) return {model::ProviderState{}};
  return states;
}

OutboundRequest state_change_request(const StateChange& endpoint, const model::ProviderState& state,
                                     StateAction action, const HeaderList& custom_headers) {
  OutboundRequest request;
  request.method = "POST";
  std::string_view url = endpoint.url;
  std::string_view query;
  if (const auto q = url.find('?'); q != std::string_view::npos) {
    query = url.substr(q + 1);
    url = url.substr(0, q);
  }
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  request.url = std::string(url);
  request.headers = custom_headers;
  if (endpoint.body) {
    json::object body;
    body["action"] = action_name(action);
    body["params"] = state.params;
    body["state"] = state.name;
    request.body = json::write(json::value(std::move(body)));
    request.headers.emplace_back("Content-Type", "application/json");
    if (!query.empty()) request.url += "?" + std::string(query);
    return request;
  }
  std::map<std::string, std::string> params;
  for (const auto& kv : state.params) params[std::string(kv.key())] = query_value(kv.value());
  params["action"] = std::string(action_name(action));
  params["state"] = state.name;
  std::string encoded(query);
  for (const auto& [name, value] : params) {
    if (!encoded.empty()) encoded += '&';
    encoded += model::form_encode(name) + "=" + model::form_encode(value);
  }
  request.url += "?" + encoded;
  return request;
}

support::Result<json::object> change_state(HttpClient& client, const StateChange& endpoint,
                                           const model::ProviderState& state, StateAction action,
                                           const HeaderList& custom_headers) {
  const auto request = state_change_request(endpoint, state, action, custom_headers);
  auto delay = endpoint.retry_delay;
  for (int attempt = 1;; ++attempt) {
    auto response = client.send(request);
    if (!response.ok()) {
      return support::make_error(support::ErrorCategory::Io, "Provider state change for '" + state.name +
                                                                 "' failed: " + response.error().message);
    }
    const auto status = response->status;
    if (status >= 200 && status < 300) {
      json::object values;
      const auto content_type = response->header("Content-Type");
      if (content_type && is_json_content_type(*content_type)) {
        if (auto body = json::parse(response->body); body.ok() && body->is_object()) values = body->get_object();
      }
      return values;
    }
    if (!is_retryable(status) || attempt >= endpoint.max_attempts) {
      return support::make_error(support::ErrorCategory::Io, "Provider state change for '" + state.name +
                                                                 "' failed with status " + std::to_string(status));
    }
    std::this_thread::sleep_for(delay);
    delay *= 2;
  }
}

}  // namespace pact::verifier

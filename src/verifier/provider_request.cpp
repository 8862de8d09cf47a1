#include "verifier/provider_request.hpp"

#include <algorithm>

#include "model/base64.hpp"
#include "model/pact_json.hpp"
#include "model/content_type.hpp"
#include "support/text.hpp"
#include "verifier/plan.hpp"

namespace pact::verifier {
namespace {

bool has_header(const HeaderList& headers, std::string_view name) {
  return std::any_of(headers.begin(), headers.end(), [&](const auto& h) { return support::iequals(h.first, name); });
}

// Custom headers replace pact headers of exactly the same spelling, and are
// added when no header of that name (in any case) is there (§7.3).
void add_custom_headers(HeaderList& headers, const HeaderList& custom_headers) {
  for (const auto& [name, value] : custom_headers) {
    if (!has_header(headers, name)) headers.emplace_back(name, value);
  }
}

json::array provider_states_json(const std::vector<model::ProviderState>& states) {
  json::array out;
  for (const auto& state : states) {
    json::object entry;
    entry["name"] = state.name;
    if (!state.params.empty()) entry["params"] = state.params;
    out.emplace_back(std::move(entry));
  }
  return out;
}

}  // namespace

OutboundRequest provider_request(const model::HttpRequest& request, std::string_view base_url,
                                 const HeaderList& custom_headers) {
  OutboundRequest out;
  out.method = request.method;
  out.url = join_url(base_url, request.path) + query_suffix(request.query);
  if (request.headers) {
    for (const auto& [name, values] : request.headers->entries) {
      const bool replaced = std::any_of(custom_headers.begin(), custom_headers.end(),
                                        [&](const auto& custom) { return custom.first == name; });
      if (replaced) continue;
      for (const auto& value : values) out.headers.emplace_back(name, value);
    }
  }
  add_custom_headers(out.headers, custom_headers);
  switch (request.body.state) {
    case model::BodyState::Present: out.body = request.body.bytes; break;
    case model::BodyState::Null: {
      const auto content_type = model::effective_content_type(request.body, request.headers ? &*request.headers : nullptr);
      if (content_type && content_type->is_json()) out.body = "null";
      break;
    }
    case model::BodyState::Missing:
    case model::BodyState::Empty: break;
  }
  return out;
}

model::HttpResponse to_pact_response(const InboundResponse& response) {
  model::HttpResponse out;
  out.status = response.status;
  std::string content_type;
  if (!response.headers.empty()) {
    model::Headers headers;
    for (const auto& [name, value] : response.headers) {
      if (content_type.empty() && support::iequals(name, "content-type")) content_type = value;
      model::append_received_header(headers, name, value);
    }
    out.headers = std::move(headers);
  }
  out.body = response.body.empty() ? model::Body::empty() : model::Body::present(response.body, content_type);
  return out;
}

OutboundRequest message_request(const model::Interaction& interaction, std::string_view url,
                                const HeaderList& custom_headers) {
  OutboundRequest out;
  out.method = "POST";
  out.url = std::string(url);
  out.headers.emplace_back("Content-Type", "application/json");
  add_custom_headers(out.headers, custom_headers);
  json::object body;
  body["description"] = interaction.description;
  if (!interaction.provider_states.empty()) body["providerStates"] = provider_states_json(interaction.provider_states);
  if (const auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts)) {
    body["request"] = model::message_contents_to_v4_json(sync->request);
  }
  out.body = json::write(json::value(std::move(body)));
  return out;
}

model::MessageContents to_message_contents(const InboundResponse& response) {
  model::MessageContents out;
  const auto content_type = response.header("Content-Type");
  const std::string type = content_type ? std::string(*content_type) : std::string();
  out.contents = response.body.empty() ? model::Body::empty() : model::Body::present(response.body, type);
  out.metadata["contentType"] = type;
  if (const auto encoded = response.header("Pact-Message-Metadata")) {
    // A relay that sends undecodable metadata is treated as sending none.
    if (auto decoded = model::base64_decode(support::trim(*encoded))) {
      if (auto metadata = json::parse(*decoded); metadata.ok() && metadata->is_object()) {
        for (const auto& kv : metadata->get_object()) out.metadata[kv.key()] = kv.value();
      }
    }
  }
  return out;
}

}  // namespace pact::verifier

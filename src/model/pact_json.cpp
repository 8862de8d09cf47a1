// Writing the V4 model as a pact file of any version (pact-file-format.md
// §12, §16) and the V3 request JSON of mismatch reports (mock-server.md §9.1).

#include "model/pact_json.hpp"

#include <algorithm>
#include <cctype>

#include "model/body_json.hpp"
#include "model/content_type.hpp"
#include "model/http_json.hpp"
#include "model/query_string.hpp"
#include "model/rules_json.hpp"

namespace pact::model {
namespace {

using support::ErrorCategory;
using support::make_error;

bool is_v4(SpecVersion v) { return v == SpecVersion::V4; }
bool is_v3(SpecVersion v) { return v == SpecVersion::V3; }

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

// Rules and generators of one part, in the layout of `version` (§13, §14).
void write_rules_and_generators(json::object& out, const MatchingRules& rules, const Generators& generators,
                                SpecVersion version) {
  if (!rules.empty()) {
    auto written = is_v3(version) || is_v4(version) ? write_matching_rules_v3(rules) : write_matching_rules_v2(rules);
    if (!written.empty()) out["matchingRules"] = std::move(written);
  }
  if (!generators.empty()) {
    // V1/V2 have no generators; the reference writes null (§14 quirk).
    if (is_v3(version) || is_v4(version)) out["generators"] = write_generators(generators);
    else out["generators"] = nullptr;
  }
}

json::object write_request(const HttpRequest& request, SpecVersion version) {
  json::object out;
  out["method"] = upper(request.method);
  out["path"] = request.path;
  if (request.query) {
    if (is_v3(version) || is_v4(version)) out["query"] = write_query_v3(*request.query);
    else out["query"] = write_v2_query_string(*request.query);
  }
  if (request.headers) {
    out["headers"] = is_v4(version) ? write_headers_v4(*request.headers) : write_headers_v3(*request.headers);
  }
  const auto* headers = request.headers ? &*request.headers : nullptr;
  if (is_v4(version)) {
    // Requests get their content type filled in from the headers or detection (§10.3).
    if (auto body = write_body_v4(request.body, effective_content_type(request.body, headers))) out["body"] = std::move(*body);
  } else if (auto body = write_body_v3(request.body, effective_content_type(request.body, headers), false)) {
    out["body"] = std::move(*body);
  }
  write_rules_and_generators(out, request.matching_rules, request.generators, version);
  return out;
}

json::object write_response(const HttpResponse& response, SpecVersion version) {
  json::object out;
  out["status"] = response.status;
  if (response.headers) {
    out["headers"] = is_v4(version) ? write_headers_v4(*response.headers) : write_headers_v3(*response.headers);
  }
  const auto* headers = response.headers ? &*response.headers : nullptr;
  if (is_v4(version)) {
    // Responses are not filled in: a body without a type is "*/*" (trap 18).
    if (auto body = write_body_v4(response.body, std::nullopt)) out["body"] = std::move(*body);
  } else if (auto body = write_body_v3(response.body, effective_content_type(response.body, headers), false)) {
    out["body"] = std::move(*body);
  }
  write_rules_and_generators(out, response.matching_rules, response.generators, version);
  return out;
}

// V4 message contents attributes, each omitted when empty (§12.3, §12.4).
void write_v4_contents(json::object& out, const MessageContents& message) {
  if (auto body = write_body_v4(message.contents, message_content_type(message))) out["contents"] = std::move(*body);
  if (!message.metadata.empty()) out["metadata"] = message.metadata;
  write_rules_and_generators(out, message.matching_rules, message.generators, SpecVersion::V4);
}

bool is_empty_comment(const json::value& v) {
  if (v.is_null()) return true;
  if (const auto* s = v.if_string()) return s->empty();
  if (const auto* a = v.if_array()) return a->empty();
  if (const auto* o = v.if_object()) return o->empty();
  return false;
}

json::object write_v4_interaction(const Interaction& interaction) {
  json::object out;
  out["type"] = interaction_kind_name(interaction.kind());
  out["description"] = interaction.description;
  if (interaction.key) out["key"] = *interaction.key;
  out["pending"] = interaction.pending;  // always written (trap 3)
  if (!interaction.provider_states.empty()) out["providerStates"] = write_provider_states(interaction.provider_states);
  json::object comments;
  for (const auto& kv : interaction.comments) {
    if (!is_empty_comment(kv.value())) comments[kv.key()] = kv.value();
  }
  if (!comments.empty()) out["comments"] = std::move(comments);
  if (!interaction.plugin_configuration.empty()) out["pluginConfiguration"] = interaction.plugin_configuration;
  if (!interaction.markup.markup.empty()) {
    json::object markup;
    markup["markup"] = interaction.markup.markup;
    markup["markupType"] = interaction.markup.markup_type;
    out["interactionMarkup"] = std::move(markup);
  }
  if (interaction.transport) out["transport"] = *interaction.transport;

  if (const auto* http = std::get_if<SynchronousHttp>(&interaction.parts)) {
    out["request"] = write_request(http->request, SpecVersion::V4);
    out["response"] = write_response(http->response, SpecVersion::V4);
  } else if (const auto* async = std::get_if<AsynchronousMessage>(&interaction.parts)) {
    write_v4_contents(out, async->contents);
  } else if (const auto* sync = std::get_if<SynchronousMessage>(&interaction.parts)) {
    json::object request;
    write_v4_contents(request, sync->request);
    out["request"] = std::move(request);
    json::array responses;
    for (const auto& r : sync->responses) {
      json::object response;
      write_v4_contents(response, r);
      responses.emplace_back(std::move(response));
    }
    out["response"] = std::move(responses);
  }
  return out;
}

json::object write_v3_http_interaction(const Interaction& interaction, const SynchronousHttp& http, SpecVersion version) {
  json::object out;
  out["description"] = interaction.description;
  if (is_v3(version)) {
    if (!interaction.provider_states.empty()) out["providerStates"] = write_provider_states(interaction.provider_states);
  } else if (!interaction.provider_states.empty()) {
    out["providerState"] = interaction.provider_states.front().name;  // first state only (§6)
  }
  out["request"] = write_request(http.request, version);
  out["response"] = write_response(http.response, version);
  return out;
}

json::object write_v3_message(const Interaction& interaction, const MessageContents& message) {
  json::object out;
  out["description"] = interaction.description;
  if (!interaction.provider_states.empty()) out["providerStates"] = write_provider_states(interaction.provider_states);
  if (auto body = write_body_v3(message.contents, message_content_type(message), true)) out["contents"] = std::move(*body);
  json::object metadata = message.metadata;
  // §16: the body's content type is added when the metadata has none.
  if (!metadata.contains("contentType") && message.contents.is_present() && !message.contents.content_type.empty()) {
    if (auto ct = parse_content_type(message.contents.content_type)) metadata["contentType"] = ct->to_string();
  }
  out["metadata"] = std::move(metadata);  // always written, even {} (§11)
  write_rules_and_generators(out, message.matching_rules, message.generators, SpecVersion::V3);
  return out;
}

json::object write_metadata(const Pact& pact, SpecVersion version) {
  json::object out;
  for (const auto& kv : pact.metadata) {
    std::string key(kv.key());
    if (key == "pactSpecification" || key == "pact-specification" || key == "plugins") continue;
    if (key == "pact-rust") key = "pactRust";  // legacy spelling renamed on write (§5)
    if (is_v4(version)) {
      out[key] = kv.value();
      continue;
    }
    // V1-V3 metadata is namespace -> (key -> string) (§5).
    const auto* ns = kv.value().if_object();
    if (ns == nullptr) continue;
    json::object strings;
    for (const auto& entry : *ns) {
      strings[entry.key()] = entry.value().is_string() ? std::string(entry.value().get_string()) : json::write(entry.value());
    }
    out[key] = std::move(strings);
  }
  json::object spec;
  spec["version"] = spec_version_string(version);
  out["pactSpecification"] = std::move(spec);
  if (is_v4(version) && !pact.plugins.empty()) {
    json::array plugins;
    for (const auto& p : pact.plugins) {
      json::object obj;
      obj["name"] = p.name;
      obj["version"] = p.version;
      obj["configuration"] = p.configuration;
      plugins.emplace_back(std::move(obj));
    }
    out["plugins"] = std::move(plugins);
  }
  return out;
}

}  // namespace

support::Result<json::value> pact_to_json(const Pact& pact, SpecVersion version) {
  if (version == SpecVersion::Unknown) {
    return make_error(ErrorCategory::InvalidArgument, "cannot write a pact with an unknown specification version");
  }
  json::object doc;
  json::object consumer;
  consumer["name"] = pact.consumer;
  json::object provider;
  provider["name"] = pact.provider;
  doc["consumer"] = std::move(consumer);
  doc["provider"] = std::move(provider);
  doc["metadata"] = write_metadata(pact, version);

  if (is_v4(version)) {
    // §16: sorted by description, stable, byte order.
    std::vector<const Interaction*> sorted;
    for (const auto& i : pact.interactions) sorted.push_back(&i);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->description < b->description; });
    json::array interactions;
    for (const auto* i : sorted) interactions.emplace_back(write_v4_interaction(*i));
    doc["interactions"] = std::move(interactions);
    return json::value(std::move(doc));
  }

  std::size_t http = 0;
  std::size_t async = 0;
  std::size_t sync = 0;
  for (const auto& i : pact.interactions) {
    switch (i.kind()) {
      case InteractionKind::SynchronousHttp: ++http; break;
      case InteractionKind::AsynchronousMessage: ++async; break;
      case InteractionKind::SynchronousMessage: ++sync; break;
    }
  }
  const std::size_t kinds = (http > 0 ? 1 : 0) + (async > 0 ? 1 : 0) + (sync > 0 ? 1 : 0);
  if (kinds > 1) {
    return make_error(ErrorCategory::InvalidArgument,
                      "A Pact with mixed interaction types can't be downgraded to V3");
  }
  if (sync > 0) {
    return make_error(ErrorCategory::InvalidArgument, "A Pact with synchronous messages can't be written below V4");
  }
  if (async > 0) {
    if (!is_v3(version)) return make_error(ErrorCategory::InvalidArgument, "Message Pacts require minimum V3 specification");
    json::array messages;
    for (const auto& i : pact.interactions) {
      messages.emplace_back(write_v3_message(i, std::get<AsynchronousMessage>(i.parts).contents));
    }
    doc["messages"] = std::move(messages);
    return json::value(std::move(doc));
  }
  json::array interactions;
  for (const auto& i : pact.interactions) {
    interactions.emplace_back(write_v3_http_interaction(i, std::get<SynchronousHttp>(i.parts), version));
  }
  doc["interactions"] = std::move(interactions);
  return json::value(std::move(doc));
}

support::Result<std::string> write_pact(const Pact& pact, SpecVersion version) {
  auto doc = pact_to_json(pact, version);
  if (!doc.ok()) return doc.error();
  return json::write(doc.value(), json::Layout::Pretty);
}

json::object message_contents_to_v4_json(const MessageContents& message) {
  json::object out;
  write_v4_contents(out, message);
  return out;
}

json::object request_to_v3_json(const HttpRequest& request) {
  json::object out;
  out["method"] = upper(request.method);
  out["path"] = request.path;
  if (request.query) out["query"] = write_query_v3(*request.query);
  if (request.headers) out["headers"] = write_headers_v3(*request.headers);
  const auto* headers = request.headers ? &*request.headers : nullptr;
  switch (request.body.state) {
    case BodyState::Missing: break;
    case BodyState::Empty: out["body"] = ""; break;
    case BodyState::Null: out["body"] = nullptr; break;
    case BodyState::Present: out["body"] = body_as_json_value(request.body, effective_content_type(request.body, headers)); break;
  }
  if (!request.matching_rules.empty()) out["matchingRules"] = write_matching_rules_v3(request.matching_rules);
  if (!request.generators.empty()) out["generators"] = write_generators(request.generators);
  return out;
}

}  // namespace pact::model

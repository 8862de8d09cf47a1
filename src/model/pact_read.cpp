// Reading pact files of every version into the V4 model
// (pact-file-format.md §2-§15). Lenient: unknown attributes are ignored and
// wrongly typed values coerced; only the traps listed in §20 are errors.

#include <algorithm>
#include <cctype>
#include <string>

#include "model/body_json.hpp"
#include "model/http_json.hpp"
#include "model/pact_json.hpp"
#include "model/rules_json.hpp"

namespace pact::model {
namespace {

using support::ErrorCategory;
using support::make_error;

const json::object kEmptyObject;

const json::object& object_or_empty(const json::object& parent, std::string_view key) {
  if (const auto* v = parent.if_contains(key); v != nullptr && v->is_object()) return v->get_object();
  return kEmptyObject;
}

std::string string_or(const json::object& obj, std::string_view key, std::string fallback) {
  const auto* v = obj.if_contains(key);
  if (v == nullptr || v->is_null()) return fallback;
  return json::to_plain_string(*v);
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

std::string name_of(const json::object& doc, std::string_view key, std::string fallback) {
  return string_or(object_or_empty(doc, key), "name", std::move(fallback));
}

// §2: metadata.pactSpecification.version (legacy "pact-specification" accepted).
SpecVersion detect_version(const json::object& metadata) {
  const json::value* spec = metadata.if_contains("pactSpecification");
  if (spec == nullptr) spec = metadata.if_contains("pact-specification");
  if (spec == nullptr || !spec->is_object()) return SpecVersion::V3;
  const auto* version = spec->get_object().if_contains("version");
  if (version == nullptr) return SpecVersion::V3;
  return parse_spec_version(json::to_plain_string(*version));
}

// §5: only object-valued namespaces survive loading; "plugins" is read apart.
void read_metadata(const json::object& metadata, Pact& pact) {
  for (const auto& kv : metadata) {
    std::string key(kv.key());
    if (key == "pactSpecification" || key == "pact-specification") continue;
    if (key == "plugins") {
      if (const auto* arr = kv.value().if_array()) {
        for (const auto& item : *arr) {
          const auto* obj = item.if_object();
          if (obj == nullptr) continue;
          PluginInfo plugin;
          plugin.name = string_or(*obj, "name", "");
          plugin.version = string_or(*obj, "version", "");
          plugin.configuration = object_or_empty(*obj, "configuration");
          pact.plugins.push_back(std::move(plugin));
        }
      }
      continue;
    }
    if (!kv.value().is_object()) continue;
    if (key == "pact-rust") key = "pactRust";
    pact.metadata[key] = kv.value();
  }
}

std::optional<ContentType> header_content_type(const std::optional<Headers>& headers) {
  if (!headers) return std::nullopt;
  const auto* values = headers->find("Content-Type");
  if (values == nullptr || values->empty()) return std::nullopt;
  return parse_content_type(values->front());
}

// V3 messages: metadata "contentType" or "content-type", any case (§11).
std::optional<ContentType> metadata_content_type_any_case(const json::object& metadata) {
  for (const auto& kv : metadata) {
    std::string key(kv.key());
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if ((key == "contenttype" || key == "content-type") && kv.value().is_string()) {
      return parse_content_type(kv.value().get_string());
    }
  }
  return std::nullopt;
}

// V4 messages: the exact key "contentType" (§10.3 step 5).
std::optional<ContentType> metadata_content_type_exact(const json::object& metadata) {
  if (const auto* v = metadata.if_contains("contentType"); v != nullptr && v->is_string()) {
    return parse_content_type(v->get_string());
  }
  return std::nullopt;
}

support::Result<MatchingRules> rules_of(const json::object& part, std::string_view deprecated_name) {
  const json::value* rules = part.if_contains("matchingRules");
  if (rules == nullptr && !deprecated_name.empty()) rules = part.if_contains(deprecated_name);
  if (rules == nullptr) return MatchingRules{};
  return read_matching_rules(*rules);
}

Generators generators_of(const json::object& part) {
  if (const auto* g = part.if_contains("generators")) return read_generators(*g);
  return {};
}

support::Result<HttpRequest> read_request(const json::object& obj, SpecVersion version) {
  HttpRequest request;
  request.method = upper(string_or(obj, "method", "GET"));
  request.path = string_or(obj, "path", "/");
  if (const auto* q = obj.if_contains("query")) request.query = read_query(*q, version);
  if (const auto* h = obj.if_contains("headers"); h != nullptr && h->is_object()) request.headers = read_headers(*h);
  const bool v4 = version == SpecVersion::V4;
  const auto ct = header_content_type(request.headers);
  request.body = v4 ? read_body_v4(obj.if_contains("body"), ct) : read_body_v3(obj.if_contains("body"), ct);
  auto rules = rules_of(obj, v4 ? "" : "requestMatchingRules");
  if (!rules.ok()) return rules.error();
  request.matching_rules = std::move(rules).value();
  request.generators = generators_of(obj);
  return request;
}

support::Result<HttpResponse> read_response(const json::object& obj, SpecVersion version) {
  HttpResponse response;
  // A non-integer status is fatal in the reference; we keep 200 (trap 17).
  if (const auto* status = obj.if_contains("status")) {
    if (status->is_int64() && status->get_int64() >= 0 && status->get_int64() <= 65535) {
      response.status = static_cast<std::uint16_t>(status->get_int64());
    } else if (status->is_uint64() && status->get_uint64() <= 65535) {
      response.status = static_cast<std::uint16_t>(status->get_uint64());
    }
  }
  if (const auto* h = obj.if_contains("headers"); h != nullptr && h->is_object()) response.headers = read_headers(*h);
  const bool v4 = version == SpecVersion::V4;
  const auto ct = header_content_type(response.headers);
  response.body = v4 ? read_body_v4(obj.if_contains("body"), ct) : read_body_v3(obj.if_contains("body"), ct);
  auto rules = rules_of(obj, v4 ? "" : "responseMatchingRules");
  if (!rules.ok()) return rules.error();
  response.matching_rules = std::move(rules).value();
  response.generators = generators_of(obj);
  return response;
}

support::Result<Interaction> read_http_interaction(const json::object& obj, std::size_t index, SpecVersion version) {
  Interaction interaction;
  interaction.description = string_or(obj, "description", "Interaction " + std::to_string(index));
  interaction.provider_states = read_provider_states(obj);
  auto request = read_request(object_or_empty(obj, "request"), version);
  if (!request.ok()) return request.error();
  auto response = read_response(object_or_empty(obj, "response"), version);
  if (!response.ok()) return response.error();
  interaction.parts = SynchronousHttp{std::move(request).value(), std::move(response).value()};
  return interaction;
}

support::Result<Interaction> read_v3_message(const json::object& obj, std::size_t index) {
  Interaction interaction;
  interaction.description = string_or(obj, "description", "Message " + std::to_string(index));
  interaction.provider_states = read_provider_states(obj);
  MessageContents contents;
  const json::value* metadata = obj.if_contains("metaData");
  if (metadata == nullptr) metadata = obj.if_contains("metadata");
  if (metadata != nullptr && metadata->is_object()) contents.metadata = metadata->get_object();
  contents.contents = read_body_v3(obj.if_contains("contents"), metadata_content_type_any_case(contents.metadata));
  auto rules = rules_of(obj, "");
  if (!rules.ok()) return rules.error();
  contents.matching_rules = std::move(rules).value();
  // V3 message generators are written but not read back (trap 11).
  interaction.parts = AsynchronousMessage{std::move(contents)};
  return interaction;
}

support::Result<MessageContents> read_v4_contents(const json::object& obj) {
  MessageContents contents;
  contents.metadata = object_or_empty(obj, "metadata");
  contents.contents = read_body_v4(obj.if_contains("contents"), metadata_content_type_exact(contents.metadata));
  auto rules = rules_of(obj, "");
  if (!rules.ok()) return rules.error();
  contents.matching_rules = std::move(rules).value();
  contents.generators = generators_of(obj);
  return contents;
}

// §12.1 attributes every V4 interaction has.
void read_v4_common(const json::object& obj, std::size_t index, Interaction& interaction) {
  interaction.description = string_or(obj, "description", "Interaction " + std::to_string(index));
  if (const auto* key = obj.if_contains("key"); key != nullptr && !key->is_null()) {
    interaction.key = json::to_plain_string(*key);
  }
  if (const auto* pending = obj.if_contains("pending"); pending != nullptr && pending->is_bool()) {
    interaction.pending = pending->get_bool();
  }
  interaction.provider_states = read_provider_states(obj);
  interaction.comments = object_or_empty(obj, "comments");
  for (const auto& kv : object_or_empty(obj, "pluginConfiguration")) {
    if (kv.value().is_object()) interaction.plugin_configuration[kv.key()] = kv.value();
  }
  const auto& markup = object_or_empty(obj, "interactionMarkup");
  interaction.markup.markup = string_or(markup, "markup", "");
  interaction.markup.markup_type = string_or(markup, "markupType", "");
  if (const auto* transport = obj.if_contains("transport"); transport != nullptr && transport->is_string()) {
    interaction.transport = std::string(transport->get_string());
  }
}

// A Pact Broker tags each interaction it serves with "_id" (broker-api.md
// §4); the verifier reports and publishes results under it.
Interaction with_broker_id(Interaction interaction, const json::value& source) {
  if (const auto* obj = source.if_object(); obj != nullptr) {
    if (const auto* id = obj->if_contains("_id"); id != nullptr && id->is_string()) {
      interaction.id = std::string(id->get_string());
    }
  }
  return interaction;
}

support::Result<Interaction> read_v4_interaction(const json::value& value, std::size_t index) {
  const auto* obj = value.if_object();
  if (obj == nullptr) {
    return make_error(ErrorCategory::Parse, "interaction " + std::to_string(index) + " is not a JSON object");
  }
  const auto* type = obj->if_contains("type");
  const std::string_view type_name = type != nullptr && type->is_string() ? std::string_view(type->get_string()) : "";
  Interaction interaction;
  read_v4_common(*obj, index, interaction);
  if (type_name == interaction_kind_name(InteractionKind::SynchronousHttp)) {
    auto request = read_request(object_or_empty(*obj, "request"), SpecVersion::V4);
    if (!request.ok()) return request.error();
    auto response = read_response(object_or_empty(*obj, "response"), SpecVersion::V4);
    if (!response.ok()) return response.error();
    interaction.parts = SynchronousHttp{std::move(request).value(), std::move(response).value()};
  } else if (type_name == interaction_kind_name(InteractionKind::AsynchronousMessage)) {
    auto contents = read_v4_contents(*obj);
    if (!contents.ok()) return contents.error();
    interaction.parts = AsynchronousMessage{std::move(contents).value()};
  } else if (type_name == interaction_kind_name(InteractionKind::SynchronousMessage)) {
    const auto* request = obj->if_contains("request");
    const auto* responses = obj->if_contains("response");
    if (request == nullptr || !request->is_object() || responses == nullptr || !responses->is_array()) {
      return make_error(ErrorCategory::Parse, "synchronous message interaction " + std::to_string(index) +
                                                  " needs a request object and a response array");
    }
    SynchronousMessage message;
    auto req = read_v4_contents(request->get_object());
    if (!req.ok()) return req.error();
    message.request = std::move(req).value();
    for (const auto& item : responses->get_array()) {
      auto resp = read_v4_contents(item.is_object() ? item.get_object() : kEmptyObject);
      if (!resp.ok()) return resp.error();
      message.responses.push_back(std::move(resp).value());
    }
    interaction.parts = std::move(message);
  } else {
    // The whole file fails on a missing or unknown type (trap 6).
    return make_error(ErrorCategory::Parse, "interaction " + std::to_string(index) + " has a missing or unknown type '" +
                                                std::string(type_name) + "'");
  }
  return interaction;
}

}  // namespace

support::Result<Pact> read_pact(const json::value& document) {
  const auto* doc = document.if_object();
  if (doc == nullptr) return make_error(ErrorCategory::Parse, "a pact must be a JSON object");
  Pact pact;
  pact.consumer = name_of(*doc, "consumer", "consumer");
  pact.provider = name_of(*doc, "provider", "provider");
  const auto& metadata = object_or_empty(*doc, "metadata");
  pact.spec_version = detect_version(metadata);
  read_metadata(metadata, pact);

  const json::array kNoItems;
  const auto items_of = [&](std::string_view key) -> const json::array& {
    if (const auto* v = doc->if_contains(key); v != nullptr && v->is_array()) return v->get_array();
    return kNoItems;
  };

  if (pact.spec_version == SpecVersion::V4) {
    const auto& items = items_of("interactions");
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto interaction = read_v4_interaction(items[i], i);
      if (!interaction.ok()) return interaction.error();
      pact.interactions.push_back(with_broker_id(std::move(interaction).value(), items[i]));
    }
    return pact;
  }
  if (doc->contains("messages")) {
    // §11: message pacts exist from V3 on; "interactions" is then ignored.
    if (pact.spec_version != SpecVersion::V3) {
      return make_error(ErrorCategory::Parse, "Messages require Pact Specification version 3");
    }
    const auto& items = items_of("messages");
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto message = read_v3_message(items[i].is_object() ? items[i].get_object() : kEmptyObject, i);
      if (!message.ok()) return message.error();
      pact.interactions.push_back(with_broker_id(std::move(message).value(), items[i]));
    }
    return pact;
  }
  const auto& items = items_of("interactions");
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto interaction = read_http_interaction(items[i].is_object() ? items[i].get_object() : kEmptyObject, i,
                                             pact.spec_version);
    if (!interaction.ok()) return interaction.error();
    pact.interactions.push_back(with_broker_id(std::move(interaction).value(), items[i]));
  }
  return pact;
}

support::Result<Pact> read_pact(std::string_view json_text) {
  auto document = json::parse(json_text);
  if (!document.ok()) return document.error();
  return read_pact(document.value());
}

}  // namespace pact::model

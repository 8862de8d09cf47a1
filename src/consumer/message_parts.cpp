#include "consumer/message_parts.hpp"

#include <string>
#include <vector>

#include "generators/generate.hpp"
#include "integration_json/integration_json.hpp"
#include "integration_json/xml_body.hpp"
#include "model/body_json.hpp"
#include "model/pact_json.hpp"
#include "model/rules_json.hpp"

namespace pact::consumer {

using support::ErrorCategory;
using support::make_error;

namespace {

// The message contents a part of a message interaction names: the async
// contents, the sync request, or every sync response.
std::vector<model::MessageContents*> message_parts(model::Interaction& interaction, Part part) {
  if (auto* async = std::get_if<model::AsynchronousMessage>(&interaction.parts)) return {&async->contents};
  auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts);
  if (sync == nullptr) return {};
  if (part == Part::Request) return {&sync->request};
  std::vector<model::MessageContents*> out;
  for (auto& response : sync->responses) out.push_back(&response);
  return out;
}

// The rule path a metadata key stands for (integration-json.md §9.6): the
// key itself when it is a path expression, as the reference writes it
// ({"metadata": {"kind": ...}}; matching reads it relative to "$"); keys
// that are not valid paths are quoted, where the reference panics (trap 20).
std::string metadata_root(std::string_view key) {
  if (model::is_valid_path_expression(key)) return std::string(key);
  return integration_json::append_field("$", key);
}

// Processes one metadata value and stores it with its rules (§9.6).
void put_metadata(model::MessageContents& contents, std::string_view key, std::string_view value) {
  auto parsed = json::try_parse(value);
  json::value stored;
  if (!parsed) {
    stored = json::string(value);
  } else if (parsed->is_object() || parsed->is_array()) {
    auto processed = integration_json::process_body_at(*parsed, metadata_root(key));
    stored = std::move(processed.value);
    for (auto& [path, list] : processed.rules) {
      for (auto& rule : list.rules) contents.matching_rules.add(model::Category::Metadata, path, std::move(rule));
    }
    for (auto& [path, generator] : processed.generators) {
      contents.generators.add(model::Category::Metadata, path, std::move(generator));
    }
  } else {
    stored = std::move(*parsed);
  }
  contents.metadata[key] = std::move(stored);
}

model::AsynchronousMessage* async_of(model::Interaction& interaction) {
  return std::get_if<model::AsynchronousMessage>(&interaction.parts);
}

}  // namespace

support::Status with_metadata(model::Interaction& interaction, Part part, std::string_view key,
                              std::optional<std::string_view> value) {
  if (interaction.http() != nullptr) {
    return make_error(ErrorCategory::InvalidArgument, "metadata can only be set on message interactions");
  }
  for (auto* contents : message_parts(interaction, part)) {
    if (value) {
      put_metadata(*contents, key, *value);
    } else {
      contents->metadata.erase(key);
    }
  }
  return support::Unit{};
}

bool message_contents_read_as_text(std::string_view content_type) {
  const auto ct = model::parse_content_type(content_type);
  return ct && (ct->is_json() || ct->is_text() || ct->is_xml());
}

support::Status message_with_contents(model::Interaction& interaction, std::string_view content_type,
                                      std::string_view data) {
  auto* async = async_of(interaction);
  if (async == nullptr) return support::Unit{};
  auto& contents = async->contents;
  const auto ct = model::parse_content_type(content_type);
  if (!ct) {
    contents.contents = model::Body::present(std::string(data));
    return support::Unit{};
  }
  const std::string ct_text = ct->to_string();
  const auto record = [&](model::RuleCategory& rules, std::map<std::string, model::Generator>& generators) {
    for (auto& [path, list] : rules) {
      for (auto& rule : list.rules) contents.matching_rules.add(model::Category::Body, path, std::move(rule));
    }
    for (auto& [path, generator] : generators) contents.generators.add(model::Category::Body, path, std::move(generator));
  };
  if (ct->is_xml()) {
    // Only JSON descriptions work here; raw XML gives an empty body (trap 24).
    std::string text;
    if (auto doc = json::try_parse(data)) {
      auto xml = integration_json::xml_from_description(*doc);
      if (!xml.ok()) return xml.error();
      text = std::move(xml->text);
      record(xml->rules, xml->generators);
    }
    contents.contents = model::Body::present(std::move(text), ct_text);
    return support::Unit{};
  }
  if (ct->is_json() || ct->is_text()) {
    auto doc = json::try_parse(data);
    if (doc && (doc->is_object() || doc->is_array())) {
      auto processed = integration_json::process_body(*doc);
      record(processed.rules, processed.generators);
      contents.contents = model::Body::present(json::write(processed.value), ct_text);
    } else {
      contents.contents = model::Body::present(std::string(data), ct_text);
    }
    return support::Unit{};
  }
  contents.contents = model::Body::present(std::string(data), ct_text);
  return support::Unit{};
}

void message_with_literal_metadata(model::Interaction& interaction, std::string_view key, std::string_view value) {
  if (auto* async = async_of(interaction)) async->contents.metadata[key] = json::string(value);
}

support::Status message_with_metadata(model::Interaction& interaction, std::string_view key, std::string_view value) {
  if (auto* async = async_of(interaction)) put_metadata(async->contents, key, value);
  return support::Unit{};
}

support::Status interaction_contents(model::Interaction& interaction, Part part, const model::ContentType& content_type,
                                     const json::value& definition) {
  model::Body body;
  if (definition.is_string()) {
    body = model::Body::present(std::string(definition.get_string()), content_type.to_string());
  } else if (definition.is_object() && definition.get_object().contains("contents")) {
    // Read like a pact-file body: embedded matchers stay literal (trap 23).
    body = model::read_body_v3(definition.get_object().if_contains("contents"), std::nullopt);
  } else {
    if (definition.is_object()) {
      for (const auto& entry : definition.get_object()) {
        if (entry.key().starts_with("pact:")) {
          // Plugin configuration (pact:proto, pact:message-type, ...): only a
          // plugin could build these contents, and none can be loaded.
          return make_error(ErrorCategory::Parse,
                            "no plugin provides a content matcher for '" + content_type.to_string() + "'");
        }
      }
    }
    return support::Unit{};
  }

  if (auto* http = interaction.http()) {
    (part == Part::Request ? http->request.body : http->response.body) = std::move(body);
  } else if (auto* async = async_of(interaction)) {
    async->contents.contents = std::move(body);
  } else if (auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts)) {
    if (part == Part::Request) {
      sync->request.contents = std::move(body);
    } else if (sync->responses.empty()) {
      return make_error(ErrorCategory::InvalidArgument, "the synchronous message has no response to set the contents of");
    } else {
      sync->responses.front().contents = std::move(body);
    }
  }
  return support::Unit{};
}

support::Result<std::string> reify_message(const model::Interaction& interaction, model::SpecVersion spec) {
  const auto* async = std::get_if<model::AsynchronousMessage>(&interaction.parts);
  if (async == nullptr) return std::string();
  const auto& body = async->contents.contents;
  if (body.state == model::BodyState::Null) return std::string("null");
  if (!body.is_present()) return std::string();
  // The message as a pact file of that version holds it: one codec, no copy
  // of its layout here.
  model::Pact single;
  single.interactions.push_back(interaction);
  // V3 and older pacts get their generators applied (consumer mode, empty
  // context); a V4 message is returned as stored (generators.md §12, trap 19).
  if (spec <= model::SpecVersion::V3) {
    auto& contents = std::get<model::AsynchronousMessage>(single.interactions.front().parts).contents;
    contents = generators::apply_message_generators(contents, generators::GeneratorContext{});
  }
  const auto version = spec <= model::SpecVersion::V3 ? model::SpecVersion::V3 : model::SpecVersion::V4;
  auto document = model::pact_to_json(single, version);
  if (!document.ok()) return document.error();
  const char* list = version == model::SpecVersion::V3 ? "messages" : "interactions";
  const auto* items = document->is_object() ? document->get_object().if_contains(list) : nullptr;
  if (items == nullptr || !items->is_array() || items->get_array().empty()) {
    return make_error(ErrorCategory::Internal, "the message could not be written as JSON");
  }
  return json::write(items->get_array().front());
}

}  // namespace pact::consumer

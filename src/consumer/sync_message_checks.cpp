#include "consumer/sync_message_checks.hpp"

#include <variant>

#include "generators/generate.hpp"
#include "matching/body_match.hpp"
#include "model/content_type.hpp"
#include "model/pact_json.hpp"

namespace pact::consumer {

using support::ErrorCategory;
using support::make_error;

namespace {

void drop_rules_and_generators(json::value& part) {
  if (auto* obj = part.if_object()) {
    obj->erase("matchingRules");
    obj->erase("generators");
  }
}

}  // namespace

support::Result<std::string> generated_sync_message(const model::Interaction& interaction) {
  const auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts);
  if (sync == nullptr) return std::string();
  model::Pact single;
  auto& copy = single.interactions.emplace_back(interaction);
  auto& parts = std::get<model::SynchronousMessage>(copy.parts);
  const generators::GeneratorContext context;
  parts.request = generators::apply_message_generators(parts.request, context);
  for (auto& response : parts.responses) response = generators::apply_message_generators(response, context);

  // One codec writes the interaction; only the rules and generators go.
  auto document = model::pact_to_json(single, model::SpecVersion::V4);
  if (!document.ok()) return document.error();
  auto& written = document->as_object()["interactions"].as_array().front();
  auto& object = written.as_object();
  if (auto* request = object.if_contains("request")) drop_rules_and_generators(*request);
  if (auto* responses = object.if_contains("response"); responses != nullptr && responses->is_array()) {
    for (auto& response : responses->as_array()) drop_rules_and_generators(response);
  }
  return json::write(written);
}

support::Result<std::vector<matching::Mismatch>> match_sync_response(const model::Interaction& interaction,
                                                                     std::size_t index,
                                                                     std::optional<std::string_view> content_type,
                                                                     std::string_view contents) {
  const auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts);
  if (sync == nullptr) return make_error(ErrorCategory::NotFound, "the interaction is not a synchronous message");
  if (index >= sync->responses.size()) {
    return make_error(ErrorCategory::NotFound, "the synchronous message has no response at index " + std::to_string(index));
  }
  const auto& expected = sync->responses[index];
  model::Body expected_body = expected.contents;
  const auto expected_type = model::message_content_type(expected);
  if (expected_body.content_type.empty() && expected_type) expected_body.content_type = expected_type->to_string();

  std::string actual_type = expected_body.content_type;
  if (content_type) {
    if (auto ct = model::parse_content_type(*content_type)) actual_type = ct->to_string();
  }
  const auto actual_body = model::Body::present(std::string(contents), actual_type);
  return matching::match_message_body(expected_body, actual_body, expected.matching_rules);
}

}  // namespace pact::consumer

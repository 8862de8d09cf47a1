#include "consumer/other_bodies.hpp"

#include <algorithm>
#include <vector>

#include "integration_json/integration_json.hpp"
#include "model/content_type.hpp"
#include "model/rules_json.hpp"

namespace pact::consumer {

using support::ErrorCategory;
using support::make_error;

namespace {

// The rules and generators of one part of any interaction kind. A sync
// response part names every existing response (integration-json.md trap 13).
struct RulesView {
  model::MatchingRules* rules;
  model::Generators* generators;
};

std::vector<RulesView> rules_views(model::Interaction& interaction, Part part) {
  if (auto* http = interaction.http()) {
    auto& r = part == Part::Request ? http->request.matching_rules
                                    : http->response.matching_rules;
    auto& g = part == Part::Request ? http->request.generators : http->response.generators;
    return {{&r, &g}};
  }
  if (auto* async = std::get_if<model::AsynchronousMessage>(&interaction.parts)) {
    return {{&async->contents.matching_rules, &async->contents.generators}};
  }
  auto& sync = std::get<model::SynchronousMessage>(interaction.parts);
  if (part == Part::Request) return {{&sync.request.matching_rules, &sync.request.generators}};
  std::vector<RulesView> out;
  for (auto& response : sync.responses) out.push_back({&response.matching_rules, &response.generators});
  return out;
}

// Input must be a JSON object; without `key` it is wrapped in one (§10).
support::Result<json::value> wrapped_object(std::string_view text, std::string_view key) {
  auto doc = json::try_parse(text);
  if (!doc || !doc->is_object()) {
    return make_error(ErrorCategory::Parse, std::string(key) + " is not a JSON object");
  }
  if (const auto* inner = doc->get_object().if_contains(key)) return *inner;
  return std::move(*doc);
}

// Sets the body of a part for with_binary_body/with_binary_file. A message
// part gets metadata contentType overwritten; a sync response appends.
void set_binary(model::Interaction& interaction, Part part, std::string_view content_type, model::Body body,
                const std::optional<model::MatchingRule>& body_rule) {
  const auto add_rule = [&](model::MatchingRules& rules) {
    if (body_rule) rules.add(model::Category::Body, "$", *body_rule);
  };
  if (auto* http = interaction.http()) {
    auto& headers = part == Part::Request ? http->request.headers : http->response.headers;
    (part == Part::Request ? http->request.body : http->response.body) = std::move(body);
    add_rule(part == Part::Request ? http->request.matching_rules : http->response.matching_rules);
    if (!headers) headers = model::Headers{};
    // Case-insensitive check and the raw text (integration-json.md trap 12).
    if (headers->find("Content-Type") == nullptr) headers->set("Content-Type", {std::string(content_type)});
    return;
  }
  const auto apply = [&](model::MessageContents& contents) {
    contents.contents = std::move(body);
    contents.metadata["contentType"] = json::string(content_type);
    add_rule(contents.matching_rules);
  };
  if (auto* async = std::get_if<model::AsynchronousMessage>(&interaction.parts)) {
    apply(async->contents);
  } else if (auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts)) {
    apply(part == Part::Request ? sync->request : sync->responses.emplace_back());
  }
}

model::Body binary_body(std::optional<std::string_view> bytes, std::string content_type) {
  if (!bytes) return model::Body::null();
  auto body = model::Body::present(std::string(*bytes), std::move(content_type));
  if (body.is_present()) body.hint = model::ContentTypeHint::Binary;
  return body;
}

// A header/query value for the v1 functions: a JSON object is integration
// JSON rooted at `root`; anything else is used verbatim (§9.6).
std::string v1_value(std::string_view value, std::string_view name, const std::string& root, model::Category category,
                     model::MatchingRules& rules, model::Generators& generators) {
  auto doc = json::try_parse(value);
  if (!doc || !doc->is_object()) return std::string(value);
  auto processed = integration_json::process_body_at(*doc, root);
  // Header and query rules are keyed by name, not by "$.name".
  const auto key_of = [&](const std::string& path) {
    return path.starts_with(root) ? std::string(name) + path.substr(root.size()) : path;
  };
  for (auto& [path, list] : processed.rules) {
    for (auto& rule : list.rules) rules.add(category, key_of(path), std::move(rule));
  }
  for (auto& [path, generator] : processed.generators) generators.add(category, key_of(path), std::move(generator));
  if (processed.value.is_string()) return std::string(processed.value.get_string());
  if (processed.value.is_null()) return std::string();
  return json::write(processed.value);
}

support::Error not_http(const model::Interaction& interaction) {
  return make_error(ErrorCategory::InvalidArgument, "interaction is not an HTTP interaction, it is " +
                                                        std::string(model::interaction_kind_name(interaction.kind())));
}

}  // namespace

support::Status with_binary_body(model::Interaction& interaction, Part part, std::string_view content_type,
                                 std::optional<std::string_view> body) {
  const auto ct = model::parse_content_type(content_type);
  set_binary(interaction, part, content_type,
             binary_body(body, ct ? ct->to_string() : std::string(content_type)), std::nullopt);
  return support::Unit{};
}

support::Status with_binary_file(model::Interaction& interaction, Part part, std::string_view content_type,
                                 std::optional<std::string_view> body, model::SpecVersion spec) {
  std::optional<model::MatchingRule> rule;
  if (spec >= model::SpecVersion::V3) {
    rule = model::MatchingRule{model::RuleKind::ContentType, json::object{{"value", content_type}}};
  }
  set_binary(interaction, part, content_type, binary_body(body, std::string()), rule);
  return support::Unit{};
}

support::Status with_matching_rules(model::Interaction& interaction, Part part, std::string_view rules_json) {
  auto value = wrapped_object(rules_json, "matchingRules");
  if (!value.ok()) return value.error();
  auto rules = model::read_matching_rules(*value);
  if (!rules.ok()) return rules.error();
  for (auto view : rules_views(interaction, part)) {
    for (const auto& [category, entries] : rules->categories) {
      for (const auto& [path, list] : entries) {
        auto& target = view.rules->category(category)[path];
        if (target.rules.empty()) target.logic = list.logic;
        target.rules.insert(target.rules.end(), list.rules.begin(), list.rules.end());
      }
    }
  }
  return support::Unit{};
}

support::Status with_generators(model::Interaction& interaction, Part part, std::string_view generators_json) {
  auto value = wrapped_object(generators_json, "generators");
  if (!value.ok()) return value.error();
  if (!value->is_object()) return make_error(ErrorCategory::Parse, "generators is not a JSON object");
  const auto generators = model::read_generators(*value);
  for (auto view : rules_views(interaction, part)) {
    for (const auto& [category, entries] : generators.categories) {
      for (const auto& [path, generator] : entries) view.generators->add(category, path, generator);
    }
  }
  return support::Unit{};
}

support::Status with_header_v1(model::Interaction& interaction, Part part, std::string_view name, std::size_t index,
                               std::string_view value) {
  auto* http = interaction.http();
  if (http == nullptr) return not_http(interaction);
  auto& headers = part == Part::Request ? http->request.headers : http->response.headers;
  auto& rules = part == Part::Request ? http->request.matching_rules : http->response.matching_rules;
  auto& generators = part == Part::Request ? http->request.generators : http->response.generators;
  const std::string text =
      v1_value(value, name, integration_json::append_field("$", name), model::Category::Header, rules, generators);
  if (!headers) headers = model::Headers{};
  // The v1 function looks the name up exactly, without comma splitting (§9.6).
  auto& entries = headers->entries;
  auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.first == name; });
  if (it == entries.end()) it = entries.emplace(entries.end(), std::string(name), std::vector<std::string>{});
  if (it->second.size() <= index) it->second.resize(index + 1);
  it->second[index] = text;
  return support::Unit{};
}

support::Status with_query_parameter_v1(model::Interaction& interaction, std::string_view name, std::size_t index,
                                        std::string_view value) {
  auto* http = interaction.http();
  if (http == nullptr) return not_http(interaction);
  auto& request = http->request;
  const std::string root = integration_json::append_field("$", name);
  const std::string text = v1_value(value, name, root + "[" + std::to_string(index) + "]", model::Category::Query,
                                    request.matching_rules, request.generators);
  if (!request.query) request.query = model::Query{};
  auto& values = request.query->at_or_add(name);
  if (values.size() <= index) values.resize(index + 1);
  values[index] = text;
  return support::Unit{};
}

void add_interaction_reference(model::Interaction& interaction, std::string_view group, std::string_view name,
                               std::string_view value) {
  auto parsed = json::try_parse(value);
  auto& references = interaction.comments["references"];
  if (!references.is_object()) references = json::object{};
  auto& group_entry = references.get_object()[group];
  if (!group_entry.is_object()) group_entry = json::object{};
  group_entry.get_object()[name] = parsed ? std::move(*parsed) : json::value(json::string(value));
}

}  // namespace pact::consumer

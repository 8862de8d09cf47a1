// Body generators (generators.md §13): JSON documents by path expression
// (with ArrayContains variants, §11) and form-urlencoded values. XML bodies
// are handled in xml_body.cpp.

#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include <string>
#include <utility>
#include <vector>

#include "generators/generate.hpp"
#include "generators/xml_body.hpp"
#include "matching/json_body.hpp"
#include "matching/match_context.hpp"
#include "matching/path_expression.hpp"
#include "model/content_type.hpp"
#include "model/query_string.hpp"

namespace pact::generators {
namespace {

using matching::PathToken;

// Paths longer than this are not applied: the walk recurses once per token
// (hostile-input bound).
constexpr std::size_t kMaxPathTokens = 256;

// Replaces every existing value the path resolves to; keys and indices are
// never created (§13, trap 1). `*` expands object members, `[*]` array items.
template <typename F>
void for_each_at(json::value& node, const std::vector<PathToken>& tokens, std::size_t i, F&& apply) {
  if (i == tokens.size()) {
    apply(node);
    return;
  }
  const PathToken& t = tokens[i];
  switch (t.kind) {
    case PathToken::Kind::Root: for_each_at(node, tokens, i + 1, apply); break;
    case PathToken::Kind::Field:
      if (auto* obj = node.if_object()) {
        if (auto* child = obj->if_contains(t.name)) for_each_at(*child, tokens, i + 1, apply);
      }
      break;
    case PathToken::Kind::Index:
      if (auto* arr = node.if_array(); arr && t.index < arr->size()) for_each_at((*arr)[t.index], tokens, i + 1, apply);
      break;
    case PathToken::Kind::Star:
      if (auto* obj = node.if_object()) {
        for (auto& member : *obj) for_each_at(member.value(), tokens, i + 1, apply);
      }
      break;
    case PathToken::Kind::StarIndex:
      if (auto* arr = node.if_array()) {
        for (auto& item : *arr) for_each_at(item, tokens, i + 1, apply);
      }
      break;
  }
}

std::optional<std::vector<PathToken>> tokens_for(const std::string& key) {
  auto tokens = matching::parse_path_expression(key);
  if (!tokens || tokens->size() > kMaxPathTokens) return std::nullopt;
  return tokens;
}

void apply_json_generators(json::value& doc, const std::map<std::string, model::Generator>& generators,
                           const GeneratorContext& context) {
  for (const auto& [key, g] : generators) {
    const auto tokens = tokens_for(key);  // invalid keys are skipped (§2: be lenient)
    if (!tokens) continue;
    for_each_at(doc, *tokens, 0, [&, &g = g](json::value& target) {
      if (auto generated = generate_value(g, target, context)) target = std::move(*generated);
    });
  }
}

// One ArrayContains variant: the example element it describes, its rules
// and its generators, all relative to the element (§11).
struct Variant {
  std::size_t index = 0;
  model::RuleCategory rules;
  std::map<std::string, model::Generator> generators;
};

std::vector<Variant> variants_of(const model::MatchingRule& rule) {
  std::vector<Variant> out;
  const auto* vs = rule.attributes.if_contains("variants");
  if (vs == nullptr || !vs->is_array()) return out;
  for (const auto& v : vs->get_array()) {
    const auto* obj = v.if_object();
    if (obj == nullptr) continue;
    Variant variant;
    if (const auto* index = obj->if_contains("index"); index && index->is_number()) {
      variant.index = static_cast<std::size_t>(index->to_number<double>());
    }
    if (const auto* rules = obj->if_contains("rules"); rules && rules->is_object()) {
      for (const auto& kv : rules->get_object()) variant.rules[kv.key()] = matching::rule_list_from_json(kv.value());
    }
    if (const auto* gens = obj->if_contains("generators"); gens && gens->is_object()) {
      for (const auto& kv : gens->get_object()) {
        if (!kv.value().is_object()) continue;
        if (auto g = model::Generator::from_json(kv.value().get_object())) variant.generators[kv.key()] = std::move(*g);
      }
    }
    out.push_back(std::move(variant));
  }
  return out;
}

// ArrayContains (§11): each element takes the generators of the first
// variant whose rules match it; the example array supplies each variant's
// expected element.
void apply_array_contains(json::value& doc, const model::MatchingRules& rules, const GeneratorContext& context) {
  const auto* body_rules = rules.find(model::Category::Body);
  if (body_rules == nullptr) return;
  for (const auto& [key, list] : *body_rules) {
    for (const auto& rule : list.rules) {
      if (rule.kind != model::RuleKind::ArrayContains) continue;
      const auto tokens = tokens_for(key);
      if (!tokens) continue;
      const auto variants = variants_of(rule);
      if (variants.empty()) continue;
      for_each_at(doc, *tokens, 0, [&](json::value& target) {
        auto* arr = target.if_array();
        if (arr == nullptr) return;
        const json::array example = *arr;
        for (auto& element : *arr) {
          for (const auto& variant : variants) {
            if (variant.index >= example.size()) continue;
            const auto match_context = matching::MatchContext::for_paths(&variant.rules, true);
            if (!matching::compare_json(match_context, example[variant.index], element).empty()) continue;
            apply_json_generators(element, variant.generators, context);
            break;
          }
        }
      });
    }
  }
}

bool has_array_contains(const model::MatchingRules& rules) {
  const auto* body_rules = rules.find(model::Category::Body);
  if (body_rules == nullptr) return false;
  for (const auto& [key, list] : *body_rules) {
    for (const auto& rule : list.rules) {
      if (rule.kind == model::RuleKind::ArrayContains) return true;
    }
  }
  return false;
}

std::string form_encode(std::string_view text) {
  return boost::urls::encode(text, boost::urls::unreserved_chars);
}

// Form bodies (§13): "$.name" replaces the first value of `name`,
// "$.name[i]" the i-th occurrence; nothing is added.
std::string apply_form_generators(std::string_view bytes, const std::map<std::string, model::Generator>& generators,
                                  const GeneratorContext& context) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::size_t pos = 0;
  while (pos <= bytes.size()) {
    auto end = bytes.find('&', pos);
    if (end == std::string_view::npos) end = bytes.size();
    const auto part = bytes.substr(pos, end - pos);
    if (!part.empty()) {
      const auto eq = part.find('=');
      pairs.emplace_back(model::decode_query_component(part.substr(0, eq)),
                         eq == std::string_view::npos ? std::string() : model::decode_query_component(part.substr(eq + 1)));
    }
    pos = end + 1;
  }
  for (const auto& [key, g] : generators) {
    const auto tokens = tokens_for(key);
    if (!tokens || tokens->size() < 2 || tokens->size() > 3 || (*tokens)[1].kind != PathToken::Kind::Field) continue;
    std::size_t occurrence = 0;
    if (tokens->size() == 3) {
      if ((*tokens)[2].kind != PathToken::Kind::Index) continue;
      occurrence = (*tokens)[2].index;
    }
    std::size_t seen = 0;
    for (auto& [name, value] : pairs) {
      if (name != (*tokens)[1].name) continue;
      if (seen++ != occurrence) continue;
      if (auto generated = generate_string(g, value, context)) value = std::move(*generated);
      break;
    }
  }
  std::string out;
  for (const auto& [name, value] : pairs) {
    if (!out.empty()) out += '&';
    out += form_encode(name) + "=" + form_encode(value);
  }
  return out;
}

}  // namespace

model::Body apply_body_generators(const model::Body& body, const model::Headers* headers,
                                  const model::Generators& generators, const model::MatchingRules& rules,
                                  const GeneratorContext& context) {
  if (!body.is_present()) return body;
  static const std::map<std::string, model::Generator> kNone;
  const auto it = generators.categories.find(model::Category::Body);
  const auto& body_generators = it == generators.categories.end() ? kNone : it->second;
  const bool array_contains = has_array_contains(rules);
  if (body_generators.empty() && !array_contains) return body;

  const auto content_type = model::effective_content_type(body, headers);
  if (!content_type) return body;
  model::Body out = body;
  if (content_type->is_json()) {
    auto doc = json::try_parse(body.bytes);
    if (!doc) return body;
    apply_json_generators(*doc, body_generators, context);
    if (array_contains) apply_array_contains(*doc, rules, context);
    // Re-serialised compactly with sorted keys, plain application/json (§13, trap 18).
    out.bytes = json::write(*doc);
    out.content_type = "application/json";
    return out;
  }
  if (content_type->is_xml()) {
    auto xml = apply_xml_generators(body.bytes, body_generators, context);
    if (!xml) return body;
    out.bytes = std::move(*xml);
    out.content_type = "application/xml";
    return out;
  }
  if (content_type->is_form_urlencoded()) {
    out.bytes = apply_form_generators(body.bytes, body_generators, context);
    return out;
  }
  return body;
}

}  // namespace pact::generators

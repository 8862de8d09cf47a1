// Bodies with embedded matcher objects -> example + rules + generators
// (integration-json.md §3).

#include <algorithm>

#include "integration_json/integration_json.hpp"
#include "integration_json/rule_factory.hpp"

namespace pact::integration_json {
namespace {

// Nesting deeper than this is hostile or broken input: the value there
// becomes null, like any other error inside a document (§3.2 step 6).
constexpr int kMaxDepth = 100;

bool switches_children_to_wildcard(const model::MatchingRule& rule) {
  // values / eachValue / arrayContains apply to every key (§3.5, trap 5).
  return rule.kind == model::RuleKind::Values || rule.kind == model::RuleKind::EachValue ||
         rule.kind == model::RuleKind::ArrayContains;
}

class Processor {
 public:
  Processor(model::RuleCategory& rules, std::map<std::string, model::Generator>& generators)
      : rules_(rules), generators_(generators) {}

  json::value document(const json::value& doc, const std::string& root) {
    if (const auto* obj = doc.if_object()) return object(*obj, root, false, 0);
    if (const auto* arr = doc.if_array()) return array(*arr, root, false, false, 0);
    return doc;
  }

  // §3.1: a matcher object, or a plain object whose "pact:" keys are dropped.
  // `wildcard` set: children are at P.* instead of P.key.
  json::value object(const json::object& obj, const std::string& path, bool wildcard, int depth) {
    if (depth > kMaxDepth) return nullptr;
    if (obj.contains("pact:matcher:type")) return matcher(obj, path, wildcard, depth);
    json::object out;
    out.reserve(obj.size());
    for (const auto& [key, child] : obj) {
      if (key.starts_with("pact:")) continue;
      const std::string child_path = append_field(path, wildcard ? std::string_view("*") : std::string_view(key));
      out[key] = child_value(child, child_path, depth);
    }
    return out;
  }

  // Arrays outside matchers get [i] paths; matcher values get [*] (trap 4).
  // Object elements keep `skip` (the matcher object's own wildcard flag).
  json::value array(const json::array& arr, const std::string& path, bool type_matcher, bool skip, int depth) {
    if (depth > kMaxDepth) return nullptr;
    json::array out;
    out.reserve(arr.size());
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string item_path = type_matcher ? path + "[*]" : path + "[" + std::to_string(i) + "]";
      const auto& item = arr[i];
      if (const auto* obj = item.if_object()) out.push_back(object(*obj, item_path, skip, depth + 1));
      else if (const auto* nested = item.if_array()) out.push_back(array(*nested, item_path, false, skip, depth + 1));
      else out.push_back(item);
    }
    return out;
  }

 private:
  json::value child_value(const json::value& child, const std::string& path, int depth) {
    if (const auto* obj = child.if_object()) return object(*obj, path, false, depth + 1);
    if (const auto* arr = child.if_array()) return array(*arr, path, false, false, depth + 1);
    return child;
  }

  // §3.2 matcher processing at P.
  json::value matcher(const json::object& obj, const std::string& path, bool skip, int depth) {
    const json::value& type = obj.at("pact:matcher:type");
    const auto* type_name = type.if_string();
    json::value result;
    bool ok = true;
    if (type_name != nullptr && (*type_name == "arrayContains" || *type_name == "array-contains")) {
      ok = array_contains(obj, path, depth, result);
    } else {
      auto def = parse_matcher_object(obj);
      if (def.ok()) {
        const bool wildcard = std::any_of(def->rules.begin(), def->rules.end(), switches_children_to_wildcard);
        if (const auto* value = obj.if_contains("value")) {
          if (const auto* vo = value->if_object()) result = object(*vo, path, wildcard, depth + 1);
          else if (const auto* va = value->if_array()) result = array(*va, path, true, skip, depth + 1);
          else result = *value;
        }
        if (def->generator) generators_[path] = *def->generator;
        for (auto& rule : def->rules) rules_[path].rules.push_back(std::move(rule));
      } else {
        ok = false;
      }
    }
    // The generator of pact:generator:type is added even when the rule
    // failed (§3.2 step 6); it replaces an expression's generator.
    if (auto generator = generator_from_matcher_object(obj)) generators_[path] = std::move(*generator);
    if (!ok) return nullptr;
    return result;
  }

  // §3.4: every variant is an independent document rooted at "$"; the
  // example is the array of processed variants.
  bool array_contains(const json::object& obj, const std::string& path, int depth, json::value& result) {
    const json::value* variants = obj.if_contains("variants");
    if (variants == nullptr || !variants->is_array()) return false;
    json::array examples;
    json::array rule_variants;
    const auto& list = variants->get_array();
    for (std::size_t index = 0; index < list.size(); ++index) {
      model::RuleCategory variant_rules;
      std::map<std::string, model::Generator> variant_generators;
      Processor inner(variant_rules, variant_generators);
      const auto& variant = list[index];
      if (const auto* vo = variant.if_object()) examples.push_back(inner.object(*vo, "$", false, depth + 1));
      else if (const auto* va = variant.if_array()) examples.push_back(inner.array(*va, "$", false, false, depth + 1));
      else examples.push_back(variant);
      rule_variants.emplace_back(detail::array_contains_variant(index, variant_rules, variant_generators));
    }
    model::MatchingRule rule;
    rule.kind = model::RuleKind::ArrayContains;
    rule.attributes["variants"] = std::move(rule_variants);
    rules_[path].rules.push_back(std::move(rule));
    result = std::move(examples);
    return true;
  }

  model::RuleCategory& rules_;
  std::map<std::string, model::Generator>& generators_;
};

}  // namespace

namespace detail {
json::value process_matcher_array(const json::array& items, const std::string& path, model::RuleCategory& rules,
                                  std::map<std::string, model::Generator>& generators) {
  Processor processor(rules, generators);
  return processor.array(items, path, true, false, 1);
}
}  // namespace detail

BodyResult process_body(const json::value& document) { return process_body_at(document, "$"); }

BodyResult process_body_at(const json::value& document, std::string_view root) {
  BodyResult out;
  Processor processor(out.rules, out.generators);
  out.value = processor.document(document, std::string(root));
  return out;
}

}  // namespace pact::integration_json

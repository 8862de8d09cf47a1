// JSON bodies (matching-rules.md §11).

#include "matching/json_body.hpp"

#include <algorithm>

#include "matching/rules.hpp"

namespace pact::matching {
namespace {

// A list as an array of its elements' compact JSON text.
json::value element_texts(const json::array& list) {
  json::array out;
  for (const auto& item : list) out.emplace_back(json::string(json::write(item)));
  return json::value(std::move(out));
}

using model::RuleKind;

// Hostile documents are bounded (CONVENTIONS.md: recursion limit).
constexpr int kMaxDepth = 200;

class JsonComparer {
 public:
  explicit JsonComparer(std::vector<Mismatch>& out) : out_(out) {}

  void compare(const MatchContext& ctx, const ValuePath& path, const json::value& e, const json::value& a, int depth) {
    if (depth > kMaxDepth) {
      add(path, e, a, "Maximum nesting depth exceeded");
      return;
    }
    if (e.is_object()) {
      if (a.is_object()) return compare_maps(ctx, path, e.get_object(), a.get_object(), depth);
      return add(path, e, a, "Type mismatch: " + same_type_text(e, a));
    }
    if (e.is_array()) {
      if (a.is_array()) return compare_lists(ctx, path, e.get_array(), a.get_array(), depth);
      return add(path, e, a, "Type mismatch: " + same_type_text(e, a));
    }
    if (const auto sel = ctx.select(path)) {
      const auto failures = apply_rule_list(*sel->rules, [&](const model::MatchingRule& rule) {
        return match_json_rule(rule, e, a, sel->cascaded);
      });
      for (const auto& f : failures) add(path, e, a, f);
      return;
    }
    model::MatchingRule equality;
    if (auto f = match_json_rule(equality, e, a, false)) add(path, e, a, *f);
  }

 private:
  static std::string same_type_text(const json::value& e, const json::value& a) {
    return "Expected " + render_value(a) + " (" + std::string(json_type_name(a)) + ") to be the same type as " +
           render_value(e) + " (" + std::string(json_type_name(e)) + ")";
  }

  void add(const ValuePath& path, const json::value& e, const json::value& a, std::string text) {
    Mismatch m;
    m.kind = Mismatch::Kind::Body;
    m.location = render_path(path);
    m.expected = json::write(e);
    m.actual = json::write(a);
    m.description = std::move(text);
    out_.push_back(std::move(m));
  }

  void compare_maps(const MatchContext& ctx, const ValuePath& path, const json::object& e, const json::object& a,
                    int depth) {
    if (e.empty() && !ctx.allow_unexpected_keys() && !a.empty()) {
      return add(path, json::value(e), json::value(a), "Expected an empty Map but received " + json::write(json::value(a)));
    }
    const auto sel = ctx.select(path);
    bool compare_keys = !sel.has_value();
    if (sel) {
      // Maps apply every rule (AND), ignoring combine: OR (§5, trap 4).
      for (const auto& rule : sel->rules->rules) {
        const bool values_mode = !sel->cascaded && (rule.kind == RuleKind::Values || rule.kind == RuleKind::EachValue ||
                                                    rule.kind == RuleKind::ArrayContains);
        if (values_mode) {
          compare_values_mode(ctx, path, rule, e, a, depth);
          continue;
        }
        if (auto f = match_json_rule(rule, json::value(e), json::value(a), sel->cascaded)) {
          add(path, json::value(e), json::value(a), *f);
        }
        compare_keys = true;
      }
    }
    if (!compare_keys) return;
    check_keys(ctx, path, e, a);
    for (const auto& kv : e) {
      if (const auto* av = a.if_contains(kv.key())) compare(ctx, child_path(path, kv.key()), kv.value(), *av, depth + 1);
    }
  }

  // Values / EachValue at this path: every actual entry against the expected
  // entry of the same key, else the first expected entry (§11.2).
  void compare_values_mode(const MatchContext& ctx, const ValuePath& path, const model::MatchingRule& rule,
                           const json::object& e, const json::object& a, int depth) {
    if (e.empty()) return;
    std::vector<std::string_view> keys;
    for (const auto& kv : e) keys.push_back(kv.key());
    std::sort(keys.begin(), keys.end());
    const json::value& first = *e.if_contains(keys.front());
    const MatchContext inner = rule.kind == RuleKind::EachValue ? ctx.with_only(path, inner_rules(rule)) : ctx;
    for (const auto& kv : a) {
      const auto* ev = e.if_contains(kv.key());
      compare(inner, child_path(path, kv.key()), ev != nullptr ? *ev : first, kv.value(), depth + 1);
    }
  }

  void check_keys(const MatchContext& ctx, const ValuePath& path, const json::object& e, const json::object& a) {
    if (ctx.direct_rule_of(path, {RuleKind::EachKey})) check_each_key(ctx, path, a);
    if (ctx.direct_rule_of(path, {RuleKind::Values, RuleKind::EachValue, RuleKind::EachKey})) return;
    std::vector<std::string> ekeys;
    std::vector<std::string> akeys;
    for (const auto& kv : e) ekeys.emplace_back(kv.key());
    for (const auto& kv : a) akeys.emplace_back(kv.key());
    std::sort(ekeys.begin(), ekeys.end());
    std::sort(akeys.begin(), akeys.end());
    const auto join = [](const std::vector<std::string>& keys) {
      std::string s;
      for (const auto& k : keys) s += (s.empty() ? "" : ", ") + k;
      return s;
    };
    // The reference reports the key lists, not the maps, as expected/actual
    // (checked by the differential scenario mismatch_texts).
    const auto key_list = [](const std::vector<std::string>& keys) {
      json::array out;
      for (const auto& k : keys) out.emplace_back(json::string(k));
      return json::value(std::move(out));
    };
    if (ctx.allow_unexpected_keys()) {
      std::vector<std::string> missing;
      for (const auto& k : ekeys) {
        if (!a.contains(k)) missing.push_back(k);
      }
      if (!missing.empty()) {
        add(path, key_list(ekeys), key_list(akeys), "Actual map is missing the following keys: " + join(missing));
      }
    } else if (ekeys != akeys) {
      add(path, key_list(ekeys), key_list(akeys),
          "Expected a Map with keys [" + join(ekeys) + "] but received one with keys [" + join(akeys) + "]");
    }
  }

  void check_each_key(const MatchContext& ctx, const ValuePath& path, const json::object& a) {
    const auto sel = ctx.select(path);
    if (!sel) return;
    for (const auto& rule : sel->rules->rules) {
      if (rule.kind != RuleKind::EachKey) continue;
      const auto inner = inner_rules(rule);
      for (const auto& kv : a) {
        const std::string key(kv.key());
        const auto failures = apply_rule_list(inner, [&](const model::MatchingRule& r) {
          return match_string_rule(r, "", key, false);
        });
        for (const auto& f : failures) {
          Mismatch m;
          m.kind = Mismatch::Kind::Body;
          m.location = render_path(child_path(path, key));
          m.expected = "";
          m.actual = key;
          m.description = f;
          out_.push_back(std::move(m));
        }
      }
    }
  }

  void compare_lists(const MatchContext& ctx, const ValuePath& path, const json::array& e, const json::array& a,
                     int depth) {
    const auto sel = ctx.select(path);
    if (!sel) {
      if (e.empty() && !a.empty()) {
        return add(path, json::value(e), json::value(a), "Expected an empty List but received " + json::write(json::value(a)));
      }
      for (std::size_t i = 0; i < e.size(); ++i) {
        const auto p = child_path(path, std::to_string(i));
        if (i < a.size()) {
          compare(ctx, p, e[i], a[i], depth + 1);
        } else {
          // Reported at the list's path with both lists, as the reference does.
          add(path, json::value(e), json::value(a), "Expected " + json::to_plain_string(e[i]) + " but was missing");
        }
      }
      if (e.size() != a.size()) {
        add(path, json::value(e), json::value(a),
            "Expected a List with " + std::to_string(e.size()) + " elements but received " + std::to_string(a.size()) +
                " elements");
      }
      return;
    }
    // Lists honour AND/OR (§5): with OR, one rule without mismatches wins.
    std::vector<std::vector<Mismatch>> per_rule;
    for (const auto& rule : sel->rules->rules) {
      std::vector<Mismatch> found;
      JsonComparer sub(found);
      sub.list_rule(ctx, path, rule, sel->cascaded, e, a, depth);
      per_rule.push_back(std::move(found));
    }
    if (sel->rules->logic == model::RuleLogic::Or &&
        std::any_of(per_rule.begin(), per_rule.end(), [](const auto& v) { return v.empty(); })) {
      return;
    }
    for (auto& found : per_rule) {
      for (auto& m : found) {
        const bool dup = std::any_of(out_.begin(), out_.end(), [&](const Mismatch& o) {
          return o.location == m.location && o.description == m.description;
        });
        if (!dup) out_.push_back(std::move(m));
      }
    }
  }

  void list_rule(const MatchContext& ctx, const ValuePath& path, const model::MatchingRule& rule, bool cascaded,
                 const json::array& e, const json::array& a, int depth) {
    if (e.empty()) return;  // trap 6: an empty example accepts any list
    if (rule.kind == RuleKind::ArrayContains) return array_contains(ctx, path, rule, e, a, depth);
    if (rule.kind == RuleKind::EachValue && !cascaded) {
      return compare_contents(ctx.with_only(path, inner_rules(rule)), path, e, a, depth);
    }
    if (auto f = match_json_rule(rule, json::value(e), json::value(a), cascaded)) {
      // Size rules report each list as an array of its elements' JSON text
      // (["1","2"]), as the reference does.
      const bool size_rule = rule.kind == RuleKind::MinType || rule.kind == RuleKind::MaxType ||
                             rule.kind == RuleKind::MinMaxType;
      if (size_rule) {
        add(path, element_texts(e), element_texts(a), *f);
      } else {
        add(path, json::value(e), json::value(a), *f);
      }
    }
    compare_contents(ctx, path, e, a, depth);
  }

  void compare_contents(const MatchContext& ctx, const ValuePath& path, const json::array& e, const json::array& a,
                        int depth) {
    for (std::size_t i = 0; i < std::max(e.size(), a.size()); ++i) {
      const auto p = child_path(path, std::to_string(i));
      if (i < a.size()) {
        // Padding repeats the first expected element (§11.3).
        compare(ctx, p, i < e.size() ? e[i] : e[0], a[i], depth + 1);
      } else if (!ctx.matcher_is_defined(p)) {
        add(p, e[i], json::value(nullptr), "Expected " + json::write(e[i]) + " (" + std::to_string(i) + ") but was missing");
      }
    }
  }

  void array_contains(const MatchContext& ctx, const ValuePath& path, const model::MatchingRule& rule,
                      const json::array& e, const json::array& a, int depth) {
    struct Variant {
      std::size_t index;
      model::RuleCategory rules;
    };
    std::vector<Variant> variants;
    const auto* vs = rule.attributes.if_contains("variants");
    if (vs != nullptr && vs->is_array() && !vs->get_array().empty()) {
      for (const auto& v : vs->get_array()) {
        Variant variant{0, {}};
        if (const auto* idx = json::find(v, "index"); idx != nullptr && idx->is_number()) {
          variant.index = static_cast<std::size_t>(idx->to_number<double>());
        }
        if (const auto* rules = json::find(v, "rules"); rules != nullptr && rules->is_object()) {
          for (const auto& kv : rules->get_object()) variant.rules[std::string(kv.key())] = rule_list_from_json(kv.value());
        } else {
          variant.rules["$"].rules.push_back(model::MatchingRule{});
        }
        variants.push_back(std::move(variant));
      }
    } else {
      for (std::size_t i = 0; i < e.size(); ++i) {
        Variant variant{i, {}};
        variant.rules["$"].rules.push_back(model::MatchingRule{});
        variants.push_back(std::move(variant));
      }
    }
    for (std::size_t vi = 0; vi < variants.size(); ++vi) {
      const auto& variant = variants[vi];
      if (variant.index >= e.size()) {
        add(path, json::value(e), json::value(a),
            "ArrayContains: variant " + std::to_string(vi) + " is missing from the expected list, which has " +
                std::to_string(e.size()) + " items");
        continue;
      }
      const auto vctx = ctx.sibling(&variant.rules);
      const auto& example = e[variant.index];
      const bool found = std::any_of(a.begin(), a.end(), [&](const json::value& item) {
        std::vector<Mismatch> tmp;
        JsonComparer sub(tmp);
        sub.compare(vctx, ValuePath{"$"}, example, item, depth + 1);
        return tmp.empty();
      });
      if (!found) {
        add(path, json::value(e), json::value(a),
            "Variant at index " + std::to_string(variant.index) + " (" + json::write(example) +
                ") was not found in the actual list");
      }
    }
  }

  std::vector<Mismatch>& out_;
};

}  // namespace

model::RuleList inner_rules(const model::MatchingRule& rule) {
  model::RuleList list;
  const auto* rules = rule.attributes.if_contains("rules");
  if (rules == nullptr || !rules->is_array()) return list;
  for (const auto& r : rules->get_array()) {
    if (!r.is_object()) continue;
    json::object obj = r.get_object();
    // Integration JSON spells the name "pact:matcher:type" (§2).
    if (!obj.contains("match")) {
      // Copy before inserting: the insert may move the object's storage.
      if (const auto* t = obj.if_contains("pact:matcher:type")) {
        json::value name = *t;
        obj["match"] = std::move(name);
      }
    }
    obj.erase("pact:matcher:type");
    if (auto parsed = model::MatchingRule::from_json(obj)) list.rules.push_back(std::move(*parsed));
  }
  return list;
}

model::RuleList rule_list_from_json(const json::value& v) {
  model::RuleList list;
  if (!v.is_object()) return list;
  const auto& obj = v.get_object();
  if (const auto* matchers = obj.if_contains("matchers"); matchers != nullptr && matchers->is_array()) {
    for (const auto& r : matchers->get_array()) {
      if (!r.is_object()) continue;
      if (auto parsed = model::MatchingRule::from_json(r.get_object())) list.rules.push_back(std::move(*parsed));
    }
    if (const auto* combine = obj.if_contains("combine"); combine != nullptr && combine->is_string() &&
                                                          combine->get_string() == "OR") {
      list.logic = model::RuleLogic::Or;
    }
    return list;
  }
  if (auto parsed = model::MatchingRule::from_json(obj)) list.rules.push_back(std::move(*parsed));
  return list;
}

std::vector<Mismatch> compare_json(const MatchContext& context, const json::value& expected, const json::value& actual) {
  std::vector<Mismatch> out;
  JsonComparer(out).compare(context, ValuePath{"$"}, expected, actual, 0);
  return out;
}

std::vector<Mismatch> compare_json_text(const MatchContext& context, std::string_view expected, std::string_view actual) {
  const auto body_error = [&](std::string text) {
    Mismatch m;
    m.kind = Mismatch::Kind::Body;
    m.location = "$";
    m.expected = std::string(expected);
    m.actual = std::string(actual);
    m.description = std::move(text);
    return std::vector<Mismatch>{std::move(m)};
  };
  auto e = json::parse(expected);
  if (!e.ok()) return body_error("Failed to parse the expected body: '" + e.error().message + "'");
  auto a = json::parse(actual);
  if (!a.ok()) return body_error("Failed to parse the actual body: '" + a.error().message + "'");
  return compare_json(context, e.value(), a.value());
}

}  // namespace pact::matching

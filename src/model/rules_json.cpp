#include "model/rules_json.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

namespace pact::model {
namespace {

using support::ErrorCategory;
using support::make_error;

// matching-rules.md §3: letters, digits (any non-ASCII byte is taken as part
// of a Unicode letter), '_', '-', ':', '#', '@'.
bool is_ident_char(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u) != 0 || c == '_' || c == '-' || c == ':' || c == '#' || c == '@';
}

// A name the reference writes with a dot rather than brackets (matching-rules.md §3).
bool is_plain_identifier(std::string_view name) noexcept {
  if (name.empty()) return false;
  const auto first = static_cast<unsigned char>(name.front());
  if (!(std::isalpha(first) != 0 || first == '_')) return false;
  return std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isalnum(c) != 0 || c == '_'; });
}

std::string field_suffix(std::string_view name) {
  if (is_plain_identifier(name)) return "." + std::string(name);
  return "['" + std::string(name) + "']";
}

// A header or query rule key is the plain name, or "name[i]" for a rule on
// one value (integration-json.md §9.1). Returns the name and the "[i]"
// suffix ("" when there is none).
std::pair<std::string_view, std::string_view> split_value_index(std::string_view key) {
  if (key.size() < 3 || key.back() != ']') return {key, {}};
  const auto open = key.rfind('[');
  if (open == std::string_view::npos || open == 0 || open + 2 > key.size() - 1) return {key, {}};
  const auto digits = key.substr(open + 1, key.size() - open - 2);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return {key, {}};
  return {key.substr(0, open), key.substr(open)};
}

RuleLogic read_logic(const json::object& list) {
  if (const auto* combine = list.if_contains("combine"); combine != nullptr && combine->is_string()) {
    std::string c(combine->get_string());
    std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    if (c == "OR") return RuleLogic::Or;
  }
  return RuleLogic::And;
}

// {"combine": ..., "matchers": [...]}; rule objects that are not understood are skipped.
RuleList read_rule_list(const json::object& obj) {
  RuleList list;
  list.logic = read_logic(obj);
  if (const auto* matchers = obj.if_contains("matchers"); matchers != nullptr && matchers->is_array()) {
    for (const auto& m : matchers->get_array()) {
      if (!m.is_object()) continue;
      if (auto rule = MatchingRule::from_json(m.get_object())) list.rules.push_back(std::move(*rule));
    }
  }
  return list;
}

json::object write_rule_list(const RuleList& list) {
  json::array matchers;
  for (const auto& rule : list.rules) matchers.emplace_back(rule.to_json());
  json::object out;
  out["combine"] = list.logic == RuleLogic::Or ? "OR" : "AND";
  out["matchers"] = std::move(matchers);
  return out;
}

void merge_into(MatchingRules& rules, Category category, const std::string& key, RuleList list) {
  if (list.empty()) return;
  auto& target = rules.categories[category][key];
  if (target.empty()) {
    target = std::move(list);
  } else {
    for (auto& r : list.rules) target.rules.push_back(std::move(r));
  }
}

// A header/query name from the rest of a V2 key: ".name", "['name']", with an
// optional trailing index.
std::string name_from_v2_rest(std::string_view rest, bool drop_index) {
  std::string name;
  if (rest.starts_with(".")) {
    rest.remove_prefix(1);
    const auto end = rest.find('[');
    name = std::string(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end);
  } else if (rest.starts_with("['")) {
    const auto close = rest.find("']", 2);
    if (close == std::string_view::npos) return std::string(rest.substr(2));
    name = std::string(rest.substr(2, close - 2));
    rest = rest.substr(close + 2);
  } else {
    return std::string(rest);
  }
  if (!drop_index) name += std::string(rest);
  return name;
}

// pact-file-format.md §13.1 / §15: "$.body.x" -> body "$.x", "$.headers.X" ->
// header "X", "$.query.q[1]" -> query "q", "$.path" -> path "$".
support::Status read_v2_rules(const json::object& obj, MatchingRules& rules) {
  for (const auto& kv : obj) {
    const std::string_view key = kv.key();
    if (!kv.value().is_object()) continue;
    const auto& rule_obj = kv.value().get_object();
    RuleList list;
    if (rule_obj.contains("matchers")) {
      list = read_rule_list(rule_obj);
    } else if (auto rule = MatchingRule::from_json(rule_obj)) {
      list.rules.push_back(std::move(*rule));
    }
    if (list.empty()) continue;
    std::string_view rest = key.starts_with("$.") ? key.substr(2) : std::string_view{};
    const auto end = rest.find_first_of(".[");
    const std::string_view part = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end);
    const Category category = category_from_name(part);
    switch (category) {
      case Category::Header:
      case Category::Query: {
        const auto name = name_from_v2_rest(rest, category == Category::Query);
        merge_into(rules, category, name, std::move(list));
        break;
      }
      case Category::Path:
      case Category::Method:
      case Category::Status: merge_into(rules, category, "$", std::move(list)); break;
      default: {
        const std::string path = "$" + std::string(rest);
        if (!is_valid_path_expression(path)) {
          return make_error(ErrorCategory::Parse, "invalid matching rule path expression '" + std::string(key) + "'");
        }
        merge_into(rules, category, path, std::move(list));
      }
    }
  }
  return support::Unit{};
}

support::Status read_v3_rules(const json::object& obj, MatchingRules& rules) {
  for (const auto& kv : obj) {
    if (!kv.value().is_object()) continue;
    const auto& cat_obj = kv.value().get_object();
    const Category category = category_from_name(kv.key());
    switch (category) {
      case Category::Path:
      case Category::Method:
      case Category::Status:
        // Single rule list directly under the category, or keyed by a path (§13.2).
        if (cat_obj.contains("matchers")) {
          merge_into(rules, category, "$", read_rule_list(cat_obj));
        } else {
          for (const auto& entry : cat_obj) {
            if (entry.value().is_object()) merge_into(rules, category, "$", read_rule_list(entry.value().get_object()));
          }
        }
        break;
      case Category::Header:
      case Category::Query:
      case Category::Metadata:
        for (const auto& entry : cat_obj) {
          if (entry.value().is_object()) {
            merge_into(rules, category, std::string(entry.key()), read_rule_list(entry.value().get_object()));
          }
        }
        break;
      case Category::Body:
      case Category::Contents:
        for (const auto& entry : cat_obj) {
          if (!entry.value().is_object()) continue;
          std::string path(entry.key());
          if (!is_valid_path_expression(path) || path.empty()) {
            return make_error(ErrorCategory::Parse, "invalid matching rule path expression '" + path + "'");
          }
          // Implicit root: "a.b" means "$.a.b" (matching-rules.md §3).
          if (path.front() != '$') path = "$." + path;
          merge_into(rules, category, path, read_rule_list(entry.value().get_object()));
        }
        break;
    }
  }
  return support::Unit{};
}

std::optional<Category> generator_category(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (Category c : {Category::Method, Category::Path, Category::Header, Category::Query, Category::Body,
                     Category::Status, Category::Metadata}) {
    if (category_name(c) == lower) return c;
  }
  return std::nullopt;
}

// A generator the reference cannot use is dropped on read (§14).
std::optional<Generator> read_generator(const json::value& v) {
  if (!v.is_object()) return std::nullopt;
  auto g = Generator::from_json(v.get_object());
  if (!g) return std::nullopt;
  if (g->type == "Regex" && !g->attributes.contains("regex")) return std::nullopt;
  if (g->type == "ProviderState" && !g->attributes.contains("expression")) return std::nullopt;
  return g;
}

}  // namespace

bool is_valid_path_expression(std::string_view path) noexcept {
  if (path.empty()) return true;
  std::size_t i = 0;
  if (path[0] == '$') {
    i = 1;
  } else {
    if (!is_ident_char(path[0])) return false;
    while (i < path.size() && is_ident_char(path[i])) ++i;
  }
  while (i < path.size()) {
    if (path[i] == '.') {
      ++i;
      if (i < path.size() && path[i] == '*') { ++i; continue; }
      const auto start = i;
      while (i < path.size() && is_ident_char(path[i])) ++i;
      if (i == start) return false;
    } else if (path[i] == '[') {
      ++i;
      if (i >= path.size()) return false;
      if (path[i] == '\'') {
        const auto close = path.find('\'', i + 1);
        if (close == std::string_view::npos || close == i + 1) return false;
        i = close + 1;
      } else if (path[i] == '*') {
        ++i;
      } else {
        const auto start = i;
        while (i < path.size() && std::isdigit(static_cast<unsigned char>(path[i])) != 0) ++i;
        if (i == start) return false;
      }
      if (i >= path.size() || path[i] != ']') return false;
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

support::Result<MatchingRules> read_matching_rules(const json::value& value) {
  MatchingRules rules;
  const auto* obj = value.if_object();
  if (obj == nullptr || obj->empty()) return rules;
  // §13.1: the layout is decided by the first key in sorted order.
  std::string_view first;
  bool have_first = false;
  for (const auto& kv : *obj) {
    if (!have_first || std::string_view(kv.key()) < first) {
      first = kv.key();
      have_first = true;
    }
  }
  const auto status = first.starts_with("$") ? read_v2_rules(*obj, rules) : read_v3_rules(*obj, rules);
  if (!status.ok()) return status.error();
  return rules;
}

json::object write_matching_rules_v3(const MatchingRules& rules) {
  json::object out;
  for (const auto& [category, entries] : rules.categories) {
    json::object cat;
    bool single = category == Category::Path || category == Category::Method;
    for (const auto& [key, list] : entries) {
      if (list.empty()) continue;
      if (single) {
        // Path and method hold one list, written directly under the category.
        out[category_name(category)] = write_rule_list(list);
        break;
      }
      if (category == Category::Header || category == Category::Query) {
        // V3/V4 key header and query rules by name only: a per-value rule
        // ("name[2]") is written under its name, as the reference does.
        const auto name = std::string(split_value_index(key).first);
        if (auto* existing = cat.if_contains(name)) {
          auto& matchers = existing->as_object()["matchers"].as_array();
          for (const auto& rule : list.rules) matchers.emplace_back(rule.to_json());
        } else {
          cat[name] = write_rule_list(list);
        }
        continue;
      }
      cat[key] = write_rule_list(list);
    }
    if (!single && !cat.empty()) out[category_name(category)] = std::move(cat);
  }
  return out;
}

json::object write_matching_rules_v2(const MatchingRules& rules) {
  json::object out;
  for (const auto& [category, entries] : rules.categories) {
    for (const auto& [key, list] : entries) {
      if (list.empty()) continue;
      std::string path;
      switch (category) {
        case Category::Body:
        case Category::Contents:
          path = key.starts_with("$") ? "$.body" + key.substr(1) : "$.body." + key;
          break;
        case Category::Header:
        case Category::Query: {
          const auto [name, index] = split_value_index(key);
          path = std::string(category == Category::Header ? "$.headers" : "$.query") + field_suffix(name) + std::string(index);
          break;
        }
        case Category::Path: path = "$.path"; break;
        // V2 has no status rules, but the reference writes them keyed
        // "$.status.$" (observed with libpact_ffi 0.5.12), and reads them back.
        case Category::Status: path = "$.status.$"; break;
        case Category::Method:
        case Category::Metadata: continue;
      }
      out[path] = list.rules.front().to_json();
    }
  }
  return out;
}

Generators read_generators(const json::value& value) {
  Generators generators;
  const auto* obj = value.if_object();
  if (obj == nullptr) return generators;
  for (const auto& kv : *obj) {
    const auto category = generator_category(kv.key());
    if (!category) continue;  // unknown categories, including "content", are dropped (§14)
    switch (*category) {
      case Category::Path:
      case Category::Method:
      case Category::Status:
        if (auto g = read_generator(kv.value())) generators.add(*category, "$", std::move(*g));
        break;
      default:
        if (!kv.value().is_object()) break;
        for (const auto& entry : kv.value().get_object()) {
          if (auto g = read_generator(entry.value())) generators.add(*category, std::string(entry.key()), std::move(*g));
        }
    }
  }
  return generators;
}

json::object write_generators(const Generators& generators) {
  json::object out;
  for (const auto& [category, entries] : generators.categories) {
    if (entries.empty()) continue;
    if (category == Category::Path || category == Category::Method || category == Category::Status) {
      out[category_name(category)] = entries.begin()->second.to_json();
      continue;
    }
    json::object cat;
    for (const auto& [key, g] : entries) cat[key] = g.to_json();
    out[category_name(category)] = std::move(cat);
  }
  return out;
}

}  // namespace pact::model

// Method, path, query, headers, status (matching-rules.md §9).

#include "matching/http_parts.hpp"

#include <algorithm>
#include <cctype>

#include "matching/match_context.hpp"
#include "matching/rules.hpp"
#include "support/text.hpp"

namespace pact::matching {
namespace {

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// Rust's Debug rendering of a string: quoted, '"' and '\' escaped (§15).
std::string debug_quote(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::vector<std::string> plain_values(const std::vector<std::optional<std::string>>& values) {
  std::vector<std::string> out;
  out.reserve(values.size());
  // A flag parameter (?a) compares as an empty value (trap 12).
  for (const auto& v : values) out.push_back(v.value_or(""));
  return out;
}

std::string debug_list(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + debug_quote(values[i]);
  return out + "]";
}

std::string plain_list(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + values[i];
  return out + "]";
}

// The §11.3 list algorithm over string values (query parameters and
// multi-valued headers with a rule at "$.<name>").
std::vector<std::string> compare_string_list(const MatchContext& ctx, const ValuePath& path,
                                             const std::vector<std::string>& e, const std::vector<std::string>& a,
                                             std::vector<std::pair<std::string, std::string>>* failed_pairs) {
  std::vector<std::string> texts;
  const auto sel = ctx.select(path);
  if (!sel || e.empty()) return texts;
  std::vector<std::vector<std::string>> per_rule;
  std::vector<std::vector<std::pair<std::string, std::string>>> per_rule_pairs;
  for (const auto& rule : sel->rules->rules) {
    std::vector<std::string> found;
    std::vector<std::pair<std::string, std::string>> pairs;
    if (!sel->cascaded) {
      const auto min = rule_min(rule);
      const auto max = rule_max(rule);
      if ((rule.kind == model::RuleKind::MinType || rule.kind == model::RuleKind::MinMaxType) && min && a.size() < *min) {
        found.push_back("Expected " + plain_list(a) + " (size " + std::to_string(a.size()) + ") to have minimum size of " +
                        std::to_string(*min));
        pairs.emplace_back(plain_list(e), plain_list(a));
      }
      if ((rule.kind == model::RuleKind::MaxType || rule.kind == model::RuleKind::MinMaxType) && max && a.size() > *max) {
        found.push_back("Expected " + plain_list(a) + " (size " + std::to_string(a.size()) + ") to have maximum size of " +
                        std::to_string(*max));
        pairs.emplace_back(plain_list(e), plain_list(a));
      }
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
      const auto& ev = i < e.size() ? e[i] : e[0];
      const auto item = child_path(path, std::to_string(i));
      const auto item_sel = ctx.select(item);
      const auto& list = item_sel ? *item_sel->rules : *sel->rules;
      const bool cascaded = item_sel ? item_sel->cascaded : true;
      for (auto& f : apply_rule_list(list, [&](const model::MatchingRule& r) {
             return match_string_rule(r, ev, a[i], cascaded);
           })) {
        found.push_back(std::move(f));
        pairs.emplace_back(ev, a[i]);
      }
    }
    per_rule.push_back(std::move(found));
    per_rule_pairs.push_back(std::move(pairs));
  }
  if (sel->rules->logic == model::RuleLogic::Or &&
      std::any_of(per_rule.begin(), per_rule.end(), [](const auto& v) { return v.empty(); })) {
    return texts;
  }
  for (std::size_t r = 0; r < per_rule.size(); ++r) {
    for (std::size_t i = 0; i < per_rule[r].size(); ++i) {
      if (std::find(texts.begin(), texts.end(), per_rule[r][i]) != texts.end()) continue;
      texts.push_back(per_rule[r][i]);
      if (failed_pairs != nullptr) failed_pairs->push_back(per_rule_pairs[r][i]);
    }
  }
  return texts;
}

}  // namespace

std::vector<Mismatch> match_method(std::string_view expected, std::string_view actual) {
  if (support::ascii_lower(expected) == support::ascii_lower(actual)) return {};
  Mismatch m;
  m.kind = Mismatch::Kind::Method;
  m.expected = json::string(expected);
  m.actual = json::string(actual);
  m.description = "expected " + std::string(expected) + " but was " + std::string(actual);
  return {std::move(m)};
}

namespace {

// Path and status rules are one list, whatever key it is stored under.
const model::RuleList* single_rule_list(const model::MatchingRules& rules, model::Category category_name) {
  const auto* category = rules.find(category_name);
  if (category == nullptr) return nullptr;
  for (const auto& [key, list] : *category) {
    if (!list.empty()) return &list;
  }
  return nullptr;
}

}  // namespace

std::vector<Mismatch> match_path(std::string_view expected, std::string_view actual, const model::MatchingRules& rules) {
  std::vector<std::string> failures;
  const model::RuleList* list = single_rule_list(rules, model::Category::Path);
  if (list != nullptr) {
    failures = apply_rule_list(*list, [&](const model::MatchingRule& r) { return match_string_rule(r, expected, actual, false); });
  } else if (expected != actual) {
    failures.push_back("Expected '" + std::string(actual) + "' to be equal to '" + std::string(expected) + "'");
  }
  std::vector<Mismatch> out;
  for (auto& f : failures) {
    Mismatch m;
    m.kind = Mismatch::Kind::Path;
    m.expected = json::string(expected);
    m.actual = json::string(actual);
    m.description = std::move(f);
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<Mismatch> match_status(int expected, int actual, const model::MatchingRules& rules) {
  std::vector<std::string> failures;
  const model::RuleList* list = single_rule_list(rules, model::Category::Status);
  if (list != nullptr) {
    failures = apply_rule_list(*list, [&](const model::MatchingRule& r) { return match_status_rule(r, expected, actual, false); });
  } else if (expected != actual) {
    failures.push_back("expected " + std::to_string(expected) + " but was " + std::to_string(actual));
  }
  std::vector<Mismatch> out;
  for (auto& f : failures) {
    Mismatch m;
    m.kind = Mismatch::Kind::Status;
    m.expected = expected;
    m.actual = actual;
    m.description = std::move(f);
    out.push_back(std::move(m));
  }
  return out;
}

GroupedMismatches match_query(const model::Query* expected, const model::Query* actual,
                              const model::MatchingRules& rules, bool form_body) {
  const std::string noun = form_body ? "form post parameter" : "query parameter";
  const auto ctx = form_body ? MatchContext::for_paths(rules.find(model::Category::Body), true)
                             : MatchContext::for_names(rules.find(model::Category::Query), false);
  GroupedMismatches out;
  const auto make = [&](const std::string& name, const std::string& e, const std::string& a, std::string text) {
    Mismatch m;
    m.kind = form_body ? Mismatch::Kind::Body : Mismatch::Kind::Query;
    m.location = form_body ? render_path({"$", name}) : name;
    m.expected = json::string(e);
    m.actual = json::string(a);
    m.description = std::move(text);
    return m;
  };
  const model::Query empty;
  const auto& eq = expected != nullptr ? *expected : empty;
  const auto& aq = actual != nullptr ? *actual : empty;
  for (const auto& [name, evalues] : eq.entries) {
    std::vector<Mismatch> found;
    const auto e = plain_values(evalues);
    const auto* avalues = aq.find(name);
    if (avalues == nullptr) {
      found.push_back(make(name, debug_list(e), "", "Expected " + noun + " '" + name + "' but was missing"));
      out.emplace_back(name, std::move(found));
      continue;
    }
    const auto a = plain_values(*avalues);
    const ValuePath path{"$", name};
    if (ctx.matcher_is_defined(path)) {
      std::vector<std::pair<std::string, std::string>> pairs;
      const auto texts = compare_string_list(ctx, path, e, a, &pairs);
      for (std::size_t i = 0; i < texts.size(); ++i) found.push_back(make(name, pairs[i].first, pairs[i].second, texts[i]));
    } else {
      if (e.empty() && !a.empty()) {
        found.push_back(make(name, debug_list(e), debug_list(a),
                             "Expected an empty parameter list for '" + name + "' but received " + debug_list(a)));
      } else {
        if (e.size() != a.size()) {
          found.push_back(make(name, debug_list(e), debug_list(a),
                               "Expected " + noun + " '" + name + "' with " + std::to_string(e.size()) +
                                   " value(s) but received " + std::to_string(a.size()) + " value(s)"));
        }
        for (std::size_t i = 0; i < e.size(); ++i) {
          if (i >= a.size()) {
            found.push_back(make(name, e[i], "", "Expected " + noun + " '" + name + "' value '" + e[i] + "' but was missing"));
          } else if (e[i] != a[i]) {
            found.push_back(make(name, e[i], a[i],
                                 "Expected " + noun + " '" + name + "' with value '" + e[i] + "' but was '" + a[i] + "'"));
          }
        }
      }
    }
    out.emplace_back(name, std::move(found));
  }
  for (const auto& [name, avalues] : aq.entries) {
    if (eq.find(name) != nullptr) continue;
    std::vector<Mismatch> found;
    found.push_back(make(name, "", debug_list(plain_values(avalues)), "Unexpected " + noun + " '" + name + "' received"));
    out.emplace_back(name, std::move(found));
  }
  return out;
}

bool content_type_header_matches(std::string_view expected, std::string_view actual) {
  const auto split = [](std::string_view v) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= v.size()) {
      const auto semi = v.find(';', start);
      auto part = trim(v.substr(start, semi == std::string_view::npos ? std::string_view::npos : semi - start));
      if (!part.empty()) parts.push_back(std::move(part));
      if (semi == std::string_view::npos) break;
      start = semi + 1;
    }
    return parts;
  };
  const auto e = split(expected);
  const auto a = split(actual);
  if (e.empty() || a.empty()) return e.empty() && a.empty();
  if (e[0] != a[0]) return false;  // media type: case-sensitive (§9.4)
  const auto param = [](const std::string& p) {
    const auto eq = p.find('=');
    if (eq == std::string::npos) return std::pair{trim(p), std::string()};
    return std::pair{trim(p.substr(0, eq)), trim(p.substr(eq + 1))};
  };
  for (std::size_t i = 1; i < e.size(); ++i) {
    const auto [name, value] = param(e[i]);
    const bool found = std::any_of(a.begin() + 1, a.end(), [&](const std::string& ap) {
      const auto [an, av] = param(ap);
      return an == name && support::ascii_lower(av) == support::ascii_lower(value);
    });
    if (!found) return false;
  }
  return true;
}

namespace {

// Equality after normalising whitespace around commas (§9.4 step 4).
std::string normalise_commas(std::string_view v) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const auto comma = v.find(',', start);
    out += trim(v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) break;
    out += ',';
    start = comma + 1;
  }
  return out;
}

std::vector<Mismatch> compare_header_value(const MatchContext& ctx, const std::string& name, std::string_view ev,
                                           std::string_view av, std::size_t index, bool multi) {
  const auto e = trim(ev);
  const auto a = trim(av);
  const auto lname = support::ascii_lower(name);
  const std::string prefix = "Mismatch with header '" + name + "': ";
  const std::string suffix = multi ? " for value at index " + std::to_string(index) : "";
  std::vector<std::string> texts;
  auto sel = ctx.select(ValuePath{"$", lname});
  if (!sel) sel = ctx.select(ValuePath{"$", lname, std::to_string(index)});
  if (sel) {
    for (auto& f : apply_rule_list(*sel->rules, [&](const model::MatchingRule& r) {
           return match_string_rule(r, e, a, sel->cascaded);
         })) {
      texts.push_back(prefix + f + suffix);
    }
  } else if (lname == "accept" || lname == "content-type") {
    if (!content_type_header_matches(e, a)) {
      texts.push_back(prefix + (multi ? "Expected header '" + name + "' at index " + std::to_string(index) : "Expected header '" + name + "'") +
                      " to have value '" + e + "' but was '" + a + "'");
    }
  } else if (const auto en = normalise_commas(e), an = normalise_commas(a); en != an) {
    // The reference shows the values as it compares them: list items
    // trimmed and joined with "," ("a,b").
    texts.push_back(prefix + "Expected '" + an + "' to be equal to '" + en + "'" + suffix);
  }
  std::vector<Mismatch> out;
  for (auto& t : texts) {
    Mismatch m;
    m.kind = Mismatch::Kind::Header;
    m.location = name;
    m.expected = json::string(e);
    m.actual = json::string(a);
    m.description = std::move(t);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

GroupedMismatches match_headers(const model::Headers* expected, const model::Headers* actual,
                                const model::MatchingRules& rules) {
  GroupedMismatches out;
  if (expected == nullptr) return out;
  const auto ctx = MatchContext::for_names(rules.find(model::Category::Header), true);
  const model::Headers empty;
  const auto& ah = actual != nullptr ? *actual : empty;
  for (const auto& [name, e] : expected->entries) {
    std::vector<Mismatch> found;
    const auto* a = ah.find(name);
    const auto joined = [](const std::vector<std::string>& v) {
      std::string s;
      for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
      return s;
    };
    const auto make = [&](const std::string& ev, const std::string& av, std::string text) {
      Mismatch m;
      m.kind = Mismatch::Kind::Header;
      m.location = name;
      m.expected = json::string(ev);
      m.actual = json::string(av);
      m.description = std::move(text);
      return m;
    };
    if (a == nullptr) {
      found.push_back(make(debug_quote(joined(e)), "", "Expected a header '" + name + "' but was missing"));
    } else if (e.empty() && !a->empty()) {
      found.push_back(make("", joined(*a), "Expected an empty header '" + name + "' but actual value was '" + joined(*a) + "'"));
    } else if (e.size() == 1 && a->size() == 1) {
      found = compare_header_value(ctx, name, e[0], (*a)[0], 0, false);
    } else if (const ValuePath path{"$", support::ascii_lower(name)}; ctx.matcher_is_defined(path)) {
      std::vector<std::pair<std::string, std::string>> pairs;
      const auto texts = compare_string_list(ctx, path, e, *a, &pairs);
      for (std::size_t i = 0; i < texts.size(); ++i) {
        found.push_back(make(pairs[i].first, pairs[i].second, "Mismatch with header '" + name + "': " + texts[i]));
      }
    } else {
      // Extra actual values mismatch against '' (trap 10).
      for (std::size_t i = 0; i < std::max(e.size(), a->size()); ++i) {
        if (i >= a->size()) {
          found.push_back(make(e[i], "", "Mismatch with header '" + name + "': Expected value '" + e[i] + "' at index " +
                                              std::to_string(i) + " but was missing (actual has " +
                                              std::to_string(a->size()) + " value(s))"));
          continue;
        }
        const std::string ev = i < e.size() ? e[i] : std::string();
        for (auto& m : compare_header_value(ctx, name, ev, (*a)[i], i, true)) found.push_back(std::move(m));
      }
    }
    out.emplace_back(name, std::move(found));
  }
  return out;
}

}  // namespace pact::matching

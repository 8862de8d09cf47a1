// The matcher object (integration-json.md §2, §3.2 step 2) and path
// building (§3, matching-rules.md §3).

#include <charconv>
#include <cstdint>

#include "integration_json/expression.hpp"
#include "integration_json/integration_json.hpp"
#include "integration_json/rule_factory.hpp"

namespace pact::integration_json {
namespace {

constexpr std::string_view kMatcherKey = "pact:matcher:type";
constexpr std::string_view kGeneratorKey = "pact:generator:type";

support::Error parse_error(std::string message) {
  return support::make_error(support::ErrorCategory::Parse, std::move(message));
}

// Rust's `str::parse::<usize>()`, which DocPath::join uses to turn all-digit
// keys into indexes: an optional '+', digits only, no overflow.
std::optional<std::uint64_t> parse_index(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  std::uint64_t v = 0;
  const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
  if (res.ec != std::errc{}) return std::nullopt;
  return v;
}

// The reference writes ".name" only for `^[_A-Za-z][_A-Za-z0-9]*$`
// (matching-rules.md §3, "Writing a path").
bool is_identifier(std::string_view name) {
  if (name.empty()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!alpha(name.front())) return false;
  for (const char c : name) {
    if (!alpha(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

}  // namespace

std::string append_field(std::string_view path, std::string_view name) {
  std::string out(path);
  if (name == "*") {
    out += ".*";
  } else if (name == "[*]") {
    out += "[*]";
  } else if (const auto index = parse_index(name)) {
    out += '[';
    out += std::to_string(*index);
    out += ']';
  } else if (is_identifier(name)) {
    out += '.';
    out += name;
  } else {
    // Bracket form with '\' and '\'' escaped by a backslash.
    out += "['";
    for (const char c : name) {
      if (c == '\\' || c == '\'') out += '\\';
      out += c;
    }
    out += "']";
  }
  return out;
}

support::Result<MatcherDefinition> parse_matcher_object(const json::object& matcher) {
  MatcherDefinition out;
  const json::value* type = matcher.if_contains(kMatcherKey);
  if (type == nullptr) return out;

  // (b) an array of matcher objects, combined with AND.
  if (const auto* arr = type->if_array()) {
    for (const auto& element : *arr) {
      const auto* obj = element.if_object();
      const json::value* name = obj == nullptr ? nullptr : obj->if_contains(kMatcherKey);
      if (name == nullptr) {
        return parse_error("Failed to create matching rule from JSON '" + json::write(*type) +
                           "': there is no 'pact:matcher:type' attribute");
      }
      auto rule = detail::create_rule(detail::json_to_string(*name), *obj);
      if (!rule.ok()) return rule.error();
      out.rules.push_back(std::move(rule.value()));
    }
    return out;
  }

  const std::string name = detail::json_to_string(*type);
  // (c) an expression; the bare keywords eachKey/eachValue/notEmpty stay
  // plain names (§3.2 step 2).
  if (name != "eachKey" && name != "eachValue" && name != "notEmpty" && is_expression(name)) {
    auto def = parse_expression(name);
    if (!def.ok()) return def.error();
    for (auto& item : def->rules) {
      if (auto* rule = std::get_if<model::MatchingRule>(&item)) {
        out.rules.push_back(std::move(*rule));
        continue;
      }
      // A top-level reference resolves to a Type rule when the object has
      // the referenced key (§3.2, §15).
      const auto& ref = std::get<RuleReference>(item);
      if (!matcher.contains(ref.name)) {
        return parse_error("Failed to create matching rules from JSON '" + json::write(*type) + "': reference '" +
                           ref.name + "' was not found");
      }
      model::MatchingRule type_rule;
      type_rule.kind = model::RuleKind::Type;
      out.rules.push_back(std::move(type_rule));
    }
    out.generator = std::move(def->generator);
    return out;
  }

  // (a) a plain name.
  auto rule = detail::create_rule(name, matcher);
  if (!rule.ok()) return rule.error();
  out.rules.push_back(std::move(rule.value()));
  return out;
}

std::optional<model::Generator> generator_from_matcher_object(const json::object& matcher) {
  const json::value* type = matcher.if_contains(kGeneratorKey);
  if (type == nullptr) return std::nullopt;
  return detail::generator_from_map(detail::json_to_string(*type), matcher);
}

}  // namespace pact::integration_json

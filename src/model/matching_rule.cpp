#include "model/matching_rule.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace pact::model {
namespace {

struct KindName {
  RuleKind kind;
  std::string_view name;
};

// Written names first for each kind; later rows are the aliases the reference
// accepts when reading (matching-rules.md §2).
constexpr std::array<KindName, 33> kNames{{
    {RuleKind::Equality, "equality"},   {RuleKind::Regex, "regex"},
    {RuleKind::Type, "type"},           {RuleKind::MinType, "type"},
    {RuleKind::MaxType, "type"},        {RuleKind::MinMaxType, "type"},
    {RuleKind::Timestamp, "datetime"},  {RuleKind::Time, "time"},
    {RuleKind::Date, "date"},           {RuleKind::Include, "include"},
    {RuleKind::Number, "number"},       {RuleKind::Integer, "integer"},
    {RuleKind::Decimal, "decimal"},     {RuleKind::Null, "null"},
    {RuleKind::ContentType, "contentType"}, {RuleKind::ArrayContains, "arrayContains"},
    {RuleKind::Values, "values"},       {RuleKind::Boolean, "boolean"},
    {RuleKind::StatusCode, "statusCode"}, {RuleKind::NotEmpty, "notEmpty"},
    {RuleKind::Semver, "semver"},       {RuleKind::EachKey, "eachKey"},
    {RuleKind::EachValue, "eachValue"},
    // aliases
    {RuleKind::Timestamp, "timestamp"}, {RuleKind::Decimal, "real"},
    {RuleKind::MinType, "min-type"},    {RuleKind::MaxType, "max-type"},
    {RuleKind::ContentType, "content-type"}, {RuleKind::ArrayContains, "array-contains"},
    {RuleKind::StatusCode, "status-code"}, {RuleKind::NotEmpty, "not-empty"},
    {RuleKind::EachKey, "each-key"},    {RuleKind::EachValue, "each-value"},
}};

constexpr std::array<std::pair<Category, std::string_view>, 8> kCategories{{
    {Category::Method, "method"}, {Category::Path, "path"}, {Category::Header, "header"},
    {Category::Query, "query"},   {Category::Body, "body"}, {Category::Status, "status"},
    {Category::Contents, "contents"}, {Category::Metadata, "metadata"},
}};

std::optional<std::int64_t> as_count(const json::value* v) {
  if (v == nullptr) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64()) return static_cast<std::int64_t>(v->get_uint64());
  if (v->is_double()) return static_cast<std::int64_t>(v->get_double());
  return std::nullopt;
}

}  // namespace

std::string_view rule_kind_name(RuleKind kind) noexcept {
  for (const auto& kn : kNames) {
    if (kn.kind == kind) return kn.name;
  }
  return "equality";
}

std::optional<RuleKind> rule_kind_from_name(std::string_view name) noexcept {
  if (name == "min") return RuleKind::MinType;
  if (name == "max") return RuleKind::MaxType;
  for (const auto& kn : kNames) {
    if (kn.name == name) return kn.kind;
  }
  return std::nullopt;
}

json::object MatchingRule::to_json() const {
  json::object out;
  out["match"] = rule_kind_name(kind);
  for (const auto& kv : attributes) out[kv.key()] = kv.value();
  return out;
}

std::optional<MatchingRule> MatchingRule::from_json(const json::object& obj) {
  MatchingRule rule;
  for (const auto& kv : obj) {
    if (kv.key() != "match") rule.attributes[kv.key()] = kv.value();
  }
  const auto min = as_count(obj.if_contains("min"));
  const auto max = as_count(obj.if_contains("max"));
  const json::value* match = obj.if_contains("match");
  if (match != nullptr && match->is_string()) {
    const auto kind = rule_kind_from_name(match->get_string());
    if (!kind) return std::nullopt;
    rule.kind = *kind;
    // "type" with min/max is MinType/MaxType/MinMaxType (matching-rules.md §2).
    if (rule.kind == RuleKind::Type || rule.kind == RuleKind::MinType || rule.kind == RuleKind::MaxType) {
      if (min && max) rule.kind = RuleKind::MinMaxType;
      else if (min) rule.kind = RuleKind::MinType;
      else if (max) rule.kind = RuleKind::MaxType;
    }
    return rule;
  }
  // V2 rule objects may omit "match": recognise them by their keys.
  if (obj.contains("regex")) rule.kind = RuleKind::Regex;
  else if (min && max) rule.kind = RuleKind::MinMaxType;
  else if (min) rule.kind = RuleKind::MinType;
  else if (max) rule.kind = RuleKind::MaxType;
  else if (obj.contains("timestamp")) rule.kind = RuleKind::Timestamp;
  else if (obj.contains("date")) rule.kind = RuleKind::Date;
  else if (obj.contains("time")) rule.kind = RuleKind::Time;
  else return std::nullopt;
  return rule;
}

std::string_view category_name(Category c) noexcept {
  for (const auto& [cat, name] : kCategories) {
    if (cat == c) return name;
  }
  return "body";
}

Category category_from_name(std::string_view name) noexcept {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  if (lower == "headers") return Category::Header;
  for (const auto& [cat, cname] : kCategories) {
    if (cname == lower) return cat;
  }
  return Category::Body;
}

bool MatchingRules::empty() const noexcept {
  return std::all_of(categories.begin(), categories.end(), [](const auto& c) {
    return std::all_of(c.second.begin(), c.second.end(), [](const auto& kv) { return kv.second.empty(); });
  });
}

void MatchingRules::add(Category category, const std::string& key, MatchingRule rule) {
  categories[category][key].rules.push_back(std::move(rule));
}

const RuleCategory* MatchingRules::find(Category category) const {
  const auto it = categories.find(category);
  return it == categories.end() ? nullptr : &it->second;
}

}  // namespace pact::model

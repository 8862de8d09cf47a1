#include "integration_json/rule_factory.hpp"

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>

namespace pact::integration_json::detail {
namespace {

using model::MatchingRule;
using model::RuleKind;
using support::ErrorCategory;
using support::make_error;

support::Error parse_error(std::string message) {
  return make_error(ErrorCategory::Parse, std::move(message));
}

// Rust's `str::parse::<uN>()`: an optional '+', then digits only, no overflow.
template <typename T>
std::optional<T> parse_unsigned(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  T out{};
  const auto res = std::from_chars(s.data(), s.data() + s.size(), out);
  if (res.ec != std::errc{} || res.ptr != s.data() + s.size()) return std::nullopt;
  return out;
}

MatchingRule make_rule(RuleKind kind, json::object attributes = {}) {
  MatchingRule rule;
  rule.kind = kind;
  rule.attributes = std::move(attributes);
  return rule;
}

// `type` with min/max (matching-rules.md §2): MinType / MaxType / MinMaxType.
MatchingRule type_rule(std::optional<std::uint64_t> min, std::optional<std::uint64_t> max) {
  if (min && max) return make_rule(RuleKind::MinMaxType, {{"min", *min}, {"max", *max}});
  if (min) return make_rule(RuleKind::MinType, {{"min", *min}});
  if (max) return make_rule(RuleKind::MaxType, {{"max", *max}});
  return make_rule(RuleKind::Type);
}

// HttpStatus::from_json (matching-rules.md §2, StatusCode).
support::Result<json::value> status_from_json(const json::value& v) {
  if (const auto* s = v.if_string()) {
    static constexpr std::string_view kNames[] = {"info", "success", "redirect", "clientError",
                                                   "serverError", "nonError", "error"};
    for (const auto name : kNames) {
      if (*s == name) return json::value(json::string(name));
    }
    return parse_error("Unable to parse status code for StatusCode matcher: '" + std::string(*s) +
                       "' is not a valid value for an HTTP Status");
  }
  if (const auto* arr = v.if_array()) {
    json::array codes;
    for (const auto& item : *arr) {
      // Numbers are cast to u16 the way Rust's `as` does: integers wrap,
      // floats saturate.
      if (item.is_uint64()) {
        codes.emplace_back(static_cast<std::uint16_t>(item.get_uint64()));
      } else if (item.is_int64()) {
        codes.emplace_back(static_cast<std::uint16_t>(item.get_int64()));
      } else if (item.is_double()) {
        const double d = item.get_double();
        const double clamped = d <= 0.0 ? 0.0 : (d >= 65535.0 ? 65535.0 : d);
        codes.emplace_back(static_cast<std::uint16_t>(clamped));
      } else if (const auto* s = item.if_string()) {
        const auto code = parse_unsigned<std::uint16_t>(*s);
        if (!code) {
          return parse_error("Unable to parse status code for StatusCode matcher: '" + json::write(v) +
                             "' is not a valid JSON value for an HTTP Status");
        }
        codes.emplace_back(*code);
      } else {
        return parse_error("Unable to parse status code for StatusCode matcher: '" + json::write(v) +
                           "' is not a valid JSON value for an HTTP Status");
      }
    }
    return json::value(std::move(codes));
  }
  return parse_error("Unable to parse status code for StatusCode matcher: '" + json::write(v) +
                     "' is not a valid JSON value for an HTTP Status");
}

// The "rules" list of eachKey/eachValue (matching-rules.md §2).
support::Result<json::array> each_rules(const json::object& attributes) {
  json::array out;
  const json::value* rules = attributes.if_contains("rules");
  if (rules == nullptr) return out;
  const auto* arr = rules->if_array();
  if (arr == nullptr) {
    return parse_error("EachKey matcher config is not valid. Was expected an array but got " + json::write(*rules));
  }
  for (const auto& item : *arr) {
    auto rule = rule_from_json(item);
    if (!rule.ok()) return parse_error("Matching rule configuration is not correct - " + rule.error().message);
    out.emplace_back(rule->to_json());
  }
  return out;
}

support::Result<MatchingRule> each_rule(RuleKind kind, const json::object& attributes) {
  auto rules = each_rules(attributes);
  if (!rules.ok()) return rules.error();
  json::object out;
  out["rules"] = std::move(rules.value());
  const json::value* value = attributes.if_contains("value");
  std::string text = value == nullptr ? std::string() : json_to_string(*value);
  // The reference writes "value" and "generator" only when present.
  if (!text.empty()) out["value"] = text;
  if (const auto* gen = attributes.if_contains("generator"); gen != nullptr && gen->is_object()) {
    const auto* type = gen->get_object().if_contains("type");
    if (type != nullptr && type->is_string()) {
      if (auto g = generator_from_map(type->get_string(), gen->get_object())) out["generator"] = g->to_json();
    }
  }
  return make_rule(kind, std::move(out));
}

// arrayContains in pact-file form: variants carry their own rule categories
// (matching-rules.md §2, "ArrayContains variants[i]").
support::Result<MatchingRule> array_contains_rule(const json::object& attributes) {
  const json::value* variants = attributes.if_contains("variants");
  if (variants == nullptr) return parse_error("ArrayContains matcher missing 'variants' field");
  const auto* arr = variants->if_array();
  if (arr == nullptr) return parse_error("ArrayContains matcher 'variants' field is not an Array");
  json::array out;
  for (const auto& variant : *arr) {
    const json::object empty;
    const json::object& obj = variant.is_object() ? variant.get_object() : empty;
    const auto index = json_to_count(obj.if_contains("index")).value_or(0);
    model::RuleCategory category;
    if (const auto* rules = obj.if_contains("rules")) {
      const auto* rules_obj = rules->if_object();
      if (rules_obj == nullptr) return parse_error("Unable to parse matching rules: " + json::write(*rules));
      for (const auto& [path, list] : *rules_obj) {
        const auto* list_obj = list.if_object();
        const json::value* matchers = list_obj == nullptr ? nullptr : list_obj->if_contains("matchers");
        auto& target = category[std::string(path)];
        if (matchers != nullptr && matchers->is_array()) {
          for (const auto& m : matchers->get_array()) {
            auto rule = rule_from_json(m);
            if (!rule.ok()) return parse_error("Unable to parse matching rules: " + rule.error().message);
            target.rules.push_back(std::move(rule.value()));
          }
          const auto* combine = list_obj->if_contains("combine");
          if (combine != nullptr && combine->is_string() && combine->get_string() == "OR") {
            target.logic = model::RuleLogic::Or;
          }
        } else {
          auto rule = rule_from_json(list);
          if (!rule.ok()) return parse_error("Unable to parse matching rules: " + rule.error().message);
          target.rules.push_back(std::move(rule.value()));
        }
      }
    } else {
      category[""].rules.push_back(make_rule(RuleKind::Equality));
    }
    std::map<std::string, model::Generator> generators;
    if (const auto* gens = obj.if_contains("generators"); gens != nullptr && gens->is_object()) {
      for (const auto& [path, g] : gens->get_object()) {
        const auto* g_obj = g.if_object();
        if (g_obj == nullptr) continue;
        const auto* type = g_obj->if_contains("type");
        if (type == nullptr || !type->is_string()) continue;
        if (auto gen = generator_from_map(type->get_string(), *g_obj)) generators[std::string(path)] = *gen;
      }
    }
    out.emplace_back(array_contains_variant(static_cast<std::size_t>(index), category, generators));
  }
  return make_rule(RuleKind::ArrayContains, {{"variants", std::move(out)}});
}

std::string optional_text(const json::object& attrs, std::string_view key, std::string_view fallback_key) {
  if (const auto* v = attrs.if_contains(key)) return json_to_string(*v);
  if (const auto* v = attrs.if_contains(fallback_key)) return json_to_string(*v);
  return {};
}

}  // namespace

std::string json_to_string(const json::value& v) { return json::to_plain_string(v); }

std::optional<std::uint64_t> json_to_count(const json::value* v) {
  if (v == nullptr) return std::nullopt;
  if (v->is_uint64()) return v->get_uint64();
  if (v->is_int64()) {
    const auto i = v->get_int64();
    if (i < 0) return std::nullopt;
    return static_cast<std::uint64_t>(i);
  }
  if (v->is_double()) {
    // Rust's `f64 as usize` saturates: negatives become 0, huge values max.
    const double d = v->get_double();
    if (!(d > 0.0)) return 0;
    if (d >= 18446744073709551615.0) return std::numeric_limits<std::uint64_t>::max();
    return static_cast<std::uint64_t>(d);
  }
  if (const auto* s = v->if_string()) return parse_unsigned<std::uint64_t>(*s);
  return std::nullopt;
}

support::Result<MatchingRule> create_rule(std::string_view name, const json::object& attrs) {
  if (name == "regex") {
    const auto* r = attrs.if_contains("regex");
    if (r == nullptr) return parse_error("Regex matcher missing 'regex' field");
    return make_rule(RuleKind::Regex, {{"regex", json_to_string(*r)}});
  }
  if (name == "equality") return make_rule(RuleKind::Equality);
  if (name == "include") {
    const auto* v = attrs.if_contains("value");
    if (v == nullptr) return parse_error("Include matcher missing 'value' field");
    return make_rule(RuleKind::Include, {{"value", json_to_string(*v)}});
  }
  if (name == "type") return type_rule(json_to_count(attrs.if_contains("min")), json_to_count(attrs.if_contains("max")));
  if (name == "number") return make_rule(RuleKind::Number);
  if (name == "integer") return make_rule(RuleKind::Integer);
  if (name == "decimal" || name == "real") return make_rule(RuleKind::Decimal);
  if (name == "boolean") return make_rule(RuleKind::Boolean);
  if (name == "min" || name == "min-type") {
    const auto min = json_to_count(attrs.if_contains("min"));
    if (!min) return parse_error("Min matcher missing 'min' field");
    return make_rule(RuleKind::MinType, {{"min", *min}});
  }
  if (name == "max" || name == "max-type") {
    const auto max = json_to_count(attrs.if_contains("max"));
    if (!max) return parse_error("Max matcher missing 'max' field");
    return make_rule(RuleKind::MaxType, {{"max", *max}});
  }
  if (name == "timestamp" || name == "datetime") {
    return make_rule(RuleKind::Timestamp, {{"format", optional_text(attrs, "format", name)}});
  }
  if (name == "date") return make_rule(RuleKind::Date, {{"format", optional_text(attrs, "format", name)}});
  if (name == "time") return make_rule(RuleKind::Time, {{"format", optional_text(attrs, "format", name)}});
  if (name == "null") return make_rule(RuleKind::Null);
  if (name == "contentType" || name == "content-type") {
    const auto* v = attrs.if_contains("value");
    if (v == nullptr) return parse_error("ContentType matcher missing 'value' field");
    return make_rule(RuleKind::ContentType, {{"value", json_to_string(*v)}});
  }
  if (name == "arrayContains" || name == "array-contains") return array_contains_rule(attrs);
  if (name == "values") return make_rule(RuleKind::Values);
  if (name == "statusCode" || name == "status-code") {
    const auto* s = attrs.if_contains("status");
    if (s == nullptr) return make_rule(RuleKind::StatusCode, {{"status", "success"}});
    auto status = status_from_json(*s);
    if (!status.ok()) return status.error();
    return make_rule(RuleKind::StatusCode, {{"status", std::move(status.value())}});
  }
  if (name == "notEmpty" || name == "not-empty") return make_rule(RuleKind::NotEmpty);
  if (name == "semver") return make_rule(RuleKind::Semver);
  if (name == "eachKey" || name == "each-key") return each_rule(RuleKind::EachKey, attrs);
  if (name == "eachValue" || name == "each-value") return each_rule(RuleKind::EachValue, attrs);
  if (name.empty()) return parse_error("Matching rule type can not be empty");
  // Released libpact_ffi (<= 0.5.6) rejects names it does not know
  // (integration-json.md §2, last row).
  return parse_error(std::string(name) + " is not a valid matching rule type");
}

support::Result<MatchingRule> rule_from_json(const json::value& v) {
  const auto* obj = v.if_object();
  if (obj == nullptr) return parse_error("Matching rule JSON is not an Object");
  const json::value* name = obj->if_contains("match");
  if (name == nullptr) name = obj->if_contains("pact:matcher:type");
  if (name != nullptr) return create_rule(json_to_string(*name), *obj);
  // Legacy V2 objects are recognised by their keys (matching-rules.md §2).
  if (const auto* r = obj->if_contains("regex")) return make_rule(RuleKind::Regex, {{"regex", json_to_string(*r)}});
  if (const auto min = json_to_count(obj->if_contains("min"))) return make_rule(RuleKind::MinType, {{"min", *min}});
  if (const auto max = json_to_count(obj->if_contains("max"))) return make_rule(RuleKind::MaxType, {{"max", *max}});
  if (const auto* t = obj->if_contains("timestamp")) return make_rule(RuleKind::Timestamp, {{"format", json_to_string(*t)}});
  if (const auto* t = obj->if_contains("time")) return make_rule(RuleKind::Time, {{"format", json_to_string(*t)}});
  if (const auto* d = obj->if_contains("date")) return make_rule(RuleKind::Date, {{"format", json_to_string(*d)}});
  return parse_error("Matching rule missing 'match' field and unable to guess its type");
}

namespace {

// JsonToNum<i32>: JSON integers representable as i64, truncated to 32 bits.
std::int64_t generator_int(const json::object& attrs, std::string_view key, std::int32_t fallback) {
  const auto* v = attrs.if_contains(key);
  if (v == nullptr) return fallback;
  if (v->is_int64()) return static_cast<std::int32_t>(static_cast<std::uint32_t>(v->get_int64()));
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(v->get_uint64()));
  }
  return fallback;
}

// JsonToNum<u16>: non-negative JSON integers, truncated to 16 bits.
std::uint64_t generator_u16(const json::object& attrs, std::string_view key, std::uint16_t fallback) {
  const auto* v = attrs.if_contains(key);
  if (v == nullptr) return fallback;
  if (v->is_uint64()) return static_cast<std::uint16_t>(v->get_uint64());
  if (v->is_int64() && v->get_int64() >= 0) return static_cast<std::uint16_t>(v->get_int64());
  return fallback;
}

model::Generator make_generator(std::string type, json::object attributes = {}) {
  model::Generator g;
  g.type = std::move(type);
  g.attributes = std::move(attributes);
  return g;
}

json::object optional_fields(const json::object& attrs, std::initializer_list<std::string_view> keys) {
  json::object out;
  for (const auto key : keys) {
    if (const auto* v = attrs.if_contains(key)) out[key] = json_to_string(*v);
  }
  return out;
}

}  // namespace

std::optional<model::Generator> generator_from_map(std::string_view type, const json::object& attrs) {
  if (type == "RandomInt") {
    return make_generator("RandomInt", {{"min", generator_int(attrs, "min", 0)}, {"max", generator_int(attrs, "max", 10)}});
  }
  if (type == "Uuid") {
    json::object out;
    if (const auto* f = attrs.if_contains("format")) {
      const std::string format = json_to_string(*f);
      // Unknown format names are treated as absent (generators.md §3).
      if (format == "simple" || format == "lower-case-hyphenated" || format == "upper-case-hyphenated" ||
          format == "URN") {
        out["format"] = format;
      }
    }
    return make_generator("Uuid", std::move(out));
  }
  if (type == "RandomDecimal") return make_generator("RandomDecimal", {{"digits", generator_u16(attrs, "digits", 10)}});
  if (type == "RandomHexadecimal") {
    return make_generator("RandomHexadecimal", {{"digits", generator_u16(attrs, "digits", 10)}});
  }
  if (type == "RandomString") return make_generator("RandomString", {{"size", generator_u16(attrs, "size", 10)}});
  if (type == "Regex") {
    const auto* r = attrs.if_contains("regex");
    if (r == nullptr) return std::nullopt;
    return make_generator("Regex", {{"regex", json_to_string(*r)}});
  }
  if (type == "Date" || type == "Time" || type == "DateTime") {
    return make_generator(std::string(type), optional_fields(attrs, {"format", "expression"}));
  }
  if (type == "RandomBoolean") return make_generator("RandomBoolean");
  if (type == "ProviderState") {
    const auto* e = attrs.if_contains("expression");
    if (e == nullptr) return std::nullopt;
    json::object out{{"expression", json_to_string(*e)}};
    if (const auto* dt = attrs.if_contains("dataType")) {
      std::string name = "RAW";
      if (const auto* s = dt->if_string()) {
        std::string upper(*s);
        for (auto& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        for (const auto known : {"STRING", "INTEGER", "DECIMAL", "FLOAT", "BOOLEAN"}) {
          if (upper == known) name = upper;
        }
      }
      out["dataType"] = name;
    }
    return make_generator("ProviderState", std::move(out));
  }
  if (type == "MockServerURL") {
    const auto* ex = attrs.if_contains("example");
    const auto* re = attrs.if_contains("regex");
    return make_generator("MockServerURL", {{"example", ex == nullptr ? std::string() : json_to_string(*ex)},
                                            {"regex", re == nullptr ? std::string() : json_to_string(*re)}});
  }
  // Empty and unknown types: released libpact_ffi drops them (generators.md §2).
  return std::nullopt;
}

json::object rule_category_to_json(const model::RuleCategory& rules) {
  json::object out;
  for (const auto& [path, list] : rules) {
    json::array matchers;
    for (const auto& rule : list.rules) matchers.emplace_back(rule.to_json());
    out[path] = json::object{{"combine", list.logic == model::RuleLogic::Or ? "OR" : "AND"},
                             {"matchers", std::move(matchers)}};
  }
  return out;
}

json::object generators_to_json(const std::map<std::string, model::Generator>& generators) {
  json::object out;
  for (const auto& [path, g] : generators) out[path] = g.to_json();
  return out;
}

json::object array_contains_variant(std::size_t index, const model::RuleCategory& rules,
                                    const std::map<std::string, model::Generator>& generators) {
  json::object out{{"index", static_cast<std::uint64_t>(index)}, {"rules", rule_category_to_json(rules)}};
  if (!generators.empty()) out["generators"] = generators_to_json(generators);
  return out;
}

}  // namespace pact::integration_json::detail

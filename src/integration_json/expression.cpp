#include "integration_json/expression.hpp"

#include <charconv>
#include <cstdint>
#include <utility>

#include "integration_json/expression_lexer.hpp"
#include "integration_json/rule_factory.hpp"

namespace pact::integration_json {
namespace {

using detail::is_keyword;
using detail::Lexer;
using detail::process_raw_string;
using detail::semver_problem;
using detail::Tok;
using detail::trim_quotes;
using detail::trim_start;
using model::MatchingRule;
using model::RuleKind;

// ---------------------------------------------------------------------------
// Parser (§12.2). Errors reproduce the first line of the reference's
// diagnostics: ariadne reports start with "Error: ".

support::Error diagnostic(std::string message) { return detail::expression_diagnostic(std::move(message)); }
support::Error plain(std::string message) {
  return support::make_error(support::ErrorCategory::Parse, std::move(message));
}
support::Error end_of_expression(std::string_view expected) {
  return diagnostic("Expected " + std::string(expected) + ", got the end of the expression");
}

// One `matching(...)` rule: example value, type, rule or reference, generator.
struct Matched {
  std::string value;
  ValueType type = ValueType::Unknown;
  std::optional<MatchingRule> rule;
  std::optional<model::Generator> generator;
  std::optional<RuleReference> reference;
};

struct Primitive {
  std::string value;
  ValueType type = ValueType::Unknown;
  std::optional<model::Generator> generator;
};

MatchingRule rule(RuleKind kind, json::object attributes = {}) {
  MatchingRule r;
  r.kind = kind;
  r.attributes = std::move(attributes);
  return r;
}

model::Generator generator(std::string type, json::object attributes) {
  model::Generator g;
  g.type = std::move(type);
  g.attributes = std::move(attributes);
  return g;
}

std::string_view data_type_name(ValueType t) {
  switch (t) {
    case ValueType::String: return "STRING";
    case ValueType::Number: return "DECIMAL";
    case ValueType::Integer: return "INTEGER";
    case ValueType::Decimal: return "DECIMAL";
    case ValueType::Boolean: return "BOOLEAN";
    case ValueType::Unknown: break;
  }
  return "RAW";
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text), lex_(text) {}

  support::Result<RuleDefinition> definition() {
    auto value = exp(0);
    if (!value.ok()) return value;
    while (true) {
      const Tok t = lex_.next();
      if (t == Tok::End || t == Tok::Error) break;  // the reference stops at an unlexable token
      if (t != Tok::Comma) return plain("expected comma, got '" + std::string(lex_.slice()) + "'");
      auto next = exp(0);
      if (!next.ok()) return next;
      value = merge(std::move(value.value()), std::move(next.value()));
    }
    if (!lex_.remainder().empty()) {
      return plain("expected not more tokens, got '" + std::string(lex_.slice()) + "' with '" +
                   std::string(lex_.remainder()) + "' remaining");
    }
    return value;
  }

 private:
  std::string slice() const { return std::string(lex_.slice()); }

  support::Error got(std::string_view what) const { return diagnostic(std::string(what) + ", got '" + slice() + "'"); }

  static RuleDefinition merge(RuleDefinition a, RuleDefinition b) {
    RuleDefinition out;
    out.value = a.value.empty() ? std::move(b.value) : std::move(a.value);
    out.value_type = merge_value_types(a.value_type, b.value_type);
    out.rules = std::move(a.rules);
    for (auto& r : b.rules) out.rules.push_back(std::move(r));
    out.generator = a.generator ? std::move(a.generator) : std::move(b.generator);
    if (a.expression.empty()) out.expression = std::move(b.expression);
    else if (b.expression.empty() || a.expression == b.expression) out.expression = std::move(a.expression);
    else out.expression = a.expression + ", " + b.expression;
    return out;
  }

  RuleDefinition single(std::string value, ValueType type, MatchingRule r, std::optional<model::Generator> g) const {
    RuleDefinition d;
    d.value = std::move(value);
    d.value_type = type;
    d.rules.emplace_back(std::move(r));
    d.generator = std::move(g);
    d.expression = std::string(text_);
    return d;
  }

  support::Result<RuleDefinition> exp(int depth) {
    if (depth > kMaxExpressionDepth) return plain("Expression is nested too deeply");
    const Tok t = lex_.next();
    switch (t) {
      case Tok::Matching: {
        auto m = matching();
        if (!m.ok()) return m.error();
        RuleDefinition d;
        d.value = std::move(m->value);
        d.generator = std::move(m->generator);
        d.expression = std::string(text_);
        if (m->reference) {
          d.value_type = ValueType::Unknown;
          d.rules.emplace_back(std::move(*m->reference));
        } else {
          d.value_type = m->type;
          d.rules.emplace_back(std::move(*m->rule));
        }
        return d;
      }
      case Tok::NotEmpty: {
        const Tok open = lex_.next();
        if (open == Tok::End) return end_of_expression("'('");
        if (open != Tok::LParen) return plain("expected '(', got '" + std::string(lex_.remainder()) + "'");
        auto p = primitive(false);
        if (!p.ok()) return p.error();
        const Tok close = lex_.next();
        if (close == Tok::End) return end_of_expression("')'");
        if (close != Tok::RParen) return plain("expected closing bracket, got '" + slice() + "'");
        return single(std::move(p->value), p->type, rule(RuleKind::NotEmpty), std::move(p->generator));
      }
      case Tok::EachKey:
      case Tok::EachValue: {
        const Tok open = lex_.next();
        if (open == Tok::End) return end_of_expression("an opening bracket");
        if (open != Tok::LParen) return got("Expected an opening bracket");
        auto inner = exp(depth + 1);
        if (!inner.ok()) return inner;
        const Tok close = lex_.next();
        if (close == Tok::End) return end_of_expression("a closing bracket");
        if (close != Tok::RParen) return got("Expected a closing bracket");
        return single("", ValueType::Unknown, each_rule(t == Tok::EachKey ? RuleKind::EachKey : RuleKind::EachValue, *inner),
                      std::nullopt);
      }
      case Tok::AtLeast:
      case Tok::AtMost: {
        auto n = length_param();
        if (!n.ok()) return n.error();
        if (t == Tok::AtLeast) return single("", ValueType::Unknown, rule(RuleKind::MinType, {{"min", *n}}), std::nullopt);
        return single("", ValueType::Unknown, rule(RuleKind::MaxType, {{"max", *n}}), std::nullopt);
      }
      case Tok::ArrayContains: return array_contains(depth);
      case Tok::End:
        return diagnostic("Expected a type of matching rule definition but got the end of the expression");
      default:
        return diagnostic("Expected a type of matching rule definition, but got '" + slice() + "'");
    }
  }

  // eachKey/eachValue keep the inner definition as the rule's JSON
  // (matching-rules.md §2): rules, and value/generator only when present.
  // Unresolved references cannot be written (the reference panics); they are
  // left out of the JSON.
  static MatchingRule each_rule(RuleKind kind, const RuleDefinition& inner) {
    json::array rules;
    for (const auto& r : inner.rules) {
      if (const auto* mr = std::get_if<MatchingRule>(&r)) rules.emplace_back(mr->to_json());
    }
    json::object attrs{{"rules", std::move(rules)}};
    if (!inner.value.empty()) attrs["value"] = inner.value;
    if (inner.generator) attrs["generator"] = inner.generator->to_json();
    return rule(kind, std::move(attrs));
  }

  support::Result<RuleDefinition> array_contains(int depth) {
    const Tok open = lex_.next();
    if (open == Tok::End) return end_of_expression("an opening bracket");
    if (open != Tok::LParen) return got("Expected an opening bracket");
    std::vector<RuleDefinition> inner;
    while (true) {
      auto d = exp(depth + 1);
      if (!d.ok()) return d;
      inner.push_back(std::move(d.value()));
      const Tok t = lex_.next();
      if (t == Tok::End) return end_of_expression("a closing bracket or comma");
      if (t == Tok::RParen) break;
      if (t != Tok::Comma) return got("Expected a closing bracket or comma");
    }
    // Each inner definition is one variant rooted at "$"; references are kept
    // as top-level items (§12.3).
    RuleDefinition out;
    out.value_type = ValueType::Unknown;
    out.expression = std::string(text_);
    json::array variants;
    std::vector<RuleOrReference> references;
    for (std::size_t index = 0; index < inner.size(); ++index) {
      auto& d = inner[index];
      if (out.value.empty() && !d.value.empty()) out.value = d.value;
      if (d.rules.empty()) continue;
      if (const auto* mr = std::get_if<MatchingRule>(&d.rules.front())) {
        model::RuleCategory rules;
        rules["$"].rules.push_back(*mr);
        std::map<std::string, model::Generator> generators;
        if (d.generator) generators["$"] = *d.generator;
        variants.emplace_back(detail::array_contains_variant(index, rules, generators));
      } else {
        references.push_back(d.rules.front());
      }
    }
    if (!variants.empty()) out.rules.emplace_back(rule(RuleKind::ArrayContains, {{"variants", std::move(variants)}}));
    for (auto& r : references) out.rules.push_back(std::move(r));
    return out;
  }

  support::Result<std::uint64_t> length_param() {
    const Tok open = lex_.next();
    if (open == Tok::End) return end_of_expression("an opening bracket");
    if (open != Tok::LParen) return got("Expected an opening bracket");
    const Tok num = lex_.next();
    if (num == Tok::End) return end_of_expression("an unsized integer");
    if (num != Tok::Num) return got("Expected an unsigned number");
    std::uint64_t n = 0;
    const auto s = lex_.slice();
    std::from_chars(s.data(), s.data() + s.size(), n);
    const Tok close = lex_.next();
    if (close == Tok::End) return end_of_expression("')'");
    if (close != Tok::RParen) return got("Expected a closing bracket");
    return n;
  }

  support::Result<Matched> matching() {
    const Tok open = lex_.next();
    if (open == Tok::End) return end_of_expression("'('");
    if (open != Tok::LParen) return got("Expected an opening bracket");
    auto m = matching_rule();
    if (!m.ok()) return m;
    const Tok close = lex_.next();
    if (close == Tok::End) return end_of_expression("')'");
    if (close != Tok::RParen) return got("Expected a closing bracket");
    return m;
  }

  support::Status comma() {
    const Tok t = lex_.next();
    if (t == Tok::End) return end_of_expression("a comma");
    if (t != Tok::Comma) return got("Expected a comma");
    return support::Unit{};
  }

  support::Result<std::string> string() {
    const Tok t = lex_.next();
    if (t == Tok::End) return end_of_expression("a string");
    if (t != Tok::String) return diagnostic("Expected a string value, got " + slice());
    return process_raw_string(trim_quotes(lex_.slice()));
  }

  // primitive := string | null | integer | decimal | boolean | fromProviderState(...)
  // Example values are taken as written: no escape processing (§12.4).
  support::Result<Primitive> primitive(bool in_provider_state) {
    const Tok t = lex_.next();
    switch (t) {
      case Tok::End: return end_of_expression("expected a primitive value");
      case Tok::String: return Primitive{std::string(trim_quotes(lex_.slice())), ValueType::String, std::nullopt};
      case Tok::Null: return Primitive{"", ValueType::String, std::nullopt};
      case Tok::Int:
      case Tok::Num: return number_text(ValueType::Integer, ValueType::Decimal);
      case Tok::Decimal: return Primitive{slice(), ValueType::Decimal, std::nullopt};
      case Tok::Boolean: return Primitive{slice(), ValueType::Boolean, std::nullopt};
      case Tok::Id:
        if (lex_.slice() == "fromProviderState" && !in_provider_state) return from_provider_state();
        break;
      default: break;
    }
    return got("Expected a primitive value");
  }

  // An integer token, re-joined with a following ".digits" token: the lexer
  // only takes one digit before a decimal point (§12.1).
  Primitive number_text(ValueType integer_type, ValueType decimal_type) {
    std::string text = slice();
    if (!lex_.remainder().empty() && lex_.remainder().front() == '.') {
      lex_.next();
      text += slice();
      return Primitive{std::move(text), decimal_type, std::nullopt};
    }
    return Primitive{std::move(text), integer_type, std::nullopt};
  }

  support::Result<Primitive> from_provider_state() {
    const Tok open = lex_.next();
    if (open == Tok::End) return end_of_expression("'('");
    if (open != Tok::LParen) return got("Expected an opening bracket");
    auto expression = string();
    if (!expression.ok()) return expression.error();
    if (auto c = comma(); !c.ok()) return c.error();
    auto p = primitive(true);
    if (!p.ok()) return p;
    const Tok close = lex_.next();
    if (close == Tok::End) return end_of_expression("')'");
    if (close != Tok::RParen) return got("Expected a closing bracket");
    p->generator = generator("ProviderState", {{"expression", expression.value()},
                                               {"dataType", data_type_name(p->type)}});
    return p;
  }

  bool provider_state_next() const { return trim_start(lex_.remainder()).starts_with("fromProviderState"); }

  support::Result<Matched> matching_rule() {
    const Tok t = lex_.next();
    if (t == Tok::End) return end_of_expression("a matcher (equalTo, regex, etc.)");
    if (t == Tok::Dollar) {
      auto name = string();
      if (!name.ok()) return name.error();
      Matched m;
      m.value = name.value();
      m.reference = RuleReference{std::move(name.value())};
      return m;
    }
    if (t != Tok::Id) return got("Expected the type of matcher");
    const std::string name = slice();
    if (name == "equalTo" || name == "type") {
      if (auto c = comma(); !c.ok()) return c.error();
      auto p = primitive(false);
      if (!p.ok()) return p.error();
      return Matched{std::move(p->value), p->type, rule(name == "type" ? RuleKind::Type : RuleKind::Equality),
                     std::move(p->generator), std::nullopt};
    }
    if (name == "regex" || name == "datetime" || name == "date" || name == "time") {
      if (auto c = comma(); !c.ok()) return c.error();
      auto config = string();
      if (!config.ok()) return config.error();
      if (auto c = comma(); !c.ok()) return c.error();
      Matched m;
      if (name == "regex") m.rule = rule(RuleKind::Regex, {{"regex", config.value()}});
      else if (name == "datetime") m.rule = rule(RuleKind::Timestamp, {{"format", config.value()}});
      else if (name == "date") m.rule = rule(RuleKind::Date, {{"format", config.value()}});
      else m.rule = rule(RuleKind::Time, {{"format", config.value()}});
      if (provider_state_next()) {
        lex_.next();
        auto p = from_provider_state();
        if (!p.ok()) return p.error();
        m.value = std::move(p->value);
        m.type = p->type;
        m.generator = std::move(p->generator);
        return m;
      }
      auto example = string();
      if (!example.ok()) return example.error();
      m.value = std::move(example.value());
      m.type = ValueType::String;
      if (name != "regex") {
        const std::string gen_type = name == "datetime" ? "DateTime" : (name == "date" ? "Date" : "Time");
        m.generator = generator(gen_type, {{"format", config.value()}});
      }
      return m;
    }
    if (name == "include") {
      if (auto c = comma(); !c.ok()) return c.error();
      auto s = string();
      if (!s.ok()) return s.error();
      return Matched{s.value(), ValueType::String, rule(RuleKind::Include, {{"value", s.value()}}), std::nullopt,
                     std::nullopt};
    }
    if (name == "number" || name == "integer" || name == "decimal") return numeric(name);
    if (name == "boolean") {
      if (auto c = comma(); !c.ok()) return c.error();
      const Tok b = lex_.next();
      if (b == Tok::End) return end_of_expression("expected a boolean");
      if (b != Tok::Boolean) return got("Expected a boolean");
      return Matched{slice(), ValueType::Boolean, rule(RuleKind::Boolean), std::nullopt, std::nullopt};
    }
    if (name == "contentType") {
      if (auto c = comma(); !c.ok()) return c.error();
      auto ct = string();
      if (!ct.ok()) return ct.error();
      if (auto c = comma(); !c.ok()) return c.error();
      auto example = string();
      if (!example.ok()) return example.error();
      return Matched{std::move(example.value()), ValueType::Unknown, rule(RuleKind::ContentType, {{"value", ct.value()}}),
                     std::nullopt, std::nullopt};
    }
    if (name == "semver") {
      if (auto c = comma(); !c.ok()) return c.error();
      auto s = string();
      if (!s.ok()) return s.error();
      if (auto problem = semver_problem(s.value())) {
        return diagnostic("Expected a semver compatible string, got " + slice() + " - " + *problem);
      }
      return Matched{std::move(s.value()), ValueType::String, rule(RuleKind::Semver), std::nullopt, std::nullopt};
    }
    // Plugin-provided rule names are an error in released libpact_ffi
    // (<= 0.5.6), integration-json.md §12.3.
    return got("Expected the type of matcher");
  }

  support::Result<Matched> numeric(const std::string& name) {
    if (auto c = comma(); !c.ok()) return c.error();
    const Tok t = lex_.next();
    const RuleKind kind = name == "number" ? RuleKind::Number : (name == "integer" ? RuleKind::Integer : RuleKind::Decimal);
    const std::string expected = name == "number" ? "a number" : (name == "integer" ? "an integer" : "a decimal number");
    if (t == Tok::End) return end_of_expression("expected " + expected);
    if (t == Tok::Id && lex_.slice() == "fromProviderState") {
      auto p = from_provider_state();
      if (!p.ok()) return p.error();
      // The reference records Number for decimal + fromProviderState (§15).
      const RuleKind k = kind == RuleKind::Decimal ? RuleKind::Number : kind;
      return Matched{std::move(p->value), p->type, rule(k), std::move(p->generator), std::nullopt};
    }
    const std::string article_expected = "Expected " + expected;
    if (kind == RuleKind::Integer) {
      if (t != Tok::Int && t != Tok::Num) return got(article_expected);
      return Matched{slice(), ValueType::Integer, rule(kind), std::nullopt, std::nullopt};
    }
    const ValueType type = kind == RuleKind::Number ? ValueType::Number : ValueType::Decimal;
    if (t == Tok::Decimal) return Matched{slice(), type, rule(kind), std::nullopt, std::nullopt};
    if (t == Tok::Int || t == Tok::Num) {
      auto p = number_text(type, type);
      return Matched{std::move(p.value), type, rule(kind), std::nullopt, std::nullopt};
    }
    return got(article_expected);
  }

  std::string_view text_;
  Lexer lex_;
};

}  // namespace

ValueType merge_value_types(ValueType a, ValueType b) noexcept {
  using V = ValueType;
  if (a == V::String || b == V::String) return V::String;
  switch (a) {
    case V::Number:
      return (b == V::Integer || b == V::Decimal) ? b : V::Number;
    case V::Integer:
      return b == V::Decimal ? V::Decimal : V::Integer;
    case V::Decimal:
      return V::Decimal;
    case V::Boolean:
      return b == V::Unknown ? V::Boolean : b;
    default:
      return b;
  }
}

bool is_expression(std::string_view text) {
  if (text.empty()) return false;
  Lexer lex(text);
  return is_keyword(lex.next());
}

support::Result<RuleDefinition> parse_expression(std::string_view text) {
  if (text.empty()) return plain("Expected a matching rule definition, but got an empty string");
  if (text.size() > kMaxExpressionLength) return plain("Matching rule definition is too long");
  Parser parser(text);
  return parser.definition();
}

support::Result<RuleDefinition> parse_matcher_definition(std::string_view text) {
  if (text.empty() || is_expression(text)) return parse_expression(text);
  RuleDefinition d;
  d.value = std::string(text);
  d.value_type = ValueType::String;
  d.expression = std::string(text);
  return d;
}

}  // namespace pact::integration_json

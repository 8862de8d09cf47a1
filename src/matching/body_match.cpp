// Body dispatch (matching-rules.md §10, §13.1, §13.2, §13.4).

#include "matching/body_match.hpp"

#include <cstdio>

#include "matching/http_parts.hpp"
#include "matching/json_body.hpp"
#include "matching/match_context.hpp"
#include "matching/multipart_body.hpp"
#include "matching/rules.hpp"
#include "matching/xml_body.hpp"
#include "model/content_type.hpp"
#include "model/query_string.hpp"
#include "support/utf8.hpp"

namespace pact::matching {
namespace {

using model::ContentType;

std::string strip_suffix(const std::string& sub) {
  const auto plus = sub.find('+');
  return plus == std::string::npos ? sub : sub.substr(0, plus);
}

bool is_strict_xml(const ContentType& ct) {
  return (ct.main_type == "application" || ct.main_type == "text") && ct.sub_type == "xml";
}

// "E equivalent to X" of §10.3.
bool equivalent(const ContentType& e, const ContentType& x) {
  if (is_strict_xml(e) && is_strict_xml(x)) return e.params.empty() || e.params == x.params;
  if (e.params.empty()) return e.main_type == x.main_type && strip_suffix(e.sub_type) == strip_suffix(x.sub_type);
  return e.main_type == x.main_type && e.sub_type == x.sub_type && e.params == x.params;
}

// A's base type with the structured-syntax suffix promoted
// (application/hal+json -> application/json).
ContentType base_type(const ContentType& a) {
  ContentType out;
  out.main_type = a.main_type;
  const auto plus = a.sub_type.find('+');
  out.sub_type = plus == std::string::npos ? a.sub_type : a.sub_type.substr(plus + 1);
  return out;
}

bool header_rule_for_content_type(const model::MatchingRules& rules) {
  const auto* headers = rules.find(model::Category::Header);
  if (headers == nullptr) return false;
  for (const auto& [key, list] : *headers) {
    std::string lower = key;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "content-type" && !list.empty()) return true;
  }
  return false;
}

json::value body_text(const model::Body& b) {
  if (!b.is_present()) return nullptr;
  if (!support::is_valid_utf8(b.bytes)) return "ERROR: could not convert to UTF-8 from bytes";
  return json::value(b.bytes);
}

json::value body_value(const model::Body& b) {
  if (!b.is_present()) return nullptr;
  if (!support::is_valid_utf8(b.bytes)) return "ERROR: could not convert from bytes";
  return json::value(b.bytes);
}

Mismatch body_mismatch(std::string path, const model::Body& e, const model::Body& a, std::string text) {
  Mismatch m;
  m.kind = Mismatch::Kind::Body;
  m.location = std::move(path);
  m.expected = body_value(e);
  m.actual = body_value(a);
  m.description = std::move(text);
  return m;
}

std::string present_text(const model::Body& b) {
  std::string s = "Present(" + std::to_string(b.bytes.size()) + " bytes";
  if (!b.content_type.empty()) s += ", " + b.content_type;
  return s + ")";
}

std::string hex_head(std::string_view bytes) {
  std::string out;
  char buf[3];
  for (std::size_t i = 0; i < bytes.size() && i < 32; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned char>(bytes[i]));
    out += buf;
  }
  return out;
}

std::vector<Mismatch> match_text(const MatchContext& ctx, const model::Body& e, const model::Body& a) {
  std::vector<Mismatch> out;
  if (const auto sel = ctx.select(ValuePath{"$"})) {
    if (!support::is_valid_utf8(e.bytes)) {
      out.push_back(body_mismatch("$", e, a, "Could not parse expected value as UTF-8 text"));
    }
    if (!support::is_valid_utf8(a.bytes)) {
      out.push_back(body_mismatch("$", e, a, "Could not parse actual value as UTF-8 text"));
    }
    for (auto& f : apply_rule_list(*sel->rules, [&](const model::MatchingRule& r) {
           return match_string_rule(r, e.bytes, a.bytes, sel->cascaded);
         })) {
      out.push_back(body_mismatch("$", e, a, std::move(f)));
    }
  } else if (e.bytes != a.bytes) {
    // Expected text first (§13.1, trap 14).
    out.push_back(body_mismatch("$", e, a, "Expected body '" + e.bytes + "' to match '" + a.bytes + "' using equality but did not match"));
  }
  return out;
}

std::vector<Mismatch> match_binary(const MatchContext& ctx, const model::Body& e, const model::Body& a,
                                   const std::string& ect, const std::string& act) {
  std::vector<Mismatch> out;
  if (const auto sel = ctx.select(ValuePath{"$"})) {
    for (auto& f : apply_rule_list(*sel->rules, [&](const model::MatchingRule& r) {
           return match_bytes_rule(r, e.bytes, a.bytes, sel->cascaded);
         })) {
      out.push_back(body_mismatch("$", e, a, std::move(f)));
    }
  } else if (e.bytes != a.bytes) {
    out.push_back(body_mismatch("$", e, a,
                                "Actual body [" + act + ", " + std::to_string(a.bytes.size()) + " bytes, starting with " +
                                    hex_head(a.bytes) + "] is not equal to the expected body [" + ect + ", " +
                                    std::to_string(e.bytes.size()) + " bytes, starting with " + hex_head(e.bytes) + "]"));
  }
  return out;
}

std::vector<Mismatch> match_form(const model::Body& e, const model::Body& a, const model::MatchingRules& rules) {
  std::vector<Mismatch> out;
  // Standard form decoding ('+' is a space, §13.2), shared with query strings.
  const auto eq = model::parse_query_string(e.bytes);
  const auto aq = model::parse_query_string(a.bytes);
  for (auto& [name, found] : match_query(&eq, &aq, rules, true)) {
    for (auto& m : found) out.push_back(std::move(m));
  }
  return out;
}

// The content-type header rule decides compatibility when present (§10.3).
bool content_type_headers_match(const std::string& e, const std::string& a, const model::MatchingRules& rules) {
  model::Headers eh;
  model::Headers ah;
  eh.set("Content-Type", {e});
  ah.set("Content-Type", {a});
  const auto result = match_headers(&eh, &ah, rules);
  return result.empty() || result.front().second.empty();
}

}  // namespace

namespace {

// How a content-type mismatch is worded: HTTP bodies and messages differ in
// the reference's texts.
enum class BodyOwner { Http, Message };

std::vector<Mismatch> match_body(const BodySide& expected, const BodySide& actual, const model::MatchingRules& rules,
                                 bool allow_unexpected_keys, BodyOwner owner) {
  const auto& e = expected.body;
  const auto& a = actual.body;
  const auto ect = model::effective_content_type(e, expected.headers);
  const auto act = model::effective_content_type(a, actual.headers);
  const std::string ect_text = ect ? ect->to_string() : "*/*";
  const std::string act_text = act ? act->to_string() : "*/*";

  // §10.3: content-type compatibility, with its leniencies for HTTP bodies;
  // messages take the strict form (an unknown actual type is a mismatch).
  bool compatible = !ect || ect->is_unknown();
  if (!compatible && owner == BodyOwner::Message) {
    compatible = act && !act->is_unknown() && equivalent(*ect, *act);
  } else if (!compatible) {
    compatible = !act || act->is_unknown() || equivalent(*ect, *act) || equivalent(*ect, base_type(*act)) ||
                 (header_rule_for_content_type(rules) && content_type_headers_match(ect_text, act_text, rules));
  }
  if (!compatible) {
    if (!e.is_present()) return {};
    Mismatch m;
    m.kind = Mismatch::Kind::BodyType;
    m.expected = ect_text;
    m.actual = act_text;
    m.description = owner == BodyOwner::Http
                        ? "Expected a body of '" + ect_text + "' but the actual content type was '" + act_text + "'"
                        : "Expected message with content type " + ect_text + " but was " + act_text;
    m.expected_body = body_text(e);
    m.actual_body = body_text(a);
    return {std::move(m)};
  }

  // §10.2: presence.
  switch (e.state) {
    case model::BodyState::Missing:
      return {};
    case model::BodyState::Null:
    case model::BodyState::Empty:
      if (a.is_present()) return {body_mismatch("/", e, a, "Expected empty body but received " + present_text(a))};
      return {};
    case model::BodyState::Present:
      if (a.state == model::BodyState::Missing) {
        return {body_mismatch("/", e, a, "Expected body " + present_text(e) + " but was missing")};
      }
      if (a.state != model::BodyState::Present) {
        return {body_mismatch("/", e, a, "Expected body " + present_text(e) + " but was empty")};
      }
      break;
  }

  // §10.4: dispatch on the expected content type.
  const auto ctx = MatchContext::for_paths(rules.find(model::Category::Body), allow_unexpected_keys);
  if (ect && ect->is_json()) return compare_json_text(ctx, e.bytes, a.bytes);
  if (ect && ect->is_xml()) return compare_xml_text(ctx, e.bytes, a.bytes);
  if (ect && ect->is_multipart()) return compare_multipart(e.bytes, ect, a.bytes, act, rules, allow_unexpected_keys);
  if (ect && ect->is_form_urlencoded()) return match_form(e, a, rules);
  bool content_type_rule = false;
  if (const auto sel = ctx.select(ValuePath{"$"})) {
    for (const auto& r : sel->rules->rules) content_type_rule = content_type_rule || r.kind == model::RuleKind::ContentType;
  }
  if ((ect && !ect->is_xml() && !ect->is_multipart() && ect->is_binary()) || content_type_rule) {
    return match_binary(ctx, e, a, ect_text, act_text);
  }
  return match_text(ctx, e, a);
}

}  // namespace

std::vector<Mismatch> match_http_body(const BodySide& expected, const BodySide& actual,
                                      const model::MatchingRules& rules, bool allow_unexpected_keys) {
  return match_body(expected, actual, rules, allow_unexpected_keys, BodyOwner::Http);
}

std::vector<Mismatch> match_message_body(const model::Body& expected, const model::Body& actual,
                                         const model::MatchingRules& rules) {
  return match_body(BodySide{expected, nullptr}, BodySide{actual, nullptr}, rules, true, BodyOwner::Message);
}

}  // namespace pact::matching

// Message matching (matching-rules.md §14).

#include "matching/message_match.hpp"

#include <string>

#include "matching/body_match.hpp"
#include "matching/match_context.hpp"
#include "matching/rules.hpp"
#include "model/content_type.hpp"
#include "support/text.hpp"

namespace pact::matching {
namespace {

// The body's content type as the body dispatch reads it: the contents'
// own, else the metadata's, else detected (§10.1 for messages).
model::Body typed_body(const model::MessageContents& contents) {
  model::Body body = contents.contents;
  if (body.content_type.empty()) {
    if (const auto ct = model::message_content_type(contents)) body.content_type = ct->to_string();
  }
  return body;
}

// V4 files name the body category "content" (read as Body), V3 "body"; a
// model built in code may also use Contents. Both are the message body rules.
model::MatchingRules body_rules(const model::MatchingRules& rules) {
  const auto* contents = rules.find(model::Category::Contents);
  if (contents == nullptr) return rules;
  model::MatchingRules out = rules;
  auto& body = out.category(model::Category::Body);
  for (const auto& [key, list] : *contents) body.try_emplace(key, list);
  return out;
}

// Metadata rules are keyed by plain names or by path expressions; both
// select the value at "$.<key>" (§14).
model::RuleCategory metadata_rule_paths(const model::MatchingRules& rules) {
  model::RuleCategory out;
  const auto* metadata = rules.find(model::Category::Metadata);
  if (metadata == nullptr) return out;
  for (const auto& [key, list] : *metadata) {
    if (key.starts_with("$")) out.try_emplace(key, list);
    else out.try_emplace("$['" + key + "']", list);
  }
  return out;
}

// Parameter-aware Content-Type comparison of metadata values: one failure
// per differing expected parameter, as the reference reports it (§9.4).
Failures compare_content_type(const std::string& key, std::string_view expected, std::string_view actual) {
  const auto split = [](std::string_view v) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= v.size()) {
      const auto semi = v.find(';', start);
      parts.emplace_back(support::trim(v.substr(start, semi == std::string_view::npos ? std::string_view::npos : semi - start)));
      if (semi == std::string_view::npos) break;
      start = semi + 1;
    }
    return parts;
  };
  const auto param = [](const std::string& p) {
    const auto eq = p.find('=');
    if (eq == std::string::npos) return std::pair{std::string(support::trim(p)), std::string()};
    return std::pair{std::string(support::trim(std::string_view(p).substr(0, eq))),
                     support::ascii_lower(support::trim(std::string_view(p).substr(eq + 1)))};
  };
  const std::string text = "Expected metadata '" + key + "' to have value '" + std::string(expected) + "' but was '" +
                           std::string(actual) + "'";
  const auto e = split(expected);
  const auto a = split(actual);
  if (e.front() != a.front()) return {text};
  Failures out;
  for (std::size_t i = 1; i < e.size(); ++i) {
    if (e[i].empty()) continue;
    const auto [name, value] = param(e[i]);
    bool found = false;
    for (std::size_t j = 1; j < a.size() && !found; ++j) {
      const auto [an, av] = param(a[j]);
      found = an == name && av == value;
    }
    if (!found) out.push_back(text);
  }
  return out;
}

std::vector<Mismatch> match_metadata_value(const MatchContext& context, const std::string& key,
                                           const json::value& expected, const json::value& actual) {
  Failures failures;
  const ValuePath path{"$", key};
  if (const auto selected = context.select(path)) {
    failures = apply_rule_list(*selected->rules, [&](const model::MatchingRule& rule) {
      return match_json_rule(rule, expected, actual, selected->cascaded);
    });
  } else if (const auto lower = support::ascii_lower(key); lower == "contenttype" || lower == "content-type") {
    const auto* e = expected.if_string();
    const auto* a = actual.if_string();
    failures = compare_content_type(key, e != nullptr ? std::string_view(*e) : std::string_view(),
                                    a != nullptr ? std::string_view(*a) : std::string_view());
  } else if (expected != actual) {
    // Without a matcher the reference compares the values for equality and
    // shows them as plain text, without type names.
    failures.push_back("Expected '" + json::to_plain_string(actual) + "' to be equal to '" +
                       json::to_plain_string(expected) + "'");
  }
  std::vector<Mismatch> out;
  // E and A are the values' JSON texts: strings keep their quotes (§14).
  const auto e_text = json::write(expected);
  const auto a_text = json::write(actual);
  for (auto& failure : failures) {
    Mismatch m;
    m.kind = Mismatch::Kind::Metadata;
    m.location = key;
    m.expected = json::string(e_text);
    m.actual = json::string(a_text);
    m.description = "Expected metadata key '" + key + "' to have value '" + e_text + "' but was '" + a_text + "' - " + failure;
    out.push_back(std::move(m));
  }
  return out;
}

Mismatch response_count_mismatch(std::string text) {
  Mismatch m;
  m.kind = Mismatch::Kind::BodyType;
  m.expected = "message response";
  m.actual = "";
  m.description = std::move(text);
  return m;
}

}  // namespace

std::vector<Mismatch> match_message_metadata(const model::MessageContents& expected,
                                             const model::MessageContents& actual) {
  std::vector<Mismatch> out;
  if (expected.metadata.empty()) return out;
  const auto paths = metadata_rule_paths(expected.matching_rules);
  const auto context = MatchContext::for_paths(&paths, true);
  for (const auto& kv : expected.metadata) {
    const std::string key(kv.key());
    if (const auto* value = actual.metadata.if_contains(kv.key())) {
      for (auto& m : match_metadata_value(context, key, kv.value(), *value)) out.push_back(std::move(m));
      continue;
    }
    Mismatch m;
    m.kind = Mismatch::Kind::Metadata;
    m.location = key;
    // A missing key shows the plain value (strings unquoted) and "".
    m.expected = json::string(json::to_plain_string(kv.value()));
    m.actual = "";
    m.description = "Expected message metadata '" + key + "' but was missing";
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<Mismatch> match_message(const model::MessageContents& expected, const model::MessageContents& actual) {
  auto out = match_message_body(typed_body(expected), typed_body(actual), body_rules(expected.matching_rules));
  for (auto& m : match_message_metadata(expected, actual)) out.push_back(std::move(m));
  return out;
}

std::vector<Mismatch> match_sync_message(const model::SynchronousMessage& expected,
                                         const model::SynchronousMessage& actual) {
  auto out = match_message(expected.request, actual.request);
  const auto& e = expected.responses;
  const auto& a = actual.responses;
  if (e.size() != a.size()) {
    // Extra actual responses are not a mismatch when none were expected.
    if (!e.empty() && a.empty()) {
      out.push_back(response_count_mismatch("Expected a message with a response, but the actual response was empty"));
    } else if (!e.empty()) {
      out.push_back(response_count_mismatch("Expected a message with " + std::to_string(e.size()) +
                                            " responses, but the actual response had " + std::to_string(a.size())));
    }
    return out;
  }
  for (std::size_t i = 0; i < e.size(); ++i) {
    for (auto& m : match_message(e[i], a[i])) out.push_back(std::move(m));
  }
  return out;
}

}  // namespace pact::matching

#include "consumer/http_parts.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <string>

#include "integration_json/form_body.hpp"
#include "integration_json/integration_json.hpp"
#include "integration_json/xml_body.hpp"
#include "model/content_type.hpp"

namespace pact::consumer {

using support::ErrorCategory;
using support::make_error;

namespace {

support::Error not_http(const model::Interaction& interaction) {
  return make_error(ErrorCategory::InvalidArgument,
                    "interaction is not an HTTP interaction, it is " +
                        std::string(model::interaction_kind_name(interaction.kind())));
}

struct PartView {
  std::optional<model::Headers>* headers;
  model::Body* body;
  model::MatchingRules* rules;
  model::Generators* generators;
};

PartView view_of(model::SynchronousHttp& http, Part part) {
  if (part == Part::Request) {
    auto& r = http.request;
    return {&r.headers, &r.body, &r.matching_rules, &r.generators};
  }
  auto& r = http.response;
  return {&r.headers, &r.body, &r.matching_rules, &r.generators};
}

// Adds rules and a generator for a header or query value at `name`, or at
// `name[index]` for later values; an existing whole-name rule moves to
// `name[0]` so per-index rules stay per index (integration-json.md §9.1).
void record_value_rules(const integration_json::ValueResult& result, model::Category category, std::string_view name,
                        std::size_t index, model::MatchingRules& rules, model::Generators& generators) {
  auto& cat = rules.category(category);
  std::string key(name);
  if (index > 0 && !result.rules.empty()) {
    if (auto it = cat.find(key); it != cat.end()) {
      cat[key + "[0]"] = std::move(it->second);
      cat.erase(key);
    }
    key += "[" + std::to_string(index) + "]";
  }
  for (const auto& rule : result.rules) rules.add(category, key, rule);
  for (const auto& rule : result.item_rules) rules.add(category, std::string(name), rule);
  if (result.generator) generators.add(category, std::string(name), *result.generator);
}

void record_whole_rules(const integration_json::ValueResult& result, model::Category category,
                        model::MatchingRules& rules, model::Generators& generators) {
  for (const auto& rule : result.rules) rules.add(category, "$", rule);
  for (const auto& rule : result.item_rules) rules.add(category, "$", rule);
  if (result.generator) generators.add(category, "$", *result.generator);
}

// The content type a body is processed as (integration-json.md §5 step 4):
// the argument, else what the part already says, else detected from the text.
std::optional<model::ContentType> resolve_content_type(std::optional<std::string_view> argument,
                                                       const model::Body& existing, const model::Headers* headers,
                                                       std::string_view body) {
  if (argument) {
    if (auto ct = model::parse_content_type(*argument)) return ct;
  }
  if (existing.is_present() || headers != nullptr) {
    if (auto ct = model::effective_content_type(existing, headers)) return ct;
  }
  return model::detect_content_type(body);
}

struct ProcessedBody {
  model::Body body;
  model::RuleCategory rules;
  std::map<std::string, model::Generator> generators;
};

support::Result<ProcessedBody> process_body_text(const std::optional<model::ContentType>& content_type,
                                                 std::string_view text) {
  ProcessedBody out;
  const std::string ct_text = content_type ? content_type->to_string() : std::string("text/plain");
  if (text.empty()) {
    out.body = model::Body::empty();
    return out;
  }
  if (content_type && content_type->is_json()) {
    // Invalid JSON, or a top level that is neither object nor array, is kept
    // verbatim with no rules (integration-json.md §3).
    if (auto doc = json::try_parse(text); doc && (doc->is_object() || doc->is_array())) {
      auto processed = integration_json::process_body(*doc);
      out.body = model::Body::present(json::write(processed.value), ct_text);
      out.rules = std::move(processed.rules);
      out.generators = std::move(processed.generators);
      return out;
    }
  }
  if (content_type && (content_type->is_xml() || content_type->is_form_urlencoded())) {
    // A JSON description of an XML or form body (integration-json.md §5, §6,
    // §7); any other text is the raw body.
    if (auto doc = json::try_parse(text); doc && (doc->is_object() || doc->is_array())) {
      if (content_type->is_xml()) {
        auto xml = integration_json::xml_from_description(*doc);
        if (!xml.ok()) return xml.error();
        out.body = xml->text.empty() ? model::Body::empty() : model::Body::present(std::move(xml->text), ct_text);
        out.rules = std::move(xml->rules);
        out.generators = std::move(xml->generators);
      } else {
        auto form = integration_json::form_from_description(*doc);
        out.body = form.text.empty() ? model::Body::empty() : model::Body::present(std::move(form.text), ct_text);
        out.rules = std::move(form.rules);
        out.generators = std::move(form.generators);
      }
      return out;
    }
  }
  out.body = model::Body::present(std::string(text), ct_text);
  return out;
}

void merge_into(model::MatchingRules& rules, model::Generators& generators, model::Category category,
                ProcessedBody& processed) {
  for (auto& [path, list] : processed.rules) {
    for (auto& rule : list.rules) rules.add(category, path, std::move(rule));
  }
  for (auto& [path, generator] : processed.generators) generators.add(category, path, std::move(generator));
}

}  // namespace

support::Status with_request(model::Interaction& interaction, std::string_view method, std::string_view path) {
  auto* http = interaction.http();
  if (http == nullptr) return not_http(interaction);
  auto result = integration_json::process_value(path);
  http->request.method = std::string(method);
  http->request.path = result.values.empty() ? std::string() : result.values.front();
  record_whole_rules(result, model::Category::Path, http->request.matching_rules, http->request.generators);
  return support::Unit{};
}

support::Status with_header(model::Interaction& interaction, Part part, std::string_view name, std::size_t index,
                            std::optional<std::string_view> value) {
  auto* http = interaction.http();
  if (http == nullptr) return not_http(interaction);
  auto view = view_of(*http, part);
  if (!*view.headers) *view.headers = model::Headers{};
  auto& headers = **view.headers;
  const auto result = integration_json::process_value(value.value_or(""));

  if (result.is_list) {
    // An array value replaces every value of the header, whatever the index.
    headers.set(name, result.values);
  } else {
    const std::string single = result.values.empty() ? std::string() : result.values.front();
    auto* existing = headers.find(name);
    if (index > 0) {
      if (existing == nullptr) {
        headers.set(name, {});
        existing = headers.find(name);
      }
      if (existing->size() <= index) existing->resize(index + 1);
      (*existing)[index] = single;
    } else {
      auto split = model::split_header_value(name, single);
      if (existing == nullptr || existing->empty()) {
        headers.set(name, split.empty() ? std::vector<std::string>{std::string()} : split);
      } else if (split.size() <= 1) {
        (*existing)[0] = single;
      } else {
        *existing = std::move(split);
      }
    }
  }
  record_value_rules(result, model::Category::Header, name, index, *view.rules, *view.generators);
  return support::Unit{};
}

support::Status set_header(model::Interaction& interaction, Part part, std::string_view name, std::string_view value) {
  auto* http = interaction.http();
  if (http == nullptr) return not_http(interaction);
  auto view = view_of(*http, part);
  if (!*view.headers) *view.headers = model::Headers{};
  (*view.headers)->set(name, {std::string(value)});
  return support::Unit{};
}

support::Status with_query_parameter(model::Interaction& interaction, std::string_view name, std::size_t index,
                                     std::optional<std::string_view> value) {
  auto* http = interaction.http();
  if (http == nullptr) return not_http(interaction);
  auto& request = http->request;
  if (!request.query) request.query = model::Query{};
  auto& values = request.query->at_or_add(name);

  if (!value) {
    if (values.size() <= index) values.resize(index + 1);
    values[index] = std::nullopt;
    return support::Unit{};
  }
  const auto result = integration_json::process_value(*value);
  if (result.is_list && index == 0) {
    values.insert(values.end(), result.values.begin(), result.values.end());
  } else {
    if (values.size() <= index) values.resize(index + 1);
    values[index] = result.values.empty() ? std::string() : result.values.front();
  }
  record_value_rules(result, model::Category::Query, name, index, request.matching_rules, request.generators);
  return support::Unit{};
}

support::Status with_body(model::Interaction& interaction, Part part, std::optional<std::string_view> content_type,
                          std::string_view body) {
  if (auto* http = interaction.http()) {
    auto view = view_of(*http, part);
    const model::Headers* headers = *view.headers ? &**view.headers : nullptr;
    const auto ct = resolve_content_type(content_type, *view.body, headers, body);
    auto result = process_body_text(ct, body);
    if (!result.ok()) return result.error();
    auto& processed = *result;
    *view.body = std::move(processed.body);
    merge_into(*view.rules, *view.generators, model::Category::Body, processed);
    if (view.body->is_present()) {
      // Exact-case check, as the reference does (integration-json.md trap 12).
      if (!*view.headers) *view.headers = model::Headers{};
      auto& entries = (*view.headers)->entries;
      const bool has_exact = std::any_of(entries.begin(), entries.end(),
                                         [](const auto& e) { return e.first == "Content-Type"; });
      if (!has_exact) entries.emplace_back("Content-Type", std::vector<std::string>{view.body->content_type});
    }
    return support::Unit{};
  }

  // Messages: no hint from existing metadata (integration-json.md §5 step 4).
  const auto ct = resolve_content_type(content_type, model::Body{}, nullptr, body);
  auto result = process_body_text(ct, body);
  if (!result.ok()) return result.error();
  auto& processed = *result;
  const auto apply = [&](model::MessageContents& contents) {
    contents.contents = processed.body;
    merge_into(contents.matching_rules, contents.generators, model::Category::Body, processed);
    if (ct && !contents.metadata.contains("contentType")) contents.metadata["contentType"] = ct->to_string();
  };
  if (auto* async = std::get_if<model::AsynchronousMessage>(&interaction.parts)) {
    apply(async->contents);
  } else if (auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts)) {
    if (part == Part::Request) {
      apply(sync->request);
    } else {
      // Every response-part call appends a new response (integration-json.md trap 13).
      apply(sync->responses.emplace_back());
    }
  }
  return support::Unit{};
}

support::Status response_status(model::Interaction& interaction, std::uint16_t status) {
  auto* http = interaction.http();
  if (http == nullptr) return not_http(interaction);
  http->response.status = status;
  return support::Unit{};
}

support::Status response_status_text(model::Interaction& interaction, std::string_view status) {
  auto* http = interaction.http();
  if (http == nullptr) return not_http(interaction);
  const auto result = integration_json::process_value(status);
  const std::string text = result.values.empty() ? std::string() : result.values.front();
  std::uint16_t code = 0;
  const auto parsed = std::from_chars(text.data(), text.data() + text.size(), code);
  http->response.status = (parsed.ec == std::errc{} && parsed.ptr == text.data() + text.size()) ? code : 0;
  record_whole_rules(result, model::Category::Status, http->response.matching_rules, http->response.generators);
  return support::Unit{};
}

}  // namespace pact::consumer

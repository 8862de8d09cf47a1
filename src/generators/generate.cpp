#include "generators/generate.hpp"

#include <algorithm>

#include "generators/produce.hpp"

namespace pact::generators {
namespace {

using detail::TargetKind;

TargetKind kind_of(const json::value& v) {
  if (v.is_string()) return TargetKind::JsonString;
  if (v.is_number()) return TargetKind::JsonNumber;
  return TargetKind::JsonOther;
}

const model::Generator* single(const model::Generators& generators, model::Category category) {
  const auto it = generators.categories.find(category);
  if (it == generators.categories.end() || it->second.empty()) return nullptr;
  return &it->second.begin()->second;
}

const std::map<std::string, model::Generator>* category(const model::Generators& generators, model::Category c) {
  const auto it = generators.categories.find(c);
  return it == generators.categories.end() ? nullptr : &it->second;
}

// Generation failures keep the example (§4, trap 21).
std::string string_or(const model::Generator& g, std::string_view current, const GeneratorContext& context) {
  auto out = generate_string(g, current, context);
  return out ? std::move(*out) : std::string(current);
}

// Header generators (§13): exact-case lookup; present -> one value generated
// from the first; absent -> added under the generator's key.
void apply_headers(std::optional<model::Headers>& headers, const model::Generators& generators,
                   const GeneratorContext& context) {
  const auto* gens = category(generators, model::Category::Header);
  if (gens == nullptr || gens->empty()) return;
  if (!headers) headers.emplace();
  for (const auto& [name, g] : *gens) {
    if (!runs_in_mode(g, context)) continue;
    auto it = std::find_if(headers->entries.begin(), headers->entries.end(),
                           [&name = name](const auto& e) { return e.first == name; });
    if (it != headers->entries.end()) {
      const std::string first = it->second.empty() ? std::string() : it->second.front();
      it->second = {string_or(g, first, context)};
    } else {
      headers->entries.emplace_back(name, std::vector<std::string>{string_or(g, "", context)});
    }
  }
}

// Query generators (§13): every value of the parameter is regenerated; an
// absent parameter is added with one value.
void apply_query(std::optional<model::Query>& query, const model::Generators& generators,
                 const GeneratorContext& context) {
  const auto* gens = category(generators, model::Category::Query);
  if (gens == nullptr || gens->empty()) return;
  if (!query) query.emplace();
  for (const auto& [name, g] : *gens) {
    if (!runs_in_mode(g, context)) continue;
    auto it = std::find_if(query->entries.begin(), query->entries.end(),
                           [&name = name](const auto& e) { return e.first == name; });
    if (it != query->entries.end()) {
      if (it->second.empty()) it->second.emplace_back(std::string());
      for (auto& value : it->second) value = string_or(g, value.value_or(""), context);
    } else {
      query->entries.emplace_back(name, std::vector<std::optional<std::string>>{string_or(g, "", context)});
    }
  }
}

}  // namespace

bool runs_in_mode(const model::Generator& generator, const GeneratorContext& context) {
  if (!context.mode) return true;
  if (generator.type == "ProviderState") return *context.mode == Mode::Provider;
  if (generator.type == "MockServerURL") return *context.mode == Mode::Consumer;
  return true;
}

support::Result<json::value> generate_value(const model::Generator& generator, const json::value& current,
                                            const GeneratorContext& context) {
  if (!runs_in_mode(generator, context)) return current;
  return detail::produce(generator, kind_of(current), context);
}

support::Result<std::string> generate_string(const model::Generator& generator, std::string_view current,
                                             const GeneratorContext& context) {
  if (!runs_in_mode(generator, context)) return std::string(current);
  auto value = detail::produce(generator, TargetKind::Text, context);
  if (!value) return value.error();
  return std::string(value->get_string());
}

support::Result<std::uint16_t> generate_status(const model::Generator& generator, std::uint16_t current,
                                               const GeneratorContext& context) {
  if (!runs_in_mode(generator, context)) return current;
  return detail::produce_status(generator, context);
}

model::HttpResponse apply_response_generators(const model::HttpResponse& response, const GeneratorContext& context) {
  model::HttpResponse out = response;
  if (const auto* g = single(response.generators, model::Category::Status)) {
    if (auto status = generate_status(*g, response.status, context)) out.status = *status;
  }
  apply_headers(out.headers, response.generators, context);
  out.body = apply_body_generators(response.body, out.headers ? &*out.headers : nullptr, response.generators,
                                   response.matching_rules, context);
  return out;
}

model::HttpRequest apply_request_generators(const model::HttpRequest& request, const GeneratorContext& context) {
  // Method generators are stored but never applied (§13, trap 20).
  model::HttpRequest out = request;
  if (const auto* g = single(request.generators, model::Category::Path)) {
    out.path = string_or(*g, request.path, context);
  }
  apply_headers(out.headers, request.generators, context);
  apply_query(out.query, request.generators, context);
  out.body = apply_body_generators(request.body, out.headers ? &*out.headers : nullptr, request.generators,
                                   request.matching_rules, context);
  return out;
}

model::MessageContents apply_message_generators(const model::MessageContents& message,
                                                const GeneratorContext& context) {
  model::MessageContents out = message;
  if (const auto* gens = category(message.generators, model::Category::Metadata)) {
    // Keyed by metadata key, exact case; absent keys are generated from a
    // null example and added (§13).
    for (const auto& [key, g] : *gens) {
      if (!runs_in_mode(g, context)) continue;
      const json::value* current = out.metadata.if_contains(key);
      auto value = generate_value(g, current ? *current : json::value(nullptr), context);
      if (value) out.metadata[key] = std::move(*value);
    }
  }
  // The contents' own content type, else the contentType metadata (§13).
  model::Headers headers;
  if (const auto* ct = out.metadata.if_contains("contentType"); ct && ct->is_string()) {
    headers.entries.emplace_back("Content-Type", std::vector<std::string>{std::string(ct->get_string())});
  }
  out.contents = apply_body_generators(message.contents, &headers, message.generators, message.matching_rules, context);
  return out;
}

}  // namespace pact::generators

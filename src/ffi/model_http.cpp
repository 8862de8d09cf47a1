// Header section "Model: pacts, interactions, HTTP parts, provider states,
// iterators": V4 HTTP interactions (SynchronousHttp) and their request and
// response parts.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/interaction_object.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "model/content_type.hpp"
#include "pact.h"
#include "support/utf8.hpp"

using namespace pact;
using namespace pact::ffi;

namespace {

// pactffi_sync_http_set_description codes (EXIT_SUCCESS / EXIT_FAILURE).
enum SetDescriptionCode : int { kSet = 0, kNotSet = 1 };

/// The interaction object behind a C argument. The C functions take `const`
/// pointers to objects whose view caches the getters fill in, so the object
/// itself is reached without const; its model is only changed by setters.
SynchronousHttp& object_of(const SynchronousHttp* interaction) {
  return const_cast<SynchronousHttp&>(required_obj(interaction, "interaction"));
}

model::SynchronousHttp& http_of(const SynchronousHttp* interaction) {
  auto* http = object_of(interaction).interaction.get().http();
  if (http == nullptr) fail("interaction is not an HTTP interaction");
  return *http;
}

/// The body as text: NULL when missing, "" when empty or null, else the
/// bytes ("" when they are not UTF-8, as the reference reads them).
const char* body_text(const model::Body& body) {
  switch (body.state) {
    case model::BodyState::Missing: return nullptr;
    case model::BodyState::Empty:
    case model::BodyState::Null: return hand_over_string("");
    case model::BodyState::Present: break;
  }
  return hand_over_string(support::is_valid_utf8(body.bytes) ? std::string_view(body.bytes) : std::string_view());
}

std::size_t body_length(const model::Body& body) { return body.is_present() ? body.bytes.size() : 0; }

const unsigned char* body_bytes(const model::Body& body) {
  if (!body.is_present() || body.bytes.empty()) return nullptr;
  return reinterpret_cast<const unsigned char*>(body.bytes.data());
}

/// A body set through the FFI: NULL contents is an explicit JSON null;
/// otherwise the bytes with the content type when it parses (an invalid one
/// is dropped), marked text or binary (ffi-conventions.md §5).
model::Body new_body(const char* bytes, std::size_t length, const char* content_type, model::ContentTypeHint hint) {
  if (bytes == nullptr) return model::Body::null();
  std::string type;
  if (auto text = optional_str(content_type)) {
    if (auto parsed = model::parse_content_type(*text)) type = parsed->to_string();
  }
  auto body = model::Body::present(std::string(bytes, length), std::move(type));
  if (body.is_present()) body.hint = hint;
  return body;
}

}  // namespace

PACT_FFI_EXPORT SynchronousHttp* pactffi_sync_http_new(void) {
  return guarded<SynchronousHttp*>(nullptr, [&] {
    model::Interaction interaction;
    interaction.parts = model::SynchronousHttp{};
    return hand_over(std::make_unique<SynchronousHttp>(std::move(interaction)));
  });
}

PACT_FFI_EXPORT void pactffi_sync_http_delete(const SynchronousHttp* interaction) {
  guarded_void([&] {
    // Iterator items are views owned by their iterator (see
    // pactffi_pact_interaction_delete): only owned objects are freed.
    if (interaction != nullptr && interaction->interaction.owned()) {
      take_back(const_cast<SynchronousHttp*>(interaction));
    }
  });
}

PACT_FFI_EXPORT const HttpRequest* pactffi_sync_http_get_request(const SynchronousHttp* interaction) {
  return guarded<const HttpRequest*>(nullptr, [&] {
    auto& http = http_of(interaction);
    return object_of(interaction).requests.of(http.request);
  });
}

PACT_FFI_EXPORT const HttpResponse* pactffi_sync_http_get_response(const SynchronousHttp* interaction) {
  return guarded<const HttpResponse*>(nullptr, [&] {
    auto& http = http_of(interaction);
    return object_of(interaction).responses.of(http.response);
  });
}

PACT_FFI_EXPORT const char* pactffi_sync_http_get_request_contents(const SynchronousHttp* interaction) {
  return guarded<const char*>(nullptr, [&] { return body_text(http_of(interaction).request.body); });
}

PACT_FFI_EXPORT const char* pactffi_sync_http_get_response_contents(const SynchronousHttp* interaction) {
  return guarded<const char*>(nullptr, [&] { return body_text(http_of(interaction).response.body); });
}

PACT_FFI_EXPORT size_t pactffi_sync_http_get_request_contents_length(const SynchronousHttp* interaction) {
  return guarded<size_t>(0, [&] { return body_length(http_of(interaction).request.body); });
}

PACT_FFI_EXPORT size_t pactffi_sync_http_get_response_contents_length(const SynchronousHttp* interaction) {
  return guarded<size_t>(0, [&] { return body_length(http_of(interaction).response.body); });
}

PACT_FFI_EXPORT const unsigned char* pactffi_sync_http_get_request_contents_bin(const SynchronousHttp* interaction) {
  return guarded<const unsigned char*>(nullptr, [&] { return body_bytes(http_of(interaction).request.body); });
}

PACT_FFI_EXPORT const unsigned char* pactffi_sync_http_get_response_contents_bin(const SynchronousHttp* interaction) {
  return guarded<const unsigned char*>(nullptr, [&] { return body_bytes(http_of(interaction).response.body); });
}

PACT_FFI_EXPORT void pactffi_sync_http_set_request_contents(SynchronousHttp* interaction, const char* contents,
                                                            const char* content_type) {
  guarded_void([&] {
    auto& http = http_of(interaction);
    const char* bytes = contents == nullptr ? nullptr : required_str(contents, "contents").data();
    const std::size_t length = bytes == nullptr ? 0 : std::string_view(bytes).size();
    http.request.body = new_body(bytes, length, content_type, model::ContentTypeHint::Text);
  });
}

PACT_FFI_EXPORT void pactffi_sync_http_set_response_contents(SynchronousHttp* interaction, const char* contents,
                                                             const char* content_type) {
  guarded_void([&] {
    auto& http = http_of(interaction);
    const char* bytes = contents == nullptr ? nullptr : required_str(contents, "contents").data();
    const std::size_t length = bytes == nullptr ? 0 : std::string_view(bytes).size();
    http.response.body = new_body(bytes, length, content_type, model::ContentTypeHint::Text);
  });
}

PACT_FFI_EXPORT void pactffi_sync_http_set_request_contents_bin(SynchronousHttp* interaction,
                                                                const unsigned char* contents, size_t len,
                                                                const char* content_type) {
  guarded_void([&] {
    auto& http = http_of(interaction);
    http.request.body = new_body(reinterpret_cast<const char*>(contents), len, content_type,
                                 model::ContentTypeHint::Binary);
  });
}

PACT_FFI_EXPORT void pactffi_sync_http_set_response_contents_bin(SynchronousHttp* interaction,
                                                                 const unsigned char* contents, size_t len,
                                                                 const char* content_type) {
  guarded_void([&] {
    auto& http = http_of(interaction);
    http.response.body = new_body(reinterpret_cast<const char*>(contents), len, content_type,
                                  model::ContentTypeHint::Binary);
  });
}

PACT_FFI_EXPORT const char* pactffi_sync_http_get_description(const SynchronousHttp* interaction) {
  return guarded<const char*>(nullptr, [&] {
    return description_of(object_of(interaction));
  });
}

PACT_FFI_EXPORT int pactffi_sync_http_set_description(SynchronousHttp* interaction, const char* description) {
  return guarded<int>(kNotSet, [&] {
    set_description(object_of(interaction), description);
    return kSet;
  });
}

PACT_FFI_EXPORT const ProviderState* pactffi_sync_http_get_provider_state(const SynchronousHttp* interaction,
                                                                          unsigned int index) {
  return guarded<const ProviderState*>(nullptr, [&] {
    return provider_state_at(object_of(interaction), index);
  });
}

PACT_FFI_EXPORT ProviderStateIterator* pactffi_sync_http_get_provider_state_iter(SynchronousHttp* interaction) {
  return guarded<ProviderStateIterator*>(nullptr, [&] {
    return provider_state_iter(object_of(interaction));
  });
}

// ---- Rules and generators of the HTTP parts ------------------------------------

PACT_FFI_EXPORT MatchingRuleCategoryIterator* pactffi_request_contents_get_matching_rule_iter(
    const HttpRequest* request, MatchingRuleCategory category) {
  return guarded<MatchingRuleCategoryIterator*>(nullptr, [&] {
    const auto& model = required_obj(request, "request").request.get();
    return hand_over(make_rule_iterator(model.matching_rules, rule_category_arg(raw_enum(category))));
  });
}

PACT_FFI_EXPORT MatchingRuleCategoryIterator* pactffi_response_contents_get_matching_rule_iter(
    const HttpResponse* response, MatchingRuleCategory category) {
  return guarded<MatchingRuleCategoryIterator*>(nullptr, [&] {
    const auto& model = required_obj(response, "response").response.get();
    return hand_over(make_rule_iterator(model.matching_rules, rule_category_arg(raw_enum(category))));
  });
}

PACT_FFI_EXPORT GeneratorCategoryIterator* pactffi_request_contents_get_generators_iter(const HttpRequest* request,
                                                                                       GeneratorCategory category) {
  return guarded<GeneratorCategoryIterator*>(nullptr, [&] {
    const auto& model = required_obj(request, "request").request.get();
    return hand_over(make_generator_iterator(model.generators, generator_category_arg(raw_enum(category))));
  });
}

PACT_FFI_EXPORT GeneratorCategoryIterator* pactffi_response_contents_get_generators_iter(
    const HttpResponse* response, GeneratorCategory category) {
  return guarded<GeneratorCategoryIterator*>(nullptr, [&] {
    const auto& model = required_obj(response, "response").response.get();
    return hand_over(make_generator_iterator(model.generators, generator_category_arg(raw_enum(category))));
  });
}

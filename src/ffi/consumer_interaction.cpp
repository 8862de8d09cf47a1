// Header section "Consumer DSL: interactions". Lock policies follow
// ffi-conventions.md §13.
#include <string>

#include "consumer/http_parts.hpp"
#include "consumer/interaction_attributes.hpp"
#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/interaction_access.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;
using consumer::WhenLocked;

namespace {

// pactffi_given_with_params codes.
enum GivenWithParamsCode : int { kParamsAdded = 0, kCannotModify = 1, kParamsNotJson = 2, kInvalidString = 3 };
// pactffi_interaction_test_name codes.
enum TestNameCode : unsigned int { kNamed = 0, kNamePanic = 1, kNameUnknownHandle = 2, kNameLocked = 3, kNotV4 = 4 };

support::Status done() { return support::Unit{}; }

consumer::Part to_part(const InteractionPart& part) {
  return checked_enum<consumer::Part>(raw_enum(part), 0, 1, "part");
}

}  // namespace

PACT_FFI_EXPORT InteractionHandle pactffi_new_interaction(PactHandle pact, const char* description) {
  const InteractionHandle invalid = static_cast<InteractionHandle>(pact) << 16;
  return guarded<InteractionHandle>(invalid, [&]() -> InteractionHandle {
    const auto text = optional_str(description);
    if (!text) return invalid;
    auto entry = PactRegistry::instance().find(pact);
    if (!entry) return invalid;
    std::lock_guard lock(entry->mutex);
    const auto index = entry->builder.add_interaction(std::string(*text), model::InteractionKind::SynchronousHttp);
    if (index >= 0xFFFF) fail("a pact can hold at most 65535 interactions");
    return encode_interaction(pact, index);
  });
}

PACT_FFI_EXPORT bool pactffi_upon_receiving(InteractionHandle interaction, const char* description) {
  return guarded(false, [&] {
    const auto text = optional_str(description);
    if (!text) return false;
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail, [&](model::Interaction& i) {
      i.description = std::string(*text);
      return done();
    });
  });
}

PACT_FFI_EXPORT bool pactffi_given(InteractionHandle interaction, const char* description) {
  return guarded(false, [&] {
    const auto text = optional_str(description);
    if (!text) return false;
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail, [&](model::Interaction& i) {
      consumer::add_provider_state(i, std::string(*text));
      return done();
    });
  });
}

PACT_FFI_EXPORT bool pactffi_given_with_param(InteractionHandle interaction, const char* description,
                                              const char* name, const char* value) {
  return guarded(false, [&] {
    const auto state = optional_str(description);
    const auto param = optional_str(name);
    if (!state || !param) return false;
    const auto text = optional_str(value).value_or("");
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail, [&](model::Interaction& i) {
      consumer::set_provider_state_param(i, *state, std::string(*param), text);
      return done();
    });
  });
}

PACT_FFI_EXPORT int pactffi_given_with_params(InteractionHandle interaction, const char* description,
                                              const char* params) {
  return guarded<int>(kCannotModify, [&]() -> int {
    const auto state = optional_str(description);
    const auto text = optional_str(params);
    if (!state || !text) return kInvalidString;
    auto parsed = consumer::provider_state_params(*text);
    if (!parsed.ok()) {
      set_last_error(parsed.error().message);
      return kParamsNotJson;
    }
    const bool ok = try_update_interaction(interaction, WhenLocked::ApplyAndFail, [&](model::Interaction& i) {
      consumer::add_provider_state(i, std::string(*state), *parsed);
      return done();
    });
    return ok ? kParamsAdded : kCannotModify;
  });
}

PACT_FFI_EXPORT bool pactffi_with_request(InteractionHandle interaction, const char* method, const char* path) {
  return guarded(false, [&] {
    const auto m = optional_str(method).value_or("GET");
    const auto p = optional_str(path).value_or("/");
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail,
                                  [&](model::Interaction& i) { return consumer::with_request(i, m, p); });
  });
}

PACT_FFI_EXPORT bool pactffi_with_header_v2(InteractionHandle interaction, InteractionPart part, const char* name,
                                            size_t index, const char* value) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto n = optional_str(name);
    if (!n) return false;
    const auto v = optional_str(value);
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail,
                                  [&](model::Interaction& i) { return consumer::with_header(i, p, *n, index, v); });
  });
}

PACT_FFI_EXPORT bool pactffi_set_header(InteractionHandle interaction, InteractionPart part, const char* name,
                                        const char* value) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto n = optional_str(name);
    if (!n) return false;
    const auto v = optional_str(value).value_or("");
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail,
                                  [&](model::Interaction& i) { return consumer::set_header(i, p, *n, v); });
  });
}

PACT_FFI_EXPORT bool pactffi_with_query_parameter_v2(InteractionHandle interaction, const char* name, size_t index,
                                                     const char* value) {
  return guarded(false, [&] {
    const auto n = optional_str(name);
    if (!n) return false;
    const auto v = optional_str(value);
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail, [&](model::Interaction& i) {
      return consumer::with_query_parameter(i, *n, index, v);
    });
  });
}

PACT_FFI_EXPORT bool pactffi_with_body(InteractionHandle interaction, InteractionPart part, const char* content_type,
                                       const char* body) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto ct = optional_str(content_type);
    // NULL is an empty body, as the reference's code does (integration-json.md §15).
    const auto text = optional_str(body).value_or("");
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail,
                                  [&](model::Interaction& i) { return consumer::with_body(i, p, ct, text); });
  });
}

PACT_FFI_EXPORT bool pactffi_response_status(InteractionHandle interaction, unsigned short status) {
  return guarded(false, [&] {
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail,
                                  [&](model::Interaction& i) { return consumer::response_status(i, status); });
  });
}

PACT_FFI_EXPORT bool pactffi_response_status_v2(InteractionHandle interaction, const char* status) {
  return guarded(false, [&] {
    const auto text = optional_str(status).value_or("200");
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail,
                                  [&](model::Interaction& i) { return consumer::response_status_text(i, text); });
  });
}

PACT_FFI_EXPORT bool pactffi_set_key(InteractionHandle interaction, const char* value) {
  return guarded(false, [&] {
    std::optional<std::string> key;
    if (value != nullptr) key = std::string(required_str(value, "value"));
    return try_update_interaction(interaction, WhenLocked::Apply, [&](model::Interaction& i) {
      i.key = key;
      return done();
    });
  });
}

PACT_FFI_EXPORT bool pactffi_set_pending(InteractionHandle interaction, bool pending) {
  return guarded(false, [&] {
    return try_update_interaction(interaction, WhenLocked::Apply, [&](model::Interaction& i) {
      i.pending = pending;
      return done();
    });
  });
}

PACT_FFI_EXPORT bool pactffi_set_comment(InteractionHandle interaction, const char* key, const char* value) {
  return guarded(false, [&] {
    const auto k = required_str(key, "key");
    std::optional<std::string_view> v;
    if (value != nullptr) v = required_str(value, "value");
    return try_update_interaction(interaction, WhenLocked::Apply, [&](model::Interaction& i) {
      consumer::set_comment(i, k, v);
      return done();
    });
  });
}

PACT_FFI_EXPORT bool pactffi_add_text_comment(InteractionHandle interaction, const char* comment) {
  return guarded(false, [&] {
    const auto text = required_str(comment, "comment");
    return try_update_interaction(interaction, WhenLocked::Apply, [&](model::Interaction& i) {
      consumer::add_text_comment(i, text);
      return done();
    });
  });
}

PACT_FFI_EXPORT unsigned int pactffi_interaction_test_name(InteractionHandle interaction, const char* test_name) {
  return guarded<unsigned int>(kNamePanic, [&]() -> unsigned int {
    const auto name = required_str(test_name, "test_name");
    const auto outcome = update_interaction(interaction, WhenLocked::Reject, [&](model::Interaction& i) {
      consumer::set_test_name(i, name);
      return done();
    });
    switch (outcome) {
      case UpdateOutcome::Done: return kNamed;
      case UpdateOutcome::Locked: return kNameLocked;
      case UpdateOutcome::UnknownHandle: return kNameUnknownHandle;
      case UpdateOutcome::Rejected: return kNotV4;
    }
    return kNamePanic;
  });
}

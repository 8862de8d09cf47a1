// Header section "Consumer DSL: messages, other bodies, rules and
// generators". Lock policies follow ffi-conventions.md §13; return codes §6.
#include <mutex>
#include <string>

#include "consumer/message_parts.hpp"
#include "consumer/other_bodies.hpp"
#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/interaction_access.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;
using consumer::WhenLocked;

namespace {

// pactffi_interaction_contents codes (integration-json.md §11).
enum ContentsCode : unsigned int {
  kContentsSet = 0, kContentsPanic = 1, kContentsLocked = 2, kContentsUnknownHandle = 3,
  kContentsBadContentType = 4, kContentsNotJson = 5, kContentsPluginError = 6,
};

consumer::Part to_part(const InteractionPart& part) {
  return checked_enum<consumer::Part>(raw_enum(part), 0, 1, "part");
}

InteractionHandle invalid_interaction(PactHandle pact) { return static_cast<InteractionHandle>(pact) << 16; }

// Runs inside the caller's guard.
InteractionHandle new_interaction_of(PactHandle pact, const char* description, model::InteractionKind kind) {
  const InteractionHandle invalid = invalid_interaction(pact);
  {
    const auto text = optional_str(description);
    if (!text) return invalid;
    auto entry = PactRegistry::instance().find(pact);
    if (!entry) return invalid;
    std::lock_guard lock(entry->mutex);
    const auto index = entry->builder.add_interaction(std::string(*text), kind);
    if (index >= 0xFFFF) fail("a pact can hold at most 65535 interactions");
    return encode_interaction(pact, index);
  }
}

// Binary bodies are locked for HTTP parts only (§13): the policy depends on
// the interaction's kind, read under the same lock as the change.
UpdateOutcome update_http_locked(std::uint32_t handle,
                                 const std::function<support::Status(model::Interaction&)>& change) {
  return update_interaction(
      handle,
      [](const model::Interaction& current) {
        return current.http() != nullptr ? WhenLocked::ApplyAndFail : WhenLocked::Apply;
      },
      change);
}

std::optional<model::SpecVersion> spec_of(std::uint32_t handle) {
  const auto ref = decode_interaction(handle);
  if (!ref) return std::nullopt;
  const auto entry = PactRegistry::instance().find(ref->pact);
  if (!entry) return std::nullopt;
  std::lock_guard lock(entry->mutex);
  return entry->builder.pact().spec_version;
}

std::optional<std::string_view> bytes_of(const uint8_t* body, size_t size) {
  if (body == nullptr) return std::nullopt;
  return std::string_view(reinterpret_cast<const char*>(body), size);
}

StringResult string_ok() {
  StringResult result{};
  result.tag = StringResult_Ok;
  result.ok = nullptr;
  return result;
}

StringResult string_failed(std::string_view message) {
  StringResult result{};
  result.tag = StringResult_Failed;
  result.failed = hand_over_string(message);
  return result;
}

// Runs inside the caller's guard.
StringResult multipart(InteractionHandle interaction, InteractionPart part, const char* content_type, const char* file,
                       const char* part_name, const char* boundary) {
  {
    const auto p = to_part(part);
    const auto ct = optional_str(content_type);
    if (!ct) return string_failed("content type is not valid (NULL or non-UTF-8)");
    const std::string name(optional_str(part_name).value_or("file"));
    std::optional<consumer::MultipartFile> contents;
    if (file != nullptr) {
      auto read = consumer::read_multipart_file(std::string(required_str(file, "file")));
      if (!read.ok()) return string_failed(read.error().message);
      contents = std::move(*read);
    }
    const auto b = optional_str(boundary);
    switch (update_interaction(interaction, WhenLocked::ApplyAndFail, [&](model::Interaction& i) {
      return consumer::with_multipart_file(i, p, *ct, contents, name, b);
    })) {
      case UpdateOutcome::Done: return string_ok();
      case UpdateOutcome::UnknownHandle: return string_failed("interaction handle is not valid");
      case UpdateOutcome::Locked: return string_failed("the pact can not be modified: a mock server was started from it");
      case UpdateOutcome::Rejected: break;
    }
    return string_failed("multipart bodies can only be added to HTTP interactions");
  }
}

// The failure value of the multipart functions when an exception escapes.
StringResult multipart_internal_error() {
  StringResult result{};
  result.tag = StringResult_Failed;
  result.failed = nullptr;
  return result;
}

}  // namespace

PACT_FFI_EXPORT InteractionHandle pactffi_new_message_interaction(PactHandle pact, const char* description) {
  return guarded<InteractionHandle>(invalid_interaction(pact), [&] {
    return new_interaction_of(pact, description, model::InteractionKind::AsynchronousMessage);
  });
}

PACT_FFI_EXPORT InteractionHandle pactffi_new_sync_message_interaction(PactHandle pact, const char* description) {
  return guarded<InteractionHandle>(invalid_interaction(pact), [&] {
    return new_interaction_of(pact, description, model::InteractionKind::SynchronousMessage);
  });
}

PACT_FFI_EXPORT bool pactffi_with_metadata(InteractionHandle interaction, const char* key, const char* value,
                                           InteractionPart part) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto k = optional_str(key);
    if (!k) return false;
    const auto v = optional_str(value);
    return try_update_interaction(interaction, WhenLocked::Reject,
                                  [&](model::Interaction& i) { return consumer::with_metadata(i, p, *k, v); });
  });
}

PACT_FFI_EXPORT unsigned int pactffi_interaction_contents(InteractionHandle interaction, InteractionPart part,
                                                          const char* content_type, const char* contents) {
  return guarded<unsigned int>(kContentsPanic, [&]() -> unsigned int {
    const auto p = to_part(part);
    const auto ct_text = required_str(content_type, "content_type");
    const auto ct = model::parse_content_type(ct_text);
    if (!ct) {
      set_last_error("'" + std::string(ct_text) + "' is not a valid content type");
      return kContentsBadContentType;
    }
    const auto definition = json::try_parse(required_str(contents, "contents"));
    if (!definition) {
      set_last_error("contents is not valid JSON");
      return kContentsNotJson;
    }
    std::optional<support::Error> error;
    const auto outcome = update_interaction(interaction, WhenLocked::Reject, [&](model::Interaction& i) {
      auto status = consumer::interaction_contents(i, p, *ct, *definition);
      if (!status.ok()) error = status.error();
      return status;
    });
    switch (outcome) {
      case UpdateOutcome::Done: return kContentsSet;
      case UpdateOutcome::UnknownHandle: return kContentsUnknownHandle;
      case UpdateOutcome::Locked: return kContentsLocked;
      case UpdateOutcome::Rejected: break;
    }
    // Parse: plugin configuration; otherwise a sync message without a
    // response, where the reference panics.
    return error && error->category == support::ErrorCategory::Parse ? kContentsPluginError : kContentsPanic;
  });
}

PACT_FFI_EXPORT bool pactffi_with_binary_body(InteractionHandle interaction, InteractionPart part,
                                              const char* content_type, const uint8_t* body, size_t size) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto ct = optional_str(content_type).value_or("application/octet-stream");
    const auto bytes = bytes_of(body, size);
    return update_http_locked(interaction, [&](model::Interaction& i) {
             return consumer::with_binary_body(i, p, ct, bytes);
           }) == UpdateOutcome::Done;
  });
}

PACT_FFI_EXPORT bool pactffi_with_binary_file(InteractionHandle interaction, InteractionPart part,
                                              const char* content_type, const uint8_t* body, size_t size) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto ct = optional_str(content_type);
    if (!ct) return false;
    const auto spec = spec_of(interaction);
    if (!spec) return false;
    const auto bytes = bytes_of(body, size);
    return update_http_locked(interaction, [&](model::Interaction& i) {
             return consumer::with_binary_file(i, p, *ct, bytes, *spec);
           }) == UpdateOutcome::Done;
  });
}

PACT_FFI_EXPORT StringResult pactffi_with_multipart_file_v2(InteractionHandle interaction, InteractionPart part,
                                                            const char* content_type, const char* file,
                                                            const char* part_name, const char* boundary) {
  return guarded<StringResult>(multipart_internal_error(),
                               [&] { return multipart(interaction, part, content_type, file, part_name, boundary); });
}

PACT_FFI_EXPORT StringResult pactffi_with_multipart_file(InteractionHandle interaction, InteractionPart part,
                                                         const char* content_type, const char* file,
                                                         const char* part_name) {
  return guarded<StringResult>(multipart_internal_error(),
                               [&] { return multipart(interaction, part, content_type, file, part_name, nullptr); });
}

PACT_FFI_EXPORT bool pactffi_with_generators(InteractionHandle interaction, InteractionPart part,
                                             const char* generators) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto text = required_str(generators, "generators");
    return try_update_interaction(interaction, WhenLocked::Apply,
                                  [&](model::Interaction& i) { return consumer::with_generators(i, p, text); });
  });
}

PACT_FFI_EXPORT bool pactffi_with_matching_rules(InteractionHandle interaction, InteractionPart part,
                                                 const char* rules) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto text = required_str(rules, "rules");
    return try_update_interaction(interaction, WhenLocked::Apply,
                                  [&](model::Interaction& i) { return consumer::with_matching_rules(i, p, text); });
  });
}

PACT_FFI_EXPORT bool pactffi_with_header(InteractionHandle interaction, InteractionPart part, const char* name,
                                         size_t index, const char* value) {
  return guarded(false, [&] {
    const auto p = to_part(part);
    const auto n = optional_str(name);
    if (!n) return false;
    const auto v = optional_str(value).value_or("");
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail, [&](model::Interaction& i) {
      return consumer::with_header_v1(i, p, *n, index, v);
    });
  });
}

PACT_FFI_EXPORT bool pactffi_with_query_parameter(InteractionHandle interaction, const char* name, size_t index,
                                                  const char* value) {
  return guarded(false, [&] {
    const auto n = optional_str(name);
    if (!n) return false;
    const auto v = optional_str(value).value_or("");
    return try_update_interaction(interaction, WhenLocked::ApplyAndFail, [&](model::Interaction& i) {
      return consumer::with_query_parameter_v1(i, *n, index, v);
    });
  });
}

PACT_FFI_EXPORT bool pactffi_add_interaction_reference(InteractionHandle interaction, const char* group,
                                                       const char* name, const char* value) {
  return guarded(false, [&] {
    const auto g = optional_str(group);
    if (!g) fail("group is not valid (NULL or non-UTF-8)");
    const auto n = optional_str(name);
    if (!n) fail("name is not valid (NULL or non-UTF-8)");
    const auto v = optional_str(value);
    if (!v) fail("value is not valid (NULL or non-UTF-8)");
    return try_update_interaction(interaction, WhenLocked::Apply, [&](model::Interaction& i) {
      consumer::add_interaction_reference(i, *g, *n, *v);
      return support::Status(support::Unit{});
    });
  });
}

// Header section "Consumer DSL: messages, other bodies, rules and
// generators": the two checks a synchronous-message consumer test can run.
#include <optional>
#include <string>

#include "consumer/sync_message_checks.hpp"
#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/interaction_access.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;

PACT_FFI_EXPORT char* pactffi_sync_message_generate_contents(InteractionHandle interaction) {
  return guarded<char*>(nullptr, [&]() -> char* {
    std::optional<support::Result<std::string>> generated;
    const bool found = read_interaction(
        interaction, [&](const model::Interaction& i) { generated.emplace(consumer::generated_sync_message(i)); });
    if (!found) return nullptr;
    if (!generated->ok()) fail(generated->error());
    return hand_over_string(generated->value());
  });
}

PACT_FFI_EXPORT char* pactffi_sync_message_match_response_contents(InteractionHandle interaction, size_t index,
                                                                   const char* content_type, const char* contents) {
  return guarded<char*>(nullptr, [&]() -> char* {
    if (contents == nullptr || !optional_str(contents)) fail("contents is NULL or not valid UTF-8");
    const auto type = optional_str(content_type);
    std::optional<support::Result<std::vector<matching::Mismatch>>> result;
    const bool found = read_interaction(interaction, [&](const model::Interaction& i) {
      result.emplace(consumer::match_sync_response(i, index, type, contents));
    });
    if (!found) return nullptr;
    if (!result->ok()) {
      set_last_error(result->error().message);
      return nullptr;
    }
    return hand_over_string(json::write(matching::to_json(result->value())));
  });
}

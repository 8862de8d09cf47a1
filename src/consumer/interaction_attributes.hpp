#pragma once
// Builder operations on what every interaction has: description, provider
// states, key, pending flag and comments (pact-file-format.md §6, §12.1).

#include <optional>
#include <string>
#include <string_view>

#include "model/interaction.hpp"
#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::consumer {

/// Appends a provider state with `params` (ffi: given, given_with_params).
void add_provider_state(model::Interaction& interaction, std::string name, json::object params = {});

/// Sets parameter `param` of the first state named `state`, creating that
/// state when missing (ffi: given_with_param). `value` is JSON text or, when
/// it does not parse, a plain string.
void set_provider_state_param(model::Interaction& interaction, std::string_view state, std::string param,
                              std::string_view value);

/// Params for given_with_params: a JSON object as is; any other JSON value
/// under the key "value". Error when the text is not JSON.
support::Result<json::object> provider_state_params(std::string_view json_text);

/// Sets comments[key] to `value` parsed as JSON (a plain string when it
/// does not parse); no value removes the key.
void set_comment(model::Interaction& interaction, std::string_view key, std::optional<std::string_view> value);

/// Appends to comments["text"], turning it into an array when it is not one.
void add_text_comment(model::Interaction& interaction, std::string_view comment);

/// Records comments["testname"]; V4 interactions only, which is every
/// interaction of the model, so this cannot fail.
void set_test_name(model::Interaction& interaction, std::string_view test_name);

}  // namespace pact::consumer

#pragma once
// Provider-state change calls (verifier.md §6): one POST per provider state
// to the state-change URL, before (setup) and after (teardown) each
// interaction, with retries on 5xx/408/429.

#include <string>
#include <string_view>
#include <vector>

#include "model/provider_state.hpp"
#include "support/json.hpp"
#include "support/result.hpp"
#include "verifier/config.hpp"
#include "verifier/http_client.hpp"

namespace pact::verifier {

enum class StateAction { Setup, Teardown };

/// The request for one state change: a JSON body {"action","params","state"}
/// or, in query mode, the same as sorted query parameters.
OutboundRequest state_change_request(const StateChange& endpoint, const model::ProviderState& state,
                                     StateAction action, const HeaderList& custom_headers);

/// Makes the call for `state`, retrying as configured. On a 2xx answer,
/// returns the values of a JSON object body (empty otherwise); any other
/// outcome is an error naming the state and the cause.
support::Result<json::object> change_state(HttpClient& client, const StateChange& endpoint,
                                           const model::ProviderState& state, StateAction action,
                                           const HeaderList& custom_headers);

/// The states to call for an interaction: its provider states, or one
/// unnamed state when it has none (trap 5).
std::vector<model::ProviderState> states_to_change(const std::vector<model::ProviderState>& states);

}  // namespace pact::verifier

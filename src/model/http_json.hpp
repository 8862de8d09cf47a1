#pragma once
// Headers, query and provider states as pact files hold them
// (pact-file-format.md §6, §8, §9).

#include <optional>
#include <vector>

#include "model/http.hpp"
#include "model/provider_state.hpp"
#include "model/spec_version.hpp"
#include "support/json.hpp"

namespace pact::model {

/// Reads a "headers" value of any version: strings split only for
/// multi-value headers, arrays one value per item, other values as JSON text.
Headers read_headers(const json::value& value);

/// V4: name -> array of values.
json::object write_headers_v4(const Headers& headers);
/// V1-V3: name -> values joined with ", ".
json::object write_headers_v3(const Headers& headers);

/// Reads a "query" value. The string form is read for every version; the
/// object form only for V3/V4 (ignored, i.e. nullopt, for older versions).
/// An empty string gives nullopt.
std::optional<Query> read_query(const json::value& value, SpecVersion version);

/// V3/V4 object form: name -> array of values, null for an absent value.
json::object write_query_v3(const Query& query);

/// Reads provider states from an interaction object (§6): "providerStates"
/// if present (non-array = none), else "providerState", else "provider_state".
std::vector<ProviderState> read_provider_states(const json::object& interaction);

/// V3/V4 "providerStates" array (params omitted when empty).
json::array write_provider_states(const std::vector<ProviderState>& states);

}  // namespace pact::model

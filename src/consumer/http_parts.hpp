#pragma once
// The builder operations on the HTTP parts of an interaction: request line,
// headers, query, body and status, with integration JSON turned into
// matching rules and generators (integration-json.md §5, §9).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/interaction.hpp"
#include "support/result.hpp"

namespace pact::consumer {

/// Which side of an interaction a call changes; values of the C enum
/// InteractionPart.
enum class Part { Request = 0, Response = 1 };

/// Sets method and path; `path` may be integration JSON (§9.2).
support::Status with_request(model::Interaction& interaction, std::string_view method, std::string_view path);

/// Sets the value at `index` of header `name`; `value` may be integration
/// JSON; an absent value is "" (§9.4).
support::Status with_header(model::Interaction& interaction, Part part, std::string_view name, std::size_t index,
                            std::optional<std::string_view> value);

/// Replaces every value of header `name` by `value`, literally.
support::Status set_header(model::Interaction& interaction, Part part, std::string_view name, std::string_view value);

/// Sets the value at `index` of query parameter `name`; `value` may be
/// integration JSON; an absent value is a parameter without '=' (§9.3).
support::Status with_query_parameter(model::Interaction& interaction, std::string_view name, std::size_t index,
                                     std::optional<std::string_view> value);

/// Sets the body of `part` (§5): integration JSON for JSON content types,
/// raw text otherwise; adds a Content-Type header when none is set.
support::Status with_body(model::Interaction& interaction, Part part, std::optional<std::string_view> content_type,
                          std::string_view body);

/// Sets the response status.
support::Status response_status(model::Interaction& interaction, std::uint16_t status);

/// Sets the response status from text that may be integration JSON (§9.5);
/// text that is not a number gives status 0, as the reference does.
support::Status response_status_text(model::Interaction& interaction, std::string_view status);

}  // namespace pact::consumer

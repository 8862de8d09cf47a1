#pragma once
// The ProviderState generator's expression evaluation and dataType
// conversion (generators.md §9).

#include <cstdint>
#include <string>
#include <string_view>

#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::generators {

/// The dataType attribute (§3): read case-insensitively, anything else RAW.
enum class DataType { Raw, String, Integer, Decimal, Boolean };
DataType data_type_from(std::string_view text);

/// Evaluates `${name}` placeholders (or a bare key) against `context`; a
/// "providerState" object inside it replaces the whole context (§9.1, §9.2).
/// A single placeholder returns the context value as is.
support::Result<json::value> evaluate_expression(std::string_view expression, const json::object& context);

/// dataType conversion for JSON targets (§9.3 table).
support::Result<json::value> convert_json(const json::value& value, DataType type);

/// dataType conversion rendered for string targets (§9.3, last paragraph).
support::Result<std::string> convert_text(const json::value& value, DataType type);

/// Status-target conversion (§9.3): null 0, bool 1/0, number cast to 16 bits,
/// string parsed.
support::Result<std::uint16_t> convert_status(const json::value& value, DataType type);

}  // namespace pact::generators

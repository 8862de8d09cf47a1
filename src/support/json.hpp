#pragma once
// The one place that names the JSON library (CONVENTIONS.md §2.4). Core code
// uses pact::json::* and the canonical writer below, so that a swap of the
// JSON library touches only this header and json.cpp.
//
// Boost.JSON keeps the lexical kind of numbers (int64 / uint64 / double),
// which Pact needs: 100 and 100.0 are different values for matching
// (pact-file-format.md §1, trap 2).

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "support/result.hpp"

namespace pact::json {

using boost::json::array;
using boost::json::kind;
using boost::json::object;
using boost::json::string;
using boost::json::value;

/// How the canonical writer lays out text.
enum class Layout {
  Compact,  ///< no whitespace: {"a":1,"b":[1,2]}
  Pretty,   ///< 2-space indent, "key": value, one member per line (pact files)
};

/// Serialises with every object's keys sorted byte-wise, raw UTF-8 (only '"',
/// '\\' and control characters escaped), and floats in shortest round-trip
/// form that always keeps a fraction or exponent (100.0, 1.5, 1e-7). This is
/// the reference's serde_json output, so pact files and mismatch reports are
/// deterministic (pact-file-format.md §1).
std::string write(const value& v, Layout layout = Layout::Compact);

/// Formats a double the way `write` does (shortest round trip, keeps ".0").
std::string format_double(double d);

/// Parses JSON text. The error message is one line.
support::Result<value> parse(std::string_view text);

/// Parses JSON text, or nothing when it is not valid JSON.
std::optional<value> try_parse(std::string_view text);

/// Text of a JSON string value, or nullptr when `v` is not a string.
inline const string* as_string(const value& v) { return v.if_string(); }

/// The member `key` of an object value, or nullptr.
const value* find(const value& v, std::string_view key);

/// Renders a value as text the way the reference turns JSON into strings
/// for headers, query values and the like: strings unquoted, everything
/// else as compact JSON, null as "".
std::string to_plain_string(const value& v);

}  // namespace pact::json

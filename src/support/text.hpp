#pragma once
// ASCII text helpers shared by every layer: HTTP names, MIME types and rule
// names compare case-insensitively in ASCII only, whatever the locale.

#include <string>
#include <string_view>

namespace pact::support {

/// `text` with ASCII letters lower-cased.
std::string ascii_lower(std::string_view text);

/// Equal ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b) noexcept;

/// `text` without leading and trailing ASCII whitespace (space, tab, CR, LF,
/// VT, FF).
std::string_view trim(std::string_view text) noexcept;

/// How rust_debug_quoted writes control characters: as Rust's `{:?}` of a
/// `str` ("\0", "\u{1b}") or of the byte strings in request dumps ("\x1b").
enum class DebugStyle { Str, Bytes };

/// Rust's `{:?}` of a string, which reference messages embed: quoted, with
/// quotes, backslashes and control characters escaped ("a\"b", "\u{1b}").
std::string rust_debug_quoted(std::string_view text, DebugStyle style = DebugStyle::Str);

}  // namespace pact::support

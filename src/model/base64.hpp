#pragma once
// Standard base64 (RFC 4648 §4, with padding) for bodies the pact files carry
// as text: binary contents and JSON that does not parse (pact-file-format.md §10).

#include <optional>
#include <string>
#include <string_view>

namespace pact::model {

/// Encodes bytes as base64 with '=' padding.
std::string base64_encode(std::string_view bytes);

/// Decodes base64 text (padding optional, no whitespace); nothing when the
/// text is not base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace pact::model

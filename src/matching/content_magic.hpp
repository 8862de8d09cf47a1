#pragma once
// Content type of raw bytes from their leading "magic" bytes, for the
// ContentType rule (matching-rules.md §13.5).

#include <string>
#include <string_view>

namespace pact::matching {

/// The detected MIME type ("image/png", "application/pdf", ...). Bytes with
/// no known signature fall back to the pact text detection
/// (pact-file-format.md §10.4): "application/json", "text/plain", ...; bytes
/// that are neither give "application/octet-stream".
std::string detect_magic_content_type(std::string_view bytes);

}  // namespace pact::matching

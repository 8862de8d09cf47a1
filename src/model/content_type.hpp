#pragma once
// MIME content types: parsing, the normalised text the reference writes,
// classification (pact-file-format.md §10.5) and detection from the first
// characters of a body (§10.4).

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pact::model {

struct Body;
struct Headers;
struct MessageContents;

struct ContentType {
  std::string main_type;   ///< lower case, e.g. "application"
  std::string sub_type;    ///< lower case, e.g. "json" or "vnd.api+json"
  std::vector<std::pair<std::string, std::string>> params;  ///< names lower case

  /// "type/subtype;name=value" with no spaces, charset value lower case,
  /// parameters sorted (pact-file-format.md trap 16).
  std::string to_string() const;
  /// "type/subtype" only.
  std::string base() const { return main_type + "/" + sub_type; }

  bool is_json() const noexcept;
  bool is_xml() const noexcept;
  bool is_text() const noexcept;
  bool is_binary() const noexcept;
  bool is_unknown() const noexcept;   ///< "*" main or sub type
  bool is_form_urlencoded() const noexcept;
  bool is_multipart() const noexcept;
};

/// Parses "type/subtype; param=value"; nothing when it is not a MIME type.
std::optional<ContentType> parse_content_type(std::string_view text);

/// Detects the content type of text from its first characters: XML, HTML,
/// JSON or text/plain (pact-file-format.md §10.4). For bytes only the first
/// 32 bytes are looked at; bytes that are not UTF-8 give nothing.
std::optional<ContentType> detect_content_type(std::string_view bytes);

/// The content type that applies to a body: its own, else the first
/// Content-Type header value, else detected from the bytes.
std::optional<ContentType> effective_content_type(const Body& body, const Headers* headers);

/// The content type of message contents (matching-rules.md §10.1): the
/// body's own, else the "contentType"/"content-type" metadata entry (key in
/// any case), else detected from the bytes. The one implementation the codec,
/// the matcher and the consumer checks share.
std::optional<ContentType> message_content_type(const MessageContents& message);

}  // namespace pact::model

#include "model/content_type.hpp"

#include <algorithm>
#include <cctype>

#include "model/body.hpp"
#include "model/http.hpp"
#include "model/message.hpp"
#include "support/text.hpp"
#include "support/utf8.hpp"

namespace pact::model {
namespace {

// RFC 7230 token characters: what a MIME type/subtype may contain.
bool is_token(std::string_view s) noexcept {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isalnum(c) || std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
  });
}

bool starts_with_icase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && support::ascii_lower(text.substr(0, prefix.size())) == prefix;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The JSON-looking prefixes of pact-file-format.md §10.4 step 4:
// true|false|null|[0-9]+|"\w*|\{\s*(}|"\w+)|\[\s*
bool looks_like_json(std::string_view s) {
  if (s.starts_with("true") || s.starts_with("false") || s.starts_with("null")) return true;
  if (!s.empty() && std::isdigit(static_cast<unsigned char>(s.front()))) return true;
  if (s.starts_with("\"")) {
    // "\w*: a quote followed by word characters up to the end of the sample or another character;
    // the regex matches even with zero word characters.
    return true;
  }
  if (s.starts_with("[")) return true;
  if (s.starts_with("{")) {
    auto rest = support::trim(s.substr(1));
    if (rest.starts_with("}")) return true;
    return rest.size() >= 2 && rest.front() == '"' && is_word_char(rest[1]);
  }
  return false;
}

}  // namespace

std::string ContentType::to_string() const {
  std::string out = main_type + "/" + sub_type;
  auto sorted = params;
  std::sort(sorted.begin(), sorted.end());
  for (const auto& [name, value] : sorted) {
    out += ";" + name + "=" + value;
  }
  return out;
}

bool ContentType::is_json() const noexcept {
  return main_type == "application" &&
         (sub_type.starts_with("json") || sub_type.ends_with("+json") || sub_type == "graphql");
}

bool ContentType::is_xml() const noexcept {
  return (main_type == "application" || main_type == "text") && (sub_type == "xml" || sub_type.ends_with("+xml"));
}

bool ContentType::is_form_urlencoded() const noexcept {
  return main_type == "application" && sub_type == "x-www-form-urlencoded";
}

bool ContentType::is_multipart() const noexcept { return main_type == "multipart"; }

bool ContentType::is_text() const noexcept {
  return main_type == "text" || is_xml() || is_json() || is_form_urlencoded();
}

bool ContentType::is_unknown() const noexcept { return main_type == "*" || sub_type == "*"; }

bool ContentType::is_binary() const noexcept {
  if (main_type == "text") return false;
  if (main_type == "audio" || main_type == "font" || main_type == "image" || main_type == "video") return true;
  return !is_text();
}

std::optional<ContentType> parse_content_type(std::string_view text) {
  const auto semi = text.find(';');
  const auto essence = support::trim(text.substr(0, semi));
  const auto slash = essence.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  ContentType ct;
  ct.main_type = support::ascii_lower(support::trim(essence.substr(0, slash)));
  ct.sub_type = support::ascii_lower(support::trim(essence.substr(slash + 1)));
  if (!is_token(ct.main_type) || !is_token(ct.sub_type)) return std::nullopt;
  std::string_view rest = semi == std::string_view::npos ? std::string_view{} : text.substr(semi + 1);
  while (!rest.empty()) {
    const auto next = rest.find(';');
    const auto param = support::trim(rest.substr(0, next));
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next + 1);
    if (param.empty()) continue;
    const auto eq = param.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    std::string name = support::ascii_lower(support::trim(param.substr(0, eq)));
    std::string value(support::trim(param.substr(eq + 1)));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (!is_token(name)) return std::nullopt;
    if (name == "charset") value = support::ascii_lower(value);
    ct.params.emplace_back(std::move(name), std::move(value));
  }
  return ct;
}

std::optional<ContentType> detect_content_type(std::string_view bytes) {
  auto sample = bytes.substr(0, 32);
  if (!support::is_valid_utf8(sample)) return std::nullopt;
  const auto s = support::trim(sample);
  const auto make = [](const char* main, const char* sub) { return ContentType{main, sub, {}}; };
  if (s.starts_with("<?xml")) {
    auto rest = support::trim(s.substr(5));
    if (rest.starts_with("version")) return make("application", "xml");
  }
  if (starts_with_icase(s, "<!doctype") || starts_with_icase(sample, "<html>")) return make("text", "html");
  if (s.size() >= 2 && s.front() == '<' && is_word_char(s[1])) return make("application", "xml");
  if (looks_like_json(s)) return make("application", "json");
  return make("text", "plain");
}

std::optional<ContentType> effective_content_type(const Body& body, const Headers* headers) {
  if (!body.content_type.empty()) {
    if (auto ct = parse_content_type(body.content_type)) return ct;
  }
  if (headers != nullptr) {
    if (const auto* values = headers->find("Content-Type"); values != nullptr && !values->empty()) {
      // A split header value is re-joined: "application/json; charset=utf-8" is one type.
      std::string joined;
      for (const auto& v : *values) joined += (joined.empty() ? "" : ";") + v;
      if (auto ct = parse_content_type(joined)) return ct;
    }
  }
  if (body.is_present()) return detect_content_type(body.bytes);
  return std::nullopt;
}

std::optional<ContentType> message_content_type(const MessageContents& message) {
  if (!message.contents.content_type.empty()) {
    if (auto ct = parse_content_type(message.contents.content_type)) return ct;
  }
  for (const auto& kv : message.metadata) {
    std::string key(kv.key());
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if ((key == "contenttype" || key == "content-type") && kv.value().is_string()) {
      if (auto ct = parse_content_type(kv.value().get_string())) return ct;
    }
  }
  if (message.contents.is_present()) return detect_content_type(message.contents.bytes);
  return std::nullopt;
}

}  // namespace pact::model

#include "support/text.hpp"

#include <algorithm>

namespace pact::support {
namespace {

char lower_char(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

}  // namespace

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), lower_char);
  return out;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower_char(x) == lower_char(y); });
}

std::string_view trim(std::string_view text) noexcept {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string rust_debug_quoted(std::string_view text, DebugStyle style) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c == 0 && style == DebugStyle::Str) {
          out += "\\0";
        } else if (c < 0x20 || c == 0x7f) {
          if (style == DebugStyle::Bytes) {
            out += "\\x";
            out.push_back(kHex[c >> 4]);
          } else {
            out += "\\u{";
            if (c >= 0x10) out.push_back(kHex[c >> 4]);
          }
          out.push_back(kHex[c & 0xF]);
          if (style == DebugStyle::Str) out += "}";
        } else {
          out.push_back(ch);
        }
    }
  }
  out += "\"";
  return out;
}

}  // namespace pact::support

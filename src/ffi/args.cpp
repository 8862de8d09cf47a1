#include "ffi/args.hpp"

#include <string>

#include "ffi/guard.hpp"
#include "support/utf8.hpp"

namespace pact::ffi {

std::string_view required_str(const char* value, std::string_view name) {
  if (value == nullptr) fail(std::string(name) + " is null");
  std::string_view text(value);
  if (!support::is_valid_utf8(text)) fail("error parsing " + std::string(name) + " as UTF-8");
  return text;
}

std::optional<std::string_view> optional_str(const char* value) {
  if (value == nullptr) return std::nullopt;
  std::string_view text(value);
  if (!support::is_valid_utf8(text)) return std::nullopt;
  return text;
}

std::optional<std::string_view> non_empty_str(const char* value) {
  auto text = optional_str(value);
  if (text && text->empty()) return std::nullopt;
  return text;
}

}  // namespace pact::ffi

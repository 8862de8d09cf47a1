#include "ffi/ownership.hpp"

#include "ffi/guard.hpp"

namespace pact::ffi {

char* hand_over_string(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) fail("string contains an interior NUL byte");
  auto buffer = std::make_unique<char[]>(text.size() + 1);
  // An empty view may have a null data pointer, which memcpy must not get.
  if (!text.empty()) std::memcpy(buffer.get(), text.data(), text.size());
  buffer[text.size()] = '\0';
  return buffer.release();
}

void take_back_string(char* text) noexcept {
  std::unique_ptr<char[]> reclaimed(text);
}

}  // namespace pact::ffi

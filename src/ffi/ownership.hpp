#pragma once
// The two ownership points of the ABI (CONVENTIONS.md §1.4): memory that
// crosses to the caller is created only here and reclaimed only here.

#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace pact::ffi {

/// A NUL-terminated copy of `text` that the caller releases with
/// pactffi_string_delete. Text with an interior NUL cannot be handed over.
char* hand_over_string(std::string_view text);

/// Reclaims a string from hand_over_string; NULL is a no-op.
void take_back_string(char* text) noexcept;

/// Hands an owned object to the caller as a raw pointer.
template <typename T>
T* hand_over(std::unique_ptr<T> object) noexcept {
  return object.release();
}

/// Reclaims an object from hand_over; NULL is a no-op.
template <typename T>
std::unique_ptr<T> take_back(T* object) noexcept {
  return std::unique_ptr<T>(object);
}

}  // namespace pact::ffi

#pragma once
#include <string>

#include "ffi/guard.hpp"

namespace pact::ffi {

template <typename E>
E checked_enum(int value, int min, int max, std::string_view name) {
  if (value < min || value > max) {
    fail(std::string(name) + " has an out-of-range value " + std::to_string(value));
  }
  return static_cast<E>(value);
}

}  // namespace pact::ffi

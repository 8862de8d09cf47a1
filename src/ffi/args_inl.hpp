#pragma once
#include <cstring>
#include <string>

#include "ffi/guard.hpp"

namespace pact::ffi {

template <typename C>
int raw_enum(const C& argument) noexcept {
  static_assert(sizeof(C) == sizeof(int), "C enums are int-sized");
  int raw = 0;
  std::memcpy(&raw, &argument, sizeof raw);
  return raw;
}

template <typename E>
E checked_enum(int value, int min, int max, std::string_view name) {
  if (value < min || value > max) {
    fail(std::string(name) + " has an out-of-range value " + std::to_string(value));
  }
  return static_cast<E>(value);
}

}  // namespace pact::ffi

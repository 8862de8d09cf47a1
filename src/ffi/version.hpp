#pragma once
// The reference ABI version this library matches; clients check it.

namespace pact::ffi {
inline constexpr const char* kAbiVersion = "0.5.12";
}  // namespace pact::ffi

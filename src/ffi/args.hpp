#pragma once
// The reference reads C strings in several styles (ffi-conventions.md §5).
// Each style is one named helper here, building the reference's messages from
// the C parameter name, so adapters never open-code NULL/UTF-8 checks.

#include <cstdint>
#include <optional>
#include <string_view>

namespace pact::ffi {

/// "required" (safe_str!): NULL -> FfiError "<name> is null"; invalid UTF-8
/// -> FfiError "error parsing <name> as UTF-8".
std::string_view required_str(const char* value, std::string_view name);

/// "optional" (convert_cstr): NULL or invalid UTF-8 -> nothing.
std::optional<std::string_view> optional_str(const char* value);

/// "optional, empty means absent": NULL, "" or invalid UTF-8 -> nothing.
std::optional<std::string_view> non_empty_str(const char* value);

/// The bits of a C enum argument as an int. Clients may pass any int; in C++
/// loading an out-of-range value through the enum type is undefined, so the
/// argument is only ever read through this (by address, with memcpy).
template <typename C>
int raw_enum(const C& argument) noexcept;

/// A raw enum value checked against its range; out of range -> FfiError.
template <typename E>
E checked_enum(int value, int min, int max, std::string_view name);

}  // namespace pact::ffi

#include "ffi/args_inl.hpp"

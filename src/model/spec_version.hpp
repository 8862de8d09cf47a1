#pragma once
// Pact specification versions, with the numeric values of the C enum
// PactSpecification (ffi-conventions.md §11).

#include <optional>
#include <string_view>

namespace pact::model {

enum class SpecVersion : int { Unknown = 0, V1 = 1, V1_1 = 2, V2 = 3, V3 = 4, V4 = 5 };

/// The version string written to metadata.pactSpecification.version
/// ("1.0.0", "1.1.0", "2.0.0", "3.0.0", "4.0"); empty for Unknown.
std::string_view spec_version_string(SpecVersion v) noexcept;

/// Lenient parse of a version string ("3", "3.0", "4.0") as the reference's
/// reader does (pact-file-format.md §2).
SpecVersion parse_spec_version(std::string_view text) noexcept;

/// The enum for an integer from the C ABI, or nothing when out of range.
std::optional<SpecVersion> spec_version_from_int(int value) noexcept;

}  // namespace pact::model

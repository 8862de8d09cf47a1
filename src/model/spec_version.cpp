#include "model/spec_version.hpp"

#include <charconv>

namespace pact::model {

std::string_view spec_version_string(SpecVersion v) noexcept {
  switch (v) {
    case SpecVersion::V1: return "1.0.0";
    case SpecVersion::V1_1: return "1.1.0";
    case SpecVersion::V2: return "2.0.0";
    case SpecVersion::V3: return "3.0.0";
    case SpecVersion::V4: return "4.0";
    case SpecVersion::Unknown: break;
  }
  return {};
}

SpecVersion parse_spec_version(std::string_view text) noexcept {
  // Lenient semver: "3", "3.0", "3.0.0", "4.0" (pact-file-format.md §2).
  int major = -1;
  int minor = 0;
  const char* p = text.data();
  const char* end = text.data() + text.size();
  auto r = std::from_chars(p, end, major);
  if (r.ec != std::errc{}) return SpecVersion::Unknown;
  if (r.ptr != end) {
    if (*r.ptr != '.') return SpecVersion::Unknown;
    auto r2 = std::from_chars(r.ptr + 1, end, minor);
    if (r2.ec != std::errc{}) return SpecVersion::Unknown;
  }
  switch (major) {
    case 1: return minor == 1 ? SpecVersion::V1_1 : SpecVersion::V1;
    case 2: return SpecVersion::V2;
    case 3: return SpecVersion::V3;
    case 4: return SpecVersion::V4;
    default: return SpecVersion::Unknown;
  }
}

std::optional<SpecVersion> spec_version_from_int(int value) noexcept {
  if (value < 0 || value > 5) return std::nullopt;
  return static_cast<SpecVersion>(value);
}

}  // namespace pact::model

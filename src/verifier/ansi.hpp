#pragma once
// ANSI colours as the reference's terminal output uses them (ansi_term): a
// painted span is the SGR code, the text and a reset.

#include <string>
#include <string_view>

namespace pact::verifier::ansi {

inline constexpr std::string_view kBold = "\x1b[1m";
inline constexpr std::string_view kRed = "\x1b[31m";
inline constexpr std::string_view kGreen = "\x1b[32m";
inline constexpr std::string_view kYellow = "\x1b[33m";
inline constexpr std::string_view kReset = "\x1b[0m";

inline std::string painted(std::string_view code, std::string_view text) {
  std::string out(code);
  out += text;
  out += kReset;
  return out;
}

}  // namespace pact::verifier::ansi

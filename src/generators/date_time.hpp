#pragma once
// Local date/time values for the Date, Time and DateTime generators
// (generators.md §8): a calendar day, a time of day and the UTC offset they
// are local to, plus output with Java date-format pattern letters (§8.2).

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "support/result.hpp"

namespace pact::generators {

struct LocalDateTime {
  std::chrono::sys_days date{};              ///< the local calendar day
  std::chrono::nanoseconds time_of_day{};    ///< in [0, 24h)
  std::chrono::seconds offset{};             ///< local time minus UTC

  /// The local wall time of `instant` at `offset`.
  static LocalDateTime at(std::chrono::system_clock::time_point instant, std::chrono::seconds offset);

  /// Adds an exact duration, carrying into the date.
  void add(std::chrono::nanoseconds d);
  /// True while the year stays within what the generators support (±9999).
  bool in_range() const;
};

/// The local zone's offset at `instant` (the process's time zone).
std::chrono::seconds local_utc_offset(std::chrono::system_clock::time_point instant);

/// Parses an RFC 3339 date-time ("2000-01-01T10:00:00Z",
/// "2000-01-01T10:00:00.5+11:00"); the offset becomes the value's offset.
support::Result<LocalDateTime> parse_rfc3339(std::string_view text);

/// What a pattern is used for: a `Date` generator may not use time letters
/// (generators.md §8.2, the reference formats a bare date and fails).
enum class PatternUse { Date, Time, DateTime };

/// Formats `value` with a Java date-format pattern (§8.2 letter table,
/// quoted literals, '' for a quote). An unknown letter, an unclosed quote, an
/// unsupported fraction width or a time letter in a Date pattern is an
/// error "Error parsing '<pattern>': <reason>".
support::Result<std::string> format_java(std::string_view pattern, const LocalDateTime& value,
                                         PatternUse use = PatternUse::DateTime);

}  // namespace pact::generators

#include "generators/date_time.hpp"

#include <array>
#include <cstdio>
#include <ctime>

namespace pact::generators {
namespace {

using namespace std::chrono;
using support::ErrorCategory;
using support::make_error;

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                  "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};

std::string pad(long long value, int width) {
  char buf[32];
  if (value < 0) {
    std::snprintf(buf, sizeof buf, "-%0*lld", width, -value);
  } else {
    std::snprintf(buf, sizeof buf, "%0*lld", width, value);
  }
  return buf;
}

std::string offset_text(seconds offset, bool colon) {
  const auto total = offset.count();
  const char sign = total < 0 ? '-' : '+';
  const long long minutes = (total < 0 ? -total : total) / 60;
  return sign + pad(minutes / 60, 2) + (colon ? ":" : "") + pad(minutes % 60, 2);
}

bool is_time_letter(char c) {
  return std::string_view("aHkhKmsSnANzVZxX").find(c) != std::string_view::npos;
}

// One run of a pattern letter (e.g. "MMM"), rendered per generators.md §8.2.
support::Result<std::string> format_letter(char letter, std::size_t count, const LocalDateTime& v) {
  const year_month_day ymd{v.date};
  const auto y = static_cast<int>(ymd.year());
  const auto month = static_cast<unsigned>(ymd.month());
  const weekday wd{v.date};
  const auto hms = hh_mm_ss<nanoseconds>(v.time_of_day);
  const auto hour = hms.hours().count();
  const auto nanos = hms.subseconds().count();
  switch (letter) {
    case 'G': return std::string("AD");
    case 'y':
    case 'u':
    case 'Y': return count == 2 ? pad(((y % 100) + 100) % 100, 2) : pad(y, 4);
    case 'M':
      if (count <= 2) return pad(month, 2);
      if (count == 3) return std::string(kMonths[month - 1]).substr(0, 3);
      return std::string(kMonths[month - 1]);
    case 'L': return pad(month, 2);
    case 'd': return pad(static_cast<unsigned>(ymd.day()), 2);
    case 'D': {
      const auto yday = (v.date - sys_days{ymd.year() / January / 1}).count() + 1;
      return pad(yday, 3);
    }
    case 'w': {
      // strftime %U: weeks starting on Sunday, days before the first Sunday are week 0.
      const auto yday = (v.date - sys_days{ymd.year() / January / 1}).count();
      return pad((yday + 7 - wd.c_encoding()) / 7, 2);
    }
    case 'W':
    case 'F':
    case 'Q':
    case 'q':
    case 'A':
    case 'N': return std::string();
    case 'E': return count <= 3 ? std::string(kWeekdays[wd.c_encoding()]).substr(0, 3) : std::string(kWeekdays[wd.c_encoding()]);
    case 'e':
    case 'c': return std::to_string(wd.iso_encoding());
    case 'a': return std::string(hour < 12 ? "AM" : "PM");
    case 'H':
    case 'k': return pad(hour, 2);
    case 'h':
    case 'K': return pad(hour % 12 == 0 ? 12 : hour % 12, 2);
    case 'm': return pad(hms.minutes().count(), 2);
    case 's': return pad(hms.seconds().count(), 2);
    case 'S':
      if (count <= 3) return pad(nanos / 1'000'000, 3);
      if (count == 6) return pad(nanos / 1'000, 6);
      if (count == 9) return pad(nanos, 9);
      return make_error(ErrorCategory::Parse, "unsupported fraction width " + std::to_string(count));
    case 'n': return pad(nanos, 9);
    case 'z':
    case 'V':
    case 'x':
    case 'X': return offset_text(v.offset, true);
    case 'Z': return offset_text(v.offset, false);
    default: return make_error(ErrorCategory::Parse, std::string("unknown pattern letter '") + letter + "'");
  }
}

bool digits(std::string_view text, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > text.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

LocalDateTime LocalDateTime::at(system_clock::time_point instant, seconds offset) {
  const auto local = time_point_cast<nanoseconds>(instant) + offset;
  LocalDateTime v;
  v.date = floor<days>(local);
  v.time_of_day = local - v.date;
  v.offset = offset;
  return v;
}

void LocalDateTime::add(nanoseconds d) {
  const auto total = time_of_day + d;
  const auto whole_days = floor<days>(total);
  date += whole_days;
  time_of_day = total - whole_days;
}

bool LocalDateTime::in_range() const {
  const auto y = static_cast<int>(year_month_day{date}.year());
  return y >= -9999 && y <= 9999;
}

seconds local_utc_offset(system_clock::time_point instant) {
  const std::time_t t = system_clock::to_time_t(instant);
  std::tm tm{};
  if (localtime_r(&t, &tm) == nullptr) return seconds{0};
  return seconds{tm.tm_gmtoff};
}

support::Result<LocalDateTime> parse_rfc3339(std::string_view text) {
  const auto bad = [&] { return make_error(ErrorCategory::Parse, "invalid RFC 3339 date-time '" + std::string(text) + "'"); };
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!digits(text, 0, 4, y) || text.size() < 19 || text[4] != '-' || !digits(text, 5, 2, mo) || text[7] != '-' ||
      !digits(text, 8, 2, d) || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || !digits(text, 11, 2, h) ||
      text[13] != ':' || !digits(text, 14, 2, mi) || text[16] != ':' || !digits(text, 17, 2, s)) {
    return bad();
  }
  std::size_t pos = 19;
  long long nanos = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int width = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (width < 9) nanos = nanos * 10 + (text[pos] - '0'), ++width;
      ++pos;
    }
    if (width == 0) return bad();
    for (; width < 9; ++width) nanos *= 10;
  }
  seconds offset{0};
  if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
    ++pos;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    int oh = 0, om = 0;
    if (!digits(text, pos + 1, 2, oh) || pos + 3 >= text.size() || text[pos + 3] != ':' || !digits(text, pos + 4, 2, om)) return bad();
    offset = hours{oh} + minutes{om};
    if (text[pos] == '-') offset = -offset;
    pos += 6;
  } else {
    return bad();
  }
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (pos != text.size() || !ymd.ok() || h > 23 || mi > 59 || s > 60) return bad();
  LocalDateTime v;
  v.date = sys_days{ymd};
  v.time_of_day = hours{h} + minutes{mi} + seconds{std::min(s, 59)} + nanoseconds{nanos};
  v.offset = offset;
  return v;
}

support::Result<std::string> format_java(std::string_view pattern, const LocalDateTime& value, PatternUse use) {
  const auto failed = [&](const std::string& why) {
    return make_error(ErrorCategory::Parse, "Error parsing '" + std::string(pattern) + "': " + why);
  };
  if (pattern.empty()) return failed("empty pattern");
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '\'') {
      // Quoted literal; '' inside or outside quotes is one quote.
      if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
        out += '\'';
        i += 2;
        continue;
      }
      ++i;
      bool closed = false;
      while (i < pattern.size()) {
        if (pattern[i] == '\'') {
          if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
            out += '\'';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        out += pattern[i++];
      }
      if (!closed) return failed("unclosed quote");
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      std::size_t count = 1;
      while (i + count < pattern.size() && pattern[i + count] == c) ++count;
      if (use == PatternUse::Date && is_time_letter(c)) {
        return failed(std::string("a date has no time field for '") + c + "'");
      }
      auto text = format_letter(c, count, value);
      if (!text) return failed(text.error().message);
      out += *text;
      i += count;
      continue;
    }
    // Java reserves '{', '}' and '#'; '[' and ']' mark optional sections,
    // which are always printed. Everything else is copied.
    if (std::string_view("{}#").find(c) != std::string_view::npos) {
      return failed(std::string("reserved character '") + c + "'");
    }
    if (c != '[' && c != ']') out += c;
    ++i;
  }
  return out;
}

}  // namespace pact::generators

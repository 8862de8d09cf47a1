// A lexical validator for Java-style date/time patterns (matching-rules.md
// §7.1), mirroring the reference's own validator rather than a real parser.

#include "matching/date_pattern.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace pact::matching {
namespace {

struct Token {
  char letter = 0;      // 0 = literal
  std::size_t count = 0;
  std::string literal;
};

constexpr std::string_view kPatternLetters = "GyuYMLDdQqwWFEecaHkhKmsSnANzVZOxX";

std::size_t max_run(char letter) {
  switch (letter) {
    case 'G': case 'M': case 'L': case 'Q': case 'E': case 'e': case 'Z': case 'x': case 'X': return 5;
    case 'z': case 'O': return 4;
    case 'c': case 'a': return 1;
    case 'd': case 'q': case 'w': case 'W': case 'F': case 'H': case 'k': case 'h': case 'K': case 'm': case 's':
    case 'V': return 2;
    default: return 1000;
  }
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::optional<std::vector<Token>> parse_pattern(std::string_view p) {
  std::vector<Token> tokens;
  auto add_literal = [&](std::string_view text) {
    if (!tokens.empty() && tokens.back().letter == 0) tokens.back().literal += text;
    else tokens.push_back({0, 0, std::string(text)});
  };
  std::size_t i = 0;
  while (i < p.size()) {
    const char c = p[i];
    if (c == '\'') {
      if (i + 1 < p.size() && p[i + 1] == '\'') {  // '' outside quotes = one quote
        add_literal("'");
        i += 2;
        continue;
      }
      std::string text;
      std::size_t j = i + 1;
      bool closed = false;
      while (j < p.size()) {
        if (p[j] == '\'') {
          if (j + 1 < p.size() && p[j + 1] == '\'') {
            text += '\'';
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        text += p[j++];
      }
      if (!closed) return std::nullopt;
      add_literal(text);
      i = j + 1;
    } else if (is_ascii_letter(c)) {
      if (kPatternLetters.find(c) == std::string_view::npos) return std::nullopt;
      std::size_t j = i;
      while (j < p.size() && p[j] == c) ++j;
      const std::size_t count = j - i;
      if (count > max_run(c)) return std::nullopt;
      tokens.push_back({c, count, {}});
      i = j;
    } else if ((c >= '0' && c <= '9') || c == '{' || c == '}' || c == '[' || c == ']' || c == '#') {
      return std::nullopt;
    } else {
      add_literal(std::string_view(&p[i], 1));
      ++i;
    }
  }
  return tokens;
}

constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march", "april", "may", "june",
                                                   "july", "august", "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kDays{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 40> kZones{
    "UTC", "GMT", "UT", "Z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST",
    "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "BST", "IST", "CET", "CEST", "EET", "EEST",
    "WET", "WEST", "MSK", "JST", "KST", "HKT", "SGT", "PHT", "WIB", "SAST", "ART", "BRT"};

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}
  bool done() const { return pos_ >= text_.size(); }
  std::string_view rest() const { return text_.substr(pos_); }

  // 1..max digits (greedy); nothing when no digit.
  std::optional<long> digits(std::size_t min, std::size_t max) {
    std::size_t n = 0;
    long value = 0;
    while (pos_ + n < text_.size() && n < max && std::isdigit(static_cast<unsigned char>(text_[pos_ + n]))) {
      value = value * 10 + (text_[pos_ + n] - '0');
      if (value > 1'000'000'000L) value = 1'000'000'000L;
      ++n;
    }
    if (n < min) return std::nullopt;
    pos_ += n;
    return value;
  }
  bool literal(std::string_view s) {
    if (rest().substr(0, s.size()) != s) return false;
    pos_ += s.size();
    return true;
  }
  bool literal_ci(std::string_view s) {
    if (rest().size() < s.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(text_[pos_ + i])) != std::tolower(static_cast<unsigned char>(s[i]))) return false;
    }
    pos_ += s.size();
    return true;
  }
  // Index of the first name (whole or its first 3 letters) found here.
  template <std::size_t N>
  std::optional<std::size_t> name(const std::array<std::string_view, N>& names, bool short_form) {
    for (std::size_t i = 0; i < N; ++i) {
      if (literal_ci(short_form ? names[i].substr(0, 3) : names[i])) return i;
    }
    return std::nullopt;
  }
  bool sign() {
    if (!done() && (text_[pos_] == '+' || text_[pos_] == '-')) {
      ++pos_;
      return true;
    }
    return false;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

bool in_range(std::optional<long> v, long lo, long hi) { return v && *v >= lo && *v <= hi; }

// Offset hours use the reference's 0-11 hour rule (§7.1: +12:00 fails).
bool offset_hours(Cursor& c, std::size_t min_digits) { return in_range(c.digits(min_digits, 2), 0, 11); }
bool offset_minutes(Cursor& c) { return in_range(c.digits(2, 2), 0, 59); }

// x / X offsets of §7.1 (after an optional literal Z for X).
bool offset_x(Cursor& c, std::size_t count) {
  if (!c.sign()) return false;
  if (!offset_hours(c, 2)) return false;
  switch (count) {
    case 1: {
      Cursor save = c;
      if (!offset_minutes(c)) c = save;
      return true;
    }
    case 2: return offset_minutes(c);
    case 3: return c.literal(":") && offset_minutes(c);
    case 4: {
      if (!offset_minutes(c)) return false;
      Cursor save = c;
      if (!offset_minutes(c)) c = save;
      return true;
    }
    default: {
      if (!c.literal(":") || !offset_minutes(c)) return false;
      Cursor save = c;
      if (!(c.literal(":") && offset_minutes(c))) c = save;
      return true;
    }
  }
}

bool gmt_prefix(Cursor& c) { return c.literal("GMT") || c.literal("UTC"); }

struct Fields {
  std::optional<long> year;
  std::optional<long> month;
  std::optional<long> day;
};

bool leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<std::string> field(Cursor& c, const Token& t, Fields& f) {
  const std::string what(t.count, t.letter);
  const auto fail = [&]() -> std::optional<std::string> { return "'" + std::string(c.rest()) + "' does not match '" + what + "'"; };
  switch (t.letter) {
    case 'G':
      if (c.literal_ci("AD") || c.literal_ci("BC")) return std::nullopt;
      return fail();
    case 'y': case 'u': case 'Y':
      if (auto y = c.digits(1, t.count == 2 ? 2 : std::max<std::size_t>(t.count, 1))) { f.year = *y; return std::nullopt; }
      return fail();
    case 'M':
      if (t.count <= 2) {
        auto m = c.digits(1, 2);
        if (!in_range(m, 1, 12)) return fail();
        f.month = *m;
        return std::nullopt;
      }
      if (auto m = c.name(kMonths, t.count == 3)) { f.month = static_cast<long>(*m) + 1; return std::nullopt; }
      return fail();
    case 'L': {
      auto m = c.digits(1, 2);
      if (!in_range(m, 1, 12)) return fail();
      f.month = *m;
      return std::nullopt;
    }
    case 'D': return in_range(c.digits(1, 3), 1, 356) ? std::nullopt : fail();
    case 'd': {
      auto d = c.digits(1, 2);
      if (!in_range(d, 1, 31)) return fail();
      f.day = *d;
      return std::nullopt;
    }
    case 'Q':
      if (t.count <= 2) return in_range(c.digits(1, 1), 1, 4) ? std::nullopt : fail();
      if (t.count == 3) return (c.literal_ci("Q") && in_range(c.digits(1, 1), 1, 4)) ? std::nullopt : fail();
      for (std::string_view q : {"1st quarter", "2nd quarter", "3rd quarter", "4th quarter"}) {
        if (c.literal_ci(q)) return std::nullopt;
      }
      return fail();
    case 'q': return in_range(c.digits(1, 1), 1, 4) ? std::nullopt : fail();
    case 'w': return in_range(c.digits(1, 2), 1, 56) ? std::nullopt : fail();
    case 'W': return in_range(c.digits(1, 2), 1, 5) ? std::nullopt : fail();
    case 'F': return in_range(c.digits(1, 1), 0, 4) ? std::nullopt : fail();
    case 'E': return c.name(kDays, t.count <= 3) ? std::nullopt : fail();
    case 'e':
      if (t.count <= 2) return in_range(c.digits(1, 1), 1, 7) ? std::nullopt : fail();
      return c.name(kDays, t.count == 3) ? std::nullopt : fail();
    case 'c': return in_range(c.digits(1, 1), 1, 7) ? std::nullopt : fail();
    case 'a': return (c.literal_ci("am") || c.literal_ci("pm")) ? std::nullopt : fail();
    case 'H': return in_range(c.digits(1, 2), 0, 23) ? std::nullopt : fail();
    case 'k': return in_range(c.digits(1, 2), 1, 24) ? std::nullopt : fail();
    case 'h': return in_range(c.digits(1, 2), 1, 12) ? std::nullopt : fail();
    case 'K': return in_range(c.digits(1, 2), 0, 11) ? std::nullopt : fail();
    case 'm': return in_range(c.digits(1, 2), 0, 59) ? std::nullopt : fail();
    case 's': return in_range(c.digits(1, 2), 0, 60) ? std::nullopt : fail();
    case 'S': return c.digits(1, t.count) ? std::nullopt : fail();
    case 'n': case 'A': case 'N': return c.digits(1, 18) ? std::nullopt : fail();
    case 'z':
      if (t.count == 4) return "full time-zone names are not supported";
      for (const auto zone : kZones) {
        if (zone.size() >= 3 && c.literal(zone)) return std::nullopt;
      }
      return fail();
    case 'V': {
      // Area/Location with alphanumeric parts only (§7.1: '_' and '-' fail).
      const auto rest = c.rest();
      std::size_t i = 0;
      std::size_t parts = 0;
      while (true) {
        std::size_t n = 0;
        while (i + n < rest.size() && std::isalnum(static_cast<unsigned char>(rest[i + n]))) ++n;
        if (n == 0) return fail();
        ++parts;
        i += n;
        if (i < rest.size() && rest[i] == '/') { ++i; continue; }
        break;
      }
      if (parts < 2) return fail();
      c.literal(rest.substr(0, i));
      return std::nullopt;
    }
    case 'Z':
      if (t.count <= 3) return (c.sign() && offset_hours(c, 2) && offset_minutes(c)) ? std::nullopt : fail();
      if (t.count == 4) {
        if (!gmt_prefix(c)) return fail();
        Cursor save = c;
        if (!(c.sign() && offset_hours(c, 1) && c.literal(":") && offset_minutes(c))) c = save;
        return std::nullopt;
      }
      return (c.sign() && offset_hours(c, 2) && c.literal(":") && offset_minutes(c)) ? std::nullopt : fail();
    case 'O': {
      if (!gmt_prefix(c)) return fail();
      if (!c.sign() || !offset_hours(c, 1)) return fail();
      if (t.count == 4) return (c.literal(":") && offset_minutes(c)) ? std::nullopt : fail();
      Cursor save = c;
      if (!(c.literal(":") && offset_minutes(c))) c = save;
      return std::nullopt;
    }
    case 'x': return offset_x(c, t.count) ? std::nullopt : fail();
    case 'X':
      if (c.literal("Z")) return std::nullopt;
      return offset_x(c, t.count) ? std::nullopt : fail();
    default: return fail();
  }
}

}  // namespace

std::optional<std::string> validate_datetime(std::string_view pattern, std::string_view value) {
  const auto tokens = parse_pattern(pattern);
  if (!tokens) return "'" + std::string(pattern) + "' is not a valid date/time pattern";
  Cursor cursor(value);
  Fields fields;
  for (const auto& t : *tokens) {
    if (t.letter == 0) {
      if (!cursor.literal(t.literal)) {
        return "Expected '" + t.literal + "' but found '" + std::string(cursor.rest()) + "'";
      }
      continue;
    }
    if (auto err = field(cursor, t, fields)) return err;
  }
  if (!cursor.done()) return "Remaining data after parsing: '" + std::string(cursor.rest()) + "'";
  if (fields.day && fields.month) {
    // Day-of-month check; without a year a non-leap year is assumed (§7.1).
    static constexpr std::array<long, 12> kLengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    long max = kLengths[static_cast<std::size_t>(*fields.month - 1)];
    if (*fields.month == 2 && fields.year && leap(*fields.year)) max = 29;
    if (*fields.day > max) {
      return "Invalid day of month " + std::to_string(*fields.day) + " for month " + std::to_string(*fields.month);
    }
  }
  return std::nullopt;
}

}  // namespace pact::matching

#include "generators/date_expression.hpp"

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace pact::generators {
namespace {

using namespace std::chrono;
using support::ErrorCategory;
using support::make_error;

struct Token {
  enum class Kind { Word, Number, Plus, Minus, Other };
  Kind kind = Kind::Other;
  std::string text;          // Word: lower-cased
  std::uint64_t number = 0;  // Number: saturated at kMaxAmount + 1
};

// Larger amounts are rejected before any arithmetic, so no step can
// overflow; the ±9999-year check then bounds the result.
constexpr std::uint64_t kMaxAmount = 100'000'000;

support::Result<std::vector<Token>> tokenize(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c >= '0' && c <= '9') {
      Token t{Token::Kind::Number, {}, 0};
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        t.number = std::min<std::uint64_t>(t.number * 10 + static_cast<unsigned>(text[i] - '0'), kMaxAmount + 1);
        ++i;
      }
      out.push_back(std::move(t));
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'') {
      Token t{Token::Kind::Word, {}, 0};
      while (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') || text[i] == '\'')) {
        t.text += static_cast<char>(text[i] | 0x20);
        ++i;
      }
      out.push_back(std::move(t));
    } else if (c == '+' || c == '-') {
      out.push_back({c == '+' ? Token::Kind::Plus : Token::Kind::Minus, std::string(1, c), 0});
      ++i;
    } else {
      return make_error(ErrorCategory::Parse, "Unexpected character '" + std::string(1, c) + "' in expression '" +
                                                  std::string(text) + "'");
    }
  }
  return out;
}

std::optional<unsigned> weekday_index(std::string_view w) {
  // c_encoding: Sunday = 0.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kNames = {{
      {"sun", "sunday"}, {"mon", "monday"}, {"tues", "tuesday"}, {"wed", "wednesday"},
      {"thurs", "thursday"}, {"fri", "friday"}, {"sat", "saturday"}}};
  for (unsigned i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i].first || w == kNames[i].second) return i;
  }
  return std::nullopt;
}

std::optional<unsigned> month_index(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kNames = {{
      {"jan", "january"}, {"feb", "february"}, {"mar", "march"}, {"apr", "april"}, {"may", "may"}, {"jun", "june"},
      {"jul", "july"}, {"aug", "august"}, {"sep", "september"}, {"oct", "october"}, {"nov", "november"},
      {"dec", "december"}}};
  for (unsigned i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i].first || w == kNames[i].second) return i + 1;
  }
  return std::nullopt;
}

class ExpressionParser {
 public:
  ExpressionParser(std::string_view source, std::vector<Token> tokens, LocalDateTime value)
      : source_(source), tokens_(std::move(tokens)), value_(value) {}

  support::Result<LocalDateTime> date() {
    if (done()) return value_;
    const Token& t = tokens_[pos_];
    if (t.kind == Token::Kind::Word && (t.text == "now" || t.text == "today")) {
      ++pos_;
    } else if (t.kind == Token::Kind::Word && (t.text == "yesterday" || t.text == "tomorrow")) {
      ++pos_;
      value_.date += days{t.text == "tomorrow" ? 1 : -1};
    } else if (t.kind == Token::Kind::Word && (t.text == "next" || t.text == "last")) {
      ++pos_;
      if (!date_offset(t.text == "next" ? 1 : -1)) return error();
    } else if (t.kind != Token::Kind::Plus && t.kind != Token::Kind::Minus) {
      return fail("Expected one of now, today, yesterday, tomorrow, +, -, next or last");
    }
    while (!done()) {
      if (!adjustment(true)) return error();
    }
    return finish();
  }

  support::Result<LocalDateTime> time() {
    if (done()) return value_;
    const Token& t = tokens_[pos_];
    if (t.kind == Token::Kind::Word && t.text == "now") {
      ++pos_;
    } else if (t.kind == Token::Kind::Word && (t.text == "midnight" || t.text == "noon")) {
      ++pos_;
      value_.time_of_day = hours{t.text == "noon" ? 12 : 0};
    } else if (t.kind == Token::Kind::Number) {
      if (!oclock()) return error();
    } else if (t.kind == Token::Kind::Word && (t.text == "next" || t.text == "last")) {
      ++pos_;
      const auto unit = time_unit();
      if (!unit) return fail("Expected one of hour, minute, second or millisecond");
      if (!shift(t.text == "next" ? *unit : -*unit)) return error();
    } else if (t.kind != Token::Kind::Plus && t.kind != Token::Kind::Minus) {
      return fail("Expected one of now, midnight, noon, <number> o'clock, +, -, next or last");
    }
    while (!done()) {
      if (!adjustment(false)) return error();
    }
    return finish();
  }

 private:
  bool done() const { return pos_ >= tokens_.size(); }

  support::Result<LocalDateTime> fail(const std::string& expected) {
    set_error(expected);
    return error();
  }
  bool set_error(const std::string& expected) {
    if (error_.empty()) {
      error_ = "Error parsing expression '" + std::string(source_) + "' at token " + std::to_string(pos_ + 1) + ": " +
               expected;
    }
    return false;
  }
  support::Error error() const { return make_error(ErrorCategory::Parse, error_); }

  support::Result<LocalDateTime> finish() {
    if (!value_.in_range()) return fail("the result is out of range");
    return value_;
  }

  bool check_range() { return value_.in_range() || set_error("the result is out of range"); }

  // "next"/"last" followed by a date offset word (§8.4 table).
  bool date_offset(int sign) {
    if (done() || tokens_[pos_].kind != Token::Kind::Word) {
      return set_error("Expected one of day, week, month, year, fortnight, a weekday or a month name");
    }
    const std::string w = tokens_[pos_].text;
    ++pos_;
    if (w == "day") return add_days(sign);
    if (w == "week") return add_days(7 * sign);
    if (w == "fortnight") return add_days(14 * sign);
    if (w == "month") return add_months(sign);
    if (w == "year") return add_years(sign);
    if (const auto wd = weekday_index(w)) {
      // Strictly after / before the base: a week away when it is that day.
      const weekday target{*wd};
      const weekday current{value_.date};
      if (sign > 0) {
        auto diff = (target - current).count();
        value_.date += days{diff == 0 ? 7 : diff};
      } else {
        auto diff = (current - target).count();
        value_.date -= days{diff == 0 ? 7 : diff};
      }
      return true;
    }
    if (const auto m = month_index(w)) {
      // The 1st of the next/previous such month strictly after/before the
      // current month (§8.4: "next june" in June is next year's).
      const year_month_day ymd{value_.date};
      const auto current = static_cast<unsigned>(ymd.month());
      auto y = ymd.year();
      if (sign > 0 && *m <= current) y += years{1};
      if (sign < 0 && *m >= current) y -= years{1};
      value_.date = sys_days{y / month{*m} / 1};
      return check_range();
    }
    --pos_;
    return set_error("Expected one of day, week, month, year, fortnight, a weekday or a month name");
  }

  bool adjustment(bool date_units) {
    const Token& sign_token = tokens_[pos_];
    if (sign_token.kind != Token::Kind::Plus && sign_token.kind != Token::Kind::Minus) {
      return set_error("Expected no more tokens");
    }
    const int sign = sign_token.kind == Token::Kind::Plus ? 1 : -1;
    ++pos_;
    if (done() || tokens_[pos_].kind != Token::Kind::Number) return set_error("Expected an unsigned number");
    const std::uint64_t amount = tokens_[pos_].number;
    if (amount > kMaxAmount) return set_error("the amount is too large");
    ++pos_;
    const auto n = static_cast<std::int64_t>(amount) * sign;
    if (date_units) {
      if (done() || tokens_[pos_].kind != Token::Kind::Word) {
        return set_error("Expected one of day, days, week, weeks, month, months, year or years");
      }
      const std::string w = tokens_[pos_].text;
      ++pos_;
      if (w == "day" || w == "days") return add_days(n);
      if (w == "week" || w == "weeks") return add_days(7 * n);
      if (w == "month" || w == "months") return add_months(n);
      if (w == "year" || w == "years") return add_years(n);
      --pos_;
      return set_error("Expected one of day, days, week, weeks, month, months, year or years");
    }
    const auto unit = time_unit();
    if (!unit) return set_error("Expected one of hour, hours, minute, minutes, second, seconds, millisecond or milliseconds");
    // 1e8 hours in nanoseconds would overflow 64 bits: such amounts are far
    // beyond the ±9999-year range anyway.
    if (static_cast<std::int64_t>(amount) > std::numeric_limits<std::int64_t>::max() / unit->count()) {
      return set_error("the result is out of range");
    }
    return shift(*unit * n);
  }

  std::optional<nanoseconds> time_unit() {
    if (done() || tokens_[pos_].kind != Token::Kind::Word) return std::nullopt;
    const std::string& w = tokens_[pos_].text;
    std::optional<nanoseconds> unit;
    if (w == "hour" || w == "hours") unit = hours{1};
    else if (w == "minute" || w == "minutes") unit = minutes{1};
    else if (w == "second" || w == "seconds") unit = seconds{1};
    else if (w == "millisecond" || w == "milliseconds") unit = milliseconds{1};
    if (unit) ++pos_;
    return unit;
  }

  bool shift(nanoseconds d) {
    value_.add(d);
    return check_range();
  }

  bool add_days(std::int64_t n) {
    value_.date += days{n};
    return check_range();
  }

  // §8.4: forward lands on the same day of the target month or, when that
  // day does not exist, on the 1st (Jan 31 + 1 month = Feb 1); backward
  // falls back to the last day of the target month (Mar 31 - 1 = Feb 28/29).
  bool add_months(std::int64_t n) {
    const year_month_day ymd{value_.date};
    if (n > 12 * 20000 || n < -12 * 20000) return set_error("the result is out of range");
    const year_month target = year_month{ymd.year(), ymd.month()} + months{n};
    if (static_cast<int>(target.year()) > 9999 || static_cast<int>(target.year()) < -9999) {
      return set_error("the result is out of range");
    }
    const year_month_day same_day{target.year(), target.month(), ymd.day()};
    if (same_day.ok()) {
      value_.date = sys_days{same_day};
    } else if (n >= 0) {
      value_.date = sys_days{target / 1};
    } else {
      value_.date = sys_days{target / last};
    }
    return true;
  }

  // §8.4: a date that does not exist in the target year (Feb 29) is left
  // unchanged.
  bool add_years(std::int64_t n) {
    const year_month_day ymd{value_.date};
    const std::int64_t y = static_cast<int>(ymd.year()) + n;
    if (y > 9999 || y < -9999) return set_error("the result is out of range");
    const year_month_day moved{year{static_cast<int>(y)}, ymd.month(), ymd.day()};
    if (moved.ok()) value_.date = sys_days{moved};
    return true;
  }

  // "N o'clock [am|pm]" (§8.4 table and trap 15).
  bool oclock() {
    const std::uint64_t n = tokens_[pos_].number;
    ++pos_;
    if (done() || tokens_[pos_].kind != Token::Kind::Word || tokens_[pos_].text != "o'clock") {
      return set_error("Expected o'clock");
    }
    ++pos_;
    if (n < 1 || n > 12) return set_error("the hour must be between 1 and 12");
    const auto hour = static_cast<int>(n);
    std::optional<int> target;
    if (!done() && tokens_[pos_].kind == Token::Kind::Word && tokens_[pos_].text == "am") {
      ++pos_;
      target = hour;  // 12 o'clock am is 12:00 in the reference
    } else if (!done() && tokens_[pos_].kind == Token::Kind::Word && tokens_[pos_].text == "pm") {
      ++pos_;
      if (hour != 12) target = hour + 12;  // 12 o'clock pm leaves the base unchanged
    } else {
      const auto base_hour = duration_cast<hours>(value_.time_of_day).count();
      const int h = base_hour < 12 ? hour + 12 : hour;
      if (h < 24) target = h;
    }
    if (target) value_.time_of_day = hours{*target};
    return true;
  }

  std::string_view source_;
  std::vector<Token> tokens_;
  LocalDateTime value_;
  std::size_t pos_ = 0;
  std::string error_;
};

}  // namespace

support::Result<LocalDateTime> apply_date_expression(std::string_view expression, LocalDateTime base) {
  auto tokens = tokenize(expression);
  if (!tokens) return tokens.error();
  return ExpressionParser(expression, std::move(*tokens), base).date();
}

support::Result<LocalDateTime> apply_time_expression(std::string_view expression, LocalDateTime base) {
  auto tokens = tokenize(expression);
  if (!tokens) return tokens.error();
  return ExpressionParser(expression, std::move(*tokens), base).time();
}

support::Result<LocalDateTime> apply_datetime_expression(std::string_view expression, LocalDateTime base) {
  const auto at = expression.find('@');
  auto date = apply_date_expression(expression.substr(0, at), base);
  if (!date || at == std::string_view::npos) return date;
  return apply_time_expression(expression.substr(at + 1), *date);
}

}  // namespace pact::generators

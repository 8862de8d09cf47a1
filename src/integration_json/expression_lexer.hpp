#pragma once
// Internal pieces of the expression language (integration-json.md §12.1,
// §12.4): the lexer, string escapes and the semver check. Not public API.

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "support/result.hpp"

namespace pact::integration_json::detail {

// ---------------------------------------------------------------------------
// Lexer (integration-json.md §12.1). Longest match wins; keywords, booleans
// and null win over identifiers of the same length, as in the reference's
// logos lexer.

enum class Tok {
  Matching, NotEmpty, EachKey, EachValue, AtLeast, AtMost, ArrayContains,
  LParen, RParen, Comma, String, Id, Int, Num, Decimal, DecimalPart, Boolean, Null, Dollar,
  Error, End,
};

inline bool is_keyword(Tok t) {
  return t == Tok::Matching || t == Tok::NotEmpty || t == Tok::EachKey || t == Tok::EachValue ||
         t == Tok::AtLeast || t == Tok::AtMost || t == Tok::ArrayContains;
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Tok next() {
    // Carriage return is deliberately not skipped (§12.1, trap 21).
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\f')) {
      ++pos_;
    }
    start_ = pos_;
    if (pos_ >= text_.size()) {
      end_ = pos_;
      return Tok::End;
    }
    const Tok t = scan();
    pos_ = end_;
    return t;
  }

  std::string_view slice() const { return text_.substr(start_, end_ - start_); }
  std::string_view remainder() const { return text_.substr(pos_); }
  std::size_t start() const { return start_; }
  std::size_t end() const { return end_; }

 private:
  Tok single(Tok t, std::size_t len) {
    end_ = start_ + len;
    return t;
  }

  // An unrecognised character: one UTF-8 sequence.
  Tok error() {
    std::size_t len = 1;
    const auto lead = static_cast<unsigned char>(text_[start_]);
    if (lead >= 0xF0) len = 4;
    else if (lead >= 0xE0) len = 3;
    else if (lead >= 0xC0) len = 2;
    if (start_ + len > text_.size()) len = text_.size() - start_;
    return single(Tok::Error, len);
  }

  std::size_t digits_from(std::size_t i) const {
    std::size_t j = i;
    while (j < text_.size() && is_digit(text_[j])) ++j;
    return j - i;
  }

  // Length of `[0-9]\.[0-9]+` at i, or 0.
  std::size_t decimal_at(std::size_t i) const {
    if (i + 2 < text_.size() && is_digit(text_[i]) && text_[i + 1] == '.') {
      const auto frac = digits_from(i + 2);
      if (frac > 0) return 2 + frac;
    }
    return 0;
  }

  Tok scan() {
    const char c = text_[start_];
    switch (c) {
      case '(': return single(Tok::LParen, 1);
      case ')': return single(Tok::RParen, 1);
      case ',': return single(Tok::Comma, 1);
      case '$': return single(Tok::Dollar, 1);
      case '\'': return scan_string();
      default: break;
    }
    if (is_alpha(c)) {
      std::size_t j = start_;
      while (j < text_.size() && is_alpha(text_[j])) ++j;
      const auto word = text_.substr(start_, j - start_);
      static constexpr std::pair<std::string_view, Tok> kWords[] = {
          {"matching", Tok::Matching}, {"notEmpty", Tok::NotEmpty},   {"eachKey", Tok::EachKey},
          {"eachValue", Tok::EachValue}, {"atLeast", Tok::AtLeast},   {"atMost", Tok::AtMost},
          {"arrayContains", Tok::ArrayContains}, {"true", Tok::Boolean}, {"false", Tok::Boolean},
          {"null", Tok::Null}};
      for (const auto& [w, t] : kWords) {
        if (word == w) return single(t, word.size());
      }
      return single(Tok::Id, word.size());
    }
    if (c == '-') {
      const auto int_len = digits_from(start_ + 1);
      const auto dec_len = decimal_at(start_ + 1);
      if (dec_len > 0 && dec_len + 1 > int_len + 1) return single(Tok::Decimal, dec_len + 1);
      if (int_len == 0) return error();
      if (!fits_i64(text_.substr(start_, int_len + 1))) return error();
      return single(Tok::Int, int_len + 1);
    }
    if (is_digit(c)) {
      const auto num_len = digits_from(start_);
      const auto dec_len = decimal_at(start_);
      if (dec_len > num_len) return single(Tok::Decimal, dec_len);
      if (!fits_u64(text_.substr(start_, num_len))) return error();
      return single(Tok::Num, num_len);
    }
    if (c == '.') {
      const auto frac = digits_from(start_ + 1);
      if (frac > 0) return single(Tok::DecimalPart, frac + 1);
      return error();
    }
    return error();
  }

  static bool fits_u64(std::string_view s) {
    std::uint64_t v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    return res.ec == std::errc{} && res.ptr == s.data() + s.size();
  }
  static bool fits_i64(std::string_view s) {
    std::int64_t v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    return res.ec == std::errc{} && res.ptr == s.data() + s.size();
  }

  // `'(?:[^']|\\')*'` with longest match: a quote preceded by a backslash may
  // either end the string or continue it, so the last reachable quote wins.
  Tok scan_string() {
    std::size_t candidate = 0;
    for (std::size_t j = start_ + 1; j < text_.size(); ++j) {
      if (text_[j] != '\'') continue;
      if (j > start_ + 1 && text_[j - 1] == '\\') {
        candidate = j;
        continue;
      }
      return single(Tok::String, j - start_ + 1);
    }
    if (candidate != 0) return single(Tok::String, candidate - start_ + 1);
    return error();
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t start_ = 0;
  std::size_t end_ = 0;
};

/// An error carrying the first line of an ariadne diagnostic ("Error: ...").
support::Error expression_diagnostic(std::string message);

/// Strict semantic version check (the semver crate's Version::parse): an
/// error detail, or nothing when valid.
std::optional<std::string> semver_problem(std::string_view s);

/// Backslash escapes of quoted strings (§12.4).
support::Result<std::string> process_raw_string(std::string_view raw);

/// Removes every leading and trailing single quote (Rust's trim_matches).
std::string_view trim_quotes(std::string_view s);

/// Rust's str::trim_start for ASCII whitespace.
std::string_view trim_start(std::string_view s);

}  // namespace pact::integration_json::detail

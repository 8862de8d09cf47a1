// String escapes and the semver check of the expression language
// (integration-json.md §12.3, §12.4).

#include <charconv>
#include <cstdint>

#include "integration_json/expression_lexer.hpp"
#include "support/utf8.hpp"

namespace pact::integration_json::detail {
namespace {

support::Error diagnostic(std::string message) { return expression_diagnostic(std::move(message)); }

}  // namespace

support::Error expression_diagnostic(std::string message) {
  return support::make_error(support::ErrorCategory::Parse, "Error: " + std::move(message));
}

std::optional<std::string> semver_problem(std::string_view s) {
  if (s.empty()) return "empty string, expected a semver version";
  static constexpr std::string_view kParts[] = {"major", "minor", "patch"};
  std::size_t i = 0;
  for (int part = 0; part < 3; ++part) {
    const std::string name = std::string(kParts[part]) + " version number";
    if (i >= s.size()) return "unexpected end of input while parsing " + name;
    if (!is_digit(s[i])) return "unexpected character '" + std::string(1, s[i]) + "' while parsing " + name;
    const std::size_t begin = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i - begin > 1 && s[begin] == '0') return "invalid leading zero in " + name;
    std::uint64_t v = 0;
    const auto res = std::from_chars(s.data() + begin, s.data() + i, v);
    if (res.ec != std::errc{}) return "value of " + name + " exceeds u64::MAX";
    if (part < 2) {
      if (i >= s.size()) return "unexpected end of input while parsing " + name;
      if (s[i] != '.') return "unexpected character '" + std::string(1, s[i]) + "' after " + name;
      ++i;
    }
  }
  auto identifiers = [&](bool pre) -> std::optional<std::string> {
    const std::string what = pre ? "pre-release identifier" : "build metadata";
    std::size_t begin = i;
    while (true) {
      if (i >= s.size() || s[i] == '.' || (pre && s[i] == '+')) {
        if (i == begin) return "empty identifier segment in " + what;
        const auto ident = s.substr(begin, i - begin);
        bool numeric = true;
        for (const char c : ident) numeric = numeric && is_digit(c);
        if (pre && numeric && ident.size() > 1 && ident[0] == '0') return "invalid leading zero in " + what;
        if (i < s.size() && s[i] == '.') {
          ++i;
          begin = i;
          continue;
        }
        return std::nullopt;
      }
      if (!(is_alpha(s[i]) || is_digit(s[i]) || s[i] == '-')) {
        return "unexpected character '" + std::string(1, s[i]) + "' while parsing " + what;
      }
      ++i;
    }
  };
  if (i < s.size() && s[i] == '-') {
    ++i;
    if (auto p = identifiers(true)) return p;
  }
  if (i < s.size() && s[i] == '+') {
    ++i;
    if (auto p = identifiers(false)) return p;
  }
  if (i < s.size()) return "unexpected character '" + std::string(1, s[i]) + "' after patch version number";
  return std::nullopt;
}

namespace {

// Rust's u32::from_str_radix(s, 16): optional '+', hex digits, no overflow.
support::Result<std::uint32_t> parse_hex(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return diagnostic("Invalid unicode character escape sequence: cannot parse integer from empty string");
  std::uint32_t v = 0;
  const auto res = std::from_chars(s.data(), s.data() + s.size(), v, 16);
  if (res.ec == std::errc::result_out_of_range) {
    return diagnostic("Invalid unicode character escape sequence: number too large to fit in target type");
  }
  if (res.ec != std::errc{} || res.ptr != s.data() + s.size()) {
    return diagnostic("Invalid unicode character escape sequence: invalid digit found in string");
  }
  return v;
}

}  // namespace

support::Result<std::string> process_raw_string(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (i + 1 >= raw.size()) {
      out += c;
      continue;
    }
    const char e = raw[++i];
    switch (e) {
      case '\\': out += '\\'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        std::string_view hex;
        if (i + 1 < raw.size() && raw[i + 1] == '{') {
          const auto close = raw.find('}', i + 2);
          if (close == std::string_view::npos) return diagnostic("Invalid unicode character escape sequence");
          hex = raw.substr(i + 2, close - i - 2);
          i = close;
        } else {
          if (i + 4 >= raw.size()) return diagnostic("Invalid unicode character escape sequence");
          hex = raw.substr(i + 1, 4);
          i += 4;
        }
        auto cp = parse_hex(hex);
        if (!cp.ok()) return cp.error();
        support::append_utf8(out, static_cast<char32_t>(cp.value()));
        break;
      }
      default:
        out += c;
        out += e;
        break;
    }
  }
  return out;
}

std::string_view trim_quotes(std::string_view s) {
  while (!s.empty() && s.front() == '\'') s.remove_prefix(1);
  while (!s.empty() && s.back() == '\'') s.remove_suffix(1);
  return s;
}

std::string_view trim_start(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r' ||
                        s.front() == '\f' || s.front() == '\v')) {
    s.remove_prefix(1);
  }
  return s;
}

}  // namespace pact::integration_json::detail

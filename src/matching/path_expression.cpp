// Path expressions (matching-rules.md §3) and rule weights (§4.1).

#include "matching/path_expression.hpp"

#include <charconv>

namespace pact::matching {
namespace {

bool is_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// identChar of §3: letters and digits (any non-ASCII byte is taken as part of
// a Unicode letter), '_', '-', ':', '#', '@'.
bool is_ident_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x80) return true;
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == ':' || c == '#' || c == '@';
}

bool is_identifier(std::string_view s) {
  if (s.empty()) return false;
  const char first = s.front();
  if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_')) return false;
  for (const char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::optional<std::size_t> to_index(std::string_view s) {
  if (!is_digits(s)) return std::nullopt;
  std::size_t n = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return n;
}

}  // namespace

std::optional<std::vector<PathToken>> parse_path_expression(std::string_view text) {
  std::vector<PathToken> tokens;
  std::size_t i = 0;
  if (text.empty()) return tokens;
  tokens.push_back({PathToken::Kind::Root, {}, 0});
  if (text[0] == '$') {
    i = 1;
  } else if (is_ident_char(text[0])) {
    // Implicit root: "a.b" reads as "$.a.b".
    std::size_t j = 0;
    while (j < text.size() && is_ident_char(text[j])) ++j;
    tokens.push_back({PathToken::Kind::Field, std::string(text.substr(0, j)), 0});
    i = j;
  } else {
    return std::nullopt;
  }
  while (i < text.size()) {
    if (text[i] == '.') {
      ++i;
      if (i >= text.size()) return std::nullopt;
      if (text[i] == '*') {
        tokens.push_back({PathToken::Kind::Star, {}, 0});
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < text.size() && is_ident_char(text[j])) ++j;
      if (j == i) return std::nullopt;
      tokens.push_back({PathToken::Kind::Field, std::string(text.substr(i, j - i)), 0});
      i = j;
    } else if (text[i] == '[') {
      ++i;
      if (i >= text.size()) return std::nullopt;
      if (text[i] == '\'') {
        // Quoted names run to the next quote, no escapes (§3).
        const auto end = text.find('\'', i + 1);
        if (end == std::string_view::npos || end == i + 1) return std::nullopt;
        if (end + 1 >= text.size() || text[end + 1] != ']') return std::nullopt;
        tokens.push_back({PathToken::Kind::Field, std::string(text.substr(i + 1, end - i - 1)), 0});
        i = end + 2;
      } else if (text[i] == '*') {
        if (i + 1 >= text.size() || text[i + 1] != ']') return std::nullopt;
        tokens.push_back({PathToken::Kind::StarIndex, {}, 0});
        i += 2;
      } else {
        const auto end = text.find(']', i);
        if (end == std::string_view::npos) return std::nullopt;
        const auto n = to_index(text.substr(i, end - i));
        if (!n) return std::nullopt;
        tokens.push_back({PathToken::Kind::Index, {}, *n});
        i = end + 1;
      }
    } else {
      return std::nullopt;
    }
  }
  return tokens;
}

unsigned path_weight(const std::vector<PathToken>& rule, const ValuePath& path) {
  if (path.size() < rule.size()) return 0;
  unsigned weight = 1;
  for (std::size_t i = 0; i < rule.size(); ++i) {
    const auto& token = rule[i];
    const auto& fragment = path[i];
    unsigned w = 0;
    switch (token.kind) {
      case PathToken::Kind::Root: w = fragment == "$" ? 2 : 0; break;
      case PathToken::Kind::Field: w = fragment == token.name ? 2 : 0; break;
      case PathToken::Kind::Index: {
        const auto n = to_index(fragment);
        w = (n && *n == token.index) ? 2 : 0;
        break;
      }
      case PathToken::Kind::StarIndex: w = is_digits(fragment) ? 1 : 0; break;
      case PathToken::Kind::Star: w = 1; break;
    }
    if (w == 0) return 0;
    weight *= w;
  }
  return weight;
}

std::string render_path(const ValuePath& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto& f = path[i];
    if (i == 0 && f == "$") {
      out += '$';
    } else if (is_digits(f)) {
      out += '[' + f + ']';
    } else if (f == "*") {
      out += ".*";
    } else if (is_identifier(f)) {
      out += '.' + f;
    } else {
      out += "['";
      for (const char c : f) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
      }
      out += "']";
    }
  }
  return out;
}

ValuePath child_path(const ValuePath& path, std::string_view fragment) {
  ValuePath out = path;
  out.emplace_back(fragment);
  return out;
}

}  // namespace pact::matching

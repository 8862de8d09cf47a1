#include "generators/regex_generator.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "support/utf8.hpp"

namespace pact::generators {
namespace {

using support::ErrorCategory;
using support::make_error;

// Hostile-input bounds: RE2 itself refuses repeat counts above 1000; the
// others keep parsing and generation linear and small.
constexpr std::size_t kMaxPatternBytes = 64 * 1024;
constexpr int kMaxDepth = 100;
constexpr int kMaxRepeat = 1000;
constexpr int kUnboundedExtra = 20;  // generators.md §6
constexpr std::size_t kMaxOutputBytes = 64 * 1024;
constexpr int kAttempts = 10;
constexpr std::size_t kMaxSteps = 1'000'000;

constexpr char32_t kPrintableLo = 0x20;
constexpr char32_t kPrintableHi = 0x7E;

using Ranges = std::vector<std::pair<char32_t, char32_t>>;

struct Node {
  enum class Kind { Chars, Concat, Alt, Repeat, Empty };
  Kind kind = Kind::Empty;
  Ranges ranges;              // Chars: code point ranges to pick from
  std::vector<Node> children; // Concat, Alt; Repeat has exactly one
  int min = 0;
  int max = 0;
};

Node chars(Ranges r) {
  Node n;
  n.kind = Node::Kind::Chars;
  n.ranges = std::move(r);
  return n;
}

Ranges digit_ranges() { return {{'0', '9'}}; }
Ranges word_ranges() { return {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}; }
Ranges space_ranges() { return {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}}; }

// The printable ASCII characters outside `r`: what negated classes produce
// (generators.md §6 recommends printable ASCII for them).
Ranges complement_printable(const Ranges& r) {
  Ranges out;
  for (char32_t c = kPrintableLo; c <= kPrintableHi; ++c) {
    const bool inside = std::any_of(r.begin(), r.end(), [c](const auto& p) { return c >= p.first && c <= p.second; });
    if (inside) continue;
    if (!out.empty() && out.back().second + 1 == c) {
      out.back().second = c;
    } else {
      out.emplace_back(c, c);
    }
  }
  return out;
}

class Parser {
 public:
  Parser(std::string_view text, bool anchors_are_empty) : text_(text), anchors_are_empty_(anchors_are_empty) {}

  support::Result<Node> parse() {
    auto node = alternation(0);
    if (!error_.empty()) return make_error(ErrorCategory::Parse, error_);
    if (pos_ < text_.size()) return make_error(ErrorCategory::Parse, "unbalanced ')' in regex");
    return node;
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return text_[pos_]; }
  void fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    pos_ = text_.size();
  }

  Node alternation(int depth) {
    if (depth > kMaxDepth) {
      fail("regex nested too deeply");
      return {};
    }
    Node alt;
    alt.kind = Node::Kind::Alt;
    alt.children.push_back(concatenation(depth));
    while (!at_end() && peek() == '|') {
      ++pos_;
      alt.children.push_back(concatenation(depth));
    }
    if (alt.children.size() == 1) return std::move(alt.children.front());
    return alt;
  }

  Node concatenation(int depth) {
    Node cat;
    cat.kind = Node::Kind::Concat;
    while (!at_end() && peek() != '|' && peek() != ')') {
      Node a = atom(depth);
      if (!error_.empty()) return {};
      cat.children.push_back(quantified(std::move(a)));
    }
    return cat;
  }

  // Applies any quantifiers following an atom.
  Node quantified(Node a) {
    while (!at_end()) {
      int min = 0;
      int max = 0;
      const char c = peek();
      if (c == '?') {
        min = 0, max = 1, ++pos_;
      } else if (c == '*') {
        min = 0, max = kUnboundedExtra, ++pos_;
      } else if (c == '+') {
        min = 1, max = 1 + kUnboundedExtra, ++pos_;
      } else if (c == '{') {
        if (!counted_repeat(min, max)) return a;  // a literal '{', as RE2 reads it
      } else {
        return a;
      }
      if (!at_end() && peek() == '?') ++pos_;  // lazy: same language
      if (a.kind == Node::Kind::Repeat) {
        fail("bad repetition operator in regex");
        return {};
      }
      Node r;
      r.kind = Node::Kind::Repeat;
      r.min = min;
      r.max = max;
      r.children.push_back(std::move(a));
      a = std::move(r);
    }
    return a;
  }

  // "{n}", "{n,}", "{n,m}"; false (position unchanged) when not a repeat.
  bool counted_repeat(int& min, int& max) {
    std::size_t p = pos_ + 1;
    auto number = [&](int& out) {
      const std::size_t start = p;
      long value = 0;
      while (p < text_.size() && text_[p] >= '0' && text_[p] <= '9') {
        value = std::min<long>(value * 10 + (text_[p] - '0'), 1'000'000);
        ++p;
      }
      out = static_cast<int>(value);
      return p > start;
    };
    if (!number(min)) return false;
    max = min;
    if (p < text_.size() && text_[p] == ',') {
      ++p;
      if (!number(max)) max = -1;
    }
    if (p >= text_.size() || text_[p] != '}') return false;
    pos_ = p + 1;
    if (min > kMaxRepeat || max > kMaxRepeat) {
      fail("bad repetition count in regex (at most 1000)");
      return true;
    }
    if (max == -1) max = min + kUnboundedExtra;
    if (max < min) {
      fail("bad repetition range in regex");
      return true;
    }
    return true;
  }

  Node atom(int depth) {
    const char c = peek();
    switch (c) {
      case '(': return group(depth);
      case '[': return char_class();
      case '.': ++pos_; return chars({{kPrintableLo, kPrintableHi}});
      case '^':
      case '$': ++pos_; return anchor();
      case '\\': return escape();
      case '*':
      case '+':
      case '?': fail("missing argument to repetition operator in regex"); return {};
      default: {
        const char32_t cp = next_code_point();
        return chars({{cp, cp}});
      }
    }
  }

  // Decodes one UTF-8 code point (invalid bytes are taken as Latin-1).
  char32_t next_code_point() {
    const auto b = static_cast<unsigned char>(text_[pos_++]);
    char32_t cp = b;
    int extra = 0;
    if (b >= 0xF0) cp = b & 0x07, extra = 3;
    else if (b >= 0xE0) cp = b & 0x0F, extra = 2;
    else if (b >= 0xC0) cp = b & 0x1F, extra = 1;
    for (int i = 0; i < extra && !at_end(); ++i) cp = (cp << 6) | (static_cast<unsigned char>(text_[pos_++]) & 0x3F);
    return cp;
  }

  Node anchor() {
    if (!anchors_are_empty_) fail("anchors and word boundaries are not supported when generating");
    return {};
  }

  Node group(int depth) {
    ++pos_;  // '('
    if (!at_end() && peek() == '?') {
      ++pos_;
      if (!at_end() && (peek() == 'P' || peek() == '<')) {
        // Named group: skip "P<name>" / "<name>".
        const auto close = text_.find('>', pos_);
        if (close == std::string_view::npos) {
          fail("invalid named group in regex");
          return {};
        }
        pos_ = close + 1;
      } else {
        // Flags ("i", "s", "-m" ...), then ':' or ')'. They do not change
        // which strings we may produce for the verifier to accept.
        while (!at_end() && peek() != ':' && peek() != ')') {
          if (std::string_view("imsU-").find(peek()) == std::string_view::npos) {
            fail("unsupported group syntax in regex");
            return {};
          }
          ++pos_;
        }
        if (at_end()) {
          fail("missing ')' in regex");
          return {};
        }
        if (peek() == ')') {
          ++pos_;
          return {};
        }
        ++pos_;  // ':'
      }
    }
    Node inner = alternation(depth + 1);
    if (at_end() || peek() != ')') {
      fail("missing ')' in regex");
      return {};
    }
    ++pos_;
    return inner;
  }

  // Escapes valid outside and inside classes; returns false with ranges
  // untouched when the escape is an anchor.
  bool class_escape(Ranges& out, bool& anchor) {
    anchor = false;
    ++pos_;  // '\'
    if (at_end()) {
      fail("trailing '\\' in regex");
      return false;
    }
    const char c = text_[pos_++];
    switch (c) {
      case 'd': out = digit_ranges(); return true;
      case 'w': out = word_ranges(); return true;
      case 's': out = space_ranges(); return true;
      case 'D': out = complement_printable(digit_ranges()); return true;
      case 'W': out = complement_printable(word_ranges()); return true;
      case 'S': out = complement_printable(space_ranges()); return true;
      case 'n': out = {{'\n', '\n'}}; return true;
      case 't': out = {{'\t', '\t'}}; return true;
      case 'r': out = {{'\r', '\r'}}; return true;
      case 'f': out = {{'\f', '\f'}}; return true;
      case 'v': out = {{'\v', '\v'}}; return true;
      case 'a': out = {{'\a', '\a'}}; return true;
      case 'x': return hex_escape(out);
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        anchor = true;
        return true;
      default:
        if ((c >= '0' && c <= '9') || c == 'p' || c == 'P' || c == 'C' || c == 'Q' || c == 'E') {
          fail(std::string("unsupported escape '\\") + c + "' in regex");
          return false;
        }
        if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          fail(std::string("invalid escape in regex"));
          return false;
        }
        out = {{static_cast<char32_t>(c), static_cast<char32_t>(c)}};
        return true;
    }
  }

  bool hex_escape(Ranges& out) {
    auto hex = [](char h) -> int {
      if (h >= '0' && h <= '9') return h - '0';
      if (h >= 'a' && h <= 'f') return h - 'a' + 10;
      if (h >= 'A' && h <= 'F') return h - 'A' + 10;
      return -1;
    };
    char32_t cp = 0;
    if (!at_end() && peek() == '{') {
      ++pos_;
      int digits = 0;
      while (!at_end() && peek() != '}' && digits < 7) {
        const int v = hex(peek());
        if (v < 0) break;
        cp = cp * 16 + static_cast<char32_t>(v);
        ++pos_, ++digits;
      }
      if (at_end() || peek() != '}' || digits == 0 || cp > 0x10FFFF) {
        fail("invalid \\x escape in regex");
        return false;
      }
      ++pos_;
    } else {
      for (int i = 0; i < 2; ++i) {
        const int v = at_end() ? -1 : hex(peek());
        if (v < 0) {
          fail("invalid \\x escape in regex");
          return false;
        }
        cp = cp * 16 + static_cast<char32_t>(v);
        ++pos_;
      }
    }
    out = {{cp, cp}};
    return true;
  }

  Node escape() {
    Ranges r;
    bool is_anchor = false;
    if (!class_escape(r, is_anchor)) return {};
    if (is_anchor) return anchor();
    return chars(std::move(r));
  }

  static bool posix_class(std::string_view name, Ranges& out) {
    if (name == "alpha") out = {{'A', 'Z'}, {'a', 'z'}};
    else if (name == "digit") out = digit_ranges();
    else if (name == "alnum") out = {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
    else if (name == "upper") out = {{'A', 'Z'}};
    else if (name == "lower") out = {{'a', 'z'}};
    else if (name == "space") out = space_ranges();
    else if (name == "xdigit") out = {{'0', '9'}, {'A', 'F'}, {'a', 'f'}};
    else if (name == "word") out = word_ranges();
    else if (name == "punct") out = {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}};
    else if (name == "blank") out = {{'\t', '\t'}, {' ', ' '}};
    else return false;
    return true;
  }

  Node char_class() {
    ++pos_;  // '['
    bool negated = false;
    if (!at_end() && peek() == '^') negated = true, ++pos_;
    Ranges set;
    bool first = true;
    while (!at_end() && (peek() != ']' || first)) {
      first = false;
      Ranges item;
      if (peek() == '[' && text_.substr(pos_).starts_with("[:")) {
        const auto close = text_.find(":]", pos_ + 2);
        if (close == std::string_view::npos || !posix_class(text_.substr(pos_ + 2, close - pos_ - 2), item)) {
          fail("invalid character class in regex");
          return {};
        }
        pos_ = close + 2;
        set.insert(set.end(), item.begin(), item.end());
        continue;
      }
      char32_t lo = 0;
      if (peek() == '\\') {
        bool is_anchor = false;
        if (!class_escape(item, is_anchor)) return {};
        if (is_anchor || item.size() != 1 || item.front().first != item.front().second) {
          if (is_anchor) {
            fail("invalid escape in character class");
            return {};
          }
          set.insert(set.end(), item.begin(), item.end());
          continue;
        }
        lo = item.front().first;
      } else {
        lo = next_code_point();
      }
      char32_t hi = lo;
      if (pos_ + 1 < text_.size() && peek() == '-' && text_[pos_ + 1] != ']') {
        ++pos_;
        if (peek() == '\\') {
          bool is_anchor = false;
          if (!class_escape(item, is_anchor)) return {};
          if (is_anchor || item.size() != 1 || item.front().first != item.front().second) {
            fail("invalid range in character class");
            return {};
          }
          hi = item.front().first;
        } else {
          hi = next_code_point();
        }
        if (hi < lo) {
          fail("invalid range in character class");
          return {};
        }
      }
      set.emplace_back(lo, hi);
    }
    if (at_end()) {
      fail("missing ']' in regex");
      return {};
    }
    ++pos_;  // ']'
    if (negated) set = complement_printable(set);
    if (set.empty()) {
      fail("empty character class in regex");
      return {};
    }
    return chars(std::move(set));
  }

  std::string_view text_;
  bool anchors_are_empty_;
  std::size_t pos_ = 0;
  std::string error_;
};

class Emitter {
 public:
  explicit Emitter(RandomSource& random) : random_(random) {}

  // False when the output or the work done exceeds its bound (nested
  // repeats of empty groups produce nothing but could loop for long).
  bool emit(const Node& n, std::string& out) {
    if (out.size() > kMaxOutputBytes || ++steps_ > kMaxSteps) return false;
    switch (n.kind) {
      case Node::Kind::Empty: return true;
      case Node::Kind::Chars: {
        std::uint64_t total = 0;
        for (const auto& [lo, hi] : n.ranges) total += hi - lo + 1;
        auto pick = static_cast<std::uint64_t>(random_.uniform(0, static_cast<std::int64_t>(total) - 1));
        for (const auto& [lo, hi] : n.ranges) {
          const std::uint64_t size = hi - lo + 1;
          if (pick < size) {
            support::append_utf8(out, lo + static_cast<char32_t>(pick));
            return true;
          }
          pick -= size;
        }
        return true;
      }
      case Node::Kind::Concat:
        return std::all_of(n.children.begin(), n.children.end(), [&](const Node& c) { return emit(c, out); });
      case Node::Kind::Alt: return emit(n.children[random_.index(n.children.size())], out);
      case Node::Kind::Repeat: {
        const auto count = random_.uniform(n.min, n.max);
        for (std::int64_t i = 0; i < count; ++i) {
          if (!emit(n.children.front(), out)) return false;
        }
        return true;
      }
    }
    return true;
  }

 private:
  RandomSource& random_;
  std::size_t steps_ = 0;
};

}  // namespace

support::Result<std::string> generate_regex(std::string_view pattern, RandomSource& random, bool strip_anchors) {
  if (pattern.size() > kMaxPatternBytes) return make_error(ErrorCategory::InvalidArgument, "regex is too long to generate from");
  std::string_view body = pattern;
  if (strip_anchors) {
    if (body.starts_with('^')) body.remove_prefix(1);
    if (body.ends_with('$') && !body.ends_with("\\$")) body.remove_suffix(1);
  }
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 re(re2::StringPiece(body.data(), body.size()), options);
  if (!re.ok()) return make_error(ErrorCategory::Parse, "invalid regex '" + std::string(pattern) + "': " + re.error());

  auto tree = Parser(body, strip_anchors).parse();
  if (!tree) return tree.error();
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    Emitter emitter(random);
    std::string out;
    if (!emitter.emit(*tree, out)) {
      return make_error(ErrorCategory::InvalidArgument, "regex produces values that are too long");
    }
    if (RE2::FullMatch(out, re)) return out;
  }
  return make_error(ErrorCategory::Internal, "could not generate a value matching '" + std::string(pattern) + "'");
}

}  // namespace pact::generators

// Compiled-regex cache behind one mutex (CONVENTIONS.md: the only global
// mutable state of this layer).

#include "matching/regex_cache.hpp"

#include <re2/re2.h>

#include <map>
#include <memory>
#include <mutex>

namespace pact::matching {
namespace {

// Ruby's \h (hex digit) is common in pacts written by Ruby/JS clients; RE2
// has no \h, so it is rewritten outside character classes and inside them.
std::string translate_ruby_escapes(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      const char n = pattern[i + 1];
      if (n == 'h') {
        out += in_class ? "0-9a-fA-F" : "[0-9a-fA-F]";
      } else if (n == 'H' && !in_class) {
        out += "[^0-9a-fA-F]";
      } else if (n == 'A' && !in_class) {
        out += "^";
      } else if (n == 'z' && !in_class) {
        out += "\\z";
      } else if (n == 'Z' && !in_class) {
        out += "(?:\\n?\\z)";
      } else {
        out += c;
        out += n;
      }
      ++i;
      continue;
    }
    if (c == '[' && !in_class) in_class = true;
    else if (c == ']' && in_class) in_class = false;
    out += c;
  }
  return out;
}

class RegexCache {
 public:
  std::shared_ptr<const re2::RE2> get(std::string_view pattern) {
    std::lock_guard lock(mutex_);
    const std::string key(pattern);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    if (cache_.size() >= kMaxEntries) cache_.clear();
    re2::RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_shared<const re2::RE2>(translate_ruby_escapes(pattern), options);
    cache_.emplace(key, re);
    return re;
  }

 private:
  static constexpr std::size_t kMaxEntries = 512;
  std::mutex mutex_;  // guards cache_
  std::map<std::string, std::shared_ptr<const re2::RE2>> cache_;
};

RegexCache& cache() {
  static RegexCache instance;  // process-wide compiled-pattern cache
  return instance;
}

}  // namespace

support::Result<bool> regex_full_match(std::string_view pattern, std::string_view text) {
  const auto re = cache().get(pattern);
  if (!re->ok()) {
    return support::make_error(support::ErrorCategory::Parse, re->error());
  }
  re2::StringPiece match;
  // RE2's default semantics are leftmost-first (Perl-like), so the submatch
  // is the first match a backtracking engine would find (§8).
  if (!re->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), re2::RE2::ANCHOR_START, &match, 1)) {
    return false;
  }
  return match.size() == text.size();
}

}  // namespace pact::matching

#pragma once
// Random strings that match a regular expression (generators.md §6).
//
// RE2 does not expose its parse tree, so a small parser covers the common
// syntax and RE2 verifies every candidate (full match). Supported: literals
// (UTF-8 included), escapes (\d \w \s \D \W \S, \n \t \r \f \v \a, \xHH,
// \x{H..}, escaped punctuation), '.', classes with ranges, negation and POSIX
// names ([[:alpha:]]), groups ((...), (?:...), (?P<n>...), (?<n>...), flag
// groups whose flags are ignored), alternation, and the quantifiers ?, *, +,
// {n}, {n,}, {n,m} (lazy '?' suffixes accepted). Unbounded repeats add at
// most 20 repetitions (generators.md §6). Not supported (generation fails):
// Unicode classes (\p{..}, \pL), backreferences. Negated classes, \D \W \S
// and '.' produce printable ASCII only.

#include <string>
#include <string_view>

#include "generators/context.hpp"
#include "support/result.hpp"

namespace pact::generators {

/// A random string that RE2 fully matches against `pattern`.
/// With `strip_anchors` (the generator's behaviour, generators.md §6) a
/// leading '^' and a trailing '$' are removed independently and any other
/// anchor or word boundary is an empty assertion; without it (the FFI's
/// pactffi_generate_regex_value, §14) any anchor is an error. Input size,
/// nesting, repeat counts and output length are bounded; a hostile pattern
/// yields an error, never a crash.
support::Result<std::string> generate_regex(std::string_view pattern, RandomSource& random,
                                            bool strip_anchors = true);

}  // namespace pact::generators

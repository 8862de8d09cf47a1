#include "verifier/body_diff.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/json.hpp"
#include "support/text.hpp"
#include "verifier/ansi.hpp"

namespace pact::verifier {
namespace {

/// Rust's str::split: "" gives one empty piece.
std::vector<std::string_view> split_on(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    if (end == std::string_view::npos) {
      pieces.push_back(text.substr(start));
      return pieces;
    }
    pieces.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

// The longest common subsequence of lines, filled and walked back exactly as
// the `difference` crate (2.0) does: ties decide which lines show as changed.
std::string common_lines(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::size_t> table(n * m, 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return table[i * m + j]; };
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) {
      if (a[i] == b[j]) {
        at(i, j) = (i == 0 || j == 0) ? 1 : at(i - 1, j - 1) + 1;
      } else if (i == 0) {
        at(i, j) = j == 0 ? 0 : at(i, j - 1);
      } else if (j == 0) {
        at(i, j) = at(i - 1, j);
      } else {
        at(i, j) = std::max(at(i, j - 1), at(i - 1, j));
      }
    }
  }
  std::vector<std::string_view> common;
  auto i = static_cast<std::ptrdiff_t>(n) - 1;
  auto j = static_cast<std::ptrdiff_t>(m) - 1;
  while (i >= 0 && j >= 0) {
    const auto ui = static_cast<std::size_t>(i);
    const auto uj = static_cast<std::size_t>(j);
    if (a[ui] == b[uj]) {
      common.push_back(a[ui]);
      --i;
      --j;
    } else if (i == 0 && j == 0) {
      break;
    } else if (i == 0 || table[ui * m + uj - 1] > at(ui - 1, uj)) {
      // With j == 0 the crate's flat index reads the end of the row above
      // and may stop early; kept, as it decides the diff shown.
      --j;
    } else {
      --i;
    }
  }
  std::reverse(common.begin(), common.end());
  std::string joined;
  for (std::size_t k = 0; k < common.size(); ++k) {
    if (k > 0) joined += '\n';
    joined += common[k];
  }
  return joined;
}

struct LineChange {
  enum class Kind { Same, Added, Removed };
  Kind kind;
  std::string text;  ///< lines joined with '\n'
};

// The crate's merge of both texts along their common lines. The common
// lines travel as one joined string, so a single empty common line counts as
// none, as in the crate.
std::vector<LineChange> line_changes(std::string_view original, std::string_view edited) {
  const auto common_text = common_lines(split_on(original, '\n'), split_on(edited, '\n'));
  const auto pieces = [](std::string_view text) {
    return text.empty() ? std::vector<std::string_view>{} : split_on(text, '\n');
  };
  const auto left = pieces(original);
  const auto right = pieces(edited);
  const auto common = pieces(common_text);
  std::size_t l = 0, r = 0, c = 0;
  const auto peek = [](const std::vector<std::string_view>& v, std::size_t k) {
    return k < v.size() ? std::optional<std::string_view>(v[k]) : std::nullopt;
  };
  const auto joined = [](const std::vector<std::string_view>& lines) {
    std::string out;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (k > 0) out += '\n';
      out += lines[k];
    }
    return out;
  };
  std::vector<LineChange> changes;
  while (l < left.size() || r < right.size()) {
    const auto before = l + r;
    std::vector<std::string_view> same, removed, added;
    while (l < left.size() && peek(left, l) == peek(common, c) && peek(right, r) == peek(common, c)) {
      same.push_back(left[l++]);
      ++r;
      ++c;
    }
    if (!same.empty()) changes.push_back({LineChange::Kind::Same, joined(same)});
    while (l < left.size() && peek(left, l) != peek(common, c)) removed.push_back(left[l++]);
    if (!removed.empty()) changes.push_back({LineChange::Kind::Removed, joined(removed)});
    while (r < right.size() && peek(right, r) != peek(common, c)) added.push_back(right[r++]);
    if (!added.empty()) changes.push_back({LineChange::Kind::Added, joined(added)});
    if (l + r == before) break;  // cannot happen for a true common subsequence; never spin
  }
  return changes;
}

json::value diff_json(std::string_view text) {
  if (text.empty()) return json::string("");
  auto parsed = json::try_parse(text);
  return parsed ? std::move(*parsed) : json::value(nullptr);
}

// Rust's usize::from_str: an optional '+' and decimal digits.
std::optional<std::size_t> parse_index(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  std::size_t value = 0;
  for (const char ch : text) {
    if (ch < '0' || ch > '9') return std::nullopt;
    const auto digit = static_cast<std::size_t>(ch - '0');
    if (value > (SIZE_MAX - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
  }
  return value;
}

// The fragment of one body the diff shows. The reference skips "$", takes
// the next path segment only to decide that there is one, and then looks the
// segment after it up in the root (one level, no recursion): "$.id" shows
// nothing, "$" the whole body.
std::string diff_fragment(const json::value& body, const std::vector<std::string_view>& segments) {
  if (segments.size() < 2) return json::write(body, json::Layout::Pretty);
  if (segments.size() < 3) return {};
  const auto segment = segments[2];
  const json::value* found = nullptr;
  if (const auto* obj = body.if_object()) {
    found = obj->if_contains(segment);
  } else if (const auto* arr = body.if_array()) {
    if (const auto index = parse_index(segment); index && *index < arr->size()) found = &(*arr)[*index];
  }
  return found != nullptr ? support::rust_debug_quoted(json::write(*found, json::Layout::Pretty)) : std::string();
}

}  // namespace

std::string json_body_diff(std::string_view expected, std::string_view actual, std::string_view path,
                           std::string_view indent) {
  const auto segments = split_on(path, '.');
  const auto changes =
      line_changes(diff_fragment(diff_json(expected), segments), diff_fragment(diff_json(actual), segments));
  std::string out;
  for (const auto& change : changes) {
    const std::string indented(indent);
    switch (change.kind) {
      case LineChange::Kind::Same: out += indented + change.text + "\n"; break;
      case LineChange::Kind::Added: out += ansi::painted(ansi::kGreen, indented + "+" + change.text + "\n"); break;
      case LineChange::Kind::Removed: out += ansi::painted(ansi::kRed, indented + "-" + change.text + "\n"); break;
    }
  }
  return out;
}

}  // namespace pact::verifier

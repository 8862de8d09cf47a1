#include "model/query_string.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include <boost/url/decode_view.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/grammar/alnum_chars.hpp>
#include <boost/url/grammar/lut_chars.hpp>
#include <boost/url/encoding_opts.hpp>
#include <boost/url/pct_string_view.hpp>

#include "support/utf8.hpp"

namespace pact::model {
namespace {

// The characters application/x-www-form-urlencoded leaves as they are
// (WHATWG URL "urlencoded serializer"); a space becomes '+'.
constexpr boost::urls::grammar::lut_chars kFormUnreserved =
    boost::urls::grammar::alnum_chars + boost::urls::grammar::lut_chars("*-._");

bool is_hex(char c) noexcept { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// Decodes one UTF-8 sequence starting at `i` (input already validated).
std::uint32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int len = 1;
  std::uint32_t cp = b0;
  if (b0 >= 0xF0) { len = 4; cp = b0 & 0x07U; }
  else if (b0 >= 0xE0) { len = 3; cp = b0 & 0x0FU; }
  else if (b0 >= 0xC0) { len = 2; cp = b0 & 0x1FU; }
  for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3FU);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

// The reference's value encoding (§8): space -> '+', [A-Za-z0-9-] kept,
// anything else -> '%' + lower-case hex digits of the code point, two at a
// time. A code point with an odd number of hex digits crashes the reference;
// we pad it with a leading zero instead.
std::string encode_v2_value(std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  std::size_t i = 0;
  while (i < value.size()) {
    const std::uint32_t cp = next_code_point(value, i);
    if (cp == ' ') {
      out.push_back('+');
    } else if (cp < 0x80 && (std::isalnum(static_cast<int>(cp)) != 0 || cp == '-')) {
      out.push_back(static_cast<char>(cp));
    } else {
      std::string digits;
      for (std::uint32_t v = cp; v != 0; v >>= 4) digits.insert(digits.begin(), kHex[v & 0xF]);
      if (digits.empty()) digits = "0";
      if (digits.size() % 2 != 0) digits.insert(digits.begin(), '0');
      for (std::size_t k = 0; k < digits.size(); k += 2) {
        out.push_back('%');
        out.append(digits, k, 2);
      }
    }
  }
  return out;
}

}  // namespace

std::string decode_query_component(std::string_view text) {
  // Boost.URL rejects invalid escapes, while the reference keeps them
  // literally: escape every '%' that does not start a valid "%XX" first.
  std::string sanitized;
  sanitized.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && !(i + 2 < text.size() && is_hex(text[i + 1]) && is_hex(text[i + 2]))) {
      sanitized += "%25";
    } else {
      sanitized.push_back(text[i]);
    }
  }
  const auto pct = boost::urls::make_pct_string_view(sanitized);
  if (!pct) return std::string(text);
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  const boost::urls::decode_view decoded(*pct, opts);
  std::string out(decoded.begin(), decoded.end());
  if (!support::is_valid_utf8(out)) return std::string(text);
  return out;
}

Query parse_query_string(std::string_view text) {
  Query query;
  while (!text.empty()) {
    const auto amp = text.find('&');
    const auto segment = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
    if (segment.empty()) continue;
    const auto eq = segment.find('=');
    if (eq == std::string_view::npos) {
      query.at_or_add(decode_query_component(segment)).push_back(std::nullopt);
    } else {
      query.at_or_add(decode_query_component(segment.substr(0, eq)))
          .push_back(decode_query_component(segment.substr(eq + 1)));
    }
  }
  return query;
}

std::string write_v2_query_string(const Query& query) {
  std::vector<const std::pair<std::string, std::vector<std::optional<std::string>>>*> entries;
  for (const auto& e : query.entries) {
    if (!e.first.empty()) entries.push_back(&e);
  }
  std::stable_sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::string out;
  for (const auto* e : entries) {
    for (const auto& value : e->second) {
      if (!out.empty()) out.push_back('&');
      out += e->first;
      if (value) {
        out.push_back('=');
        out += encode_v2_value(*value);
      }
    }
  }
  return out;
}

std::string form_encode(std::string_view text) {
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  return boost::urls::encode(text, kFormUnreserved, opts);
}

}  // namespace pact::model

#include "generators/produce.hpp"

#include <re2/re2.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>

#include "generators/date_expression.hpp"
#include "generators/date_time.hpp"
#include "generators/provider_state.hpp"
#include "generators/regex_generator.hpp"

namespace pact::generators::detail {
namespace {

using support::ErrorCategory;
using support::make_error;

// A bound for RandomString/RandomHexadecimal sizes so that a hostile pact
// cannot make the mock server allocate gigabytes.
constexpr std::uint64_t kMaxGeneratedSize = 1'000'000;

// Optional string attribute (§3): absent -> nothing, null -> "", a string as
// is, any other JSON value as its JSON text.
std::optional<std::string> string_attribute(const model::Generator& g, std::string_view key) {
  const auto* v = g.attributes.if_contains(key);
  if (v == nullptr) return std::nullopt;
  if (v->is_null()) return std::string();
  if (v->is_string()) return std::string(v->get_string());
  return json::write(*v);
}

// Integer attributes read only JSON integers; anything else is the default (§3).
std::int64_t int_attribute(const model::Generator& g, std::string_view key, std::int64_t fallback) {
  const auto* v = g.attributes.if_contains(key);
  if (v == nullptr) return fallback;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64()) return static_cast<std::int64_t>(v->get_uint64());
  return fallback;
}

std::optional<std::uint64_t> unsigned_attribute(const model::Generator& g, std::string_view key, std::uint64_t fallback) {
  const auto* v = g.attributes.if_contains(key);
  if (v == nullptr) return fallback;
  if (v->is_uint64()) return v->get_uint64();
  if (v->is_int64()) {
    if (v->get_int64() < 0) return fallback;
    return static_cast<std::uint64_t>(v->get_int64());
  }
  return fallback;
}

support::Result<std::uint64_t> size_attribute(const model::Generator& g, std::string_view key) {
  const auto size = *unsigned_attribute(g, key, 10);
  if (size > kMaxGeneratedSize) {
    return make_error(ErrorCategory::InvalidArgument, std::string(key) + " " + std::to_string(size) + " is too large");
  }
  return size;
}

// RandomInt bounds are read as 64-bit and truncated to 32-bit (§3).
std::pair<std::int64_t, std::int64_t> int_range(const model::Generator& g) {
  return {static_cast<std::int32_t>(int_attribute(g, "min", 0)), static_cast<std::int32_t>(int_attribute(g, "max", 10))};
}

char digit(RandomSource& r, int lo = 0) { return static_cast<char>('0' + r.uniform(lo, 9)); }

// RandomDecimal text (§5 table): exactly `digits` digits, one point placed
// 1..digits-2 digits from the left when digits >= 3, and no leading zero
// unless the point follows it.
std::string random_decimal(std::uint64_t digits, RandomSource& r) {
  if (digits == 0) return {};
  if (digits == 1) return std::string(1, digit(r));
  if (digits == 2) return std::string{digit(r), '.', digit(r)};
  const auto before = static_cast<std::uint64_t>(r.uniform(1, static_cast<std::int64_t>(digits - 2)));
  std::string out;
  out.reserve(digits + 1);
  out += digit(r, before == 1 ? 0 : 1);
  for (std::uint64_t i = 1; i < before; ++i) out += digit(r);
  out += '.';
  for (std::uint64_t i = before; i < digits; ++i) out += digit(r);
  return out;
}

std::string random_text(std::uint64_t size, std::string_view alphabet, RandomSource& r) {
  std::string out;
  out.reserve(size);
  for (std::uint64_t i = 0; i < size; ++i) out += alphabet[r.index(alphabet.size())];
  return out;
}

enum class UuidFormat { Simple, LowerHyphenated, UpperHyphenated, Urn };

// Exact, case-sensitive names; anything else is the default (§7).
UuidFormat uuid_format(const model::Generator& g) {
  const auto f = string_attribute(g, "format");
  if (f == "simple") return UuidFormat::Simple;
  if (f == "upper-case-hyphenated") return UuidFormat::UpperHyphenated;
  if (f == "URN") return UuidFormat::Urn;
  return UuidFormat::LowerHyphenated;
}

std::string random_uuid(UuidFormat format, RandomSource& r) {
  std::array<unsigned, 16> bytes{};
  for (auto& b : bytes) b = static_cast<unsigned>(r.uniform(0, 255));
  bytes[6] = (bytes[6] & 0x0FU) | 0x40U;  // version 4
  bytes[8] = (bytes[8] & 0x3FU) | 0x80U;  // RFC 4122 variant
  const char* hex = format == UuidFormat::UpperHyphenated ? "0123456789ABCDEF" : "0123456789abcdef";
  const bool hyphens = format != UuidFormat::Simple;
  std::string out = format == UuidFormat::Urn ? "urn:uuid:" : "";
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (hyphens && (i == 4 || i == 6 || i == 8 || i == 10)) out += '-';
    out += hex[bytes[i] >> 4];
    out += hex[bytes[i] & 0x0F];
  }
  return out;
}

// Base value (§8.3): the context's baseDate/baseTime/baseDateTime, else now.
support::Result<LocalDateTime> base_value(std::string_view key, const GeneratorContext& context) {
  if (const auto* base = context.values.if_contains(key); base && base->is_string()) {
    return parse_rfc3339(base->get_string());
  }
  const auto now = context.clock();
  return LocalDateTime::at(now, context.utc_offset ? *context.utc_offset : local_utc_offset(now));
}

support::Result<std::string> date_time(const model::Generator& g, const GeneratorContext& context) {
  PatternUse use = PatternUse::DateTime;
  std::string_view base_key = "baseDateTime";
  std::string_view default_format = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
  auto apply = apply_datetime_expression;
  if (g.type == "Date") {
    use = PatternUse::Date, base_key = "baseDate", default_format = "yyyy-MM-dd", apply = apply_date_expression;
  } else if (g.type == "Time") {
    use = PatternUse::Time, base_key = "baseTime", default_format = "HH:mm:ss", apply = apply_time_expression;
  }
  auto value = base_value(base_key, context);
  if (!value) return value.error();
  if (const auto expression = string_attribute(g, "expression")) {
    value = apply(*expression, *value);
    if (!value) return value.error();
  }
  const auto format = string_attribute(g, "format");
  return format_java(format ? std::string_view(*format) : default_format, *value, use);
}

// MockServerURL (§10): the first match of `regex` in `example` is replaced
// by the mock server URL followed by capture group 1.
support::Result<std::string> mock_server_url(const model::Generator& g, bool json_target,
                                             const GeneratorContext& context) {
  const auto* server = context.values.if_contains("mockServer");
  const json::value* url = nullptr;
  if (server && server->is_object()) {
    url = server->get_object().if_contains("url");
    if (url == nullptr && json_target) url = server->get_object().if_contains("href");
  }
  if (url == nullptr || !url->is_string()) {
    return make_error(ErrorCategory::NotFound, "no mock server URL in the generator context");
  }
  const std::string example = string_attribute(g, "example").value_or("");
  const std::string pattern = string_attribute(g, "regex").value_or("");
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 re(pattern, options);
  if (!re.ok()) return make_error(ErrorCategory::Parse, "invalid regex '" + pattern + "': " + re.error());
  if (re.NumberOfCapturingGroups() < 1) {
    return make_error(ErrorCategory::InvalidArgument, "MockServerURL regex '" + pattern + "' has no capture group");
  }
  std::array<re2::StringPiece, 2> groups;
  if (!re.Match(example, 0, example.size(), RE2::UNANCHORED, groups.data(), 2)) return example;
  const auto start = static_cast<std::size_t>(groups[0].data() - example.data());
  return example.substr(0, start) + std::string(url->get_string()) + std::string(groups[1]) +
         example.substr(start + groups[0].size());
}

support::Result<json::value> text_value(support::Result<std::string> text) {
  if (!text) return text.error();
  return json::value(json::string(*text));
}

}  // namespace

support::Result<json::value> produce(const model::Generator& g, TargetKind kind, const GeneratorContext& context) {
  auto& random = context.random;
  const bool json_target = kind != TargetKind::Text;
  const std::string& type = g.type;

  if (type == "RandomInt") {
    const auto [lo, hi] = int_range(g);
    const auto n = random.uniform(lo, hi);
    if (kind == TargetKind::JsonString || kind == TargetKind::Text) return json::value(json::string(std::to_string(n)));
    return json::value(n);
  }
  if (type == "RandomDecimal") {
    // Truncated to 16 bits (§3).
    const auto digits = static_cast<std::uint16_t>(*unsigned_attribute(g, "digits", 10));
    std::string text = random_decimal(digits, random);
    if (kind != TargetKind::JsonNumber) return json::value(json::string(text));
    double d = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    if (ec != std::errc() || ptr != text.data() + text.size()) {
      return make_error(ErrorCategory::InvalidArgument, "'" + text + "' is not a number");
    }
    return json::value(d);
  }
  if (type == "RandomHexadecimal") {
    auto size = size_attribute(g, "digits");
    if (!size) return size.error();
    return json::value(json::string(random_text(*size, "0123456789ABCDEF", random)));
  }
  if (type == "RandomString") {
    auto size = size_attribute(g, "size");
    if (!size) return size.error();
    return json::value(
        json::string(random_text(*size, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", random)));
  }
  if (type == "RandomBoolean") {
    const bool b = random.coin();
    if (kind == TargetKind::Text) return json::value(json::string(b ? "true" : "false"));
    return json::value(b);
  }
  if (type == "Regex") {
    const auto regex = string_attribute(g, "regex");
    if (!regex) return make_error(ErrorCategory::InvalidArgument, "Regex generator without a regex");
    return text_value(generate_regex(*regex, random));
  }
  if (type == "Uuid") {
    // A non-string JSON example always gets the default format (§7).
    const auto format = (kind == TargetKind::JsonString || kind == TargetKind::Text) ? uuid_format(g)
                                                                                     : UuidFormat::LowerHyphenated;
    return json::value(json::string(random_uuid(format, random)));
  }
  if (type == "Date" || type == "Time" || type == "DateTime") return text_value(date_time(g, context));
  if (type == "ProviderState") {
    const auto expression = string_attribute(g, "expression");
    if (!expression) return make_error(ErrorCategory::InvalidArgument, "ProviderState generator without an expression");
    const auto data_type = data_type_from(string_attribute(g, "dataType").value_or("RAW"));
    auto value = evaluate_expression(*expression, context.values);
    if (!value) return value.error();
    if (json_target) return convert_json(*value, data_type);
    return text_value(convert_text(*value, data_type));
  }
  if (type == "MockServerURL") return text_value(mock_server_url(g, json_target, context));
  // Plugin-provided or unknown types cannot run without plugins (§11).
  return make_error(ErrorCategory::InvalidArgument, "generator type '" + type + "' is not supported");
}

support::Result<std::uint16_t> produce_status(const model::Generator& g, const GeneratorContext& context) {
  if (g.type == "RandomInt") {
    // Bounds are cast to unsigned 16-bit first; negative values wrap (§5).
    const auto [lo, hi] = int_range(g);
    const auto n = context.random.uniform(static_cast<std::uint16_t>(lo), static_cast<std::uint16_t>(hi));
    return static_cast<std::uint16_t>(n);
  }
  if (g.type == "ProviderState") {
    const auto expression = string_attribute(g, "expression");
    if (!expression) return make_error(ErrorCategory::InvalidArgument, "ProviderState generator without an expression");
    auto value = evaluate_expression(*expression, context.values);
    if (!value) return value.error();
    return convert_status(*value, data_type_from(string_attribute(g, "dataType").value_or("RAW")));
  }
  return make_error(ErrorCategory::InvalidArgument, "a " + g.type + " generator cannot produce a status");
}

}  // namespace pact::generators::detail

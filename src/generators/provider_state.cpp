#include "generators/provider_state.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

#include "support/text.hpp"

namespace pact::generators {
namespace {

using support::ErrorCategory;
using support::make_error;

support::Error conversion_error(const json::value& value, std::string_view to) {
  return make_error(ErrorCategory::InvalidArgument,
                    "could not convert '" + json::write(value) + "' to " + std::string(to));
}

std::optional<std::uint64_t> parse_unsigned(std::string_view text) {
  std::uint64_t out = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
  return out;
}

std::optional<double> parse_double(std::string_view text) {
  double out = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
  return out;
}

double number_as_double(const json::value& v) {
  if (v.is_int64()) return static_cast<double>(v.get_int64());
  if (v.is_uint64()) return static_cast<double>(v.get_uint64());
  return v.get_double();
}

// Double to int64 without undefined behaviour for NaN/huge values.
std::int64_t truncate(double d) {
  if (std::isnan(d)) return 0;
  if (d >= 9.2e18) return std::numeric_limits<std::int64_t>::max();
  if (d <= -9.2e18) return std::numeric_limits<std::int64_t>::min();
  return static_cast<std::int64_t>(d);
}

}  // namespace

DataType data_type_from(std::string_view text) {
  const auto t = support::ascii_lower(text);
  if (t == "string") return DataType::String;
  if (t == "integer") return DataType::Integer;
  if (t == "decimal" || t == "float") return DataType::Decimal;
  if (t == "boolean") return DataType::Boolean;
  return DataType::Raw;
}

support::Result<json::value> evaluate_expression(std::string_view expression, const json::object& context) {
  const json::object* values = &context;
  if (const auto* ps = context.if_contains("providerState"); ps && ps->is_object()) values = &ps->get_object();

  if (expression.find("${") == std::string_view::npos) {
    if (const auto* v = values->if_contains(expression)) return *v;
    return make_error(ErrorCategory::NotFound,
                      "Value '" + std::string(expression) + "' was not found in the provided context");
  }
  std::vector<json::value> parts;
  std::size_t pos = 0;
  while (pos < expression.size()) {
    const auto open = expression.find("${", pos);
    if (open == std::string_view::npos) {
      parts.emplace_back(json::string(expression.substr(pos)));
      break;
    }
    if (open > pos) parts.emplace_back(json::string(expression.substr(pos, open - pos)));
    const auto close = expression.find('}', open + 2);
    if (close == std::string_view::npos) {
      return make_error(ErrorCategory::Parse,
                        "Missing closing brace in expression string '" + std::string(expression) + "'");
    }
    const auto name = expression.substr(open + 2, close - open - 2);
    if (!name.empty()) {
      const auto* v = values->if_contains(name);
      if (v == nullptr) return make_error(ErrorCategory::NotFound, "No value for '" + std::string(name) + "' found");
      parts.push_back(*v);
    }
    pos = close + 1;
  }
  if (parts.size() == 1) return parts.front();
  std::string text;
  for (const auto& p : parts) text += json::to_plain_string(p);
  return json::value(json::string(text));
}

support::Result<json::value> convert_json(const json::value& value, DataType type) {
  switch (type) {
    case DataType::Raw: return value;
    case DataType::String:
      if (value.is_string()) return value;
      return json::value(json::string(json::write(value)));
    case DataType::Integer:
      if (value.is_string()) {
        if (auto n = parse_unsigned(value.get_string())) return json::value(*n);
        return conversion_error(value, "an integer");
      }
      if (value.is_int64() || value.is_uint64()) return value;
      if (value.is_double()) return json::value(truncate(value.get_double()));
      if (value.is_bool()) return json::value(value.get_bool() ? 1 : 0);
      if (value.is_null()) return json::value(0);
      return conversion_error(value, "an integer");
    case DataType::Decimal:
      if (value.is_string()) {
        if (auto d = parse_double(value.get_string())) return json::value(*d);
        return conversion_error(value, "a decimal");
      }
      if (value.is_number()) return json::value(number_as_double(value));
      if (value.is_bool()) return json::value(value.get_bool() ? 1.0 : 0.0);
      if (value.is_null()) return json::value(0.0);
      return conversion_error(value, "a decimal");
    case DataType::Boolean:
      if (value.is_string()) {
        if (value.get_string() == "true") return json::value(true);
        if (value.get_string() == "false") return json::value(false);
        return conversion_error(value, "a boolean");
      }
      if (value.is_number()) return json::value(number_as_double(value) > 0);
      if (value.is_bool()) return value;
      if (value.is_null()) return json::value(false);
      return conversion_error(value, "a boolean");
  }
  return value;
}

support::Result<std::string> convert_text(const json::value& value, DataType type) {
  auto converted = convert_json(value, type);
  if (!converted) return converted.error();
  const json::value& v = *converted;
  if (type == DataType::Decimal && v.is_double()) {
    // Decimals rendered into text lose a trailing ".0" (§9.3, trap 7).
    std::string text = json::format_double(v.get_double());
    if (text.ends_with(".0")) text.resize(text.size() - 2);
    return text;
  }
  return json::to_plain_string(v);
}

support::Result<std::uint16_t> convert_status(const json::value& value, DataType type) {
  if (value.is_null()) return std::uint16_t{0};
  if (value.is_bool()) return static_cast<std::uint16_t>(value.get_bool() ? 1 : 0);
  if (value.is_int64()) return static_cast<std::uint16_t>(value.get_int64());
  if (value.is_uint64()) return static_cast<std::uint16_t>(value.get_uint64());
  if (value.is_double()) return static_cast<std::uint16_t>(truncate(value.get_double()));
  if (value.is_string()) {
    const std::string_view text = value.get_string();
    if (type == DataType::Boolean) return conversion_error(value, "a status");
    if (type == DataType::Decimal) {
      if (auto d = parse_double(text)) return static_cast<std::uint16_t>(truncate(*d));
    } else if (auto n = parse_unsigned(text)) {
      return static_cast<std::uint16_t>(*n);
    }
  }
  return conversion_error(value, "a status");
}

}  // namespace pact::generators

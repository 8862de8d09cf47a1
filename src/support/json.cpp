#include "support/json.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace pact::json {
namespace {

void write_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

void newline(std::string& out, int depth) {
  out.push_back('\n');
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
}

void write_value(std::string& out, const value& v, Layout layout, int depth) {
  const bool pretty = layout == Layout::Pretty;
  switch (v.kind()) {
    case kind::null: out += "null"; break;
    case kind::bool_: out += v.get_bool() ? "true" : "false"; break;
    case kind::int64: out += std::to_string(v.get_int64()); break;
    case kind::uint64: out += std::to_string(v.get_uint64()); break;
    case kind::double_: out += format_double(v.get_double()); break;
    case kind::string: write_string(out, v.get_string()); break;
    case kind::array: {
      const auto& arr = v.get_array();
      if (arr.empty()) { out += "[]"; break; }
      out.push_back('[');
      bool first = true;
      for (const auto& item : arr) {
        if (!first) out.push_back(',');
        first = false;
        if (pretty) newline(out, depth + 1);
        write_value(out, item, layout, depth + 1);
      }
      if (pretty) newline(out, depth);
      out.push_back(']');
      break;
    }
    case kind::object: {
      const auto& obj = v.get_object();
      if (obj.empty()) { out += "{}"; break; }
      // Sorted by bytes, as the reference's ordered maps are. Duplicate keys
      // cannot occur: boost::json::object keeps the last one on parse.
      std::vector<const object::value_type*> members;
      members.reserve(obj.size());
      for (const auto& kv : obj) members.push_back(&kv);
      std::sort(members.begin(), members.end(), [](auto* a, auto* b) {
        return std::string_view(a->key()) < std::string_view(b->key());
      });
      out.push_back('{');
      bool first = true;
      for (const auto* kv : members) {
        if (!first) out.push_back(',');
        first = false;
        if (pretty) newline(out, depth + 1);
        write_string(out, kv->key());
        out += pretty ? ": " : ":";
        write_value(out, kv->value(), layout, depth + 1);
      }
      if (pretty) newline(out, depth);
      out.push_back('}');
      break;
    }
  }
}

}  // namespace

std::string format_double(double d) {
  if (!std::isfinite(d)) return "null";  // JSON has no NaN/Inf; serde writes null
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, d);
  std::string text(buf, res.ptr);
  // serde (ryu) style: 1e21 stays as exponent; integers get ".0".
  if (const auto e = text.find("e+"); e != std::string::npos) text.erase(e + 1, 1);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

std::string write(const value& v, Layout layout) {
  std::string out;
  write_value(out, v, layout, 0);
  return out;
}

support::Result<value> parse(std::string_view text) {
  boost::system::error_code ec;
  boost::json::parse_options opts;
  opts.max_depth = 256;  // bounded recursion for hostile input
  value v = boost::json::parse(text, ec, {}, opts);
  if (ec) {
    return support::make_error(support::ErrorCategory::Parse, "invalid JSON: " + ec.message());
  }
  return v;
}

std::optional<value> try_parse(std::string_view text) {
  auto r = parse(text);
  if (!r.ok()) return std::nullopt;
  return std::move(r).value();
}

const value* find(const value& v, std::string_view key) {
  const auto* obj = v.if_object();
  if (obj == nullptr) return nullptr;
  return obj->if_contains(key);
}

std::string to_plain_string(const value& v) {
  if (const auto* s = v.if_string()) return std::string(*s);
  if (v.is_null()) return {};
  return write(v);
}

}  // namespace pact::json

#include "model/body_json.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "model/base64.hpp"
#include "support/text.hpp"
#include "support/utf8.hpp"

namespace pact::model {
namespace {

ContentType text_plain() { return ContentType{"text", "plain", {}}; }
ContentType any_type() { return ContentType{"*", "*", {}}; }

json::value base64_value(const std::string& bytes) { return json::value(base64_encode(bytes)); }

}  // namespace

Body read_body_v3(const json::value* value, const std::optional<ContentType>& declared) {
  if (value == nullptr) return Body::missing();
  if (value->is_null()) return Body::null();
  const auto* str = value->if_string();
  if (str == nullptr) {
    // Embedded JSON: its compact text (§10.2 step 2). The reference leaves the
    // content type unset here and derives it later from the header or the
    // bytes; we store that derived type now so that a V3 body read, written
    // and read again is the same model, and so that a V3 response upgraded to
    // V4 is written with its real type instead of "*/*".
    auto text = json::write(*value);
    const ContentType ct = declared ? *declared : detect_content_type(text).value_or(text_plain());
    return Body::present(std::move(text), ct.to_string());
  }
  const std::string s(*str);
  if (s.empty()) return Body::empty();
  const ContentType ct = declared ? *declared : detect_content_type(s).value_or(text_plain());
  if (ct.is_json()) {
    // "Double decoding" (trap 10): a string holding a JSON string or object is that JSON.
    const auto parsed = json::try_parse(s);
    if (parsed && (parsed->is_string() || parsed->is_object())) return Body::present(s, ct.to_string());
    return Body::present("\"" + s + "\"", ct.to_string());
  }
  if (ct.is_text()) return Body::present(s, ct.to_string());
  if (auto decoded = base64_decode(s); decoded && !decoded->empty()) return Body::present(std::move(*decoded));
  return Body::present(s, ct.to_string());
}

json::value body_as_json_value(const Body& body, const std::optional<ContentType>& effective) {
  if (effective && effective->is_json()) {
    if (auto parsed = json::try_parse(body.bytes)) return std::move(*parsed);
    return base64_value(body.bytes);
  }
  if (support::is_valid_utf8(body.bytes)) return json::value(body.bytes);
  return base64_value(body.bytes);
}

std::optional<json::value> write_body_v3(const Body& body, const std::optional<ContentType>& effective, bool message) {
  switch (body.state) {
    case BodyState::Missing: return std::nullopt;
    case BodyState::Empty: return json::value("");
    case BodyState::Null: return json::value(nullptr);
    case BodyState::Present: break;
  }
  if (message && effective && !effective->is_json() && effective->is_binary()) return base64_value(body.bytes);
  return body_as_json_value(body, effective);
}

Body read_body_v4(const json::value* value, const std::optional<ContentType>& fallback) {
  if (value == nullptr) return Body::missing();
  if (value->is_null()) return Body::null();
  const auto* obj = value->if_object();
  if (obj == nullptr) return Body::present(json::write(*value));
  const json::value* content = obj->if_contains("content");
  if (content == nullptr) {
    // §10.3 step 3: only body attributes -> Missing; otherwise the payload
    // was put there directly.
    const bool only_attributes = std::all_of(obj->begin(), obj->end(), [](const auto& kv) {
      const std::string_view k = kv.key();
      return k == "contentType" || k == "contentTypeHint" || k == "encoded";
    });
    if (only_attributes) return Body::missing();
    return Body::present(json::write(*value));
  }
  if (content->is_null()) return Body::null();

  std::optional<ContentType> ct;
  if (const auto* declared = obj->if_contains("contentType"); declared != nullptr && declared->is_string()) {
    ct = parse_content_type(declared->get_string());
  }
  if (!ct) ct = fallback;

  enum class Encoding { None, Base64, Json, Unknown } encoding = Encoding::None;
  if (const auto* encoded = obj->if_contains("encoded"); encoded != nullptr) {
    if (encoded->is_bool()) {
      encoding = encoded->get_bool() ? Encoding::Unknown : Encoding::None;
    } else if (encoded->is_string()) {
      const auto scheme = support::ascii_lower(encoded->get_string());
      encoding = scheme == "base64" ? Encoding::Base64 : scheme == "json" ? Encoding::Json : Encoding::Unknown;
    }
  }

  std::string bytes;
  const auto* str = content->if_string();
  switch (encoding) {
    case Encoding::Base64:
      if (str != nullptr) {
        auto decoded = base64_decode(*str);
        bytes = decoded ? std::move(*decoded) : std::string(*str);
      } else {
        bytes = json::write(*content);
      }
      break;
    case Encoding::Json:
    case Encoding::Unknown: bytes = str != nullptr ? std::string(*str) : json::write(*content); break;
    case Encoding::None:
      if (ct && ct->is_json()) {
        if (str != nullptr) bytes = str->empty() ? std::string() : json::write(*content);
        else bytes = json::write(*content);
      } else {
        bytes = json::to_plain_string(*content);
      }
      break;
  }
  if (bytes.empty()) return Body::empty();

  Body body = Body::present(std::move(bytes));
  if (!ct) ct = detect_content_type(body.bytes);
  body.content_type = ct ? ct->to_string() : any_type().to_string();
  if (const auto* hint = obj->if_contains("contentTypeHint"); hint != nullptr && hint->is_string()) {
    const auto h = std::string_view(hint->get_string());
    body.hint = h == "BINARY" ? ContentTypeHint::Binary : h == "TEXT" ? ContentTypeHint::Text : ContentTypeHint::Default;
  }
  return body;
}

std::optional<json::object> write_body_v4(const Body& body, const std::optional<ContentType>& fill) {
  switch (body.state) {
    case BodyState::Missing:
    case BodyState::Null: return std::nullopt;
    case BodyState::Empty: {
      json::object out;
      out["content"] = "";
      return out;
    }
    case BodyState::Present: break;
  }
  std::optional<ContentType> ct;
  if (!body.content_type.empty()) ct = parse_content_type(body.content_type);
  if (!ct) ct = fill;
  if (!ct) ct = any_type();

  json::object out;
  bool encoded = false;
  if (ct->is_json()) {
    if (auto parsed = json::try_parse(body.bytes)) {
      out["content"] = std::move(*parsed);
    } else {
      encoded = true;
    }
  } else if (body.hint == ContentTypeHint::Binary || ct->is_binary() ||
             !support::is_valid_utf8(body.bytes)) {
    encoded = true;
  } else {
    out["content"] = body.bytes;
  }
  if (encoded) {
    out["content"] = base64_encode(body.bytes);
    out["encoded"] = "base64";
  } else {
    out["encoded"] = false;
  }
  out["contentType"] = ct->to_string();
  if (body.hint == ContentTypeHint::Text) out["contentTypeHint"] = "TEXT";
  if (body.hint == ContentTypeHint::Binary) out["contentTypeHint"] = "BINARY";
  return out;
}

}  // namespace pact::model

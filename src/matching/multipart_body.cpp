// multipart/* bodies (matching-rules.md §13.3).

#include "matching/multipart_body.hpp"

#include <algorithm>

#include "matching/body_match.hpp"
#include "matching/match_context.hpp"
#include "matching/path_expression.hpp"
#include "matching/rules.hpp"
#include "model/base64.hpp"
#include "support/text.hpp"

namespace pact::matching {
namespace {

support::Error parse_error(std::string message) {
  return support::make_error(support::ErrorCategory::Parse, std::move(message));
}

// A delimiter only counts at the start of the body or of a line (RFC 2046).
std::size_t find_delimiter(std::string_view body, std::string_view delimiter, std::size_t from) {
  while (true) {
    const auto pos = body.find(delimiter, from);
    if (pos == std::string_view::npos || pos == 0 || body[pos - 1] == '\n') return pos;
    from = pos + 1;
  }
}

// "form-data; name=\"a\"; filename=\"b.txt\"" -> the named parameter's
// value, unquoted.
std::optional<std::string> disposition_param(std::string_view value, std::string_view wanted) {
  std::size_t i = value.find(';');
  while (i != std::string_view::npos && i < value.size()) {
    ++i;
    const auto eq = value.find('=', i);
    if (eq == std::string_view::npos) return std::nullopt;
    const auto key = support::ascii_lower(support::trim(value.substr(i, eq - i)));
    std::size_t j = eq + 1;
    while (j < value.size() && (value[j] == ' ' || value[j] == '\t')) ++j;
    std::string param;
    if (j < value.size() && value[j] == '"') {
      for (++j; j < value.size() && value[j] != '"'; ++j) {
        if (value[j] == '\\' && j + 1 < value.size()) ++j;
        param += value[j];
      }
      i = value.find(';', j);
    } else {
      const auto end = value.find(';', j);
      param = std::string(support::trim(value.substr(j, end == std::string_view::npos ? end : end - j)));
      i = end;
    }
    if (key == wanted) return param;
  }
  return std::nullopt;
}

support::Result<MimePart> parse_part(std::string_view text, std::size_t index) {
  MimePart part;
  part.index = index;
  std::string_view headers;
  if (text.starts_with("\r\n")) {
    part.data = std::string(text.substr(2));
  } else if (text.starts_with("\n")) {
    part.data = std::string(text.substr(1));
  } else {
    const auto crlf = text.find("\r\n\r\n");
    const auto lf = text.find("\n\n");
    if (crlf == std::string_view::npos && lf == std::string_view::npos) {
      return parse_error("the headers of part " + std::to_string(index) + " are not terminated");
    }
    const bool use_crlf = crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf);
    const auto end = use_crlf ? crlf : lf;
    headers = text.substr(0, end);
    part.data = std::string(text.substr(end + (use_crlf ? 4 : 2)));
  }
  while (!headers.empty()) {
    const auto eol = headers.find('\n');
    auto line = headers.substr(0, eol);
    headers = eol == std::string_view::npos ? std::string_view{} : headers.substr(eol + 1);
    if (line.ends_with('\r')) line.remove_suffix(1);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return parse_error("invalid part header '" + std::string(line) + "'");
    if (part.headers.size() >= kMaxPartHeaders) return parse_error("too many part headers");
    part.headers.emplace_back(support::ascii_lower(support::trim(line.substr(0, colon))),
                              std::string(support::trim(line.substr(colon + 1))));
  }
  if (const auto* disposition = part.header("content-disposition")) {
    part.has_disposition = true;
    part.name = disposition_param(*disposition, "name").value_or("");
    part.filename = disposition_param(*disposition, "filename");
  }
  return part;
}

// The part's data, base64-decoded when its transfer encoding says so (the
// raw data when decoding fails, as the reference does).
std::string decoded_data(const MimePart& part) {
  if (const auto* cte = part.header("content-transfer-encoding"); cte != nullptr && support::iequals(*cte, "base64")) {
    if (auto decoded = model::base64_decode(part.data)) return *decoded;
  }
  return part.data;
}

Mismatch body_mismatch(std::string path, json::value expected, json::value actual, std::string text) {
  Mismatch m;
  m.kind = Mismatch::Kind::Body;
  m.location = std::move(path);
  m.expected = std::move(expected);
  m.actual = std::move(actual);
  m.description = std::move(text);
  return m;
}

// A rule path's tokens written back as a key ("$['a b'][*]").
std::string render_tokens(const std::vector<PathToken>& tokens) {
  std::string out;
  for (const auto& t : tokens) {
    switch (t.kind) {
      case PathToken::Kind::Root: out += "$"; break;
      case PathToken::Kind::Field: out += "['" + t.name + "']"; break;
      case PathToken::Kind::Index: out += "[" + std::to_string(t.index) + "]"; break;
      case PathToken::Kind::Star: out += ".*"; break;
      case PathToken::Kind::StarIndex: out += "[*]"; break;
    }
  }
  return out;
}

class PartComparer {
 public:
  PartComparer(const model::MatchingRules& rules, bool allow_unexpected_keys, std::vector<Mismatch>& out)
      : rules_(rules),
        allow_unexpected_keys_(allow_unexpected_keys),
        ctx_(MatchContext::for_paths(rules.find(model::Category::Body), allow_unexpected_keys)),
        out_(out) {}

  void compare(const MimePart& e, const MimePart& a) {
    const std::string part_name = e.name.empty() ? std::to_string(e.index) : e.name;
    const ValuePath path{"$", part_name};
    if (e.is_field() != a.is_field()) {
      out_.push_back(body_mismatch("$", json::string(e.name), nullptr,
                                   std::string("Expected a MIME ") + (e.is_field() ? "field" : "file") + " '" + e.name +
                                       "' but was " + (a.is_field() ? "field" : "file")));
      return;
    }
    compare_headers(path, part_name, e, a);
    if (e.is_field()) {
      compare_field(path, e, a);
    } else {
      compare_file(path, part_name, e, a);
    }
  }

 private:
  void compare_headers(const ValuePath& path, const std::string& part_name, const MimePart& e, const MimePart& a) {
    std::vector<std::string_view> seen;
    for (const auto& [key, value] : e.headers) {
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;  // first value per name
      seen.emplace_back(key);
      const auto key_path = child_path(path, key);
      const std::string prefix = "MIME part '" + part_name + "': ";
      const auto* actual = a.header(key);
      if (actual == nullptr) {
        if (key == "content-type" || key == "content-disposition" || key == "content-transfer-encoding") continue;
        out_.push_back(body_mismatch(render_path(key_path), json::string(value), nullptr,
                                     prefix + "Expected multipart header '" + key + "' with value '" + value +
                                         "' but was missing"));
        continue;
      }
      Failures failures;
      const auto sel = ctx_.select(key_path);
      if (sel && !sel->cascaded) {  // only rules directly at the header's path
        failures = apply_rule_list(*sel->rules, [&](const model::MatchingRule& r) {
          return match_string_rule(r, value, *actual, false);
        });
      } else if (key != "content-disposition") {
        if (auto f = match_string_rule(model::MatchingRule{}, value, *actual, false)) {
          failures.push_back("header '" + key + "': " + *f);
        }
      }
      for (auto& f : failures) {
        out_.push_back(body_mismatch(render_path(key_path), json::string(value), json::string(*actual), prefix + f));
      }
    }
  }

  void compare_field(const ValuePath& path, const MimePart& e, const MimePart& a) {
    const auto ev = decoded_data(e);
    const auto av = decoded_data(a);
    Failures failures;
    if (const auto sel = ctx_.select(path)) {
      failures = apply_rule_list(*sel->rules, [&](const model::MatchingRule& r) {
        return match_string_rule(r, ev, av, sel->cascaded);
      });
    } else if (auto f = match_string_rule(model::MatchingRule{}, ev, av, false)) {
      failures.push_back("MIME part '" + path.back() + "': " + *f);
    }
    for (auto& f : failures) out_.push_back(body_mismatch(render_path(path), json::string(e.data), json::string(a.data), f));
  }

  void compare_file(const ValuePath& path, const std::string& part_name, const MimePart& e, const MimePart& a) {
    const auto* ect = e.header("content-type");
    const auto* act = a.header("content-type");
    auto eb = model::Body::present(decoded_data(e), ect != nullptr ? *ect : "");
    auto ab = model::Body::present(decoded_data(a), act != nullptr ? *act : "");
    const std::string prefix = "MIME part '" + part_name + "': ";
    // Nested multipart parts are compared as text, not parsed again: this
    // bounds the recursion of hostile bodies.
    const auto nested = ect != nullptr ? model::parse_content_type(*ect) : std::nullopt;
    if (nested && nested->is_multipart()) eb.content_type = "text/plain";
    for (auto& m : match_http_body(BodySide{eb, nullptr}, BodySide{ab, nullptr}, rerooted(path), allow_unexpected_keys_)) {
      m.description = prefix + m.description;
      out_.push_back(std::move(m));
    }
  }

  // The body rules under "$.<part>", re-rooted at "$" (§13.3).
  model::MatchingRules rerooted(const ValuePath& path) const {
    model::MatchingRules out;
    const auto* body = rules_.find(model::Category::Body);
    if (body == nullptr) return out;
    auto& category = out.category(model::Category::Body);
    for (const auto& [key, list] : *body) {
      const auto tokens = parse_path_expression(key);
      if (!tokens || tokens->size() < 2) continue;
      const auto& field = (*tokens)[1];
      if ((*tokens)[0].kind != PathToken::Kind::Root || field.kind != PathToken::Kind::Field || field.name != path[1]) {
        continue;
      }
      std::vector<PathToken> rest{{PathToken::Kind::Root, {}, 0}};
      rest.insert(rest.end(), tokens->begin() + 2, tokens->end());
      category[render_tokens(rest)] = list;
    }
    return out;
  }

  const model::MatchingRules& rules_;
  bool allow_unexpected_keys_;
  MatchContext ctx_;
  std::vector<Mismatch>& out_;
};

support::Result<std::vector<MimePart>> parse_side(std::string_view body, const std::optional<model::ContentType>& type) {
  if (!type) return parse_error("no content-type header");
  for (const auto& [name, value] : type->params) {
    if (name == "boundary") return parse_multipart(body, value);
  }
  return parse_error("no boundary in content-type");
}

}  // namespace

const std::string* MimePart::header(std::string_view wanted) const {
  for (const auto& [name, value] : headers) {
    if (name == wanted) return &value;
  }
  return nullptr;
}

support::Result<std::vector<MimePart>> parse_multipart(std::string_view body, std::string_view boundary) {
  if (boundary.empty()) return parse_error("empty boundary");
  const std::string delimiter = "--" + std::string(boundary);
  auto pos = find_delimiter(body, delimiter, 0);
  if (pos == std::string_view::npos) return parse_error("no opening boundary '" + delimiter + "'");
  std::vector<MimePart> parts;
  std::size_t cursor = pos + delimiter.size();
  while (true) {
    if (body.substr(cursor, 2) == "--") return parts;  // close delimiter; the epilogue is ignored
    while (cursor < body.size() && (body[cursor] == ' ' || body[cursor] == '\t')) ++cursor;  // transport padding
    if (body.substr(cursor, 2) == "\r\n") {
      cursor += 2;
    } else if (body.substr(cursor, 1) == "\n") {
      cursor += 1;
    } else {
      return parse_error("malformed boundary line");
    }
    const auto next = find_delimiter(body, delimiter, cursor);
    if (next == std::string_view::npos) return parse_error("incomplete multipart body: no closing boundary");
    auto end = next;
    if (end > cursor && body[end - 1] == '\n') --end;
    if (end > cursor && body[end - 1] == '\r') --end;
    if (parts.size() >= kMaxMultipartParts) return parse_error("too many parts");
    auto part = parse_part(body.substr(cursor, end - cursor), parts.size());
    if (!part.ok()) return part.error();
    parts.push_back(std::move(part.value()));
    cursor = next + delimiter.size();
  }
}

std::vector<Mismatch> compare_multipart(std::string_view expected, const std::optional<model::ContentType>& expected_type,
                                        std::string_view actual, const std::optional<model::ContentType>& actual_type,
                                        const model::MatchingRules& rules, bool allow_unexpected_keys) {
  std::vector<Mismatch> out;
  const auto e = parse_side(expected, expected_type);
  const auto a = parse_side(actual, actual_type);
  if (!e.ok()) {
    out.push_back(body_mismatch("$", json::string(expected), json::string(actual),
                                "Failed to parse the expected body as a MIME multipart body: '" + e.error().message + "'"));
  }
  if (!a.ok()) {
    out.push_back(body_mismatch("$", json::string(expected), json::string(actual),
                                "Failed to parse the actual body as a MIME multipart body: '" + a.error().message + "'"));
  }
  if (!out.empty()) return out;
  PartComparer comparer(rules, allow_unexpected_keys, out);
  for (const auto& ep : e.value()) {
    // Unnamed actual parts pair by position; unexpected actual parts are ignored.
    const auto found = std::find_if(a.value().begin(), a.value().end(), [&](const MimePart& ap) {
      return ap.name.empty() ? ap.index == ep.index : ap.name == ep.name;
    });
    if (found == a.value().end()) {
      out.push_back(body_mismatch("$", json::string(ep.name), nullptr, "Expected a MIME part '" + ep.name + "' but was missing"));
    } else {
      comparer.compare(ep, *found);
    }
  }
  return out;
}

}  // namespace pact::matching

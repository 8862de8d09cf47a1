#include "mock_server/request_conversion.hpp"

#include <boost/url/parse.hpp>
#include <boost/url/pct_string_view.hpp>

#include <algorithm>
#include <cctype>

#include "support/text.hpp"

namespace pact::mock_server {
namespace {

// Percent-decodes one query component with '+' as space; input that is not
// valid percent-encoding is kept verbatim, as the reference does
// (mock-server.md §5).
std::string decode_component(std::string_view text) {
  auto pct = boost::urls::make_pct_string_view(text);
  if (!pct) return std::string(text);
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  return pct->decode(opts);
}

bool is_valid_header_value(std::string_view value) noexcept {
  return std::all_of(value.begin(), value.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c == '\t' || (c >= 0x20 && c < 0x7f);
  });
}

// Splits the request target into the raw path and raw query. Origin-form
// ("/a?b") is the normal case; absolute-form ("http://h/a?b", proxies) is
// parsed with Boost.URL; anything else ("*") is split at the first '?'.
std::pair<std::string, std::optional<std::string>> split_target(std::string_view target) {
  if (!target.empty() && target.front() != '/' && target != "*") {
    if (auto uri = boost::urls::parse_absolute_uri(target)) {
      std::string path(uri->encoded_path());
      if (path.empty()) path = "/";
      std::optional<std::string> query;
      if (uri->has_query()) query = std::string(uri->encoded_query());
      return {std::move(path), std::move(query)};
    }
  }
  const auto q = target.find('?');
  if (q == std::string_view::npos) return {std::string(target), std::nullopt};
  return {std::string(target.substr(0, q)), std::string(target.substr(q + 1))};
}

}  // namespace

std::optional<model::Query> parse_query(std::string_view raw_query) {
  if (raw_query.empty()) return std::nullopt;
  model::Query query;
  std::size_t start = 0;
  while (start <= raw_query.size()) {
    auto end = raw_query.find('&', start);
    if (end == std::string_view::npos) end = raw_query.size();
    const auto part = raw_query.substr(start, end - start);
    start = end + 1;
    // "a&&b": empty pieces carry no parameter.
    if (part.empty()) continue;
    const auto eq = part.find('=');
    if (eq == std::string_view::npos) {
      query.at_or_add(decode_component(part)).emplace_back(std::nullopt);
    } else {
      query.at_or_add(decode_component(part.substr(0, eq))).emplace_back(decode_component(part.substr(eq + 1)));
    }
  }
  if (query.empty()) return std::nullopt;
  return query;
}

support::Result<model::HttpRequest> to_pact_request(RawRequest raw) {
  model::HttpRequest request;
  request.method = std::move(raw.method);
  auto [path, query] = split_target(raw.target);
  request.path = path.empty() ? std::string("/") : std::move(path);
  if (query) request.query = parse_query(*query);

  std::string content_type;
  if (!raw.fields.empty()) {
    model::Headers headers;
    for (auto& [name, value] : raw.fields) {
      if (!is_valid_header_value(value)) {
        return support::make_error(support::ErrorCategory::InvalidArgument, std::string(kInvalidHeaderEncoding));
      }
      if (content_type.empty() && support::iequals(name, "content-type")) content_type = value;
      model::append_received_header(headers, name, value);
    }
    request.headers = std::move(headers);
  }

  request.body = raw.body.empty() ? model::Body::empty() : model::Body::present(std::move(raw.body), content_type);
  return request;
}

}  // namespace pact::mock_server

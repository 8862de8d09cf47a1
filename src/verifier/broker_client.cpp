// The Pact Broker HAL client and the pact listing flows (broker-api.md §2-§4,
// §7). Messages follow the reference's PactBrokerError texts so that the
// "Failed to load pact" entries read the same.

#include "verifier/broker_client.hpp"

#include <boost/beast/http/status.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <ctime>
#include <thread>

#include "model/content_type.hpp"
#include "support/text.hpp"
#include "verifier/verifier.hpp"

namespace pact::verifier {
namespace {

using support::ErrorCategory;
using support::make_error;
using support::Result;

std::string_view prefix_of(BrokerErrorKind kind) {
  switch (kind) {
    case BrokerErrorKind::Link: return "Error with a HAL link - ";
    case BrokerErrorKind::Content: return "Error with the content of a HAL resource - ";
    case BrokerErrorKind::Io: return "IO Error - ";
    case BrokerErrorKind::NotFound: return "Link/Resource was not found - ";
    case BrokerErrorKind::Url: return "Invalid URL - ";
    case BrokerErrorKind::Validation: return "failed validation - ";
  }
  return "";
}

ErrorCategory category_of(BrokerErrorKind kind) {
  switch (kind) {
    case BrokerErrorKind::NotFound: return ErrorCategory::NotFound;
    case BrokerErrorKind::Io: return ErrorCategory::Io;
    case BrokerErrorKind::Content: return ErrorCategory::Parse;
    case BrokerErrorKind::Url:
    case BrokerErrorKind::Validation: return ErrorCategory::InvalidArgument;
    case BrokerErrorKind::Link: return ErrorCategory::State;
  }
  return ErrorCategory::Internal;
}

std::string debug_optional(const std::optional<std::string>& value) {
  return value ? "Some(" + support::rust_debug_quoted(*value) + ")" : "None";
}

std::string debug_link(const HalLink& link) {
  return "Link { name: " + support::rust_debug_quoted(link.name) + ", href: " + debug_optional(link.href) +
         ", templated: " + (link.templated ? "true" : "false") + ", title: " + debug_optional(link.title) + " }";
}

// serde_json's Display of a value: strings bare, everything else compact.
std::string json_text(const json::value& v) {
  if (const auto* s = v.if_string()) return std::string(*s);
  return json::write(v);
}

bool is_retryable(std::uint16_t status) { return status >= 500 || status == 408 || status == 429; }

// §2.3: application/json or application/hal+json, parameters allowed.
bool is_json_content_type(std::optional<std::string_view> header) {
  if (!header) return false;
  const auto parsed = model::parse_content_type(*header);
  if (!parsed || parsed->main_type != "application") return false;
  return parsed->sub_type == "json" || parsed->sub_type == "hal+json";
}

std::string_view context_path_of(std::string_view path) {
  // "http://host" has an empty path, which the reference sees as "/".
  if (path.empty() || path == "/") return "/";
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

bool has_context_prefix(std::string_view path, std::string_view context) {
  if (path == context) return true;
  return path.size() > context.size() && path.substr(0, context.size()) == context && path[context.size()] == '/';
}

support::Error url_error(std::string_view url, const boost::system::error_code& ec) {
  // A text without a scheme is what users get wrong most; say it as the
  // reference (the url crate) does.
  if (url.find(':') == std::string_view::npos) return broker_error(BrokerErrorKind::Url, "relative URL without a base");
  return broker_error(BrokerErrorKind::Url, ec.message());
}

std::string serialise_in_order(const json::value& v) {
  // The pacts-for-verification body keeps its members in the order they
  // were added (§3.2); the project writer sorts keys, so this one place
  // uses the library's own serialiser.
  return boost::json::serialize(v);
}

}  // namespace

support::Error broker_error(BrokerErrorKind kind, std::string_view detail) {
  std::string message(prefix_of(kind));
  message += detail;
  return make_error(category_of(kind), std::move(message));
}

bool is_not_found(const support::Error& error) noexcept { return error.category == ErrorCategory::NotFound; }

HalLink hal_link_from_json(std::string_view name, const json::object& data) {
  HalLink link;
  link.name = std::string(name);
  for (const auto& member : data) {
    if (support::iequals(member.key(), "href")) {
      link.href = json_text(member.value());
      break;
    }
  }
  if (const auto* templated = data.if_contains("templated")) {
    link.templated = templated->is_bool() && templated->get_bool();
  }
  if (const auto* title = data.if_contains("title")) link.title = json_text(*title);
  return link;
}

std::string expand_template(std::string_view href, const TemplateValues& values) {
  auto is_name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
  std::string out;
  std::size_t i = 0;
  while (i < href.size()) {
    if (href[i] == '{') {
      std::size_t end = i + 1;
      while (end < href.size() && is_name_char(href[end])) ++end;
      if (end > i + 1 && end < href.size() && href[end] == '}') {
        const std::string_view name = href.substr(i + 1, end - i - 1);
        const auto found = std::find_if(values.begin(), values.end(), [&](const auto& kv) { return kv.first == name; });
        if (found != values.end()) {
          out += boost::urls::encode(found->second, boost::urls::unreserved_chars);
        } else {
          out.append(href.substr(i, end - i + 1));
        }
        i = end + 1;
        continue;
      }
    }
    out += href[i];
    ++i;
  }
  return out;
}

std::string broker_path(std::string_view href, std::string_view base_url) {
  std::string path;
  if (const auto absolute = boost::urls::parse_absolute_uri(href); absolute) {
    // Only the path and query matter: the host is always the configured
    // broker's (trap 1).
    path = std::string(absolute->encoded_path());
    if (path.empty()) path = "/";
    if (absolute->has_query()) path += "?" + std::string(absolute->encoded_query());
  } else {
    path = std::string(href);
  }
  if (const auto base = boost::urls::parse_uri(base_url); base) {
    const std::string_view context = context_path_of(base->encoded_path());
    if (context != "/" && !path.empty() && path.front() == '/' && !has_context_prefix(path, context)) {
      path = std::string(context) + path;
    }
  }
  return path;
}

support::Result<std::string> broker_url(std::string_view path, std::string_view base_url) {
  const auto base = boost::urls::parse_uri(base_url);
  if (!base) return url_error(base_url, base.error());
  if (path.empty()) return std::string(base->buffer());
  // Joined by hand: Boost.URL 1.81's resolve() decodes "%2F" in paths,
  // which would change the resource an encoded template value names. A
  // rooted path replaces the base path; a relative one goes inside the
  // context path (or the root).
  std::string url = std::string(base->scheme()) + ":";
  if (base->has_authority()) url += "//" + std::string(base->encoded_authority());
  if (path.front() != '/') {
    const std::string_view context = context_path_of(base->encoded_path());
    url += context == "/" ? std::string("/") : std::string(context) + "/";
  }
  url += path;
  if (const auto checked = boost::urls::parse_uri(url); !checked) return url_error(url, checked.error());
  return url;
}

std::chrono::milliseconds retry_delay(std::uint16_t status, std::optional<std::string_view> retry_after, int attempt,
                                      std::chrono::milliseconds base_delay) {
  if (status == 429 && retry_after) {
    const std::string_view text = support::trim(*retry_after);
    std::optional<long long> seconds;
    long long parsed = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (ec == std::errc() && end == text.data() + text.size() && parsed >= 0) {
      seconds = parsed;
    } else if (const std::time_t when = curl_getdate(std::string(text).c_str(), nullptr); when != -1) {
      seconds = std::max<long long>(0, static_cast<long long>(when - std::time(nullptr)));
    }
    if (seconds) return std::chrono::seconds(*seconds + std::min<long long>(*seconds / 5, 60));
  }
  const int exponent = std::clamp(attempt - 1, 0, 30);
  return base_delay * (1LL << exponent);
}

std::string status_text(std::uint16_t status) {
  namespace http = boost::beast::http;
  const auto code = http::int_to_status(status);
  std::string text = std::to_string(status) + " ";
  if (code == http::status::unknown) return text + "<unknown status code>";
  const auto reason = http::obsolete_reason(code);
  return text + std::string(reason.data(), reason.size());
}

BrokerClient::BrokerClient(BrokerClientOptions options)
    : options_(std::move(options)),
      http_(HttpClientOptions{.timeout = options_.timeout,
                              .follow_redirects = true,
                              .verify_tls = true,
                              .user_agent = options_.user_agent.empty() ? user_agent() : options_.user_agent,
                              .accept_compressed = false}) {}

void BrokerClient::add_auth(HeaderList& headers) const {
  if (auto value = authorization_header(options_.auth.username, options_.auth.password, options_.auth.token)) {
    headers.emplace_back("Authorization", std::move(*value));
  }
}

Result<InboundResponse> BrokerClient::send_with_retries(const OutboundRequest& request) {
  auto response = http_.send(request);
  // Transport failures are not retried (§2.4), only the statuses below.
  for (int attempt = 2; attempt <= options_.max_attempts && response.ok() && is_retryable(response->status);
       ++attempt) {
    const auto delay =
        retry_delay(response->status, response->header("Retry-After"), attempt, options_.retry_base_delay);
    if (options_.sleep) {
      options_.sleep(delay);
    } else {
      std::this_thread::sleep_for(delay);
    }
    response = http_.send(request);
  }
  return response;
}

Result<json::value> BrokerClient::read_reply(std::string_view path, const InboundResponse& response) const {
  const auto content_type = response.header("Content-Type");
  const bool json_reply = is_json_content_type(content_type);
  const std::string where = "pact broker path '" + std::string(path) + "'";
  const std::string url_suffix = ". URL: '" + options_.base_url + "'";
  auto parse_body = [&]() -> Result<json::value> {
    auto parsed = json::parse(response.body);
    if (!parsed.ok()) {
      return broker_error(BrokerErrorKind::Content, "Did not get a valid HAL response body from " + where + " - " +
                                                        parsed.error().message + url_suffix);
    }
    return parsed;
  };
  const std::uint16_t status = response.status;
  if (status >= 200 && status < 300) {
    if (json_reply) return parse_body();
    const std::string type(content_type.value_or("text/plain"));
    return broker_error(BrokerErrorKind::Content, "Did not get a valid HAL response body from " + where +
                                                      ", content type is '" + type + "'" + url_suffix);
  }
  const std::string failed = "Request to " + where + " failed: " + status_text(status) + url_suffix;
  if (status == 404) return broker_error(BrokerErrorKind::NotFound, failed);
  if (status == 400 && json_reply) {
    auto body = parse_body();
    if (!body.ok()) return body.error();
    // The broker's validation errors come as an array, an object of field
    // -> message(s) or a plain string.
    std::vector<std::string> messages;
    const json::value* errors = json::find(*body, "errors");
    if (body->is_string()) {
      messages.push_back(std::string(body->get_string()));
    } else if (errors == nullptr) {
      messages.push_back(json::write(*body));
    } else if (const auto* list = errors->if_array()) {
      for (const auto& item : *list) messages.push_back(json::to_plain_string(item));
    } else if (const auto* fields = errors->if_object()) {
      for (const auto& field : *fields) {
        std::string line = std::string(field.key()) + ": ";
        if (const auto* text = field.value().if_string()) {
          line += *text;
        } else if (const auto* values = field.value().if_array()) {
          for (std::size_t i = 0; i < values->size(); ++i) {
            if (i > 0) line += ", ";
            line += json::to_plain_string((*values)[i]);
          }
        } else {
          line += json::write(field.value());
        }
        messages.push_back(std::move(line));
      }
    } else if (const auto* text = errors->if_string()) {
      messages.push_back(std::string(*text));
    } else {
      messages.push_back(json::write(*errors));
    }
    std::string detail = "[";
    for (std::size_t i = 0; i < messages.size(); ++i) {
      if (i > 0) detail += ", ";
      detail += support::rust_debug_quoted(messages[i]);
    }
    return broker_error(BrokerErrorKind::Validation, detail + "]");
  }
  return broker_error(BrokerErrorKind::Io, failed);
}

Result<json::value> BrokerClient::fetch(std::string_view href) {
  const std::string path = broker_path(href, options_.base_url);
  auto url = broker_url(path, options_.base_url);
  if (!url.ok()) return url.error();
  OutboundRequest request{.method = "GET", .url = *url, .headers = {}, .body = std::nullopt};
  request.headers.emplace_back("Accept", "application/hal+json, application/json");
  add_auth(request.headers);
  auto response = send_with_retries(request);
  if (!response.ok()) {
    return broker_error(BrokerErrorKind::Io, "Failed to access pact broker path '" + path + "' - " +
                                                 response.error().message + ". URL: '" + options_.base_url + "'");
  }
  return read_reply(path, *response);
}

Result<std::string> BrokerClient::expand(const HalLink& link, const TemplateValues& values) const {
  if (!link.href) {
    return broker_error(BrokerErrorKind::Link,
                        "Expected a HAL+JSON response from the pact broker, but got a link with no HREF. URL: '" +
                            options_.base_url + "', LINK: '" + link.name + "'");
  }
  return expand_template(*link.href, values);
}

Result<json::value> BrokerClient::fetch_link(const HalLink& link, const TemplateValues& values) {
  if (link.templated) {
    auto href = expand(link, values);
    if (!href.ok()) return href.error();
    return fetch(*href);
  }
  if (!link.href) {
    return broker_error(BrokerErrorKind::Link, "Link is malformed, there is no href. URL: '" + options_.base_url +
                                                   "', LINK: '" + link.name + "'");
  }
  return fetch(*link.href);
}

namespace {

// The shared part of find_link / find_links: the raw value of link `name`.
Result<const json::value*> raw_link(const json::value& resource, std::string_view name, const std::string& base_url) {
  const std::string where = ". URL: '" + base_url + "', LINK: '" + std::string(name) + "'";
  const json::value* links = json::find(resource, "_links");
  if (links == nullptr) {
    return broker_error(BrokerErrorKind::Link,
                        "Expected a HAL+JSON response from the pact broker, but got a response with no '_links'" +
                            where);
  }
  const json::value* data = json::find(*links, name);
  if (data == nullptr) {
    std::vector<std::string> names;
    if (const auto* object = links->if_object()) {
      for (const auto& member : *object) names.emplace_back(member.key());
    }
    std::sort(names.begin(), names.end());
    std::string joined;
    for (const auto& n : names) joined += (joined.empty() ? "" : ", ") + n;
    return broker_error(BrokerErrorKind::Link, "Link '" + std::string(name) +
                                                   "' was not found in the response, only the following links where "
                                                   "found: " +
                                                   support::rust_debug_quoted(joined) + where);
  }
  return data;
}

}  // namespace

Result<HalLink> BrokerClient::find_link(const json::value& resource, std::string_view name) const {
  auto data = raw_link(resource, name, options_.base_url);
  if (!data.ok()) return data.error();
  const auto* object = (*data)->if_object();
  if (object == nullptr) {
    return broker_error(BrokerErrorKind::Link, "Link is malformed, expected an object but got " +
                                                   json::write(**data) + ". URL: '" + options_.base_url +
                                                   "', LINK: '" + std::string(name) + "'");
  }
  return hal_link_from_json(name, *object);
}

Result<std::vector<HalLink>> BrokerClient::find_links(const json::value& resource, std::string_view name) const {
  auto data = raw_link(resource, name, options_.base_url);
  if (!data.ok()) return data.error();
  const auto* array = (*data)->if_array();
  if (array == nullptr) {
    return broker_error(BrokerErrorKind::Link, "Link is malformed, expected an object but got " +
                                                   json::write(**data) + ". URL: '" + options_.base_url +
                                                   "', LINK: '" + std::string(name) + "'");
  }
  std::vector<HalLink> links;
  for (const auto& item : *array) {
    if (const auto* object = item.if_object()) {
      links.push_back(hal_link_from_json(name, *object));
    } else {
      // Bare strings are hrefs; anything else is taken as its JSON text.
      HalLink link;
      link.name = std::string(name);
      link.href = item.is_string() ? std::string(item.get_string()) : json::write(item);
      links.push_back(std::move(link));
    }
  }
  return links;
}

Result<json::value> BrokerClient::send_document(std::string_view method, std::string_view href, std::string_view body) {
  const std::string path = broker_path(href, options_.base_url);
  auto url = broker_url(path, options_.base_url);
  if (!url.ok()) return url.error();
  OutboundRequest request{.method = std::string(method), .url = *url, .headers = {}, .body = std::string(body)};
  // Two Accept lines and an Accept-Charset, as the reference sends (trap 6).
  request.headers.emplace_back("Content-Type", "application/json");
  request.headers.emplace_back("Accept", "application/hal+json");
  request.headers.emplace_back("Accept", "application/json");
  request.headers.emplace_back("Accept-Charset", "utf-8");
  add_auth(request.headers);
  auto response = send_with_retries(request);
  if (!response.ok()) {
    return broker_error(BrokerErrorKind::Io, "Failed to send JSON to the pact broker URL '" + *url + "' - IoError " +
                                                 response.error().message);
  }
  // Reply messages name the URL's path, not the href.
  std::string reply_path = path;
  if (const auto parsed = boost::urls::parse_uri(*url); parsed) reply_path = std::string(parsed->encoded_path());
  return read_reply(reply_path, *response);
}

Result<json::value> BrokerClient::post_json(std::string_view href, std::string_view body) {
  return send_document("POST", href, body);
}

Result<json::value> BrokerClient::put_json(std::string_view href, std::string_view body) {
  return send_document("PUT", href, body);
}

// ---------------------------------------------------------------------------
// Pacts for verification (§3)

namespace {

bool is_optional_string(const json::value* v) { return v == nullptr || v->is_null() || v->is_string(); }

// A HAL link as serde reads the reference's Link struct: every field
// optional, but present fields must have the right type.
std::optional<HalLink> strict_link(std::string_view name, const json::value& data) {
  const auto* object = data.if_object();
  if (object == nullptr) return std::nullopt;
  const auto* link_name = object->if_contains("name");
  if (link_name != nullptr && !link_name->is_string()) return std::nullopt;
  if (!is_optional_string(object->if_contains("href")) || !is_optional_string(object->if_contains("title"))) {
    return std::nullopt;
  }
  const auto* templated = object->if_contains("templated");
  if (templated != nullptr && !templated->is_bool()) return std::nullopt;
  HalLink link;
  // serde fills a missing name from Link's default, "link"; the key is not used.
  static_cast<void>(name);
  link.name = link_name != nullptr ? std::string(link_name->get_string()) : std::string("link");
  if (const auto* href = object->if_contains("href"); href != nullptr && href->is_string()) {
    link.href = std::string(href->get_string());
  }
  if (const auto* title = object->if_contains("title"); title != nullptr && title->is_string()) {
    link.title = std::string(title->get_string());
  }
  link.templated = templated != nullptr && templated->get_bool();
  return link;
}

std::optional<PactForVerification> strict_entry(const json::value& value) {
  const auto* entry = value.if_object();
  if (entry == nullptr) return std::nullopt;
  PactForVerification pact;
  const auto* description = entry->if_contains("shortDescription");
  if (description == nullptr || !description->is_string()) return std::nullopt;
  pact.short_description = std::string(description->get_string());

  const auto* links = entry->if_contains("_links");
  if (links == nullptr || !links->is_object()) return std::nullopt;
  for (const auto& member : links->get_object()) {
    auto link = strict_link(member.key(), member.value());
    if (!link) return std::nullopt;
    if (member.key() == "self") pact.self = *link;
    pact.links.emplace_back(std::string(member.key()), std::move(*link));
  }

  const auto* properties = entry->if_contains("verificationProperties");
  if (properties == nullptr || properties->is_null()) return pact;
  const auto* props = properties->if_object();
  if (props == nullptr) return std::nullopt;
  if (const auto* pending = props->if_contains("pending")) {
    if (!pending->is_bool()) return std::nullopt;
    pact.pending = pending->get_bool();
  }
  // notices are required once verificationProperties is present (trap 4),
  // and every notice is a string -> string map (trap 3).
  const auto* notices = props->if_contains("notices");
  if (notices == nullptr || !notices->is_array()) return std::nullopt;
  for (const auto& notice : notices->get_array()) {
    const auto* fields = notice.if_object();
    if (fields == nullptr) return std::nullopt;
    for (const auto& field : *fields) {
      if (!field.value().is_string()) return std::nullopt;
    }
    pact.notices.push_back(notice);
  }
  return pact;
}

// 404s met while navigating to the listing mean the provider is unknown.
support::Error remap_not_found(support::Error error, const std::string& message) {
  if (is_not_found(error)) return broker_error(BrokerErrorKind::NotFound, message);
  return error;
}

}  // namespace

std::optional<std::vector<PactForVerification>> parse_pacts_for_verification(const json::value& reply) {
  const json::value* embedded = json::find(reply, "_embedded");
  if (embedded == nullptr || !embedded->is_object()) return std::nullopt;
  const json::value* pacts = json::find(*embedded, "pacts");
  if (pacts == nullptr || !pacts->is_array()) return std::nullopt;
  std::vector<PactForVerification> result;
  for (const auto& item : pacts->get_array()) {
    auto entry = strict_entry(item);
    if (!entry) return std::nullopt;
    result.push_back(std::move(*entry));
  }
  return result;
}

std::string pacts_for_verification_body(const BrokerSource& source) {
  json::object body;
  if (!source.provider_tags.empty()) {
    json::array tags;
    for (const auto& tag : source.provider_tags) tags.emplace_back(tag);
    body["providerVersionTags"] = std::move(tags);
  }
  body["includePendingStatus"] = source.enable_pending;
  if (source.include_wip_pacts_since) body["includeWipPactsSince"] = *source.include_wip_pacts_since;
  body["consumerVersionSelectors"] = source.selectors;
  if (source.provider_branch) body["providerVersionBranch"] = *source.provider_branch;
  return serialise_in_order(body);
}

namespace {

// GETs each listed pact; a pact without a usable link fails on its own.
using ListedLinks = std::vector<std::pair<HalLink, std::optional<PactForVerification>>>;

BrokerPactResults fetch_documents(BrokerClient& client, ListedLinks links, const TemplateValues& values) {
  BrokerPactResults results;
  for (auto& [link, listing] : links) {
    if (!link.href) {
      results.emplace_back(broker_error(BrokerErrorKind::Link,
                                        "Expected a HAL+JSON response from the pact broker, but got a link with no "
                                        "HREF. URL: '" +
                                            client.options().base_url + "', LINK: '" + debug_link(link) + "'"));
      continue;
    }
    auto document = client.fetch_link(link, values);
    if (!document.ok()) {
      results.emplace_back(document.error());
      continue;
    }
    results.emplace_back(BrokerPactDocument{*link.href, std::move(document).value(), std::move(listing)});
  }
  return results;
}

}  // namespace

Result<BrokerPactResults> fetch_pacts_for_verification(BrokerClient& client, const BrokerSource& source) {
  const TemplateValues values{{"provider", source.provider_name}};
  const std::string unknown_provider = "No pacts for provider '" + source.provider_name +
                                       "' were found in the pact broker. URL: '" + client.options().base_url + "'";
  auto index = client.fetch("");
  if (!index.ok()) return remap_not_found(index.error(), unknown_provider);
  auto listing_link = client.find_link(*index, "pb:provider-pacts-for-verification");
  if (!listing_link.ok()) return listing_link.error();
  auto listing = client.fetch_link(*listing_link, values);
  if (!listing.ok()) return remap_not_found(listing.error(), unknown_provider);

  // Trap 5: the POST goes to the "self" link of the resource just fetched.
  auto self = client.find_link(*listing, "self");
  if (!self.ok()) return self.error();
  auto target = client.expand(*self, {});
  if (!target.ok()) return target.error();
  auto reply = client.post_json(*target, pacts_for_verification_body(source));
  if (!reply.ok()) return reply.error();

  // An unreadable list is reported like an empty one (trap 3).
  auto pacts = parse_pacts_for_verification(*reply).value_or(std::vector<PactForVerification>{});
  if (pacts.empty()) return broker_error(BrokerErrorKind::NotFound, "No pacts were found for this provider");

  ListedLinks links;
  for (auto& pact : pacts) {
    if (!pact.self) {
      // The reference prints the entry's link map with Rust's Debug.
      std::string map;
      for (const auto& [key, link] : pact.links) {
        map += (map.empty() ? "" : ", ") + support::rust_debug_quoted(key) + ": " + debug_link(link);
      }
      return broker_error(BrokerErrorKind::Link,
                          "Expected a HAL+JSON response from the pact broker, but got a link with no HREF. URL: '" +
                              client.options().base_url + "', PATH: '{" + map + "}'");
    }
    HalLink link = *pact.self;
    links.emplace_back(std::move(link), std::move(pact));
  }
  return fetch_documents(client, std::move(links), values);
}

Result<BrokerPactResults> fetch_latest_provider_pacts(BrokerClient& client, std::string_view provider) {
  const TemplateValues values{{"provider", std::string(provider)}};
  const std::string unknown_provider = "No pacts for provider '" + std::string(provider) +
                                       "' where found in the pact broker. URL: '" + client.options().base_url + "'";
  auto index = client.fetch("");
  if (!index.ok()) return remap_not_found(index.error(), unknown_provider);
  auto latest_link = client.find_link(*index, "pb:latest-provider-pacts");
  if (!latest_link.ok()) return latest_link.error();
  auto latest = client.fetch_link(*latest_link, values);
  if (!latest.ok()) return remap_not_found(latest.error(), unknown_provider);
  auto pact_links = client.find_links(*latest, "pacts");
  if (!pact_links.ok()) return pact_links.error();
  ListedLinks links;
  for (auto& link : *pact_links) links.emplace_back(std::move(link), std::nullopt);
  return fetch_documents(client, std::move(links), values);
}

}  // namespace pact::verifier

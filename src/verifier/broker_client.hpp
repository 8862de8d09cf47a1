#pragma once
// A HAL client for the Pact Broker (broker-api.md §2-§4, §7). Requests go to
// the configured broker base URL whatever host a link names (only the path
// and query of an href are kept, trap 1); broker URLs with a context path
// get it prepended. Requests carry the broker headers of §2.2, are retried
// on 5xx/408/429 with exponential back-off (§2.4) and their replies must be
// JSON or HAL (§2.3). On top of the client sit the two ways of listing the
// pacts of a provider: "pacts for verification" (§3) and the legacy "latest
// provider pacts" (§7).
//
// Errors are support::Error values whose message is the reference's
// PactBrokerError text ("Error with a HAL link - ...", "Link/Resource was
// not found - ...", ...). Only "not found" has a category of its own
// (ErrorCategory::NotFound): callers turn it into "no pacts".
//
// Thread-safety: a client is used by one thread at a time.

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/json.hpp"
#include "support/result.hpp"
#include "verifier/config.hpp"
#include "verifier/http_client.hpp"

namespace pact::verifier {

/// Waits between retries. Tests pass a recorder so that back-off does not
/// cost minutes; empty means std::this_thread::sleep_for.
using RetrySleep = std::function<void(std::chrono::milliseconds)>;

struct BrokerClientOptions {
  /// The broker base URL as configured, possibly with a context path.
  std::string base_url;
  Auth auth;
  /// Attempts per request on 5xx/408/429; 0 or 1 means a single attempt.
  int max_attempts = 8;
  /// The delay before attempt n (n >= 2) is retry_base_delay × 2^(n-1):
  /// 1 s, 2 s, 4 s, ... with the reference's 500 ms.
  std::chrono::milliseconds retry_base_delay{500};
  RetrySleep sleep;
  /// The reference sets no timeout on broker requests; 0 means none.
  std::chrono::milliseconds timeout{0};
  /// Sent as User-Agent; empty means verifier::user_agent().
  std::string user_agent;
};

/// The kinds of the reference's PactBrokerError; each has its own message
/// prefix.
enum class BrokerErrorKind { Link, Content, Io, NotFound, Url, Validation };

/// An Error whose message is "<prefix of kind><detail>", e.g.
/// "Error with a HAL link - <detail>". NotFound errors get
/// ErrorCategory::NotFound.
support::Error broker_error(BrokerErrorKind kind, std::string_view detail);

/// Whether `error` is a broker "not found" (a 404 reply or an empty pacts
/// list), which the verifier reports as "no pacts".
bool is_not_found(const support::Error& error) noexcept;

/// A HAL link as the reference reads it: `href` found with any key case,
/// non-string values rendered as JSON text.
struct HalLink {
  std::string name;
  std::optional<std::string> href;
  bool templated = false;
  std::optional<std::string> title;
};

HalLink hal_link_from_json(std::string_view name, const json::object& data);

/// Values for "{name}" placeholders, e.g. {{"provider", "items-api"}}.
using TemplateValues = std::vector<std::pair<std::string, std::string>>;

/// Replaces every "{name}" (name of letters, digits, '_') whose value is
/// known with the URL-encoded value (everything but A-Z a-z 0-9 - _ . ~ is
/// percent-encoded); unknown placeholders stay (broker-api.md §2.5).
std::string expand_template(std::string_view href, const TemplateValues& values);

/// The path a request for `href` is made to: the path and query of an
/// absolute URL, else `href` itself, with the context path of `base_url`
/// prepended when a rooted path lacks it.
std::string broker_path(std::string_view href, std::string_view base_url);

/// The absolute URL for a `path` from broker_path, resolved against
/// `base_url` (§2.5). Invalid URLs are an "Invalid URL - ..." error.
support::Result<std::string> broker_url(std::string_view path, std::string_view base_url);

/// The wait before attempt `attempt` (>= 2) after a reply with `status`
/// (§2.4): for 429 with Retry-After (seconds or HTTP date) s + min(s/5, 60)
/// seconds, else base_delay × 2^(attempt-1).
std::chrono::milliseconds retry_delay(std::uint16_t status, std::optional<std::string_view> retry_after, int attempt,
                                      std::chrono::milliseconds base_delay);

/// "404 Not Found": a status code with its canonical reason, as the
/// reference prints statuses in messages.
std::string status_text(std::uint16_t status);

class BrokerClient {
 public:
  explicit BrokerClient(BrokerClientOptions options);

  const BrokerClientOptions& options() const noexcept { return options_; }

  /// GET `href` (path, relative or absolute URL; "" is the base URL).
  support::Result<json::value> fetch(std::string_view href);

  /// GET the target of `link`, expanded with `values` when it is templated.
  support::Result<json::value> fetch_link(const HalLink& link, const TemplateValues& values);

  /// The link `name` of `resource`'s "_links".
  support::Result<HalLink> find_link(const json::value& resource, std::string_view name) const;

  /// The links of an array-valued "_links" entry (objects or bare strings).
  support::Result<std::vector<HalLink>> find_links(const json::value& resource, std::string_view name) const;

  /// `link`'s href with every placeholder expanded, whatever its templated
  /// flag says.
  support::Result<std::string> expand(const HalLink& link, const TemplateValues& values) const;

  /// POST / PUT a JSON document to `href`; the reply must be JSON too.
  support::Result<json::value> post_json(std::string_view href, std::string_view body);
  support::Result<json::value> put_json(std::string_view href, std::string_view body);

 private:
  support::Result<InboundResponse> send_with_retries(const OutboundRequest& request);
  support::Result<json::value> read_reply(std::string_view path, const InboundResponse& response) const;
  support::Result<json::value> send_document(std::string_view method, std::string_view href, std::string_view body);
  void add_auth(HeaderList& headers) const;

  BrokerClientOptions options_;
  HttpClient http_;
};

/// One entry of the pacts-for-verification list (§3.3).
struct PactForVerification {
  std::string short_description;
  /// The entry's "_links" (key, link), in order.
  std::vector<std::pair<std::string, HalLink>> links;
  /// The "self" link of the entry, if it has one.
  std::optional<HalLink> self;
  bool pending = false;
  /// Notice objects (string -> string), in order.
  json::array notices;
};

/// Parses the POST reply of §3.3 with the reference's strict rules; nothing
/// when any rule is broken (the caller then reports "no pacts").
std::optional<std::vector<PactForVerification>> parse_pacts_for_verification(const json::value& reply);

/// The POST body of §3.2 as text, fields in the reference's order (and the
/// selectors' own member order).
std::string pacts_for_verification_body(const BrokerSource& source);

/// A pact document fetched from a broker.
struct BrokerPactDocument {
  /// The link it was fetched from (used as the pact's source name).
  std::string href;
  json::value document;
  /// Set by the pacts-for-verification flow only.
  std::optional<PactForVerification> listing;
};

/// Per-pact outcomes of a listing: a document or that pact's error.
using BrokerPactResults = std::vector<support::Result<BrokerPactDocument>>;

/// The pacts-for-verification flow (§3.1-§3.3, §4): GET /, GET the
/// provider's for-verification resource, POST the selectors to its "self"
/// link, then GET each listed pact. An error is for the whole source; a 404
/// on the way or an empty or unreadable list is a NotFound error.
support::Result<BrokerPactResults> fetch_pacts_for_verification(BrokerClient& client, const BrokerSource& source);

/// The legacy flow (§7): GET /, follow pb:latest-provider-pacts, GET every
/// link of its "pacts" array.
support::Result<BrokerPactResults> fetch_latest_provider_pacts(BrokerClient& client, std::string_view provider);

}  // namespace pact::verifier

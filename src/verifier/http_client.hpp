#pragma once
// Outbound HTTP for the verifier: provider requests, state-change calls,
// message requests and the Pact Broker, all through libcurl (DESIGN.md §3).
// One client keeps its connections open between requests (keep-alive), so
// a verification run pays for one TCP connection per host, not one per
// interaction. Proxies come from the environment (http_proxy, https_proxy,
// no_proxy) as libcurl reads them.
//
// Thread-safety: a client is used by one thread at a time.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/result.hpp"

namespace pact::verifier {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

struct HttpClientOptions {
  std::chrono::milliseconds timeout{5000};
  bool follow_redirects = true;
  bool verify_tls = true;
  /// Sent unless the request carries its own User-Agent.
  std::string user_agent;
  /// Ask for gzip/deflate and decompress transparently (provider requests).
  bool accept_compressed = false;
};

struct OutboundRequest {
  std::string method = "GET";
  std::string url;
  /// Sent in order; repeated names are sent as repeated header lines.
  HeaderList headers;
  /// nullopt: no body at all (no Content-Length for GET).
  std::optional<std::string> body;
};

struct InboundResponse {
  std::uint16_t status = 0;
  /// Names as received, in order; repeated headers stay separate entries.
  HeaderList headers;
  std::string body;

  /// The first value of a header, compared case-insensitively.
  std::optional<std::string_view> header(std::string_view name) const;
};

class HttpClient {
 public:
  explicit HttpClient(HttpClientOptions options);
  ~HttpClient();
  HttpClient(HttpClient&&) noexcept;
  HttpClient& operator=(HttpClient&&) noexcept;
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  /// Sends the request and reads the whole response. Transport failures
  /// (refused, timeout, TLS, bad URL) are an Io error whose message names
  /// the cause; any HTTP status is a response.
  support::Result<InboundResponse> send(const OutboundRequest& request);

  const HttpClientOptions& options() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// "Basic base64(user:password)" or "Bearer token", or nullopt when neither
/// a user name nor a token is given (broker-api.md §2.1).
std::optional<std::string> authorization_header(std::string_view username, std::string_view password,
                                                std::string_view token);

}  // namespace pact::verifier

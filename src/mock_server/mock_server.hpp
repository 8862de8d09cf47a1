#pragma once
// The consumer-side mock server: serves one pact snapshot over HTTP/1.1 and
// HTTP/2, plain or TLS, and records how each request matched
// (mock-server.md). Servers live in a process-wide registry keyed by port;
// every function is thread-safe.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "model/pact.hpp"
#include "support/result.hpp"

namespace pact::mock_server {

struct ServerOptions {
  std::string address = "127.0.0.1";  ///< IPv4/IPv6 literal or host name
  std::uint16_t port = 0;               ///< 0 = pick a free port
  bool cors_preflight = false;
  bool keep_alive = true;
  /// https: a certificate signed by the process CA (tls.hpp), ALPN "h2" and
  /// "http/1.1" (mock-server.md §3).
  bool tls = false;
};

/// A "host:port" socket address as the legacy entry points take it
/// ("127.0.0.1:0", "[::1]:8080"): IP literals only, no host names, as the
/// reference's SocketAddr parser (mock-server.md §13).
struct SocketAddress {
  std::string address;  ///< the IP literal, without brackets
  std::uint16_t port = 0;
};
support::Result<SocketAddress> parse_socket_address(std::string_view text);

/// Starts a server for a snapshot of `pact` (spec version = pact.spec_version).
/// Errors: Parse = the address cannot be resolved or parsed (ABI -5);
/// Internal = TLS setup failed (legacy ABI -6); anything else = the server
/// could not start, e.g. port in use (ABI -3).
support::Result<std::uint16_t> start(model::Pact pact, const ServerOptions& options);

/// True when the server exists and has no mismatch: every HTTP interaction
/// received, no unexpected or mismatched request (mock-server.md §8).
bool matched(std::uint16_t port);

/// The mismatch report as compact JSON (mock-server.md §9), or nothing for
/// an unknown port.
std::optional<std::string> mismatches_json(std::uint16_t port);

/// Drains and returns the server's log buffer, or nothing for an unknown port.
std::optional<std::string> take_logs(std::uint16_t port);

/// Writes the served pact (with transport "http" and the mockserver metadata)
/// to `directory`, in the pact's spec version, or V4 for a TLS server as the
/// reference does (mock-server.md §3, §11). Errors: NotFound = no server on the port; others = the
/// write or merge failed.
support::Status write_pact_file(std::uint16_t port, const std::filesystem::path& directory, bool overwrite);

/// Stops the server: the listener closes at once, requests in flight finish.
/// False when no server runs on `port`.
bool cleanup(std::uint16_t port);

}  // namespace pact::mock_server

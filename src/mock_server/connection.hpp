#pragma once
// What every connection of a mock server shares, whatever it speaks
// (HTTP/1.1 or HTTP/2) and whatever it runs on (TCP or TLS over TCP).
// Internal to the mock_server layer: Asio/Beast types are fine here, but this
// header is never included by a public one (CONVENTIONS.md §2.4).

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace pact::mock_server::detail {

using PlainStream = boost::beast::tcp_stream;
using TlsStream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

// Limits that keep a hostile or broken client from exhausting memory; a body
// beyond the limit is answered 413, a header block beyond it ends the request
// (HTTP/1.1: the connection, HTTP/2: the stream).
inline constexpr std::uint64_t kBodyLimit = 64ull * 1024 * 1024;
inline constexpr std::uint32_t kHeaderLimit = 64 * 1024;
// A connection that sends nothing for this long (idle keep-alive included)
// is closed, so stalled clients never pin a session forever. Also bounds the
// TLS handshake.
inline constexpr auto kReadTimeout = std::chrono::seconds(30);

/// One accepted connection, as the listener sees it.
class Connection {
 public:
  virtual ~Connection() = default;
  /// Called at cleanup (from any thread): an idle connection closes at once;
  /// requests in flight finish first.
  virtual void stop() = 0;
};

/// The live connections of one server, so cleanup can reach them. A
/// connection handed from one stage to the next (protocol detection, then
/// HTTP/1.1 or HTTP/2) registers each stage. Thread-safe.
class ConnectionSet {
 public:
  /// Tracks `connection`; after stop_all() it is stopped at once instead.
  void add(const std::shared_ptr<Connection>& connection);
  /// Stops every live connection; later add() calls stop theirs at once.
  void stop_all();

 private:
  std::mutex mutex_;  ///< guards connections_ and stopped_ (accept/handover threads vs. cleanup)
  std::vector<std::weak_ptr<Connection>> connections_;
  bool stopped_ = false;
};

/// Closes the TCP socket under either stream kind (no TLS close_notify: a
/// peer may be mid-read, and our responses are always length-delimited).
void close_socket(PlainStream& stream);
void close_socket(TlsStream& stream);

/// The current time as an HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT").
std::string http_date();

}  // namespace pact::mock_server::detail

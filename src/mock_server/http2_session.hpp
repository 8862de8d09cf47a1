#pragma once
// HTTP/2 connections of a mock server (RFC 9113), framed by nghttp2: the
// cleartext transport with prior knowledge, and "h2" negotiated by ALPN on
// the https transport (mock-server.md §2.1, §4). Each stream's request goes
// through the same ServerState::respond as an HTTP/1.1 request, so matching,
// recording (before the response is sent), CORS and logging are identical.
// Internal to the mock_server layer.

#include <memory>
#include <string>
#include <string_view>

#include "mock_server/connection.hpp"

namespace pact::mock_server {
struct ServerState;
}

namespace pact::mock_server::detail {

/// The client connection preface that opens every HTTP/2 connection
/// (RFC 9113 §3.4).
inline constexpr std::string_view kHttp2Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

/// Serves HTTP/2 on `stream` until the client goes away, a protocol error
/// ends the connection (nghttp2 answers GOAWAY), or cleanup. `received` is
/// what was already read from the stream (the preface, possibly more). The
/// returned connection is already running on the stream's executor.
std::shared_ptr<Connection> serve_http2(PlainStream stream, std::string received, std::shared_ptr<ServerState> state);
std::shared_ptr<Connection> serve_http2(TlsStream stream, std::string received, std::shared_ptr<ServerState> state);

}  // namespace pact::mock_server::detail

#pragma once
// One running mock server: an acceptor on the shared io_context pool plus a
// session per connection (HTTP/1.1 with keep-alive, or HTTP/2; plain or TLS;
// a read timeout and one strand per connection). The Asio/Beast machinery
// lives in server.cpp, http2_session.cpp and tls.cpp; this header stays free
// of Asio types (CONVENTIONS.md §2.4).

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "mock_server/log_buffer.hpp"
#include "mock_server/match_log.hpp"
#include "mock_server/mock_server.hpp"
#include "mock_server/request_conversion.hpp"
#include "mock_server/request_handler.hpp"
#include "model/pact.hpp"
#include "support/result.hpp"

namespace pact::mock_server {

/// What the sessions of one server share. Outlives the server object while
/// connections are still finishing their last request.
struct ServerState {
  ServerState(std::shared_ptr<const model::Pact> snapshot, const ServerOptions& options);

  /// One received request, whatever the protocol: converts it, matches it,
  /// records the outcome (before returning, so before any byte of the
  /// response is sent) and logs it. Thread-safe.
  MockResponse respond(RawRequest raw);

  std::shared_ptr<const model::Pact> pact;
  RequestHandler handler;
  MatchLog log;
  LogBuffer logs;
  bool keep_alive;
  bool tls;
  std::atomic<bool> stopping{false};
};

class Listener;

class Server {
 public:
  /// Binds and starts accepting. Errors: Parse = unusable address; Io =
  /// bind/listen failure (e.g. port in use); Internal = TLS setup failed.
  static support::Result<std::shared_ptr<Server>> start(model::Pact pact, const ServerOptions& options);

  Server(std::shared_ptr<ServerState> state, std::shared_ptr<Listener> listener, std::uint16_t port);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  std::uint16_t port() const noexcept { return port_; }
  const model::Pact& pact() const noexcept { return *state_->pact; }
  bool tls() const noexcept { return state_->tls; }
  bool matched() const { return state_->log.matched(); }
  json::array mismatches() const { return state_->log.mismatches(); }
  std::string take_logs() { return state_->logs.take(); }

  /// Closes the listener before returning (new connections are refused),
  /// closes idle connections and lets requests in flight finish. Idempotent.
  void stop();

 private:
  std::shared_ptr<ServerState> state_;
  std::mutex stop_mutex_;  ///< guards listener_ (stop vs. destructor)
  std::shared_ptr<Listener> listener_;
  std::uint16_t port_;
};

}  // namespace pact::mock_server

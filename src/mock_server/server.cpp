#include "mock_server/server.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/ssl.h>

#include <chrono>
#include <cstdio>
#include <future>
#include <mutex>
#include <optional>
#include <type_traits>
#include <vector>

#include "mock_server/connection.hpp"
#include "mock_server/http2_session.hpp"
#include "mock_server/io_pool.hpp"
#include "mock_server/request_conversion.hpp"
#include "mock_server/tls.hpp"
#include "model/pact_json.hpp"

namespace pact::mock_server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using detail::Connection;
using detail::ConnectionSet;
using detail::kBodyLimit;
using detail::kHeaderLimit;
using detail::kReadTimeout;
using detail::PlainStream;
using detail::TlsStream;

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return beast::iequals(a, b);
}

support::Result<tcp::endpoint> resolve(const std::string& address, std::uint16_t port) {
  // "[::1]" is refused like the reference does (mock-server.md §2.1, trap 5).
  if (address.empty() || address.front() == '[') {
    return support::make_error(support::ErrorCategory::Parse, "invalid address '" + address + "'");
  }
  beast::error_code ec;
  const auto ip = asio::ip::make_address(address, ec);
  if (!ec) return tcp::endpoint(ip, port);
  tcp::resolver resolver(detail::io_context());
  const auto results = resolver.resolve(address, std::to_string(port), tcp::resolver::numeric_service, ec);
  if (ec || results.empty()) {
    return support::make_error(support::ErrorCategory::Parse, "could not resolve address '" + address + "'");
  }
  // The first address the resolver returns (mock-server.md §2.1).
  return results.begin()->endpoint();
}

// The reference names an http server by a UUID and an https one by 8 hex
// digits (mock-server.md §4); the name is the server's log id.
std::string server_id(bool tls) {
  auto id = support::log::random_uuid();
  if (tls) id.resize(8);
  return id;
}

}  // namespace

ServerState::ServerState(std::shared_ptr<const model::Pact> snapshot, const ServerOptions& options)
    : pact(snapshot),
      handler(snapshot, options.cors_preflight),
      log(snapshot, handler.groups()),
      logs(server_id(options.tls)),
      keep_alive(options.keep_alive),
      tls(options.tls) {}

namespace {

// Request and response details for debug logs.
std::string describe(const model::HttpRequest& request) {
  return json::write(json::value(model::request_to_v3_json(request)));
}

std::string describe(const MockResponse& response) {
  std::string out = "status " + std::to_string(response.status) + ", headers {";
  for (std::size_t i = 0; i < response.headers.size(); ++i) {
    out += (i == 0 ? "" : ", ") + response.headers[i].first + ": " + response.headers[i].second;
  }
  return out + "}, body " + std::to_string(response.body.size()) + " bytes";
}

}  // namespace

MockResponse ServerState::respond(RawRequest raw) {
  // Whatever is logged while handling the request goes under the server's
  // log id (logging-and-errors.md §8).
  const support::log::LogScope log_scope(logs.id());
  auto request = to_pact_request(std::move(raw));
  if (!request) {
    logs.append(request.error().message);
    return plain_error_response(kInvalidHeaderEncoding);
  }
  const bool debug = support::log::enabled(support::log::Level::Debug);
  if (debug) logs.append("Request: " + describe(*request), support::log::Level::Debug);
  auto handled = handler.handle(*request);
  // Recorded before the response is written, so matched() is never behind
  // what the client saw (mock-server.md §5, DESIGN.md §4).
  log.record(handled.record, *request);
  for (const auto& line : handled.log_lines) logs.append(line);
  if (debug) logs.append("Response: " + describe(handled.response), support::log::Level::Debug);
  return std::move(handled.response);
}

namespace {

// One HTTP/1.1 connection, plain or TLS. Every handler runs on the
// connection's strand (the socket was accepted onto a fresh strand), so
// members need no locking.
template <typename Stream>
class Http1Session : public Connection, public std::enable_shared_from_this<Http1Session<Stream>> {
 public:
  /// `buffer` holds whatever protocol detection already read.
  Http1Session(Stream stream, beast::flat_buffer buffer, std::shared_ptr<ServerState> state)
      : stream_(std::move(stream)), buffer_(std::move(buffer)), state_(std::move(state)) {}

  void start() {
    asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] { self->read_header(); });
  }

  // Called at cleanup: an idle connection is closed at once; one in the
  // middle of a request finishes it and closes after the response.
  void stop() override {
    asio::post(stream_.get_executor(), [self = this->shared_from_this()] {
      if (!self->busy_ && !(self->parser_ && self->parser_->got_some())) self->close();
    });
  }

 private:
  auto& timer() { return beast::get_lowest_layer(stream_); }

  void read_header() {
    busy_ = false;
    if (state_->stopping) return close();
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    parser_->body_limit(kBodyLimit);
    timer().expires_after(kReadTimeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Http1Session::on_header, this->shared_from_this()));
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (ec) return on_error(ec);
    busy_ = true;
    const auto& req = parser_->get();
    // Clients such as curl wait for "100 Continue" before sending a body.
    if (iequals(req[http::field::expect], "100-continue")) {
      auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_, req.version());
      http::async_write(stream_, *interim,
                        [self = this->shared_from_this(), interim](beast::error_code wec, std::size_t) {
                          if (wec) return self->close();
                          self->read_body();
                        });
      return;
    }
    read_body();
  }

  void read_body() {
    timer().expires_after(kReadTimeout);
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Http1Session::on_read, this->shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (ec) return on_error(ec);
    timer().expires_never();
    MockResponse response;
    bool keep_alive = false;
    unsigned version = 11;
    bool head = false;
    try {
      auto req = parser_->release();
      version = req.version();
      keep_alive = req.keep_alive() && state_->keep_alive;
      head = req.method() == http::verb::head;
      RawRequest raw;
      raw.method = std::string(req.method_string());
      raw.target = std::string(req.target());
      for (const auto& field : req) raw.fields.emplace_back(std::string(field.name_string()), std::string(field.value()));
      raw.body = std::move(req.body());
      response = state_->respond(std::move(raw));
    } catch (const std::exception& e) {
      // Never let an exception escape into the io_context threads.
      state_->logs.append(std::string("Internal error while handling a request: ") + e.what());
      response = plain_error_response("Internal error");
      keep_alive = false;
    }
    write(std::move(response), version, keep_alive, head);
  }

  void write(MockResponse response, unsigned version, bool keep_alive, bool head) {
    auto res = std::make_shared<http::response<http::string_body>>();
    try {
      res->version(version);
      res->result(response.status);
      for (auto& [name, value] : response.headers) res->insert(name, value);
      // The HTTP layer adds Date unless the pact response has one (§7.1).
      if (res->find(http::field::date) == res->end()) res->set(http::field::date, detail::http_date());
      // 1xx, 204 and 304 responses carry no body (RFC 9110 §6.4.1).
      const bool bodiless = response.status < 200 || response.status == 204 || response.status == 304;
      if (!bodiless) res->body() = std::move(response.body);
      res->keep_alive(keep_alive);
      res->prepare_payload();
    } catch (const std::exception&) {
      // e.g. a status above 999 in the pact: answer plainly instead.
      *res = http::response<http::string_body>(http::status::internal_server_error, version);
      res->set(http::field::content_type, "text/plain");
      res->body() = "Could not build the response";
      res->keep_alive(keep_alive);
      res->prepare_payload();
    }
    // HEAD: headers as for GET (Content-Length included), no body bytes.
    if (head) res->body().clear();
    // A client that stops reading must not pin the session either.
    timer().expires_after(kReadTimeout);
    http::async_write(stream_, *res, [self = this->shared_from_this(), res](beast::error_code ec, std::size_t) {
      self->on_write(ec, res->keep_alive());
    });
  }

  void on_write(beast::error_code ec, bool keep_alive) {
    if (ec || !keep_alive) return close();
    read_header();
  }

  void on_error(beast::error_code ec) {
    if (ec == http::error::body_limit) {
      // Answer 413, then close: the rest of the body is never read.
      auto res = std::make_shared<http::response<http::string_body>>(http::status::payload_too_large, 11);
      res->set(http::field::content_type, "text/plain");
      res->body() = "Request body too large";
      res->keep_alive(false);
      res->prepare_payload();
      http::async_write(stream_, *res, [self = this->shared_from_this(), res](beast::error_code, std::size_t) {
        self->close();
      });
      return;
    }
    // end_of_stream, timeout, malformed HTTP, cancelled at cleanup: close.
    close();
  }

  void close() { detail::close_socket(stream_); }

  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<ServerState> state_;
  bool busy_ = false;
};

// The first stage of every connection: the TLS handshake (https), then which
// protocol the client speaks. "h2" chosen by ALPN, or the HTTP/2 connection
// preface as the first bytes (prior knowledge, RFC 9113 §3.3), hand the
// connection to HTTP/2; anything else is HTTP/1.1, with the bytes already
// read given to the HTTP/1.1 parser.
template <typename Stream>
class ProtocolDetector : public Connection, public std::enable_shared_from_this<ProtocolDetector<Stream>> {
 public:
  ProtocolDetector(Stream stream, std::shared_ptr<ServerState> state, std::shared_ptr<ConnectionSet> connections)
      : stream_(std::move(stream)), state_(std::move(state)), connections_(std::move(connections)) {}

  void start() {
    asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      if constexpr (std::is_same_v<Stream, TlsStream>) {
        self->handshake();
      } else {
        self->read();
      }
    });
  }

  // A client that connected but has not yet said which protocol it speaks
  // is idle: closed at once.
  void stop() override {
    asio::post(stream_.get_executor(), [self = this->shared_from_this()] {
      if (!self->handed_over_) detail::close_socket(self->stream_);
    });
  }

 private:
  void handshake() {
    beast::get_lowest_layer(stream_).expires_after(kReadTimeout);
    stream_.async_handshake(ssl::stream_base::server, [self = this->shared_from_this()](beast::error_code ec) {
      // A client that rejects the certificate (or is no TLS client at all)
      // ends here; it sees the reason on its side.
      if (ec) return detail::close_socket(self->stream_);
      const unsigned char* protocol = nullptr;
      unsigned int length = 0;
      SSL_get0_alpn_selected(self->stream_.native_handle(), &protocol, &length);
      if (length > 0 && std::string_view(reinterpret_cast<const char*>(protocol), length) == kAlpnH2) {
        return self->to_http2();
      }
      self->read();
    });
  }

  void read() {
    if (state_->stopping) return detail::close_socket(stream_);
    beast::get_lowest_layer(stream_).expires_after(kReadTimeout);
    const auto wanted = detail::kHttp2Preface.size() - buffer_.size();
    stream_.async_read_some(buffer_.prepare(wanted),
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
                              if (ec) return detail::close_socket(self->stream_);
                              self->buffer_.commit(n);
                              self->decide();
                            });
  }

  void decide() {
    const auto data = buffer_.cdata();
    const std::string_view got(static_cast<const char*>(data.data()), data.size());
    if (!detail::kHttp2Preface.starts_with(got)) return to_http1();
    if (got.size() == detail::kHttp2Preface.size()) return to_http2();
    read();  // a prefix of the preface so far: need more bytes to tell
  }

  void to_http1() {
    handed_over_ = true;
    auto session = std::make_shared<Http1Session<Stream>>(std::move(stream_), std::move(buffer_), state_);
    connections_->add(session);
    session->start();
  }

  void to_http2() {
    handed_over_ = true;
    const auto data = buffer_.cdata();
    std::string received(static_cast<const char*>(data.data()), data.size());
    connections_->add(detail::serve_http2(std::move(stream_), std::move(received), state_));
  }

  Stream stream_;
  beast::flat_buffer buffer_;
  std::shared_ptr<ServerState> state_;
  std::shared_ptr<ConnectionSet> connections_;
  bool handed_over_ = false;  ///< stream_ was moved to the next stage
};

}  // namespace

// The acceptor of one server. Its operations run on one strand; stop()
// hops onto it, so closing never races an accept in progress.
class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(asio::io_context& context, std::shared_ptr<ServerState> state, std::shared_ptr<ssl::context> tls)
      : context_(context), strand_(asio::make_strand(context)), acceptor_(strand_), retry_(strand_),
        state_(std::move(state)), tls_(std::move(tls)) {}

  support::Result<std::uint16_t> open(const tcp::endpoint& endpoint) {
    beast::error_code ec;
    const auto failed = [&](std::string_view what) {
      return support::make_error(support::ErrorCategory::Io, std::string(what) + " " + endpoint.address().to_string() +
                                                                 ":" + std::to_string(endpoint.port()) + ": " +
                                                                 ec.message());
    };
    acceptor_.open(endpoint.protocol(), ec);
    if (ec) return failed("could not open a socket for");
    // Lets a port in TIME_WAIT be reused; Linux still refuses a port that
    // another socket listens on, so "port in use" stays an error.
    acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    acceptor_.bind(endpoint, ec);
    if (ec) return failed("could not bind to");
    acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) return failed("could not listen on");
    const auto port = acceptor_.local_endpoint(ec).port();
    if (ec) return failed("could not read the bound port of");
    return port;
  }

  void run() {
    asio::dispatch(strand_, [self = shared_from_this()] { self->accept(); });
  }

  void stop() {
    state_->stopping = true;
    std::promise<void> closed;
    auto done = closed.get_future();
    asio::dispatch(strand_, [self = shared_from_this(), &closed] {
      beast::error_code ec;
      self->acceptor_.close(ec);
      self->retry_.cancel();
      closed.set_value();
    });
    done.wait();
    connections_->stop_all();
  }

 private:
  void accept() {
    if (!acceptor_.is_open()) return;
    acceptor_.async_accept(asio::make_strand(context_),
                           beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
  }

  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (!acceptor_.is_open() || ec == asio::error::operation_aborted) return;
    if (ec) {
      // e.g. out of file descriptors: back off briefly instead of spinning.
      retry_.expires_after(std::chrono::milliseconds(50));
      retry_.async_wait([self = shared_from_this()](beast::error_code wec) {
        if (!wec) self->accept();
      });
      return;
    }
    if (tls_) {
      start_connection(TlsStream(std::move(socket), *tls_));
    } else {
      start_connection(PlainStream(std::move(socket)));
    }
    accept();
  }

  template <typename Stream>
  void start_connection(Stream stream) {
    auto detector = std::make_shared<ProtocolDetector<Stream>>(std::move(stream), state_, connections_);
    connections_->add(detector);
    detector->start();
  }

  asio::io_context& context_;
  asio::strand<asio::io_context::executor_type> strand_;
  tcp::acceptor acceptor_;
  asio::steady_timer retry_;
  std::shared_ptr<ServerState> state_;
  std::shared_ptr<ssl::context> tls_;  ///< null for plain http
  std::shared_ptr<ConnectionSet> connections_ = std::make_shared<ConnectionSet>();
};

support::Result<std::shared_ptr<Server>> Server::start(model::Pact pact, const ServerOptions& options) {
  auto endpoint = resolve(options.address, options.port);
  if (!endpoint) return endpoint.error();
  std::shared_ptr<ssl::context> tls;
  if (options.tls) {
    // A fresh certificate per server, signed by the process CA, valid for
    // localhost, the loopback addresses, the bound address and the name
    // asked for (mock-server.md §3).
    auto context = detail::server_tls_context({endpoint->address().to_string(), options.address});
    if (!context) return support::make_error(support::ErrorCategory::Internal, context.error().message);
    tls = std::move(*context);
  }
  auto snapshot = std::make_shared<const model::Pact>(std::move(pact));
  auto state = std::make_shared<ServerState>(std::move(snapshot), options);
  auto listener = std::make_shared<Listener>(detail::io_context(), state, std::move(tls));
  auto port = listener->open(*endpoint);
  if (!port) return port.error();
  // The literal bound address, always with http:// — also on TLS servers
  // (mock-server.md §7.1, trap 6).
  const auto ip = endpoint->address();
  const auto host = ip.is_v6() ? "[" + ip.to_string() + "]" : ip.to_string();
  state->handler.set_server_url("http://" + host + ":" + std::to_string(*port), *port);
  listener->run();
  return std::make_shared<Server>(std::move(state), std::move(listener), *port);
}

Server::Server(std::shared_ptr<ServerState> state, std::shared_ptr<Listener> listener, std::uint16_t port)
    : state_(std::move(state)), listener_(std::move(listener)), port_(port) {}

Server::~Server() {
  // A server dropped without cleanup still must not leave its port open.
  stop();
}

void Server::stop() {
  std::shared_ptr<Listener> listener;
  {
    std::lock_guard lock(stop_mutex_);
    listener.swap(listener_);
  }
  if (listener) listener->stop();
}

}  // namespace pact::mock_server

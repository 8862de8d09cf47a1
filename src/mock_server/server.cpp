#include "mock_server/server.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <future>
#include <mutex>
#include <optional>
#include <vector>

#include "mock_server/io_pool.hpp"
#include "mock_server/request_conversion.hpp"

namespace pact::mock_server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

// Limits that keep a hostile or broken client from exhausting memory; a body
// beyond the limit is answered 413, a header block beyond it closes the
// connection (the request cannot be parsed).
constexpr std::uint64_t kBodyLimit = 64ull * 1024 * 1024;
constexpr std::uint32_t kHeaderLimit = 64 * 1024;
// A connection that sends nothing for this long (idle keep-alive included)
// is closed, so stalled clients never pin a session forever.
constexpr auto kReadTimeout = std::chrono::seconds(30);

std::string http_date() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

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

}  // namespace

ServerState::ServerState(std::shared_ptr<const model::Pact> snapshot, const ServerOptions& options)
    : pact(snapshot),
      handler(snapshot, options.cors_preflight),
      log(snapshot, handler.groups()),
      keep_alive(options.keep_alive) {}

// One connection. Every handler runs on the connection's strand (the socket
// was accepted onto a fresh strand), so members need no locking.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, std::shared_ptr<ServerState> state)
      : stream_(std::move(socket)), state_(std::move(state)) {}

  void start() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read_header(); });
  }

  // Called at cleanup: an idle connection is closed at once; one in the
  // middle of a request finishes it and closes after the response.
  void stop() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_ && !(self->parser_ && self->parser_->got_some())) self->close();
    });
  }

 private:
  void read_header() {
    busy_ = false;
    if (state_->stopping) return close();
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    parser_->body_limit(kBodyLimit);
    stream_.expires_after(kReadTimeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (ec) return on_error(ec);
    busy_ = true;
    const auto& req = parser_->get();
    // Clients such as curl wait for "100 Continue" before sending a body.
    if (iequals(req[http::field::expect], "100-continue")) {
      auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_, req.version());
      http::async_write(stream_, *interim, [self = shared_from_this(), interim](beast::error_code wec, std::size_t) {
        if (wec) return self->close();
        self->read_body();
      });
      return;
    }
    read_body();
  }

  void read_body() {
    stream_.expires_after(kReadTimeout);
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (ec) return on_error(ec);
    stream_.expires_never();
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
      response = process(std::move(raw));
    } catch (const std::exception& e) {
      // Never let an exception escape into the io_context threads.
      state_->logs.append(std::string("Internal error while handling a request: ") + e.what());
      response = plain_error_response("Internal error");
      keep_alive = false;
    }
    write(std::move(response), version, keep_alive, head);
  }

  MockResponse process(RawRequest raw) {
    auto request = to_pact_request(std::move(raw));
    if (!request) {
      state_->logs.append(request.error().message);
      return plain_error_response(kInvalidHeaderEncoding);
    }
    auto handled = state_->handler.handle(*request);
    // Recorded before the response is written, so matched() is never behind
    // what the client saw (mock-server.md §5, DESIGN.md §4).
    state_->log.record(handled.record, *request);
    for (const auto& line : handled.log_lines) state_->logs.append(line);
    return std::move(handled.response);
  }

  void write(MockResponse response, unsigned version, bool keep_alive, bool head) {
    auto res = std::make_shared<http::response<http::string_body>>();
    try {
      res->version(version);
      res->result(response.status);
      for (auto& [name, value] : response.headers) res->insert(name, value);
      // The HTTP layer adds Date unless the pact response has one (§7.1).
      if (res->find(http::field::date) == res->end()) res->set(http::field::date, http_date());
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
    stream_.expires_after(kReadTimeout);
    http::async_write(stream_, *res, [self = shared_from_this(), res](beast::error_code ec, std::size_t) {
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
      http::async_write(stream_, *res, [self = shared_from_this(), res](beast::error_code, std::size_t) {
        self->close();
      });
      return;
    }
    // end_of_stream, timeout, malformed HTTP, cancelled at cleanup: close.
    close();
  }

  void close() {
    beast::error_code ec;
    auto& socket = stream_.socket();
    if (!socket.is_open()) return;
    socket.shutdown(tcp::socket::shutdown_both, ec);
    socket.close(ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<ServerState> state_;
  bool busy_ = false;
};

// The acceptor of one server. Its operations run on one strand; stop()
// hops onto it, so closing never races an accept in progress.
class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(asio::io_context& context, std::shared_ptr<ServerState> state)
      : context_(context), strand_(asio::make_strand(context)), acceptor_(strand_), retry_(strand_),
        state_(std::move(state)) {}

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
    std::vector<std::weak_ptr<Session>> sessions;
    {
      std::lock_guard lock(sessions_mutex_);
      sessions.swap(sessions_);
    }
    for (auto& weak : sessions) {
      if (auto session = weak.lock()) session->stop();
    }
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
    auto session = std::make_shared<Session>(std::move(socket), state_);
    {
      std::lock_guard lock(sessions_mutex_);
      std::erase_if(sessions_, [](const auto& w) { return w.expired(); });
      sessions_.push_back(session);
    }
    session->start();
    accept();
  }

  asio::io_context& context_;
  asio::strand<asio::io_context::executor_type> strand_;
  tcp::acceptor acceptor_;
  asio::steady_timer retry_;
  std::shared_ptr<ServerState> state_;
  std::mutex sessions_mutex_;  ///< guards sessions_ (accept strand vs. stop caller)
  std::vector<std::weak_ptr<Session>> sessions_;
};

support::Result<std::shared_ptr<Server>> Server::start(model::Pact pact, const ServerOptions& options) {
  auto endpoint = resolve(options.address, options.port);
  if (!endpoint) return endpoint.error();
  auto snapshot = std::make_shared<const model::Pact>(std::move(pact));
  auto state = std::make_shared<ServerState>(std::move(snapshot), options);
  auto listener = std::make_shared<Listener>(detail::io_context(), state);
  auto port = listener->open(*endpoint);
  if (!port) return port.error();
  // The literal bound address, always with http:// (mock-server.md §7.1).
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

#pragma once
// A scripted HTTP/1.1 server on 127.0.0.1 for the verifier tests: every
// request is recorded (with the connection it came on) and answered by a
// handler function. It serves keep-alive connections, so tests can check
// connection reuse, and it can delay a reply, so tests can check timeouts.
//
// Usage:
//   TestHttpServer server([](const TestRequest& r) {
//     return TestResponse::json(200, R"({"ok":true})");
//   });
//   client.send({.url = server.url("/path")});
//   EXPECT_EQ(server.requests().at(0).path(), "/path");
//
// The handler runs on the server's thread; capture only thread-safe state
// (or state the test reads after its requests completed).

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace pact::verifier::testing {

struct TestRequest {
  std::string method;
  /// Path and query as sent.
  std::string target;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  /// 1-based number of the connection the request arrived on.
  std::size_t connection = 0;

  /// The target without its query.
  std::string path() const { return target.substr(0, target.find('?')); }

  /// The first value of a header (name in any case).
  std::optional<std::string> header(std::string_view name) const {
    for (const auto& [n, v] : headers) {
      if (boost::beast::iequals(n, name)) return v;
    }
    return std::nullopt;
  }

  /// Every value of a header, in order.
  std::vector<std::string> header_values(std::string_view name) const {
    std::vector<std::string> out;
    for (const auto& [n, v] : headers) {
      if (boost::beast::iequals(n, name)) out.push_back(v);
    }
    return out;
  }
};

struct TestResponse {
  unsigned status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  /// Wait this long before replying.
  std::chrono::milliseconds delay{0};
  /// Close the connection after this reply.
  bool close = false;

  static TestResponse json(unsigned status, std::string body, std::string content_type = "application/json") {
    TestResponse r;
    r.status = status;
    r.headers.emplace_back("Content-Type", std::move(content_type));
    r.body = std::move(body);
    return r;
  }

  static TestResponse text(unsigned status, std::string body = {}) {
    TestResponse r;
    r.status = status;
    if (!body.empty()) r.headers.emplace_back("Content-Type", "text/plain");
    r.body = std::move(body);
    return r;
  }
};

class TestHttpServer {
 public:
  using Handler = std::function<TestResponse(const TestRequest&)>;

  explicit TestHttpServer(Handler handler)
      : handler_(std::move(handler)), acceptor_(context_, {boost::asio::ip::make_address("127.0.0.1"), 0}) {
    port_ = acceptor_.local_endpoint().port();
    accept();
    thread_ = std::thread([this] { context_.run(); });
  }

  ~TestHttpServer() {
    context_.stop();
    if (thread_.joinable()) thread_.join();
  }

  TestHttpServer(const TestHttpServer&) = delete;
  TestHttpServer& operator=(const TestHttpServer&) = delete;

  std::uint16_t port() const { return port_; }

  /// "http://127.0.0.1:<port>" + path.
  std::string url(std::string_view path = "") const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  }

  std::vector<TestRequest> requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
  }

  /// Connections accepted so far.
  std::size_t connections() const { return connections_.load(); }

 private:
  using tcp = boost::asio::ip::tcp;

  struct Session : std::enable_shared_from_this<Session> {
    Session(TestHttpServer& server, tcp::socket socket, std::size_t id)
        : server(server), socket(std::move(socket)), timer(this->socket.get_executor()), id(id) {}

    void read() {
      request = {};
      boost::beast::http::async_read(socket, buffer, request,
                                     [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                                       if (!ec) self->on_request();
                                     });
    }

    void on_request() {
      TestRequest recorded;
      recorded.method = std::string(request.method_string());
      recorded.target = std::string(request.target());
      for (const auto& field : request) {
        recorded.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
      }
      recorded.body = request.body();
      recorded.connection = id;
      {
        std::lock_guard lock(server.mutex_);
        server.requests_.push_back(recorded);
      }
      TestResponse reply;
      try {
        reply = server.handler_(recorded);
      } catch (const std::exception& e) {
        reply = TestResponse::text(500, std::string("handler threw: ") + e.what());
      }
      response = {};
      response.version(11);
      response.result(reply.status);
      bool has_length = false;
      for (const auto& [name, value] : reply.headers) {
        if (boost::beast::iequals(name, "Content-Length")) has_length = true;
        response.insert(name, value);
      }
      response.body() = std::move(reply.body);
      if (!has_length) response.prepare_payload();
      keep_alive = request.keep_alive() && !reply.close;
      response.keep_alive(keep_alive);
      if (reply.delay.count() > 0) {
        timer.expires_after(reply.delay);
        timer.async_wait([self = shared_from_this()](boost::beast::error_code ec) {
          if (!ec) self->write();
        });
      } else {
        write();
      }
    }

    void write() {
      boost::beast::http::async_write(socket, response,
                                      [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                                        if (ec) return;
                                        if (self->keep_alive) {
                                          self->read();
                                        } else {
                                          boost::beast::error_code ignored;
                                          self->socket.shutdown(tcp::socket::shutdown_both, ignored);
                                        }
                                      });
    }

    TestHttpServer& server;
    tcp::socket socket;
    boost::asio::steady_timer timer;
    std::size_t id;
    boost::beast::flat_buffer buffer;
    boost::beast::http::request<boost::beast::http::string_body> request;
    boost::beast::http::response<boost::beast::http::string_body> response;
    bool keep_alive = true;
  };

  void accept() {
    acceptor_.async_accept([this](boost::beast::error_code ec, tcp::socket socket) {
      if (ec) return;
      const std::size_t id = ++connections_;
      std::make_shared<Session>(*this, std::move(socket), id)->read();
      accept();
    });
  }

  Handler handler_;
  boost::asio::io_context context_;
  tcp::acceptor acceptor_;
  std::uint16_t port_ = 0;
  std::thread thread_;
  mutable std::mutex mutex_;
  std::vector<TestRequest> requests_;
  std::atomic<std::size_t> connections_{0};
};

}  // namespace pact::verifier::testing

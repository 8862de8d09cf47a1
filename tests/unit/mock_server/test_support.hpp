#pragma once
// Helpers shared by the mock-server tests: pacts from JSON text and a tiny
// synchronous Beast client that talks to 127.0.0.1 only.

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/pact.hpp"
#include "model/pact_json.hpp"

namespace pact::mock_server::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

inline model::Pact pact_from(std::string_view json_text) {
  auto pact = model::read_pact(json_text);
  EXPECT_TRUE(pact.ok()) << (pact.ok() ? "" : pact.error().message);
  return pact.ok() ? std::move(pact.value()) : model::Pact{};
}

struct Reply {
  unsigned status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  bool keep_alive = true;

  std::vector<std::string> values(std::string_view name) const {
    std::vector<std::string> out;
    for (const auto& [n, v] : headers) {
      if (beast::iequals(n, name)) out.push_back(v);
    }
    return out;
  }
};

/// One connection to a mock server; each request() is one exchange on it.
class Client {
 public:
  explicit Client(std::uint16_t port, const std::string& address = "127.0.0.1") : socket_(context_) {
    socket_.connect(tcp::endpoint(asio::ip::make_address(address), port));
  }

  Reply request(http::verb method, std::string target, std::string body = {},
                std::vector<std::pair<std::string, std::string>> headers = {}, bool keep_alive = true) {
    http::request<http::string_body> req(method, target, 11);
    req.set(http::field::host, "127.0.0.1");
    for (auto& [n, v] : headers) req.insert(n, v);
    req.body() = std::move(body);
    req.keep_alive(keep_alive);
    req.prepare_payload();
    http::write(socket_, req);
    http::response_parser<http::string_body> parser;
    parser.body_limit(1024 * 1024 * 1024);
    if (method == http::verb::head) parser.skip(true);
    http::read(socket_, buffer_, parser);
    auto res = parser.release();
    Reply reply;
    reply.status = res.result_int();
    for (const auto& f : res) reply.headers.emplace_back(std::string(f.name_string()), std::string(f.value()));
    reply.body = res.body();
    reply.keep_alive = res.keep_alive();
    return reply;
  }

  /// Sends raw bytes and returns whatever arrives until the server closes.
  std::string raw_exchange(std::string_view bytes) {
    asio::write(socket_, asio::buffer(bytes.data(), bytes.size()));
    std::string out;
    beast::error_code ec;
    char chunk[4096];
    for (;;) {
      const auto n = socket_.read_some(asio::buffer(chunk), ec);
      out.append(chunk, n);
      if (ec) break;
    }
    return out;
  }

  tcp::socket& socket() { return socket_; }

 private:
  asio::io_context context_;
  tcp::socket socket_;
  beast::flat_buffer buffer_;
};

/// One request on a fresh connection that is closed afterwards.
inline Reply send(std::uint16_t port, http::verb method, std::string target, std::string body = {},
                  std::vector<std::pair<std::string, std::string>> headers = {}) {
  Client client(port);
  return client.request(method, std::move(target), std::move(body), std::move(headers), false);
}

}  // namespace pact::mock_server::testing

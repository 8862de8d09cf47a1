// HTTP/2 on the mock server (mock-server.md §2.1, §4): prior knowledge on
// the http transport and "h2" by ALPN on https, each stream going through the
// same matching as HTTP/1.1; malformed frames end one connection, never the
// server. The client side is nghttp2's client session, driven synchronously.
#include <boost/asio/ssl.hpp>
#include <boost/beast/ssl.hpp>
#include <gtest/gtest.h>
#include <nghttp2/nghttp2.h>

#include <array>
#include <cstring>
#include <map>
#include <set>

#include "mock_server/mock_server.hpp"
#include "mock_server/tls.hpp"
#include "pacts.hpp"
#include "support/json.hpp"
#include "test_support.hpp"

namespace pact::mock_server {
namespace {

namespace asio = boost::asio;
namespace beast = testing::beast;
namespace ssl = asio::ssl;
using testing::pact_from;
using testing::tcp;

// RFC 9113 §3.4.
constexpr std::string_view kPreface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

struct H2Reply {
  int status = 0;
  std::multimap<std::string, std::string> headers;
  std::string body;
};

struct H2Request {
  std::string method = "GET";
  std::string path = "/";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

/// A synchronous HTTP/2 client over any blocking Asio stream: submits all
/// requests as concurrent streams, then pumps bytes until each stream closed.
template <typename SyncStream>
class H2Client {
 public:
  explicit H2Client(SyncStream& stream) : stream_(stream) {
    nghttp2_session_callbacks* cb = nullptr;
    nghttp2_session_callbacks_new(&cb);
    nghttp2_session_callbacks_set_on_header_callback(cb, &H2Client::on_header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cb, &H2Client::on_data);
    nghttp2_session_callbacks_set_on_stream_close_callback(cb, &H2Client::on_close);
    nghttp2_session_client_new(&session_, cb, this);
    nghttp2_session_callbacks_del(cb);
    nghttp2_submit_settings(session_, NGHTTP2_FLAG_NONE, nullptr, 0);
  }
  ~H2Client() { nghttp2_session_del(session_); }
  H2Client(const H2Client&) = delete;
  H2Client& operator=(const H2Client&) = delete;

  std::vector<H2Reply> exchange(std::vector<H2Request> requests) {
    std::vector<int32_t> ids;
    for (auto& r : requests) {
      bodies_.push_back(std::make_unique<Body>(Body{std::move(r.body), 0}));
      std::vector<std::pair<std::string, std::string>> fields = {
          {":method", r.method}, {":path", r.path}, {":scheme", "http"}, {":authority", "127.0.0.1"}};
      fields.insert(fields.end(), r.headers.begin(), r.headers.end());
      std::vector<nghttp2_nv> nva;
      for (auto& [n, v] : fields) {
        nva.push_back({reinterpret_cast<uint8_t*>(n.data()), reinterpret_cast<uint8_t*>(v.data()), n.size(), v.size(),
                       NGHTTP2_NV_FLAG_NONE});
      }
      nghttp2_data_provider provider{};
      provider.source.ptr = bodies_.back().get();
      provider.read_callback = &H2Client::read_body;
      const bool has_body = !bodies_.back()->text.empty();
      const auto id = nghttp2_submit_request(session_, nullptr, nva.data(), nva.size(), has_body ? &provider : nullptr,
                                             nullptr);
      EXPECT_GT(id, 0);
      ids.push_back(id);
      open_.insert(id);
    }
    while (!open_.empty()) {
      pump_out();
      std::array<char, 16384> in{};
      const auto n = stream_.read_some(asio::buffer(in));
      EXPECT_GE(nghttp2_session_mem_recv(session_, reinterpret_cast<const uint8_t*>(in.data()), n), 0);
    }
    pump_out();
    std::vector<H2Reply> out;
    for (const auto id : ids) out.push_back(replies_[id]);
    return out;
  }

 private:
  struct Body {
    std::string text;
    std::size_t sent;
  };

  void pump_out() {
    for (;;) {
      const uint8_t* data = nullptr;
      const auto n = nghttp2_session_mem_send(session_, &data);
      ASSERT_GE(n, 0);
      if (n == 0) return;
      asio::write(stream_, asio::buffer(data, static_cast<std::size_t>(n)));
    }
  }

  static int on_header(nghttp2_session*, const nghttp2_frame* frame, const uint8_t* name, size_t nlen,
                       const uint8_t* value, size_t vlen, uint8_t, void* user) {
    auto& reply = static_cast<H2Client*>(user)->replies_[frame->hd.stream_id];
    const std::string n(reinterpret_cast<const char*>(name), nlen);
    const std::string v(reinterpret_cast<const char*>(value), vlen);
    if (n == ":status") {
      reply.status = std::stoi(v);
    } else {
      reply.headers.emplace(n, v);
    }
    return 0;
  }
  static int on_data(nghttp2_session*, uint8_t, int32_t id, const uint8_t* data, size_t len, void* user) {
    static_cast<H2Client*>(user)->replies_[id].body.append(reinterpret_cast<const char*>(data), len);
    return 0;
  }
  static int on_close(nghttp2_session*, int32_t id, uint32_t, void* user) {
    static_cast<H2Client*>(user)->open_.erase(id);
    return 0;
  }
  static ssize_t read_body(nghttp2_session*, int32_t, uint8_t* buf, size_t length, uint32_t* flags,
                           nghttp2_data_source* source, void*) {
    auto& body = *static_cast<Body*>(source->ptr);
    const auto n = std::min(length, body.text.size() - body.sent);
    std::memcpy(buf, body.text.data() + body.sent, n);
    body.sent += n;
    if (body.sent == body.text.size()) *flags |= NGHTTP2_DATA_FLAG_EOF;
    return static_cast<ssize_t>(n);
  }

  SyncStream& stream_;
  nghttp2_session* session_ = nullptr;
  std::vector<std::unique_ptr<Body>> bodies_;
  std::set<int32_t> open_;
  std::map<int32_t, H2Reply> replies_;
};

std::uint16_t start_ok(const char* pact_json, ServerOptions options = {}) {
  auto port = start(pact_from(pact_json), options);
  EXPECT_TRUE(port.ok()) << (port.ok() ? "" : port.error().message);
  return port.ok() ? *port : 0;
}

H2Request foo_request(std::string body) {
  return H2Request{"POST", "/foo/42", {{"content-type", "application/json"}}, std::move(body)};
}

TEST(Http2, PriorKnowledgeRequestsAreMatchedLikeHttp11) {
  const auto port = start_ok(testing::kFooBarPact);
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  H2Client client(socket);
  // Two concurrent streams on one connection.
  const auto replies = client.exchange({foo_request(R"({"a": 1})"), H2Request{"GET", "/bar", {}, {}}});
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(replies[0].status, 201);
  EXPECT_EQ(replies[0].body, R"({"ok":true})");
  EXPECT_EQ(replies[0].headers.find("x-res")->second, "yes");  // lower-cased for HTTP/2
  EXPECT_EQ(replies[0].headers.find("access-control-allow-origin")->second, "*");
  EXPECT_EQ(replies[0].headers.find("content-length")->second, "11");
  EXPECT_EQ(replies[0].headers.count("date"), 1u);
  EXPECT_EQ(replies[1].status, 200);
  EXPECT_TRUE(matched(port));
  EXPECT_EQ(*mismatches_json(port), "[]");
  EXPECT_TRUE(cleanup(port));
}

TEST(Http2, MismatchesAreRecordedBeforeTheResponse) {
  const auto port = start_ok(testing::kFooBarPact);
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  H2Client client(socket);
  const auto reply = client.exchange({foo_request(R"({"a": 2})")}).at(0);
  EXPECT_EQ(reply.status, 500);
  EXPECT_EQ(reply.headers.find("x-pact")->second, "Request-Mismatch");
  // Known as soon as the client has the response.
  const auto report = json::parse(*mismatches_json(port));
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(json::write(report->at(0).at("type")), "\"request-mismatch\"");
  EXPECT_FALSE(matched(port));
  EXPECT_TRUE(cleanup(port));
}

TEST(Http2, HeadGetsLengthButNoBodyAndHeadersReachMatching) {
  const auto port = start_ok(testing::kBestScorePact);
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  H2Client client(socket);
  const auto replies = client.exchange({H2Request{"GET", "/a", {{"x-one", "1"}, {"x-two", "2"}, {"x-three", "3"}}, {}},
                                        H2Request{"HEAD", "/b", {}, {}}});
  EXPECT_EQ(replies[0].status, 200);
  EXPECT_EQ(replies[1].status, 500);  // HEAD to a GET interaction is unexpected (§8)
  EXPECT_TRUE(replies[1].body.empty());
  EXPECT_NE(replies[1].headers.find("content-length")->second, "0");
  EXPECT_TRUE(cleanup(port));
}

TEST(Http2, CorsPreflightOverHttp2) {
  ServerOptions options;
  options.cors_preflight = true;
  const auto port = start_ok(testing::kFooBarPact, options);
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  H2Client client(socket);
  const auto reply = client
                         .exchange({H2Request{"OPTIONS",
                                              "/foo/1",
                                              {{"origin", "http://app"}, {"access-control-request-headers", "x-a"}},
                                              {}}})
                         .at(0);
  EXPECT_EQ(reply.status, 204);
  EXPECT_EQ(reply.headers.find("access-control-allow-origin")->second, "http://app");
  EXPECT_EQ(reply.headers.find("access-control-allow-headers")->second, "x-a, *");
  EXPECT_EQ(reply.headers.count("content-length"), 0u);
  EXPECT_TRUE(cleanup(port));
}

TEST(Http2, MalformedFramesEndTheConnectionNotTheServer) {
  const auto port = start_ok(testing::kFooBarPact);
  for (const std::string& garbage :
       {std::string("\xff\xff\xff\x09\x00\x00\x00\x00\x01", 9),   // oversized frame, not SETTINGS first
        std::string("\x00\x00\x00\x04\x00\x00\x00\x00\x00", 9) +  // a valid empty SETTINGS, then
            std::string("\x00\x00\x07\x01\x05\x00\x00\x00\x03garbage", 16),  // HEADERS, a bad HPACK block
        std::string(1000, '\xee')}) {
    testing::Client raw(port);
    const auto answer = raw.raw_exchange(std::string(kPreface) + garbage);
    // The server's SETTINGS, then GOAWAY (type 7) before it closes.
    ASSERT_GE(answer.size(), 9u);
    EXPECT_EQ(answer[3], '\x04');
    EXPECT_NE(answer.find(std::string("\x07\x00\x00\x00\x00\x00", 6)), std::string::npos);
  }
  // A half preface followed by silence is just an idle client; a preface
  // variant is HTTP/1.1 garbage: both leave the server working.
  {
    testing::Client raw(port);
    const auto answer = raw.raw_exchange("PRI * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(answer.rfind("HTTP/1.1 ", 0), 0u);
  }
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  H2Client client(socket);
  EXPECT_EQ(client.exchange({H2Request{"GET", "/bar", {}, {}}}).at(0).status, 200);
  EXPECT_EQ(testing::send(port, testing::http::verb::get, "/bar").status, 200u);
  EXPECT_TRUE(cleanup(port));
}

TEST(Http2, CleanupWithAnOpenHttp2ConnectionSendsGoaway) {
  const auto port = start_ok(testing::kFooBarPact);
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  H2Client client(socket);
  EXPECT_EQ(client.exchange({H2Request{"GET", "/bar", {}, {}}}).at(0).status, 200);
  EXPECT_TRUE(cleanup(port));
  // The idle connection gets GOAWAY and is closed: reading ends.
  std::string rest;
  beast::error_code ec;
  std::array<char, 1024> buf{};
  while (!ec) rest.append(buf.data(), socket.read_some(asio::buffer(buf), ec));
  EXPECT_NE(rest.find(std::string("\x07\x00\x00\x00\x00\x00", 6)), std::string::npos);
}

TEST(Http2, H2ByAlpnOnTheHttpsTransport) {
  ServerOptions options;
  options.tls = true;
  const auto port = start_ok(testing::kFooBarPact, options);
  asio::io_context io;
  ssl::context ctx(ssl::context::tls_client);
  const auto ca = ca_certificate_pem();
  ASSERT_TRUE(ca.ok());
  ctx.add_certificate_authority(asio::buffer(*ca));
  ctx.set_verify_mode(ssl::verify_peer);
  beast::ssl_stream<tcp::socket> stream(io, ctx);
  stream.set_verify_callback(ssl::host_name_verification("localhost"));
  static constexpr unsigned char kH2[] = "\x02h2";
  SSL_set_alpn_protos(stream.native_handle(), kH2, 3);
  stream.next_layer().connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  stream.handshake(ssl::stream_base::client);
  H2Client client(stream);
  const auto replies = client.exchange({foo_request(R"({"a": 7})"), H2Request{"GET", "/bar", {}, {}}});
  EXPECT_EQ(replies[0].status, 500);  // {"a": 7} does not match {"a": 1}
  EXPECT_EQ(replies[1].status, 200);
  const auto again = client.exchange({foo_request(R"({"a": 1})")});
  EXPECT_EQ(again.at(0).status, 201);
  EXPECT_FALSE(matched(port));  // the mismatch stays recorded
  EXPECT_TRUE(cleanup(port));
}

TEST(Http2, LargeBodiesFlowBothWays) {
  // 1 MiB request and response bodies: more than the 64 KiB flow-control
  // windows, so WINDOW_UPDATEs must flow both ways.
  std::string big(1 << 20, 'x');
  const std::string pact = R"({"consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": [
      {"description": "big", "request": {"method": "PUT", "path": "/big", "body": ")" +
                           big + R"(", "headers": {"Content-Type": "text/plain"}},
       "response": {"status": 200, "headers": {"Content-Type": "text/plain"}, "body": ")" +
                           big + R"("}}],
      "metadata": {"pactSpecification": {"version": "3.0.0"}}})";
  const auto port = start_ok(pact.c_str());
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  H2Client client(socket);
  const auto reply = client.exchange({H2Request{"PUT", "/big", {{"content-type", "text/plain"}}, big}}).at(0);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body.size(), big.size());
  EXPECT_TRUE(matched(port));
  EXPECT_TRUE(cleanup(port));
}

}  // namespace
}  // namespace pact::mock_server

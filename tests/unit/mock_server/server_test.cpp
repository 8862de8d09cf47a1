#include "mock_server/mock_server.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

#include "pacts.hpp"
#include "support/json.hpp"
#include "test_support.hpp"

namespace pact::mock_server {
namespace {

using testing::Client;
namespace http = testing::http;
using testing::pact_from;
using testing::send;

std::uint16_t start_ok(const char* pact_json, ServerOptions options = {}) {
  auto port = start(pact_from(pact_json), options);
  EXPECT_TRUE(port.ok()) << (port.ok() ? "" : port.error().message);
  return port.ok() ? *port : 0;
}

TEST(MockServer, StartReturnsEphemeralPortAndCleanupStopsIt) {
  const auto port = start_ok(testing::kFooBarPact);
  ASSERT_NE(port, 0);
  EXPECT_FALSE(matched(port));  // nothing received yet (trap 4)
  ASSERT_TRUE(mismatches_json(port).has_value());
  EXPECT_TRUE(cleanup(port));
  EXPECT_FALSE(cleanup(port));
  EXPECT_FALSE(matched(port));
  EXPECT_FALSE(mismatches_json(port).has_value());
  EXPECT_FALSE(take_logs(port).has_value());
}

TEST(MockServer, EmptyPactIsMatchedAtOnce) {
  const auto port = start_ok(testing::kEmptyPact);
  EXPECT_TRUE(matched(port));
  EXPECT_EQ(*mismatches_json(port), "[]");
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, UnknownPort) {
  EXPECT_FALSE(matched(1));
  EXPECT_FALSE(mismatches_json(1).has_value());
  EXPECT_FALSE(cleanup(1));
  auto status = write_pact_file(1, ::testing::TempDir(), true);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().category, support::ErrorCategory::NotFound);
}

TEST(MockServer, BadAddressesAreParseErrors) {
  for (const char* address : {"", "[::1]"}) {
    ServerOptions options;
    options.address = address;
    auto port = start(pact_from(testing::kEmptyPact), options);
    ASSERT_FALSE(port.ok()) << address;
    EXPECT_EQ(port.error().category, support::ErrorCategory::Parse) << address;
  }
}

TEST(MockServer, PortInUseIsAStartError) {
  const auto port = start_ok(testing::kEmptyPact);
  ServerOptions options;
  options.port = port;
  auto second = start(pact_from(testing::kEmptyPact), options);
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.error().category, support::ErrorCategory::Parse);
  EXPECT_TRUE(cleanup(port));
  // Once cleaned up, the port can be bound again.
  auto third = start(pact_from(testing::kEmptyPact), options);
  ASSERT_TRUE(third.ok()) << third.error().message;
  EXPECT_EQ(*third, port);
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, LocalhostIsResolved) {
  ServerOptions options;
  options.address = "localhost";
  auto port = start(pact_from(testing::kEmptyPact), options);
  ASSERT_TRUE(port.ok()) << port.error().message;
  EXPECT_TRUE(cleanup(*port));
}

TEST(MockServer, Ipv6Loopback) {
  {
    testing::asio::io_context context;
    testing::tcp::acceptor probe(context);
    boost::system::error_code ec;
    probe.open(testing::tcp::v6(), ec);
    if (!ec) probe.bind(testing::tcp::endpoint(testing::asio::ip::make_address("::1"), 0), ec);
    if (ec) GTEST_SKIP() << "no IPv6 loopback here";
  }
  ServerOptions options;
  options.address = "::1";
  const auto port = start_ok(testing::kFooBarPact, options);
  Client client(port, "::1");
  auto reply = client.request(http::verb::get, "/bar");
  EXPECT_EQ(reply.status, 200u);
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, KeepAliveServesSeveralRequestsOnOneConnection) {
  const auto port = start_ok(testing::kFooBarPact);
  Client client(port);
  for (int i = 0; i < 5; ++i) {
    auto reply = client.request(http::verb::get, "/bar");
    EXPECT_EQ(reply.status, 200u);
    EXPECT_TRUE(reply.keep_alive);
  }
  auto post = client.request(http::verb::post, "/foo/5", R"({"a":1})", {{"Content-Type", "application/json"}});
  EXPECT_EQ(post.status, 201u);
  EXPECT_EQ(post.values("X-Res"), std::vector<std::string>{"yes"});
  EXPECT_TRUE(matched(port));
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, KeepAliveFalseClosesAfterEachResponse) {
  ServerOptions options;
  options.keep_alive = false;
  const auto port = start_ok(testing::kFooBarPact, options);
  Client client(port);
  auto reply = client.request(http::verb::get, "/bar");
  EXPECT_EQ(reply.status, 200u);
  EXPECT_FALSE(reply.keep_alive);
  EXPECT_EQ(client.raw_exchange(""), "");  // the server closed the connection
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, TwentyConcurrentClients) {
  const auto port = start_ok(testing::kFooBarPact);
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 20; ++t) {
    threads.emplace_back([&] {
      try {
        Client client(port);
        for (int i = 0; i < 10; ++i) {
          if (client.request(http::verb::get, "/bar").status == 200u) ++ok;
        }
      } catch (const std::exception&) {
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 200);
  EXPECT_FALSE(matched(port));  // "foo" never received
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, CleanupRefusesNewConnectionsAndClosesIdleOnes) {
  const auto port = start_ok(testing::kFooBarPact);
  Client idle(port);
  EXPECT_EQ(idle.request(http::verb::get, "/bar").status, 200u);
  EXPECT_TRUE(cleanup(port));
  EXPECT_THROW(Client late(port), boost::system::system_error);
  // The idle keep-alive connection is closed, not left hanging.
  EXPECT_EQ(idle.raw_exchange(""), "");
}

TEST(MockServer, CleanupLetsARequestInFlightFinish) {
  const auto port = start_ok(testing::kFooBarPact);
  Client client(port);
  const std::string head =
      "POST /foo/3 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n";
  testing::asio::write(client.socket(), testing::asio::buffer(head));
  // Give the server time to parse the header block, then clean up while the
  // body is still outstanding.
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_TRUE(cleanup(port));
  EXPECT_THROW(Client late(port), boost::system::system_error);
  auto reply = client.raw_exchange("{\"a\":1}");
  EXPECT_EQ(reply.rfind("HTTP/1.1 201", 0), 0u) << reply;
}

TEST(MockServer, PactDateHeaderIsKeptAnd204HasNoBody) {
  const char* pact = R"({"consumer": {"name": "c"}, "provider": {"name": "p"},
    "interactions": [{"description": "d", "request": {"method": "GET", "path": "/d"},
      "response": {"status": 204, "headers": {"Date": "Tue, 15 Nov 1994 08:12:31 GMT"}, "body": "ignored"}}],
    "metadata": {"pactSpecification": {"version": "3.0.0"}}})";
  const auto port = start_ok(pact);
  Client client(port);
  auto reply = client.request(http::verb::get, "/d");
  EXPECT_EQ(reply.status, 204u);
  EXPECT_EQ(reply.values("Date"), std::vector<std::string>{"Tue, 15 Nov 1994 08:12:31 GMT"});
  EXPECT_EQ(reply.body, "");
  // The connection is still usable.
  EXPECT_EQ(client.request(http::verb::get, "/d").status, 204u);
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, HeadResponseHasNoBody) {
  const char* pact = R"({"consumer": {"name": "c"}, "provider": {"name": "p"},
    "interactions": [{"description": "h", "request": {"method": "HEAD", "path": "/h"},
      "response": {"status": 200, "body": "some text"}}],
    "metadata": {"pactSpecification": {"version": "3.0.0"}}})";
  const auto port = start_ok(pact);
  Client client(port);
  auto reply = client.request(http::verb::head, "/h");
  EXPECT_EQ(reply.status, 200u);
  EXPECT_EQ(reply.values("Content-Length"), std::vector<std::string>{"9"});
  EXPECT_EQ(client.request(http::verb::head, "/h").status, 200u);
  EXPECT_TRUE(matched(port));
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, MatchedIsTrueAsSoonAsTheClientHasItsResponse) {
  for (int i = 0; i < 200; ++i) {
    const auto port = start_ok(testing::kBestScorePact);
    ASSERT_NE(port, 0);
    EXPECT_EQ(send(port, http::verb::get, "/b").status, 202u);
    EXPECT_EQ(send(port, http::verb::get, "/a", {}, {{"X-One", "1"}, {"X-Two", "2"}, {"X-Three", "3"}}).status, 200u);
    ASSERT_TRUE(matched(port)) << "iteration " << i;
    ASSERT_TRUE(cleanup(port));
  }
}

TEST(MockServer, MismatchReportLayoutOfTheSpecExample) {
  // mock-server.md §9.2.
  const auto port = start_ok(testing::kFooBarPact);
  EXPECT_EQ(send(port, http::verb::post, "/foo/78", R"({"a": 2})", {{"Content-Type", "application/json"}}).status,
            500u);
  auto unexpected = send(port, http::verb::delete_, "/nope?x=1&x=2&y", {}, {{"X-A", "1"}});
  EXPECT_EQ(unexpected.status, 500u);
  EXPECT_EQ(unexpected.values("X-Pact"), std::vector<std::string>{"Unexpected-Request"});
  EXPECT_EQ(send(port, http::verb::options, "/foo/1").status, 500u);  // never reported

  auto text = mismatches_json(port);
  ASSERT_TRUE(text);
  auto report = json::parse(*text);
  ASSERT_TRUE(report.ok()) << *text;
  EXPECT_EQ(json::write(*report), *text);  // compact and sorted
  ASSERT_TRUE(report->is_array());
  auto& entries = report->as_array();
  ASSERT_EQ(entries.size(), 3u) << *text;

  // The headers of the unexpected request depend on the client; check the
  // ones we sent and compare the rest literally.
  auto& request = entries[1].as_object()["request"].as_object();
  auto& headers = request["headers"].as_object();
  EXPECT_EQ(json::write(headers["x-a"]), R"("1")");
  EXPECT_EQ(json::write(headers["host"]), R"("127.0.0.1")");
  EXPECT_EQ(json::write(headers["connection"]), R"("close")");
  request.erase("headers");

  const auto expected = json::parse(R"j([
    {"method": "POST", "path": "/foo/1", "type": "request-mismatch",
     "mismatches": [{"actual": "2", "expected": "1", "mismatch": "Expected 2 (Integer) to be equal to 1 (Integer)",
                     "path": "$.a", "type": "BodyMismatch"}]},
    {"method": "DELETE", "path": "/nope", "type": "request-not-found",
     "request": {"body": "", "method": "DELETE", "path": "/nope", "query": {"x": ["1", "2"], "y": [null]}}},
    {"method": "GET", "path": "/bar", "type": "missing-request", "request": {"method": "GET", "path": "/bar"}}
  ])j");
  ASSERT_TRUE(expected.ok());
  EXPECT_EQ(json::write(*report), json::write(*expected));
  EXPECT_FALSE(matched(port));
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, CorsPreflightOverTheWire) {
  ServerOptions options;
  options.cors_preflight = true;
  const auto port = start_ok(testing::kEmptyPact, options);
  auto reply = send(port, http::verb::options, "/x", {}, {{"Origin", "http://mine"}});
  EXPECT_EQ(reply.status, 204u);
  EXPECT_EQ(reply.values("Access-Control-Allow-Origin"), std::vector<std::string>{"http://mine"});
  EXPECT_TRUE(matched(port));
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, LogsAreDrainedOnRead) {
  const auto port = start_ok(testing::kFooBarPact);
  send(port, http::verb::get, "/bar");
  auto logs = take_logs(port);
  ASSERT_TRUE(logs);
  EXPECT_NE(logs->find("Received request GET /bar"), std::string::npos) << *logs;
  EXPECT_NE(logs->find("Request matched"), std::string::npos) << *logs;
  EXPECT_EQ(*take_logs(port), "");
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServer, WritePactFileAddsMockServerVersion) {
  const auto port = start_ok(testing::kFooBarPact);
  const auto dir = std::filesystem::path(::testing::TempDir()) / "mock_server_write_test";
  std::filesystem::remove_all(dir);
  auto status = write_pact_file(port, dir, true);
  ASSERT_TRUE(status.ok()) << status.error().message;
  std::ifstream in(dir / "ms-consumer-ms-provider.json");
  ASSERT_TRUE(in);
  std::stringstream text;
  text << in.rdbuf();
  auto doc = json::parse(text.str());
  ASSERT_TRUE(doc.ok());
  const auto* metadata = json::find(*doc, "metadata");
  ASSERT_TRUE(metadata);
  const auto* pact_rust = json::find(*metadata, "pactRust");
  ASSERT_TRUE(pact_rust);
  EXPECT_EQ(json::write(*json::find(*pact_rust, "mockserver")), R"("0.5.12")");
  EXPECT_TRUE(cleanup(port));
  std::filesystem::remove_all(dir);
}

TEST(MockServerRobustness, OversizedBodyGets413) {
  const auto port = start_ok(testing::kFooBarPact);
  Client client(port);
  auto reply = client.raw_exchange("POST /foo/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 413", 0), 0u) << reply;
  EXPECT_EQ(send(port, http::verb::get, "/bar").status, 200u);
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServerRobustness, MalformedHttpClosesTheConnection) {
  const auto port = start_ok(testing::kFooBarPact);
  {
    Client client(port);
    EXPECT_EQ(client.raw_exchange("THIS IS NOT HTTP\r\n\r\n"), "");
  }
  {
    Client client(port);
    EXPECT_EQ(client.raw_exchange("GET /bar HTTP/1.1\r\nBad Header Name: x\r\n\r\n"), "");
  }
  EXPECT_EQ(send(port, http::verb::get, "/bar").status, 200u);
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServerRobustness, NonAsciiHeaderValueIsRefused) {
  const auto port = start_ok(testing::kFooBarPact);
  Client client(port);
  auto reply = client.raw_exchange("GET /bar HTTP/1.1\r\nHost: x\r\nX-Bad: caf\xC3\xA9\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 500", 0), 0u) << reply;
  EXPECT_NE(reply.find("Found an invalid header encoding"), std::string::npos) << reply;
  EXPECT_TRUE(cleanup(port));
}

TEST(MockServerRobustness, ExpectContinueIsHonoured) {
  const auto port = start_ok(testing::kFooBarPact);
  Client client(port);
  auto reply = client.raw_exchange(
      "POST /foo/9 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 7\r\n"
      "Expect: 100-continue\r\nConnection: close\r\n\r\n{\"a\":1}");
  EXPECT_EQ(reply.rfind("HTTP/1.1 100 Continue", 0), 0u) << reply;
  EXPECT_NE(reply.find("HTTP/1.1 201"), std::string::npos) << reply;
  EXPECT_TRUE(cleanup(port));
}

}  // namespace
}  // namespace pact::mock_server

// HttpClient against a local scripted server: connection reuse, headers,
// bodies, methods, timeouts, refused connections and redirects.

#include "verifier/http_client.hpp"

#include <gtest/gtest.h>

#include <atomic>

#include "http_test_server.hpp"

namespace pact::verifier {
namespace {

using testing::TestHttpServer;
using testing::TestRequest;
using testing::TestResponse;

HttpClientOptions options_with_agent(std::string agent = "pact_verifier/test") {
  HttpClientOptions options;
  options.user_agent = std::move(agent);
  return options;
}

OutboundRequest get(std::string url) {
  OutboundRequest request;
  request.url = std::move(url);
  return request;
}

TEST(HttpClient, ReturnsStatusHeadersAndBodyOfTheResponse) {
  TestHttpServer server([](const TestRequest&) {
    TestResponse r = TestResponse::json(201, R"({"id":1})");
    r.headers.emplace_back("X-Repeated", "a");
    r.headers.emplace_back("X-Repeated", "b");
    return r;
  });
  HttpClient client(options_with_agent());
  auto response = client.send(get(server.url("/items?x=1")));
  ASSERT_TRUE(response.ok()) << response.error().message;
  EXPECT_EQ(response->status, 201);
  EXPECT_EQ(response->body, R"({"id":1})");
  EXPECT_EQ(response->header("content-type").value_or(""), "application/json");
  std::vector<std::string> repeated;
  for (const auto& [name, value] : response->headers) {
    if (name == "X-Repeated") repeated.push_back(value);
  }
  EXPECT_EQ(repeated, (std::vector<std::string>{"a", "b"}));
  EXPECT_FALSE(response->header("X-Missing").has_value());
  ASSERT_EQ(server.requests().size(), 1U);
  EXPECT_EQ(server.requests()[0].target, "/items?x=1");
  EXPECT_EQ(server.requests()[0].method, "GET");
}

TEST(HttpClient, ReusesOneConnectionForConsecutiveRequests) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::text(200, "ok"); });
  HttpClient client(options_with_agent());
  for (int i = 0; i < 3; ++i) {
    auto response = client.send(get(server.url("/n/" + std::to_string(i))));
    ASSERT_TRUE(response.ok()) << response.error().message;
  }
  EXPECT_EQ(server.connections(), 1U);
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 3U);
  for (const auto& request : requests) EXPECT_EQ(request.connection, 1U);
}

TEST(HttpClient, ReconnectsWhenTheServerClosesTheConnection) {
  TestHttpServer server([](const TestRequest&) {
    TestResponse r = TestResponse::text(200, "ok");
    r.close = true;
    return r;
  });
  HttpClient client(options_with_agent());
  ASSERT_TRUE(client.send(get(server.url("/a"))).ok());
  auto second = client.send(get(server.url("/b")));
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(server.connections(), 2U);
}

TEST(HttpClient, SendsHeadersInOrderWithDefaultsForAcceptAndUserAgent) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::text(200); });
  HttpClient client(options_with_agent("pact_verifier/9.9"));
  OutboundRequest request = get(server.url("/h"));
  request.headers = {{"X-One", "1"}, {"X-Two", "a"}, {"X-Two", "b"}, {"X-Empty", ""}};
  ASSERT_TRUE(client.send(request).ok());
  const TestRequest seen = server.requests().at(0);
  EXPECT_EQ(seen.header("User-Agent").value_or(""), "pact_verifier/9.9");
  EXPECT_EQ(seen.header("Accept").value_or(""), "*/*");
  EXPECT_EQ(seen.header_values("X-Two"), (std::vector<std::string>{"a", "b"}));
  ASSERT_TRUE(seen.header("X-Empty").has_value());
  EXPECT_EQ(*seen.header("X-Empty"), "");
  EXPECT_FALSE(seen.header("Accept-Encoding").has_value());
  EXPECT_FALSE(seen.header("Expect").has_value());
  EXPECT_FALSE(seen.header("Content-Length").has_value());
}

TEST(HttpClient, RequestHeadersReplaceTheDefaults) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::text(200); });
  HttpClient client(options_with_agent("pact_verifier/9.9"));
  OutboundRequest request = get(server.url("/h"));
  request.headers = {{"Accept", "application/xml"}, {"user-agent", "mine/1.0"}};
  ASSERT_TRUE(client.send(request).ok());
  const TestRequest seen = server.requests().at(0);
  EXPECT_EQ(seen.header_values("Accept"), (std::vector<std::string>{"application/xml"}));
  EXPECT_EQ(seen.header_values("User-Agent"), (std::vector<std::string>{"mine/1.0"}));
}

TEST(HttpClient, AsksForCompressedResponsesOnlyWhenConfigured) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::text(200); });
  HttpClientOptions options = options_with_agent();
  options.accept_compressed = true;
  HttpClient client(options);
  ASSERT_TRUE(client.send(get(server.url("/z"))).ok());
  const auto encoding = server.requests().at(0).header("Accept-Encoding").value_or("");
  EXPECT_NE(encoding.find("gzip"), std::string::npos);
  EXPECT_NE(encoding.find("deflate"), std::string::npos);
}

TEST(HttpClient, PostsABodyWithoutAddingAContentTypeOrExpect) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::text(200); });
  HttpClient client(options_with_agent());
  OutboundRequest request = get(server.url("/post"));
  request.method = "POST";
  request.body = std::string(2048, 'x');  // big enough for curl's Expect logic
  ASSERT_TRUE(client.send(request).ok());
  const TestRequest seen = server.requests().at(0);
  EXPECT_EQ(seen.method, "POST");
  EXPECT_EQ(seen.body, std::string(2048, 'x'));
  EXPECT_FALSE(seen.header("Content-Type").has_value());
  EXPECT_FALSE(seen.header("Expect").has_value());
  EXPECT_EQ(seen.header("Content-Length").value_or(""), "2048");
}

TEST(HttpClient, PostWithoutBodySendsAnEmptyOne) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::text(200); });
  HttpClient client(options_with_agent());
  OutboundRequest request = get(server.url("/post"));
  request.method = "POST";
  request.headers = {{"Content-Type", "application/json"}};
  ASSERT_TRUE(client.send(request).ok());
  const TestRequest seen = server.requests().at(0);
  EXPECT_EQ(seen.header("Content-Length").value_or(""), "0");
  EXPECT_EQ(seen.header_values("Content-Type"), (std::vector<std::string>{"application/json"}));
}

TEST(HttpClient, SendsOtherMethodsVerbatim) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::text(204); });
  HttpClient client(options_with_agent());
  OutboundRequest patch = get(server.url("/p"));
  patch.method = "PATCH";
  patch.body = R"({"a":1})";
  patch.headers = {{"Content-Type", "application/json"}};
  OutboundRequest remove = get(server.url("/d"));
  remove.method = "DELETE";
  OutboundRequest head = get(server.url("/h"));
  head.method = "HEAD";
  ASSERT_TRUE(client.send(patch).ok());
  ASSERT_TRUE(client.send(remove).ok());
  auto head_response = client.send(head);
  ASSERT_TRUE(head_response.ok()) << head_response.error().message;
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 3U);
  EXPECT_EQ(requests[0].method, "PATCH");
  EXPECT_EQ(requests[0].body, R"({"a":1})");
  EXPECT_EQ(requests[1].method, "DELETE");
  EXPECT_EQ(requests[1].body, "");
  EXPECT_EQ(requests[2].method, "HEAD");
  EXPECT_EQ(head_response->status, 204);
}

TEST(HttpClient, TimesOutWithAMessageNamingTheUrl) {
  TestHttpServer server([](const TestRequest&) {
    TestResponse r = TestResponse::text(200, "late");
    r.delay = std::chrono::milliseconds(3000);
    return r;
  });
  HttpClientOptions options = options_with_agent();
  options.timeout = std::chrono::milliseconds(200);
  HttpClient client(options);
  const auto start = std::chrono::steady_clock::now();
  auto response = client.send(get(server.url("/slow")));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(response.ok());
  EXPECT_EQ(response.error().category, support::ErrorCategory::Io);
  EXPECT_EQ(response.error().message,
            "error sending request for url (" + server.url("/slow") + "): operation timed out");
  EXPECT_LT(elapsed, std::chrono::milliseconds(2500));
}

TEST(HttpClient, ReportsARefusedConnection) {
  std::string url;
  {
    TestHttpServer closed([](const TestRequest&) { return TestResponse::text(200); });
    url = closed.url("/path");
  }
  HttpClient client(options_with_agent());
  auto response = client.send(get(url));
  ASSERT_FALSE(response.ok());
  EXPECT_EQ(response.error().category, support::ErrorCategory::Io);
  EXPECT_EQ(response.error().message, "error sending request for url (" + url + "): Connection refused");
}

TEST(HttpClient, ReportsAMalformedUrl) {
  HttpClient client(options_with_agent());
  auto response = client.send(get("nota://url with spaces"));
  ASSERT_FALSE(response.ok());
  EXPECT_EQ(response.error().message.rfind("error sending request for url (nota://url with spaces): ", 0), 0U)
      << response.error().message;
}

TestResponse redirecting(const TestRequest& request) {
  if (request.path() == "/start") {
    TestResponse r = TestResponse::text(302);
    r.headers.emplace_back("Location", "/final");
    r.headers.emplace_back("X-Hop", "first");
    return r;
  }
  TestResponse r = TestResponse::json(200, "{}");
  r.headers.emplace_back("X-Final", "yes");
  return r;
}

TEST(HttpClient, FollowsRedirectsAndKeepsOnlyTheFinalHeaders) {
  TestHttpServer server(redirecting);
  HttpClient client(options_with_agent());
  auto response = client.send(get(server.url("/start")));
  ASSERT_TRUE(response.ok()) << response.error().message;
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->header("X-Final").value_or(""), "yes");
  EXPECT_FALSE(response->header("X-Hop").has_value());
  EXPECT_FALSE(response->header("Location").has_value());
  EXPECT_EQ(server.requests().size(), 2U);
}

TEST(HttpClient, ReturnsTheRedirectWhenNotFollowing) {
  TestHttpServer server(redirecting);
  HttpClientOptions options = options_with_agent();
  options.follow_redirects = false;
  HttpClient client(options);
  auto response = client.send(get(server.url("/start")));
  ASSERT_TRUE(response.ok()) << response.error().message;
  EXPECT_EQ(response->status, 302);
  EXPECT_EQ(response->header("Location").value_or(""), "/final");
  EXPECT_EQ(response->header("X-Hop").value_or(""), "first");
  EXPECT_EQ(server.requests().size(), 1U);
}

TEST(HttpClient, IsMovable) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::text(200); });
  HttpClient first(options_with_agent("agent/1"));
  HttpClient second = std::move(first);
  EXPECT_EQ(second.options().user_agent, "agent/1");
  EXPECT_TRUE(second.send(get(server.url("/"))).ok());
}

TEST(AuthorizationHeader, PrefersBasicAuthWhenAUserNameIsGiven) {
  EXPECT_EQ(authorization_header("user", "pass", "tok"), "Basic dXNlcjpwYXNz");
  EXPECT_EQ(authorization_header("user", "", ""), "Basic dXNlcjo=");
  EXPECT_EQ(authorization_header("", "pass", "tok"), "Bearer tok");
  EXPECT_EQ(authorization_header("", "pass", ""), std::nullopt);
  EXPECT_EQ(authorization_header("", "", ""), std::nullopt);
}

}  // namespace
}  // namespace pact::verifier

#pragma once
// A scripted Pact Broker for the source and publishing tests
// (broker-api.md §8): routes "METHOD target" -> replies, anything else 404.
// A route given several replies serves them in turn and then repeats the
// last, which scripts retries. Hrefs in the documents deliberately name
// another host (kElsewhere): the client must keep only their paths (trap 1).

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "http_test_server.hpp"

namespace pact::verifier::testing {

inline constexpr std::string_view kElsewhere = "http://localhost:9999";

inline TestResponse hal(std::string body, unsigned status = 200) {
  return TestResponse::json(status, std::move(body), "application/hal+json");
}

class FakeBroker {
 public:
  FakeBroker() : server_([this](const TestRequest& r) { return handle(r); }) {}

  void on(const std::string& method, const std::string& target, TestResponse reply) {
    on(method, target, std::vector<TestResponse>{std::move(reply)});
  }

  void on(const std::string& method, const std::string& target, std::vector<TestResponse> replies) {
    std::lock_guard lock(mutex_);
    routes_[method + " " + target] = std::move(replies);
    served_[method + " " + target] = 0;
  }

  std::string url(std::string_view path = "") const { return server_.url(path); }
  std::vector<TestRequest> requests() const { return server_.requests(); }

  /// "METHOD target" of every request so far.
  std::vector<std::string> calls() const {
    std::vector<std::string> out;
    for (const auto& r : server_.requests()) out.push_back(r.method + " " + r.target);
    return out;
  }

 private:
  TestResponse handle(const TestRequest& request) {
    std::lock_guard lock(mutex_);
    const std::string key = request.method + " " + request.target;
    const auto found = routes_.find(key);
    if (found == routes_.end() || found->second.empty()) return TestResponse::text(404);
    std::size_t& n = served_[key];
    const TestResponse reply = found->second[std::min(n, found->second.size() - 1)];
    ++n;
    return reply;
  }

  std::mutex mutex_;
  std::map<std::string, std::vector<TestResponse>> routes_;
  std::map<std::string, std::size_t> served_;
  TestHttpServer server_;  // last: stops before the routes go away
};

/// A V3 pact document as a broker serves it: interactions with "_id" and
/// the publishing links.
inline std::string broker_pact(const std::string& consumer, const std::string& provider, const std::string& path,
                               bool with_publish_links = true) {
  std::string links = R"("self":{"href":")" + std::string(kElsewhere) + path + R"("})";
  if (with_publish_links) {
    links += R"(,"pb:publish-verification-results":{"title":"Publish verification results","href":")" +
             std::string(kElsewhere) + path + R"(/metadata/xyz/verification-results"})";
    links += R"(,"pb:provider":{"title":"Provider","name":")" + provider + R"(","href":")" +
             std::string(kElsewhere) + "/pacticipants/" + provider + R"("})";
  }
  return R"({"consumer":{"name":")" + consumer + R"("},"provider":{"name":")" + provider +
         R"("},"interactions":[{"_id":"ID-)" + consumer +
         R"(","description":"get item","request":{"method":"GET","path":"/items/1"},"response":{"status":200}}],)"
         R"("metadata":{"pactSpecification":{"version":"3.0.0"}},"_links":{)" +
         links + "}}";
}

}  // namespace pact::verifier::testing

// The pruned selection must pick exactly what comparing every interaction
// picks (mock-server.md §6), while comparing fewer interactions.

#include <gtest/gtest.h>

#include "mock_server/request_handler.hpp"
#include "pacts.hpp"
#include "test_support.hpp"

namespace pact::mock_server {
namespace {

constexpr const char* kMixedPact = R"({
  "consumer": {"name": "c"}, "provider": {"name": "p"},
  "interactions": [
    {"description": "0", "request": {"method": "GET", "path": "/a", "headers": {"X-One": "1", "X-Two": "2"}},
     "response": {"status": 200}},
    {"description": "1", "request": {"method": "GET", "path": "/b", "query": {"q": ["1"], "r": ["2"]}},
     "response": {"status": 200}},
    {"description": "2", "request": {"method": "POST", "path": "/items/1", "body": {"a": 1, "b": [1, 2]},
     "headers": {"Content-Type": "application/json"},
     "matchingRules": {"path": {"matchers": [{"match": "regex", "regex": "/items/\\d+"}]},
                       "body": {"$.a": {"matchers": [{"match": "integer"}]}}}},
     "response": {"status": 201}},
    {"description": "3", "request": {"method": "POST", "path": "/items/2", "body": {"a": "x"},
     "headers": {"Content-Type": "application/json"}}, "response": {"status": 202}},
    {"description": "4", "request": {"method": "PUT", "path": "/b", "headers": {"X-One": "1"}},
     "response": {"status": 204}},
    {"description": "5", "request": {"method": "GET", "path": "/b"}, "response": {"status": 200}},
    {"description": "6", "request": {"method": "get", "path": "/c", "body": "text"}, "response": {"status": 200}}
  ],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";

model::HttpRequest req(std::string method, std::string path,
                       std::vector<std::pair<std::string, std::vector<std::string>>> headers = {},
                       std::string query = {}, std::string body = {}) {
  model::HttpRequest r;
  r.method = std::move(method);
  r.path = std::move(path);
  if (!headers.empty()) r.headers = model::Headers{std::move(headers)};
  if (!query.empty()) {
    model::Query q;
    q.at_or_add(query).emplace_back("1");
    r.query = q;
  }
  std::string ct;
  if (r.headers) {
    if (const auto* v = r.headers->find("content-type")) ct = v->front();
  }
  r.body = body.empty() ? model::Body::empty() : model::Body::present(std::move(body), std::move(ct));
  return r;
}

TEST(Selection, PrunedAgreesWithExhaustive) {
  RequestHandler handler(std::make_shared<const model::Pact>(testing::pact_from(kMixedPact)), false);
  const std::vector<std::string> methods = {"GET", "POST", "PUT", "DELETE", "get"};
  const std::vector<std::string> paths = {"/a", "/b", "/c", "/items/1", "/items/2", "/items/77", "/zzz"};
  const std::vector<std::vector<std::pair<std::string, std::vector<std::string>>>> header_sets = {
      {}, {{"x-one", {"1"}}}, {{"x-one", {"1"}}, {"x-two", {"2"}}}, {{"content-type", {"application/json"}}},
      {{"x-one", {"9"}}, {"content-type", {"application/json"}}}};
  const std::vector<std::string> bodies = {"", R"({"a": 5, "b": [1, 2]})", R"({"a": "x"})", "text"};
  const std::vector<std::string> queries = {"", "q", "zz"};
  int checked = 0;
  for (const auto& m : methods)
    for (const auto& p : paths)
      for (const auto& h : header_sets)
        for (const auto& b : bodies)
          for (const auto& q : queries) {
            const auto actual = req(m, p, h, q, b);
            const auto pruned = handler.select(actual, SelectionStrategy::Pruned);
            const auto full = handler.select(actual, SelectionStrategy::Exhaustive);
            ASSERT_TRUE(pruned.best && full.best);
            ASSERT_EQ(pruned.interaction, full.interaction) << m << " " << p << " body " << b;
            ASSERT_EQ(pruned.best->score, full.best->score) << m << " " << p;
            ASSERT_EQ(pruned.best->all_matched(), full.best->all_matched());
            ASSERT_LE(pruned.compared, full.compared);
            ++checked;
          }
  EXPECT_EQ(checked, 5 * 7 * 5 * 4 * 3);
}

TEST(Selection, ManyInteractionsAreNarrowedToTheContenders) {
  std::string json = R"({"consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": [)";
  for (int i = 0; i < 100; ++i) {
    if (i) json += ",";
    json += R"({"description": "i)" + std::to_string(i) + R"(", "request": {"method": "POST", "path": "/item/)" +
            std::to_string(i) + R"(", "headers": {"Content-Type": "application/json"}, "body": {"n": )" +
            std::to_string(i) + R"(, "tags": ["a", "b"]}}, "response": {"status": 200}})";
  }
  json += R"(], "metadata": {"pactSpecification": {"version": "3.0.0"}}})";
  RequestHandler handler(std::make_shared<const model::Pact>(testing::pact_from(json)), false);
  const auto actual = req("POST", "/item/99", {{"content-type", {"application/json"}}}, "",
                          R"({"n": 99, "tags": ["a", "b"]})");
  const auto pruned = handler.select(actual);
  ASSERT_TRUE(pruned.best);
  EXPECT_EQ(pruned.interaction, 99u);
  EXPECT_TRUE(pruned.best->all_matched());
  EXPECT_EQ(pruned.compared, 1u);
  EXPECT_EQ(handler.select(actual, SelectionStrategy::Exhaustive).compared, 100u);
  EXPECT_EQ(handler.handle(actual).record.outcome, Outcome::Matched);
}

}  // namespace
}  // namespace pact::mock_server

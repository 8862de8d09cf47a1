#include "mock_server/match_log.hpp"

#include <gtest/gtest.h>

#include "pacts.hpp"
#include "support/json.hpp"
#include "test_support.hpp"

namespace pact::mock_server {
namespace {

struct Fixture {
  explicit Fixture(const char* pact_json)
      : pact(std::make_shared<const model::Pact>(testing::pact_from(pact_json))), log(pact, request_groups(*pact)) {}
  std::shared_ptr<const model::Pact> pact;
  MatchLog log;
};

MatchRecord matched(std::size_t index) {
  MatchRecord r;
  r.outcome = Outcome::Matched;
  r.interaction = index;
  return r;
}

TEST(MatchLog, FreshServerReportsEveryInteractionMissing) {
  Fixture f(testing::kFooBarPact);
  EXPECT_FALSE(f.log.matched());
  const auto report = f.log.mismatches();
  ASSERT_EQ(report.size(), 2u);
  EXPECT_EQ(json::write(report[1]),
            R"({"method":"GET","path":"/bar","request":{"method":"GET","path":"/bar"},"type":"missing-request"})");
}

TEST(MatchLog, EmptyPactIsMatched) {
  Fixture f(testing::kEmptyPact);
  EXPECT_TRUE(f.log.matched());
  EXPECT_TRUE(f.log.mismatches().empty());
}

TEST(MatchLog, MatchedRequestsOnlyCount) {
  Fixture f(testing::kFooBarPact);
  const model::HttpRequest any;
  for (int i = 0; i < 1000; ++i) f.log.record(matched(1), any);
  f.log.record(matched(0), any);
  EXPECT_TRUE(f.log.matched());
  EXPECT_EQ(f.log.match_count(1), 1000u);
  EXPECT_EQ(f.log.match_count(0), 1u);
  EXPECT_EQ(json::write(f.log.mismatches()), "[]");
}

TEST(MatchLog, UnexpectedRequestIsReportedWithTheActualRequest) {
  Fixture f(testing::kEmptyPact);
  model::HttpRequest actual;
  actual.method = "DELETE";
  actual.path = "/nope";
  actual.body = model::Body::empty();
  MatchRecord r;
  r.outcome = Outcome::Unexpected;
  f.log.record(r, actual);
  EXPECT_FALSE(f.log.matched());
  EXPECT_EQ(json::write(f.log.mismatches()),
            R"([{"method":"DELETE","path":"/nope","request":{"body":"","method":"DELETE","path":"/nope"},)"
            R"("type":"request-not-found"}])");
}

TEST(MatchLog, UnreportableRecordsAreIgnoredButMismatchesStillCountAsReceived) {
  Fixture f(testing::kOptionsPact);
  model::HttpRequest actual;
  actual.method = "OPTIONS";
  MatchRecord unexpected;
  unexpected.outcome = Outcome::Unexpected;
  unexpected.reportable = false;
  f.log.record(unexpected, actual);
  EXPECT_FALSE(f.log.matched());  // the OPTIONS interaction is still missing
  MatchRecord mismatch;
  mismatch.outcome = Outcome::Mismatch;
  mismatch.interaction = 0;
  mismatch.reportable = false;
  f.log.record(mismatch, actual);
  // The message interaction never counts as missing (mock-server.md trap 14).
  EXPECT_TRUE(f.log.matched());
  EXPECT_EQ(json::write(f.log.mismatches()), "[]");
}

TEST(MatchLog, IdenticalExpectedRequestsAreReceivedTogether) {
  auto pact = testing::pact_from(testing::kFooBarPact);
  auto copy = pact.interactions[1];
  copy.description = "bar again";
  pact.interactions.push_back(copy);
  auto shared = std::make_shared<const model::Pact>(std::move(pact));
  MatchLog log(shared, request_groups(*shared));
  log.record(matched(0), {});
  EXPECT_EQ(log.mismatches().size(), 2u);
  log.record(matched(1), {});
  EXPECT_TRUE(log.matched());
}

TEST(MatchLog, MismatchReportsExpectedMethodAndPath) {
  Fixture f(testing::kFooBarPact);
  MatchRecord r;
  r.outcome = Outcome::Mismatch;
  r.interaction = 0;
  matching::Mismatch m;
  m.kind = matching::Mismatch::Kind::Body;
  m.location = "$.a";
  m.expected = "1";
  m.actual = "2";
  m.description = "Expected 2 (Integer) to be equal to 1 (Integer)";
  r.mismatches.push_back(m);
  model::HttpRequest actual;
  actual.method = "POST";
  actual.path = "/foo/78";
  f.log.record(r, actual);
  const auto report = f.log.mismatches();
  ASSERT_EQ(report.size(), 2u);  // the mismatch, then "bar" missing; foo counts as received
  EXPECT_EQ(json::write(report[0]),
            R"j({"method":"POST","mismatches":[{"actual":"2","expected":"1","mismatch":"Expected 2 (Integer) to be )j"
            R"j(equal to 1 (Integer)","path":"$.a","type":"BodyMismatch"}],"path":"/foo/1","type":"request-mismatch"})j");
  EXPECT_EQ(json::write(*json::find(report[1], "type")), R"("missing-request")");
}

}  // namespace
}  // namespace pact::mock_server

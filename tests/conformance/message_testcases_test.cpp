// Registers one GoogleTest per message testcase file (v3/message,
// v4/message), named by its path relative to spec-testcases
// (CONVENTIONS.md §4), and prints the pass count per folder at the end.

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>

#include "message_testcase.hpp"

namespace pact::conformance {
namespace {

const std::filesystem::path kMessageRoot = std::filesystem::path(PACT_SHARED_REFERENCE) / "spec-testcases";

struct MessageTally {
  int passed = 0;
  int total = 0;
};

// Per-version results for the summary printed at the end of a run.
std::map<std::string, MessageTally>& message_tallies() {
  static std::map<std::string, MessageTally> t;
  return t;
}

class MessageSpecTestcase : public testing::Test {
 public:
  explicit MessageSpecTestcase(MessageTestcase tc) : tc_(std::move(tc)) {}

  void TestBody() override {
    auto& tally = message_tallies()[tc_.version];
    ++tally.total;
    const auto result = run_message_testcase(kMessageRoot, tc_);
    ASSERT_TRUE(result.ok()) << "could not load: " << result.error().message;
    const bool matched = result.value().empty();
    std::string found;
    for (const auto& m : result.value()) found += "\n  " + json::write(json::value(m.to_json()));
    EXPECT_EQ(matched, tc_.expected_match) << tc_.comment << found;
    if (matched == tc_.expected_match) ++tally.passed;
  }

 private:
  MessageTestcase tc_;
};

class MessageSummaryPrinter : public testing::Environment {
 public:
  void TearDown() override {
    for (const auto& [version, t] : message_tallies()) {
      std::cout << "[ SPEC ] " << version << "/message: " << t.passed << "/" << t.total << " passed\n";
    }
  }
};

const bool kMessagesRegistered = [] {
  for (const auto& tc : discover_message_testcases(kMessageRoot)) {
    testing::RegisterTest("spec", tc.relative_path.c_str(), nullptr, nullptr, __FILE__, __LINE__,
                          [tc]() -> testing::Test* { return new MessageSpecTestcase(tc); });
  }
  testing::AddGlobalTestEnvironment(new MessageSummaryPrinter);
  return true;
}();

}  // namespace
}  // namespace pact::conformance

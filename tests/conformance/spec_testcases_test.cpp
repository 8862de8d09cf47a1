// Registers one GoogleTest per spec testcase file; the test name is the
// file's path relative to spec-testcases (CONVENTIONS.md §4). Running the
// binary directly prints the pass count per version at the end.

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>

#include "testcase.hpp"

namespace pact::conformance {
namespace {

const std::filesystem::path kRoot = std::filesystem::path(PACT_SHARED_REFERENCE) / "spec-testcases";

struct Tally {
  int passed = 0;
  int total = 0;
};

// Per-version results for the summary printed at the end of a run.
std::map<std::string, Tally>& tallies() {
  static std::map<std::string, Tally> t;
  return t;
}

class SpecTestcase : public testing::Test {
 public:
  explicit SpecTestcase(Testcase tc) : tc_(std::move(tc)) {}

  void TestBody() override {
    auto& tally = tallies()[tc_.version];
    ++tally.total;
    if (!tc_.deviation.empty()) {
      std::cout << "[ NOTE ] " << tc_.relative_path << ": expecting "
                << (tc_.expected_match ? "match" : "mismatch") << ": " << tc_.deviation << "\n";
    }
    const auto result = run_testcase(kRoot, tc_);
    ASSERT_TRUE(result.ok()) << "could not load: " << result.error().message;
    const bool matched = result.value().mismatches.empty();
    std::string found;
    for (const auto& m : result.value().mismatches) found += "\n  " + json::write(json::value(m.to_json()));
    EXPECT_EQ(matched, tc_.expected_match) << tc_.comment << found;
    if (matched == tc_.expected_match) ++tally.passed;
  }

 private:
  Testcase tc_;
};

class SummaryPrinter : public testing::Environment {
 public:
  void TearDown() override {
    for (const auto& [version, t] : tallies()) {
      std::cout << "[ SPEC ] " << version << ": " << t.passed << "/" << t.total << " passed\n";
    }
  }
};

const bool kRegistered = [] {
  for (const auto& tc : discover_testcases(kRoot)) {
    testing::RegisterTest("spec", tc.relative_path.c_str(), nullptr, nullptr, __FILE__, __LINE__,
                          [tc]() -> testing::Test* { return new SpecTestcase(tc); });
  }
  testing::AddGlobalTestEnvironment(new SummaryPrinter);
  return true;
}();

}  // namespace
}  // namespace pact::conformance

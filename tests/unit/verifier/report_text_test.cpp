// Duration formats and ANSI stripping used by the report (verifier.md §12).

#include <gtest/gtest.h>

#include "report_test_fixtures.hpp"

namespace pact::verifier::testing {
namespace {

TEST(ReportText, HumanDurationIsHumantimeCutToMilliseconds) {
  EXPECT_EQ(human_duration(0ns), "0s");
  EXPECT_EQ(human_duration(999'999ns), "0s");
  EXPECT_EQ(human_duration(25ms), "25ms");
  EXPECT_EQ(human_duration(25'900'000ns), "25ms");
  EXPECT_EQ(human_duration(1005ms), "1s 5ms");
  EXPECT_EQ(human_duration(1s), "1s");
  EXPECT_EQ(human_duration(123s), "2m 3s");
  EXPECT_EQ(human_duration(3600s + 1ms), "1h 1ms");
  EXPECT_EQ(human_duration(86400s * 2 + 7s), "2days 7s");
  EXPECT_EQ(human_duration(86400s), "1day");
  EXPECT_EQ(human_duration(std::chrono::seconds(2'630'016)), "1month");
  EXPECT_EQ(human_duration(std::chrono::seconds(31'557'600 * 2LL + 2'630'016 * 3LL)), "2years 3months");
  EXPECT_EQ(human_duration(-5ms), "0s");
}

TEST(ReportText, DebugDurationIsRustsDebugFormat) {
  EXPECT_EQ(debug_duration(0ns), "0ns");
  EXPECT_EQ(debug_duration(17ns), "17ns");
  EXPECT_EQ(debug_duration(1us), "1\u00b5s");
  EXPECT_EQ(debug_duration(230'123ns), "230.123\u00b5s");
  EXPECT_EQ(debug_duration(1'500ns), "1.5\u00b5s");
  EXPECT_EQ(debug_duration(17ms), "17ms");
  EXPECT_EQ(debug_duration(230'500'000ns), "230.5ms");
  EXPECT_EQ(debug_duration(230'000'001ns), "230.000001ms");
  EXPECT_EQ(debug_duration(1500ms), "1.5s");
  EXPECT_EQ(debug_duration(1005ms), "1.005s");
  EXPECT_EQ(debug_duration(2s), "2s");
  EXPECT_EQ(debug_duration(1'000'000'001ns), "1.000000001s");
  EXPECT_EQ(debug_duration(125s), "125s");
}

TEST(ReportText, StripAnsiRemovesTheReferencesEscapes) {
  EXPECT_EQ(strip_ansi("\x1b[1mweb\x1b[0m and \x1b[31mFAILED\x1b[0m"), "web and FAILED");
  EXPECT_EQ(strip_ansi("a\x1b[1;31mb\x1b[2Kc\x1b[10Gd"), "abcd");
  EXPECT_EQ(strip_ansi("\x1b[;1mx"), "x");
  EXPECT_EQ(strip_ansi("\x1b[1234mx"), "x");
  EXPECT_EQ(strip_ansi("plain"), "plain");
}

TEST(ReportText, StripAnsiKeepsWhatThePatternDoesNotMatch) {
  EXPECT_EQ(strip_ansi("\x1b[m"), "\x1b[m");        // no parameter
  EXPECT_EQ(strip_ansi("\x1b[1;;2m"), "\x1b[1;;2m");  // empty parameter
  EXPECT_EQ(strip_ansi("\x1b[1;m"), "\x1b[1;m");    // trailing separator
  EXPECT_EQ(strip_ansi("\x1b[1A"), "\x1b[1A");      // not m/G/K
  EXPECT_EQ(strip_ansi("\x1b[1"), "\x1b[1");        // unterminated
  EXPECT_EQ(strip_ansi("\x1b\x1b[0m!"), "\x1b!");
}

}  // namespace
}  // namespace pact::verifier::testing

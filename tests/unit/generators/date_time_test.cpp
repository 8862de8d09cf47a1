#include <gtest/gtest.h>

#include "generators/date_expression.hpp"
#include "generators/date_time.hpp"
#include "generators/generate.hpp"
#include "test_support.hpp"

namespace pact::generators {
namespace {

using namespace std::chrono;
using testing::fixed_context;
using testing::gen;

LocalDateTime base() { return *parse_rfc3339("2000-01-01T10:00:00Z"); }

std::string iso(const LocalDateTime& v) { return *format_java("yyyy-MM-dd'T'HH:mm:ss.SSS", v); }

struct ExprCase {
  const char* kind;  // "date", "time", "datetime"
  const char* expression;
  const char* expected;  // yyyy-MM-ddTHH:mm:ss.SSS
};

class Expressions : public ::testing::TestWithParam<ExprCase> {};

TEST_P(Expressions, ReferenceTable) {
  const auto& c = GetParam();
  const std::string kind = c.kind;
  auto r = kind == "date" ? apply_date_expression(c.expression, base())
           : kind == "time" ? apply_time_expression(c.expression, base())
                            : apply_datetime_expression(c.expression, base());
  ASSERT_TRUE(r.ok()) << c.expression << ": " << r.error().message;
  EXPECT_EQ(iso(*r), c.expected) << c.expression;
}

// generators.md §8.4 "Reference examples" (base 2000-01-01T10:00:00Z).
INSTANTIATE_TEST_SUITE_P(
    Generators, Expressions,
    ::testing::Values(
        ExprCase{"date", "now", "2000-01-01T10:00:00.000"}, ExprCase{"date", "today", "2000-01-01T10:00:00.000"},
        ExprCase{"date", "", "2000-01-01T10:00:00.000"}, ExprCase{"date", "yesterday", "1999-12-31T10:00:00.000"},
        ExprCase{"date", "tomorrow", "2000-01-02T10:00:00.000"}, ExprCase{"date", "+ 1 day", "2000-01-02T10:00:00.000"},
        ExprCase{"date", "+ 1 week", "2000-01-08T10:00:00.000"}, ExprCase{"date", "- 2 weeks", "1999-12-18T10:00:00.000"},
        ExprCase{"date", "tomorrow+ 4 years", "2004-01-02T10:00:00.000"},
        ExprCase{"date", "next week", "2000-01-08T10:00:00.000"}, ExprCase{"date", "last month", "1999-12-01T10:00:00.000"},
        ExprCase{"date", "next fortnight", "2000-01-15T10:00:00.000"},
        ExprCase{"date", "next monday", "2000-01-03T10:00:00.000"}, ExprCase{"date", "next mon", "2000-01-03T10:00:00.000"},
        ExprCase{"date", "last wednesday", "1999-12-29T10:00:00.000"},
        ExprCase{"date", "last december", "1999-12-01T10:00:00.000"}, ExprCase{"date", "next jan", "2001-01-01T10:00:00.000"},
        ExprCase{"date", "next june + 2 weeks", "2000-06-15T10:00:00.000"},
        ExprCase{"date", "last mon + 2 weeks", "2000-01-10T10:00:00.000"},
        ExprCase{"date", "next saturday", "2000-01-08T10:00:00.000"},
        ExprCase{"date", "next year", "2001-01-01T10:00:00.000"}, ExprCase{"date", "last day", "1999-12-31T10:00:00.000"},
        ExprCase{"time", "midnight", "2000-01-01T00:00:00.000"}, ExprCase{"time", "noon", "2000-01-01T12:00:00.000"},
        ExprCase{"time", "1 o'clock", "2000-01-01T13:00:00.000"}, ExprCase{"time", "1 o'clock am", "2000-01-01T01:00:00.000"},
        ExprCase{"time", "1 o'clock pm", "2000-01-01T13:00:00.000"},
        ExprCase{"time", "12 o'clock am", "2000-01-01T12:00:00.000"},
        ExprCase{"time", "+ 4 milliseconds", "2000-01-01T10:00:00.004"},
        ExprCase{"time", "midnight+ 4 minutes", "2000-01-01T00:04:00.000"},
        ExprCase{"time", "now + 2 hours - 4 minutes", "2000-01-01T11:56:00.000"},
        ExprCase{"time", "next hour", "2000-01-01T11:00:00.000"}, ExprCase{"time", "- 11 hours", "1999-12-31T23:00:00.000"},
        ExprCase{"datetime", "today @ 1 o'clock", "2000-01-01T13:00:00.000"},
        ExprCase{"datetime", "yesterday @ midnight - 1 hour", "1999-12-30T23:00:00.000"},
        ExprCase{"datetime", "+ 1 week @ +1 hour", "2000-01-08T11:00:00.000"},
        ExprCase{"datetime", "tomorrow+ 4 years @ 3 o'clock + 40 milliseconds", "2004-01-02T15:00:00.040"},
        ExprCase{"datetime", "last month @ last hour", "1999-12-01T09:00:00.000"},
        ExprCase{"datetime", "next week", "2000-01-08T10:00:00.000"}));

TEST(Expressions, MonthArithmeticEdges) {
  auto jan31 = *parse_rfc3339("2001-01-31T00:00:00Z");
  EXPECT_EQ(iso(*apply_date_expression("+ 1 month", jan31)), "2001-02-01T00:00:00.000");
  auto jan15 = *parse_rfc3339("2001-01-15T00:00:00Z");
  EXPECT_EQ(iso(*apply_date_expression("+ 1 month", jan15)), "2001-02-15T00:00:00.000");
  auto mar31 = *parse_rfc3339("2000-03-31T00:00:00Z");
  EXPECT_EQ(iso(*apply_date_expression("- 1 month", mar31)), "2000-02-29T00:00:00.000");
  auto feb29 = *parse_rfc3339("2000-02-29T00:00:00Z");
  EXPECT_EQ(iso(*apply_date_expression("+ 1 year", feb29)), "2000-02-29T00:00:00.000");
  EXPECT_EQ(iso(*apply_date_expression("+ 4 years", feb29)), "2004-02-29T00:00:00.000");
  auto june = *parse_rfc3339("2000-06-10T00:00:00Z");
  EXPECT_EQ(iso(*apply_date_expression("next june", june)), "2001-06-01T00:00:00.000");
}

TEST(Expressions, TwelveOClockPmLeavesTheBaseUnchanged) {
  auto b = *parse_rfc3339("2000-01-01T10:30:00Z");
  EXPECT_EQ(iso(*apply_time_expression("12 o'clock pm", b)), "2000-01-01T10:30:00.000");
  auto afternoon = *parse_rfc3339("2000-01-01T15:30:00Z");
  EXPECT_EQ(iso(*apply_time_expression("3 o'clock", afternoon)), "2000-01-01T03:00:00.000");
}

TEST(Expressions, Errors) {
  for (const char* bad : {"1 day", "today today", "+ day", "+ 1 fortnights", "next", "next blah", "today @ noon",
                          "+ 1 day ~", "13 o'clock", "0 o'clock"}) {
    EXPECT_FALSE(apply_date_expression(bad, base()).ok() && apply_time_expression(bad, base()).ok()) << bad;
  }
  const auto r = apply_date_expression("1 day", base());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("Expected one of now, today, yesterday, tomorrow, +, -, next or last"),
            std::string::npos);
  EXPECT_NE(apply_date_expression("today 1", base()).error().message.find("Expected no more tokens"), std::string::npos);
  EXPECT_FALSE(apply_time_expression("13 o'clock", base()).ok());
  EXPECT_FALSE(apply_datetime_expression("today @ bogus", base()).ok());
}

TEST(Expressions, AbsurdAmountsAreErrorsNotCrashes) {
  EXPECT_FALSE(apply_date_expression("+ 99999999999999999999999 days", base()).ok());
  EXPECT_FALSE(apply_date_expression("+ 100000000 years", base()).ok());
  EXPECT_FALSE(apply_date_expression("+ 10000 years", base()).ok());
  EXPECT_FALSE(apply_date_expression("- 99999999 months", base()).ok());
  EXPECT_FALSE(apply_time_expression("+ 100000000 hours", base()).ok());
  EXPECT_TRUE(apply_time_expression("+ 100000000 milliseconds", base()).ok());
}

struct FormatCase {
  const char* pattern;
  const char* expected;
};

class JavaFormats : public ::testing::TestWithParam<FormatCase> {};

TEST_P(JavaFormats, LetterTable) {
  // 2024-03-05 (a Tuesday, day 65) 14:05:09.123456789 at +11:00.
  auto v = *parse_rfc3339("2024-03-05T14:05:09.123456789+11:00");
  auto r = format_java(GetParam().pattern, v);
  ASSERT_TRUE(r.ok()) << GetParam().pattern << ": " << r.error().message;
  EXPECT_EQ(*r, GetParam().expected) << GetParam().pattern;
}

// generators.md §8.2.
INSTANTIATE_TEST_SUITE_P(
    Generators, JavaFormats,
    ::testing::Values(FormatCase{"yyyy-MM-dd", "2024-03-05"}, FormatCase{"yy", "24"}, FormatCase{"uuuu", "2024"},
                      FormatCase{"YYYY", "2024"}, FormatCase{"G", "AD"}, FormatCase{"M", "03"}, FormatCase{"MMM", "Mar"},
                      FormatCase{"MMMM", "March"}, FormatCase{"L", "03"}, FormatCase{"d", "05"}, FormatCase{"D", "065"},
                      FormatCase{"w", "09"}, FormatCase{"W|F|Q|q|A|N", "|||||"}, FormatCase{"E", "Tue"},
                      FormatCase{"EEEE", "Tuesday"}, FormatCase{"e c", "2 2"}, FormatCase{"a", "PM"},
                      FormatCase{"H k", "14 14"}, FormatCase{"h K", "02 02"}, FormatCase{"mm:ss", "05:09"},
                      FormatCase{"S", "123"}, FormatCase{"SS", "123"}, FormatCase{"SSS", "123"},
                      FormatCase{"SSSSSS", "123456"}, FormatCase{"SSSSSSSSS", "123456789"}, FormatCase{"n", "123456789"},
                      FormatCase{"Z", "+1100"}, FormatCase{"XXX", "+11:00"}, FormatCase{"x", "+11:00"},
                      FormatCase{"z", "+11:00"}, FormatCase{"yyyy-MM-dd'T'HH:mm:ss", "2024-03-05T14:05:09"},
                      FormatCase{"'o''clock' ''", "o'clock '"}, FormatCase{"HH 'at' h a", "14 at 02 PM"}));

TEST(JavaFormats, InvalidPatterns) {
  auto v = base();
  EXPECT_FALSE(format_java("", v).ok());
  EXPECT_FALSE(format_java("SSSS", v).ok());
  EXPECT_FALSE(format_java("'unclosed", v).ok());
  EXPECT_FALSE(format_java("yyyy-bb", v).ok());
  const auto r = format_java("yyyy-JJ", v);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message.rfind("Error parsing 'yyyy-JJ': ", 0), 0U) << r.error().message;
  // A Date pattern may not use time letters (§8.2 reference quirk).
  EXPECT_FALSE(format_java("yyyy HH", v, PatternUse::Date).ok());
  EXPECT_TRUE(format_java("yyyy HH", v, PatternUse::DateTime).ok());
}

TEST(DateGenerators, DefaultsUseTheInjectedClock) {
  auto ctx = fixed_context();
  ctx.utc_offset = hours{11};
  EXPECT_EQ(*generate_string(gen(R"({"type":"Date"})"), "", ctx), "2000-01-01");
  EXPECT_EQ(*generate_string(gen(R"({"type":"Time"})"), "", ctx), "21:00:00");
  EXPECT_EQ(*generate_string(gen(R"({"type":"DateTime"})"), "", ctx), "2000-01-01T21:00:00.000+1100");
  EXPECT_EQ(*generate_value(gen(R"({"type":"DateTime"})"), json::value(1), ctx), json::value("2000-01-01T21:00:00.000+1100"));
}

TEST(DateGenerators, FormatAndExpression) {
  auto ctx = fixed_context();
  EXPECT_EQ(*generate_string(gen(R"({"type":"Date","format":"yyyy-MM-dd","expression":"today + 1 day"})"), "", ctx),
            "2000-01-02");
  EXPECT_EQ(*generate_string(gen(R"({"type":"Time","format":"HH:mm","expression":"now + 2 hours"})"), "", ctx), "12:00");
  EXPECT_EQ(*generate_string(
                gen(R"({"type":"DateTime","format":"yyyy-MM-dd'T'HH:mm:ssXXX","expression":"tomorrow @ noon"})"), "", ctx),
            "2000-01-02T12:00:00+00:00");
}

TEST(DateGenerators, BaseValuesFromTheContext) {
  auto ctx = fixed_context();
  ctx.values["baseDate"] = "2010-05-06T00:00:00Z";
  ctx.values["baseDateTime"] = "2011-02-03T04:05:06.007+02:00";
  EXPECT_EQ(*generate_string(gen(R"({"type":"Date","expression":"+ 1 day"})"), "", ctx), "2010-05-07");
  EXPECT_EQ(*generate_string(gen(R"({"type":"DateTime"})"), "", ctx), "2011-02-03T04:05:06.007+0200");
}

TEST(DateGenerators, FailuresAreErrors) {
  auto ctx = fixed_context();
  // "format": null is an empty, invalid pattern (§3).
  EXPECT_FALSE(generate_string(gen(R"({"type":"Date","format":null})"), "", ctx).ok());
  EXPECT_FALSE(generate_string(gen(R"({"type":"Date","format":"HH:mm"})"), "", ctx).ok());
  EXPECT_FALSE(generate_string(gen(R"({"type":"Date","expression":"whenever"})"), "", ctx).ok());
  EXPECT_FALSE(generate_status(gen(R"({"type":"Date"})"), 200, ctx).ok());
}

TEST(Rfc3339, ParsesAndRejects) {
  EXPECT_TRUE(parse_rfc3339("2000-01-01T10:00:00Z").ok());
  EXPECT_TRUE(parse_rfc3339("2000-01-01T10:00:00.5-05:30").ok());
  EXPECT_FALSE(parse_rfc3339("2000-01-01").ok());
  EXPECT_FALSE(parse_rfc3339("2000-02-30T10:00:00Z").ok());
  EXPECT_FALSE(parse_rfc3339("2000-01-01T10:00:00").ok());
  EXPECT_FALSE(parse_rfc3339("2000-01-01T10:00:00Zjunk").ok());
}

}  // namespace
}  // namespace pact::generators

#include <gtest/gtest.h>

#include "matching/mismatch.hpp"

namespace pact::matching {
namespace {

std::string write(const Mismatch& m) { return json::write(json::value(m.to_json())); }

TEST(MismatchJson, BodyMismatchLayout) {
  Mismatch m;
  m.kind = Mismatch::Kind::Body;
  m.location = "$.a";
  m.expected = "1";
  m.actual = "2";
  m.description = "Expected 2 (Integer) to be equal to 1 (Integer)";
  EXPECT_EQ(write(m),
            R"j({"actual":"2","expected":"1","mismatch":"Expected 2 (Integer) to be equal to 1 (Integer)","path":"$.a","type":"BodyMismatch"})j");
}

TEST(MismatchJson, QueryHeaderAndBodyTypeLayouts) {
  Mismatch q{Mismatch::Kind::Query, "b", "[\"2\"]", "", "Expected query parameter 'b' but was missing", nullptr, nullptr};
  EXPECT_EQ(write(q),
            R"j({"actual":"","expected":"[\"2\"]","mismatch":"Expected query parameter 'b' but was missing","parameter":"b","type":"QueryMismatch"})j");
  Mismatch h{Mismatch::Kind::Header, "X-Test", "yes", "no", "Mismatch with header 'X-Test': Expected 'no' to be equal to 'yes'",
             nullptr, nullptr};
  EXPECT_EQ(write(h),
            R"j({"actual":"no","expected":"yes","key":"X-Test","mismatch":"Mismatch with header 'X-Test': Expected 'no' to be equal to 'yes'","type":"HeaderMismatch"})j");
  Mismatch t{Mismatch::Kind::BodyType, "", "application/json", "application/xml",
             "Expected a body of 'application/json' but the actual content type was 'application/xml'", "{\"one\":\"a\"}", "<a/>"};
  EXPECT_EQ(write(t),
            R"j({"actual":"application/xml","actualBody":"<a/>","expected":"application/json","expectedBody":"{\"one\":\"a\"}","mismatch":"Expected a body of 'application/json' but the actual content type was 'application/xml'","type":"BodyTypeMismatch"})j");
}

TEST(MismatchJson, MethodAndStatusLayouts) {
  Mismatch m{Mismatch::Kind::Method, "", "GET", "POST", "expected GET but was POST", nullptr, nullptr};
  EXPECT_EQ(write(m), R"j({"actual":"POST","expected":"GET","mismatch":"","type":"MethodMismatch"})j");
  Mismatch s{Mismatch::Kind::Status, "", 200, 404, "expected 200 but was 404", nullptr, nullptr};
  EXPECT_EQ(write(s), R"j({"actual":404,"expected":200,"mismatch":"expected 200 but was 404","type":"StatusMismatch"})j");
  EXPECT_EQ(s.type_name(), "StatusMismatch");
}

}  // namespace
}  // namespace pact::matching

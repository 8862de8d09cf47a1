// multipart bodies (matching-rules.md §13.3): framing parser and comparison.

#include "matching/multipart_body.hpp"

#include <gtest/gtest.h>

#include "matching/body_match.hpp"

namespace pact::matching {
namespace {

std::string form(std::string_view boundary, const std::vector<std::string>& parts) {
  std::string out = "preamble\r\n";
  for (const auto& p : parts) out += "--" + std::string(boundary) + "\r\n" + p + "\r\n";
  return out + "--" + std::string(boundary) + "--\r\nepilogue";
}

std::string field(std::string_view name, std::string_view value) {
  return "Content-Disposition: form-data; name=\"" + std::string(name) + "\"\r\n\r\n" + std::string(value);
}

std::string file(std::string_view name, std::string_view type, std::string_view value) {
  return "Content-Disposition: form-data; name=\"" + std::string(name) + "\"; filename=\"f.txt\"\r\nContent-Type: " +
         std::string(type) + "\r\n\r\n" + std::string(value);
}

std::optional<model::ContentType> type(std::string_view boundary) {
  return model::parse_content_type("multipart/form-data; boundary=" + std::string(boundary));
}

std::string texts(const std::vector<Mismatch>& ms) {
  std::string out;
  for (const auto& m : ms) out += m.location + " -> " + m.description + "\n";
  return out;
}

TEST(MultipartParse, SplitsPartsWithHeadersAndData) {
  const auto parsed = parse_multipart(form("XyZ", {field("a", "1\r\n2"), file("f", "text/plain", "data")}), "XyZ");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const auto& parts = parsed.value();
  ASSERT_EQ(parts.size(), 2U);
  EXPECT_EQ(parts[0].name, "a");
  EXPECT_TRUE(parts[0].is_field());
  EXPECT_EQ(parts[0].data, "1\r\n2");
  EXPECT_EQ(parts[1].name, "f");
  EXPECT_FALSE(parts[1].is_field());
  ASSERT_TRUE(parts[1].filename.has_value());
  EXPECT_EQ(*parts[1].filename, "f.txt");
  ASSERT_NE(parts[1].header("content-type"), nullptr);
  EXPECT_EQ(*parts[1].header("content-type"), "text/plain");
  EXPECT_EQ(parts[1].data, "data");
}

TEST(MultipartParse, BareLineFeedsAndPartsWithoutHeaders) {
  const auto parsed = parse_multipart("--b\n\nraw\n--b--", "b");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  ASSERT_EQ(parsed.value().size(), 1U);
  EXPECT_EQ(parsed.value()[0].data, "raw");
  EXPECT_FALSE(parsed.value()[0].is_field());  // no Content-Disposition: a file
}

TEST(MultipartParse, BoundaryInsideALineIsData) {
  const auto parsed = parse_multipart("--b\r\n\r\nx--b y\r\n--b--", "b");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(parsed.value().at(0).data, "x--b y");
}

TEST(MultipartParse, MalformedBodiesAreErrors) {
  EXPECT_FALSE(parse_multipart("no delimiter", "b").ok());
  EXPECT_FALSE(parse_multipart("--b\r\n\r\nunterminated", "b").ok());
  EXPECT_FALSE(parse_multipart("--b\r\nno header end", "b").ok());
  EXPECT_FALSE(parse_multipart("--b\r\nbad header\r\n\r\nx\r\n--b--", "b").ok());
  EXPECT_FALSE(parse_multipart("--bjunk\r\n\r\nx\r\n--b--", "b").ok());
  std::string many;
  for (std::size_t i = 0; i <= kMaxMultipartParts; ++i) many += "--b\r\n\r\nx\r\n";
  many += "--b--";
  EXPECT_FALSE(parse_multipart(many, "b").ok());
}

TEST(MultipartCompare, EqualFieldsAndFilesMatchAcrossBoundaries) {
  model::MatchingRules rules;
  const auto e = form("one", {field("name", "Fred"), file("file", "text/plain", "abc")});
  const auto a = form("two", {file("file", "text/plain", "abc"), field("name", "Fred"), field("extra", "x")});
  EXPECT_TRUE(compare_multipart(e, type("one"), a, type("two"), rules, false).empty());
}

TEST(MultipartCompare, ReportsValuesMissingPartsAndKinds) {
  model::MatchingRules rules;
  const auto e = form("b", {field("name", "Fred"), field("age", "1"), field("kind", "x"), file("file", "text/plain", "abc")});
  const auto a = form("b", {field("name", "Baxter"), file("kind", "text/plain", "x"), file("file", "text/plain", "abd")});
  const auto ms = compare_multipart(e, type("b"), a, type("b"), rules, false);
  ASSERT_EQ(ms.size(), 4U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.name");
  EXPECT_EQ(ms[0].description, "MIME part 'name': Expected 'Baxter' to be equal to 'Fred'");
  EXPECT_EQ(ms[1].description, "Expected a MIME part 'age' but was missing");
  EXPECT_EQ(ms[2].description, "Expected a MIME field 'kind' but was file");
  EXPECT_EQ(ms[3].description, "MIME part 'file': Expected body 'abc' to match 'abd' using equality but did not match");
}

TEST(MultipartCompare, RulesAtPartPathsAndReRootedFileRules) {
  model::MatchingRules rules;
  auto& body = rules.category(model::Category::Body);
  model::MatchingRule regex;
  regex.kind = model::RuleKind::Regex;
  regex.attributes["regex"] = "\\d+";
  body["$.age"].rules.push_back(regex);
  model::MatchingRule type_rule;
  type_rule.kind = model::RuleKind::Type;
  body["$.doc.a"].rules.push_back(type_rule);
  const auto e = form("b", {field("age", "1"), file("doc", "application/json", R"({"a":1})")});
  EXPECT_TRUE(compare_multipart(e, type("b"), form("b", {field("age", "42"), file("doc", "application/json", R"({"a":2})")}),
                                type("b"), rules, false)
                  .empty());
  const auto ms = compare_multipart(e, type("b"), form("b", {field("age", "x"), file("doc", "application/json", R"({"a":"s"})")}),
                                    type("b"), rules, false);
  ASSERT_EQ(ms.size(), 2U) << texts(ms);
  EXPECT_EQ(ms[0].description, "Expected 'x' to match '\\d+'");
  EXPECT_EQ(ms[1].location, "$.a");
  EXPECT_TRUE(ms[1].description.starts_with("MIME part 'doc': Expected 's' (String) to be the same type as 1")) << texts(ms);
}

TEST(MultipartCompare, PartContentTypesMustBeCompatible) {
  model::MatchingRules rules;
  const auto ms = compare_multipart(form("b", {file("f", "application/json", "{}")}), type("b"),
                                    form("b", {file("f", "image/png", "{}")}), type("b"), rules, false);
  // The Content-Type part header is compared by equality too (§13.3).
  ASSERT_EQ(ms.size(), 2U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.f['content-type']");
  EXPECT_EQ(ms[1].kind, Mismatch::Kind::BodyType);
  EXPECT_EQ(ms[1].description, "MIME part 'f': Expected a body of 'application/json' but the actual content type was 'image/png'");
}

TEST(MultipartCompare, PartHeadersAreCompared) {
  model::MatchingRules rules;
  const auto e = form("b", {"Content-Disposition: form-data; name=\"a\"\r\nX-Custom: 1\r\nX-Other: 2\r\n\r\nv"});
  const auto a = form("b", {"Content-Disposition: form-data; name=\"a\"; extra=1\r\nX-Custom: 3\r\n\r\nv"});
  const auto ms = compare_multipart(e, type("b"), a, type("b"), rules, false);
  ASSERT_EQ(ms.size(), 2U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.a['x-custom']");
  EXPECT_EQ(ms[0].description, "MIME part 'a': header 'x-custom': Expected '3' to be equal to '1'");
  EXPECT_EQ(ms[1].description, "MIME part 'a': Expected multipart header 'x-other' with value '2' but was missing");
}

TEST(MultipartCompare, MissingBoundaryIsAParseFailure) {
  model::MatchingRules rules;
  const auto ms = compare_multipart("x", model::parse_content_type("multipart/form-data"), "y", std::nullopt, rules, false);
  ASSERT_EQ(ms.size(), 2U) << texts(ms);
  EXPECT_EQ(ms[0].description, "Failed to parse the expected body as a MIME multipart body: 'no boundary in content-type'");
  EXPECT_EQ(ms[1].description, "Failed to parse the actual body as a MIME multipart body: 'no content-type header'");
}

TEST(MultipartCompare, DispatchedFromHttpBodies) {
  model::MatchingRules rules;
  model::Headers eh;
  model::Headers ah;
  eh.set("Content-Type", {"multipart/form-data; boundary=one"});
  ah.set("Content-Type", {"multipart/form-data; boundary=one"});
  const auto eb = model::Body::present(form("one", {field("a", "1")}));
  const auto ab = model::Body::present(form("one", {field("a", "2")}));
  const auto ms = match_http_body(BodySide{eb, &eh}, BodySide{ab, &ah}, rules, false);
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].description, "MIME part 'a': Expected '2' to be equal to '1'");
}

}  // namespace
}  // namespace pact::matching

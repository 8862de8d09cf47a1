// XML body comparison (matching-rules.md §12, §6.6).

#include "matching/xml_body.hpp"

#include <gtest/gtest.h>

#include <string>

#include "model/matching_rule.hpp"

namespace pact::matching {
namespace {

model::MatchingRule rule(std::string_view kind, json::object attributes = {}) {
  attributes["match"] = json::string(kind);
  auto parsed = model::MatchingRule::from_json(attributes);
  EXPECT_TRUE(parsed.has_value()) << kind;
  return parsed.value_or(model::MatchingRule{});
}

class XmlBodyTest : public testing::Test {
 protected:
  void add_rule(const std::string& path, model::MatchingRule r) { rules_[path].rules.push_back(std::move(r)); }

  std::vector<Mismatch> compare(std::string_view e, std::string_view a, bool request = true) {
    return compare_xml_text(MatchContext::for_paths(&rules_, !request), e, a);
  }

  static std::string texts(const std::vector<Mismatch>& ms) {
    std::string out;
    for (const auto& m : ms) out += m.location + " -> " + m.description + "\n";
    return out;
  }

  model::RuleCategory rules_;
};

TEST_F(XmlBodyTest, EqualDocumentsMatch) {
  EXPECT_TRUE(compare(R"(<?xml version="1.0"?><a x="1"><b>t</b><c/></a>)", R"(<a x="1"><b>t</b><c/></a>)").empty());
}

TEST_F(XmlBodyTest, DifferentRootNameIsReportedAtExpectedRootPath) {
  const auto ms = compare("<a/>", "<b/>");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.a");
  EXPECT_EQ(ms[0].description, "Expected 'a' to be equal to 'b'");
  EXPECT_EQ(ms[0].expected, json::value("a"));
  EXPECT_EQ(ms[0].actual, json::value("b"));
}

TEST_F(XmlBodyTest, TextIsTrimmedAndComparedAtHashText) {
  EXPECT_TRUE(compare("<a>  hello </a>", "<a>hello</a>").empty());
  const auto ms = compare("<a>hello</a>", "<a>bye</a>");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.a['#text']");
  EXPECT_EQ(ms[0].description, "Expected 'bye' to be equal to 'hello'");
}

TEST_F(XmlBodyTest, CdataCountsAsText) { EXPECT_TRUE(compare("<a><![CDATA[x<y]]></a>", "<a>x&lt;y</a>").empty()); }

TEST_F(XmlBodyTest, AttributeMismatchesUseAtPaths) {
  const auto ms = compare(R"(<a id="1"/>)", R"(<a id="2"/>)");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.a['@id']");
  EXPECT_EQ(ms[0].description, "Expected '2' to be equal to '1'");
}

TEST_F(XmlBodyTest, AttributeCountsDifferBetweenRequestsAndResponses) {
  auto ms = compare(R"(<a id="1"/>)", R"(<a id="1" extra="2"/>)", true);
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].description, "Expected 1 attribute(s) but received 2 attribute(s)");
  EXPECT_TRUE(compare(R"(<a id="1"/>)", R"(<a id="1" extra="2"/>)", false).empty());

  ms = compare("<a/>", R"(<a x="1"/>)", true);
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].description, R"(Did not expect any attributes but received {"x": "1"})");

  ms = compare(R"(<a x="1" y="2"/>)", R"(<a x="1"/>)", false);
  ASSERT_EQ(ms.size(), 2U) << texts(ms);
  EXPECT_EQ(ms[0].description, "Expected at least 2 attribute(s) but received 1 attribute(s)");
  EXPECT_EQ(ms[1].location, "$.a['@y']");
  EXPECT_EQ(ms[1].description, "Expected attribute 'y'='2' but was missing");
  EXPECT_TRUE(ms[1].actual.is_null());
}

TEST_F(XmlBodyTest, ChildrenMissingAndUnexpected) {
  auto ms = compare("<a><b/><c/></a>", "<a><b/></a>");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.a");
  EXPECT_EQ(ms[0].description, "Expected child <c/> but was missing");

  ms = compare("<a><b/></a>", "<a><b/><b/></a>", true);
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.a.b");
  EXPECT_EQ(ms[0].description, "Unexpected child <b/>");
  EXPECT_TRUE(compare("<a><b/></a>", "<a><b/><b/></a>", false).empty());

  ms = compare("<a/>", "<a><b/><c/></a>", true);
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].description, "Expected no children but received [b, c]");

  ms = compare("<a><b/></a>", "<a><b/><x/></a>", true);
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].description, "Unexpected child <x/>");
  EXPECT_TRUE(compare("<a><b/></a>", "<a><b/><x/></a>", false).empty());
}

TEST_F(XmlBodyTest, OrderBetweenDifferentNamesIsIgnored) {
  EXPECT_TRUE(compare("<a><b>1</b><c>2</c></a>", "<a><c>2</c><b>1</b></a>").empty());
  EXPECT_FALSE(compare("<a><b>1</b><b>2</b></a>", "<a><b>2</b><b>1</b></a>").empty());
}

TEST_F(XmlBodyTest, TypeRuleComparesEveryActualChildWithTheFirstExpected) {
  add_rule("$.people.person", rule("type"));
  EXPECT_TRUE(compare("<people><person>Fred</person></people>",
                      "<people><person>Al</person><person>Bo</person></people>")
                  .empty());
  // A type rule also makes unexpected names mismatch in responses.
  add_rule("$.people", rule("type"));
  const auto ms = compare("<people><person>Fred</person></people>", "<people><person>A</person><cat/></people>", false);
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].description, "Unexpected child <cat/>");
}

TEST_F(XmlBodyTest, MinCountsChildNodesOfTheElementCarryingTheRule) {
  add_rule("$.animals", rule("type", {{"min", 2}}));
  const auto ms = compare("<animals><dog/></animals>", "<animals><dog/></animals>");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.animals");
  EXPECT_EQ(ms[0].description, "Expected 'animals' to have at least 2 children");
  EXPECT_TRUE(compare("<animals><dog/></animals>", "<animals><dog/><dog/></animals>").empty());
}

TEST_F(XmlBodyTest, MaxCountsChildNodes) {
  add_rule("$.animals", rule("type", {{"max", 1}}));
  const auto ms = compare("<animals><dog/></animals>", "<animals><dog/><dog/></animals>");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].description, "Expected 'animals' to have at most 1 children");
}

TEST_F(XmlBodyTest, RegexOnTextAndAttributes) {
  add_rule("$.a['#text']", rule("regex", {{"regex", "\\d+"}}));
  add_rule("$.a['@id']", rule("regex", {{"regex", "[a-z]+"}}));
  EXPECT_TRUE(compare(R"(<a id="x">1</a>)", R"(<a id="abc">12345</a>)").empty());
  const auto ms = compare(R"(<a id="x">1</a>)", R"(<a id="ABC">one</a>)");
  ASSERT_EQ(ms.size(), 2U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$.a['@id']");
  EXPECT_EQ(ms[0].description, "Expected 'ABC' to match '[a-z]+'");
  EXPECT_EQ(ms[1].location, "$.a['#text']");
  EXPECT_EQ(ms[1].description, "Expected 'one' to match '\\d+'");
}

TEST_F(XmlBodyTest, DotAtAttributePathIsAccepted) {
  add_rule("$.a.@id", rule("type"));
  EXPECT_TRUE(compare(R"(<a id="x"/>)", R"(<a id="y"/>)").empty());
}

TEST_F(XmlBodyTest, RegexOnElementMatchesItsLocalName) {
  add_rule("$.a.b", rule("regex", {{"regex", "b|c"}}));
  // The rule also cascades to the element's text (here "c").
  const auto ms = compare("<a><b>b</b></a>", "<a><b>c</b></a>");
  EXPECT_TRUE(ms.empty()) << texts(ms);
  const auto cascaded = compare("<a><b>b</b></a>", "<a><b>x</b></a>");
  ASSERT_EQ(cascaded.size(), 1U) << texts(cascaded);
  EXPECT_EQ(cascaded[0].location, "$.a.b['#text']");
  add_rule("$.a", rule("regex", {{"regex", "x"}}));
  const auto failed = compare("<a/>", "<a/>");
  ASSERT_EQ(failed.size(), 1U) << texts(failed);
  EXPECT_EQ(failed[0].description, "Expected 'a' to match 'x'");
}

TEST_F(XmlBodyTest, NotEmptyOnElement) {
  add_rule("$.a", rule("notEmpty"));
  const auto ms = compare("<a>x</a>", "<a/>");
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].description, "Expected 'a' to have at least one child");
}

TEST_F(XmlBodyTest, NamespacesAreResolvedToUris) {
  // Same URIs under different prefixes match (§12: the prefix is not used).
  EXPECT_TRUE(compare(R"(<a:x xmlns:a="urn:one" a:id="1"><a:y/></a:x>)", R"(<x xmlns="urn:one" xmlns:b="urn:one" b:id="1"><y/></x>)")
                  .empty());
  const auto ms = compare(R"(<a:x xmlns:a="urn:one"/>)", R"(<a:x xmlns:a="urn:two"/>)");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$['urn:one:x']");
  EXPECT_EQ(ms[0].description, "Expected 'urn:one:x' to be equal to 'urn:two:x'");
}

TEST_F(XmlBodyTest, InvalidXmlIsAMismatchOnEitherSide) {
  auto ms = compare("<a>", "<a/>");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_EQ(ms[0].location, "$");
  EXPECT_TRUE(ms[0].description.starts_with("Failed to parse the expected body: '")) << ms[0].description;
  ms = compare("<a/>", "not xml");
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_TRUE(ms[0].description.starts_with("Failed to parse the actual body: '")) << ms[0].description;
  ms = compare("", "\xff\xfe<a/>");
  EXPECT_EQ(ms.size(), 2U) << texts(ms);
  EXPECT_EQ(compare("<a/>", "<a/><b/>").size(), 1U);
  EXPECT_EQ(compare("<a/>", "<p:a/>").size(), 1U);  // undeclared prefix
}

TEST_F(XmlBodyTest, HostileDepthIsRejectedNotRecursedInto) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  for (int i = 0; i < 100000; ++i) deep += "</a>";
  const auto ms = compare("<a/>", deep);
  ASSERT_EQ(ms.size(), 1U) << texts(ms);
  EXPECT_NE(ms[0].description.find("deeper than"), std::string::npos) << ms[0].description;

  std::string ok;
  for (int i = 0; i < kMaxXmlDepth; ++i) ok += "<a>";
  for (int i = 0; i < kMaxXmlDepth; ++i) ok += "</a>";
  EXPECT_TRUE(compare(ok, ok).empty());
}

TEST_F(XmlBodyTest, OversizedDocumentIsRejected) {
  const std::string big = "<a>" + std::string(kMaxXmlBytes, 'x') + "</a>";
  const auto ms = compare("<a/>", big);
  ASSERT_EQ(ms.size(), 1U);
  EXPECT_NE(ms[0].description.find("larger than"), std::string::npos);
}

}  // namespace
}  // namespace pact::matching

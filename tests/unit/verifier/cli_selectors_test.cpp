// Consumer version selectors normalised to the broker's camelCase objects
// (broker-api.md §3.2), shared by the CLI and
// pactffi_verifier_broker_source_with_selectors (verifier.md §3.4, trap 16).

#include <gtest/gtest.h>

#include "support/json.hpp"
#include "verifier/selectors.hpp"

namespace pact::verifier {
namespace {

std::string normalised(std::string_view text) {
  auto value = json::parse(text);
  EXPECT_TRUE(value.ok());
  auto selector = normalise_selector(value.value());
  return selector ? json::write(*selector) : "dropped";
}

std::string selectors(std::vector<std::string> texts, std::vector<std::string> tags = {}) {
  auto result = consumer_version_selectors(texts, tags);
  return result.ok() ? json::write(result.value()) : "error: " + result.error().message;
}

TEST(Selectors, KeepsEveryKnownField) {
  EXPECT_EQ(normalised(R"({"consumer":"web","tag":"t","fallbackTag":"ft","latest":true,"deployedOrReleased":true,
                           "deployed":false,"released":true,"environment":"prod","mainBranch":true,"branch":"b",
                           "matchingBranch":true,"fallbackBranch":"fb"})"),
            R"({"branch":"b","consumer":"web","deployed":false,"deployedOrReleased":true,"environment":"prod",)"
            R"("fallbackBranch":"fb","fallbackTag":"ft","latest":true,"mainBranch":true,"matchingBranch":true,)"
            R"("released":true,"tag":"t"})");
}

TEST(Selectors, FieldsInTheBrokerRequestOrder) {
  auto value = json::parse(R"({"branch":"b","latest":true,"consumer":"web"})");
  auto selector = normalise_selector(value.value());
  ASSERT_TRUE(selector.has_value());
  std::vector<std::string> keys;
  for (const auto& member : *selector) keys.emplace_back(member.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"consumer", "latest", "branch"}));
}

TEST(Selectors, DropsUnknownKeysAndNulls) {
  EXPECT_EQ(normalised(R"({"mainBranch":true,"main_branch":false,"bogus":[1],"tag":null})"), R"({"mainBranch":true})");
  EXPECT_EQ(normalised("{}"), "{}");
}

TEST(Selectors, WrongTypesDropTheSelector) {
  EXPECT_EQ(normalised(R"({"branch":42})"), "dropped");
  EXPECT_EQ(normalised(R"({"latest":"true"})"), "dropped");
  EXPECT_EQ(normalised(R"({"mainBranch":true,"consumer":1})"), "dropped");
  EXPECT_EQ(normalised(R"("main")"), "dropped");
  EXPECT_EQ(normalised("[]"), "dropped");
  EXPECT_EQ(normalised("null"), "dropped");
}

TEST(Selectors, DroppedSelectorsDisappearSilently) {
  EXPECT_EQ(selectors({R"({"mainBranch":true})", R"({"branch":1})", "42", R"({"deployed":true})"}),
            R"([{"mainBranch":true},{"deployed":true}])");
}

TEST(Selectors, InvalidJsonIsAnErrorNamingTheText) {
  const auto message = selectors({R"({"mainBranch":true})", "{bad"});
  EXPECT_EQ(message.rfind("error: Failed to parse consumer version selector '{bad' as JSON: ", 0), 0U) << message;
}

TEST(Selectors, TagsOnlyWithoutSelectors) {
  EXPECT_EQ(selectors({}, {"dev", "", "prod"}), R"([{"latest":true,"tag":"dev"},{"latest":true,"tag":"prod"}])");
  EXPECT_EQ(selectors({R"({"mainBranch":true})"}, {"dev"}), R"([{"mainBranch":true}])");
  // A selector that is dropped still counts as given: the tags stay unused.
  EXPECT_EQ(selectors({R"({"branch":1})"}, {"dev"}), "[]");
  // Empty selector strings are not selectors.
  EXPECT_EQ(selectors({""}, {"dev"}), R"([{"latest":true,"tag":"dev"}])");
  EXPECT_EQ(selectors({}, {}), "[]");
}

TEST(Selectors, TagSelectorsKeepTagThenLatest) {
  const std::vector<std::string> tags{"dev"};
  const auto array = tag_selectors(tags);
  ASSERT_EQ(array.size(), 1U);
  std::vector<std::string> keys;
  for (const auto& member : array[0].as_object()) keys.emplace_back(member.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"tag", "latest"}));
}

}  // namespace
}  // namespace pact::verifier

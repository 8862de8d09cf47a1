// merge_pacts identity rules (pact-file-format.md §17.1, trap 15).

#include <gtest/gtest.h>

#include "model/pact_json.hpp"
#include "print_pact.hpp"

namespace pact::model {
namespace {

Interaction http(std::string description, std::vector<std::string> states = {}, std::string path = "/") {
  Interaction i;
  i.description = std::move(description);
  for (auto& s : states) i.provider_states.push_back({std::move(s), {}});
  SynchronousHttp h;
  h.request.path = std::move(path);
  i.parts = h;
  return i;
}

Pact pact_of(std::vector<Interaction> interactions) {
  Pact p;
  p.consumer = "C";
  p.provider = "P";
  p.interactions = std::move(interactions);
  return p;
}

TEST(Merge, DifferentParticipantsIsAnError) {
  auto other = pact_of({});
  other.provider = "Q";
  auto r = merge_pacts(pact_of({}), other);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "Unable to merge pacts, as they have different consumers or providers");
}

TEST(Merge, NewReplacesOldByDescriptionStatesAndKind) {
  const auto existing = pact_of({http("a", {"s1"}, "/old"), http("b", {}, "/b")});
  const auto update = pact_of({http("a", {"s1"}, "/new"), http("c")});
  const auto merged = merge_pacts(existing, update).value();
  ASSERT_EQ(merged.interactions.size(), 3U);
  EXPECT_EQ(merged.interactions[0].http()->request.path, "/new");
  EXPECT_EQ(merged.interactions[1].description, "b");
  EXPECT_EQ(merged.interactions[2].description, "c");
}

TEST(Merge, DifferentStateNamesAreDifferentInteractions) {
  const auto merged = merge_pacts(pact_of({http("a", {"s1"})}), pact_of({http("a", {"s2"})})).value();
  EXPECT_EQ(merged.interactions.size(), 2U);
}

TEST(Merge, StateParamsAreIgnored) {
  auto a = http("a", {"s1"}, "/new");
  a.provider_states[0].params["id"] = 1;
  const auto merged = merge_pacts(pact_of({http("a", {"s1"})}), pact_of({a})).value();
  ASSERT_EQ(merged.interactions.size(), 1U);
  EXPECT_EQ(merged.interactions[0].http()->request.path, "/new");
}

TEST(Merge, Trap15NewWithoutStatesReplacesOldWithStates) {
  const auto merged = merge_pacts(pact_of({http("desc", {"state X"})}), pact_of({http("desc", {}, "/n")})).value();
  ASSERT_EQ(merged.interactions.size(), 1U);
  EXPECT_TRUE(merged.interactions[0].provider_states.empty());
  // ...but not the other way round.
  const auto kept = merge_pacts(pact_of({http("desc")}), pact_of({http("desc", {"state X"})})).value();
  EXPECT_EQ(kept.interactions.size(), 2U);
}

TEST(Merge, KindIsPartOfTheIdentity) {
  Interaction message;
  message.description = "a";
  message.parts = AsynchronousMessage{};
  const auto merged = merge_pacts(pact_of({http("a")}), pact_of({message})).value();
  EXPECT_EQ(merged.interactions.size(), 2U);
}

TEST(Merge, KeysDecideWhenBothHaveOne) {
  auto old_one = http("a");
  old_one.key = "k1";
  auto new_one = http("renamed", {}, "/n");
  new_one.key = "k1";
  auto merged = merge_pacts(pact_of({old_one}), pact_of({new_one})).value();
  ASSERT_EQ(merged.interactions.size(), 1U);
  EXPECT_EQ(merged.interactions[0].description, "renamed");
  auto other_key = http("a");
  other_key.key = "k2";
  merged = merge_pacts(pact_of({old_one}), pact_of({other_key})).value();
  EXPECT_EQ(merged.interactions.size(), 2U);
}

TEST(Merge, MetadataFromUpdateAndPluginsMerged) {
  auto existing = pact_of({});
  existing.metadata["old"] = json::object{{"a", "1"}};
  existing.plugins.push_back({"protobuf", "0.3.0", json::object{{"list", json::array{1}}, {"o", json::object{{"x", 1}}}}});
  existing.plugins.push_back({"other", "1.0", {}});
  auto update = pact_of({});
  update.metadata["new"] = json::object{{"b", "2"}};
  update.plugins.push_back({"protobuf", "0.3.0", json::object{{"list", json::array{2}}, {"o", json::object{{"y", 2}}}}});
  update.plugins.push_back({"third", "2.0", {}});
  update.spec_version = SpecVersion::V4;
  const auto merged = merge_pacts(existing, update).value();
  EXPECT_FALSE(merged.metadata.contains("old"));
  EXPECT_TRUE(merged.metadata.contains("new"));
  ASSERT_EQ(merged.plugins.size(), 3U);
  EXPECT_EQ(json::write(merged.plugins[0].configuration), R"({"list":[1,2],"o":{"x":1,"y":2}})");
  EXPECT_EQ(merged.spec_version, SpecVersion::V4);
}

}  // namespace
}  // namespace pact::model

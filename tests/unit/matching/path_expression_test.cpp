#include <gtest/gtest.h>

#include "matching/match_context.hpp"
#include "matching/path_expression.hpp"

namespace pact::matching {
namespace {

TEST(PathExpression, ParsesValidForms) {
  for (const char* ok : {"$", "$.a.b", "$['a b'].c", "$.a[2]", "$.a[*].b", "$.*", "$.ns:item.#text", "$.item['@id']",
                         "$.item.@id", "a.b"}) {
    EXPECT_TRUE(parse_path_expression(ok).has_value()) << ok;
  }
  const auto implicit = parse_path_expression("a.b");
  ASSERT_TRUE(implicit);
  EXPECT_EQ(*implicit, *parse_path_expression("$.a.b"));
}

TEST(PathExpression, RejectsInvalidForms) {
  for (const char* bad : {"$.", "$.a.", "$.abc!", "$['']", "$['a", "$[1", "$[]", "$[-1]", "$[12abc]", "!a"}) {
    EXPECT_FALSE(parse_path_expression(bad).has_value()) << bad;
  }
}

TEST(PathExpression, WeightsFollowTheReference) {
  const ValuePath p{"$", "a", "b"};
  EXPECT_EQ(path_weight(*parse_path_expression("$.a.b"), p), 8u);
  EXPECT_EQ(path_weight(*parse_path_expression("$.a.*"), p), 4u);
  EXPECT_EQ(path_weight(*parse_path_expression("$.a"), p), 4u);
  EXPECT_EQ(path_weight(*parse_path_expression("$.c"), p), 0u);
  EXPECT_EQ(path_weight(*parse_path_expression("$.a.b.c"), p), 0u);
  EXPECT_EQ(path_weight(*parse_path_expression("$[*]"), ValuePath{"$", "3"}), 2u);
  EXPECT_EQ(path_weight(*parse_path_expression("$[*]"), ValuePath{"$", "x"}), 0u);
}

TEST(PathExpression, RendersLikeTheReference) {
  EXPECT_EQ(render_path({"$", "a", "0", "b-c", "100"}), "$.a[0]['b-c'][100]");
  EXPECT_EQ(render_path({"$", "it's"}), "$['it\\'s']");
}

TEST(MatchContext, LongerPathWinsWeightTimesLength) {
  model::RuleCategory body;
  body["$.a"].rules.push_back(model::MatchingRule{model::RuleKind::Type, {}});
  body["$.a.*"].rules.push_back(model::MatchingRule{model::RuleKind::Integer, {}});
  const auto ctx = MatchContext::for_paths(&body, false);
  const auto sel = ctx.select(ValuePath{"$", "a", "b"});
  ASSERT_TRUE(sel);
  EXPECT_EQ(sel->rules->rules.front().kind, model::RuleKind::Integer);
  EXPECT_FALSE(sel->cascaded);
  const auto deeper = ctx.select(ValuePath{"$", "a", "b", "c"});
  ASSERT_TRUE(deeper);
  EXPECT_TRUE(deeper->cascaded);
  EXPECT_FALSE(ctx.matcher_is_defined(ValuePath{"$", "z"}));
}

}  // namespace
}  // namespace pact::matching

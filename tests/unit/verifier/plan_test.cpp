#include "verifier/plan.hpp"

#include <gtest/gtest.h>

#include "model/pact_json.hpp"

namespace pact::verifier {
namespace {

model::Interaction interaction(std::string description, std::vector<std::string> states = {}) {
  model::Interaction i;
  i.description = std::move(description);
  for (auto& s : states) i.provider_states.push_back({std::move(s), {}});
  return i;
}

model::Interaction message(std::optional<std::string> transport = std::nullopt) {
  model::Interaction i;
  i.parts = model::AsynchronousMessage{};
  i.transport = std::move(transport);
  return i;
}

Filters filters_of(std::string description, std::string state = {}, bool no_state = false) {
  Filters filters;
  filters.description = std::move(description);
  filters.state = std::move(state);
  filters.no_state = no_state;
  return filters;
}

InteractionFilter filter(Filters filters) {
  auto compiled = InteractionFilter::compile(filters);
  EXPECT_TRUE(compiled.ok());
  return std::move(compiled).value();
}

TEST(InteractionFilterTest, NoFilterSelectsEverything) {
  const auto f = filter(Filters{});
  EXPECT_TRUE(f.selects(interaction("a")));
  EXPECT_TRUE(f.selects(interaction("b", {"s"})));
}

TEST(InteractionFilterTest, DescriptionIsAnUnanchoredSearch) {
  const auto f = filter(filters_of("item"));
  EXPECT_TRUE(f.selects(interaction("get item")));
  EXPECT_FALSE(f.selects(interaction("get user")));
}

TEST(InteractionFilterTest, StateFilterNeedsAMatchingState) {
  const auto f = filter(filters_of("", "exists"));
  EXPECT_TRUE(f.selects(interaction("a", {"other", "item exists"})));
  EXPECT_FALSE(f.selects(interaction("a", {"other"})));
  EXPECT_FALSE(f.selects(interaction("a")));
}

TEST(InteractionFilterTest, NoStateSelectsStatelessInteractions) {
  const auto f = filter(filters_of("", "", true));
  EXPECT_TRUE(f.selects(interaction("a")));
  EXPECT_FALSE(f.selects(interaction("a", {"s"})));
}

TEST(InteractionFilterTest, DescriptionAndNoStateCombine) {
  const auto f = filter(filters_of("^get", "", true));
  EXPECT_TRUE(f.selects(interaction("get a")));
  EXPECT_FALSE(f.selects(interaction("get a", {"s"})));
  EXPECT_FALSE(f.selects(interaction("put a")));
}

TEST(InteractionFilterTest, InvalidRegexIsAnErrorNamingThePattern) {
  const auto compiled = InteractionFilter::compile(filters_of("(unclosed"));
  ASSERT_FALSE(compiled.ok());
  EXPECT_NE(compiled.error().message.find("(unclosed"), std::string::npos);
}

TEST(BaseUrlTest, HttpInteractionUsesTheHttpTransport) {
  ProviderInfo provider;
  provider.transports = {{"http", 8000, "/base", std::nullopt}};
  EXPECT_EQ(base_url_for(provider, interaction("a")), "http://localhost:8000/base");
}

TEST(BaseUrlTest, MessagesUseTheMessageTransport) {
  ProviderInfo provider;
  provider.host = "127.0.0.1";
  provider.transports = {{"http", 8000, "/", "http"}, {"message", 8001, "/_pact/message", std::nullopt}};
  EXPECT_EQ(base_url_for(provider, message()), "http://127.0.0.1:8001/_pact/message");
}

TEST(BaseUrlTest, TheInteractionsTransportWins) {
  ProviderInfo provider;
  provider.transports = {{"http", 8000, std::nullopt, std::nullopt}, {"message", 8001, "/m", std::nullopt}};
  // Mock-server pacts tag messages with "http" too (trap 9).
  EXPECT_EQ(base_url_for(provider, message("http")), "http://localhost:8000");
}

TEST(BaseUrlTest, WithoutAMatchingTransportTheProviderAddressIsUsed) {
  ProviderInfo provider;
  provider.scheme = "https";
  provider.port = 8443;
  provider.path = "/api";
  provider.transports = {{"https", 8443, "/api", "https"}};
  EXPECT_EQ(base_url_for(provider, interaction("a")), "https://localhost:8443/api");
}

TEST(JoinUrlTest, JoinsBaseAndPathWithOneSlash) {
  EXPECT_EQ(join_url("http://h:1/base/", "/api/items/42"), "http://h:1/base/api/items/42");
  EXPECT_EQ(join_url("http://h:1", "/a"), "http://h:1/a");
  EXPECT_EQ(join_url("http://h:1/base/", "/"), "http://h:1/base");
  EXPECT_EQ(join_url("http://h:1/", ""), "http://h:1/");
}

TEST(QuerySuffixTest, SortsNamesKeepsValueOrderAndFormEncodes) {
  model::Query query;
  query.at_or_add("b").emplace_back("2");
  query.at_or_add("a").emplace_back("1");
  query.at_or_add("a").emplace_back("x y&z");
  query.at_or_add("flag").emplace_back(std::nullopt);
  EXPECT_EQ(query_suffix(query), "?a=1&a=x+y%26z&b=2&flag");
  EXPECT_EQ(query_suffix(std::nullopt), "");
}

}  // namespace
}  // namespace pact::verifier

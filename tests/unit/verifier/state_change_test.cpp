#include <gtest/gtest.h>

#include "verifier/provider_states.hpp"

namespace pact::verifier {
namespace {

model::ProviderState state(std::string name, std::string params_json = "{}") {
  auto params = json::parse(params_json);
  return {std::move(name), params.value().get_object()};
}

StateChange endpoint_at(std::string url, bool body = true) {
  StateChange endpoint;
  endpoint.url = std::move(url);
  endpoint.body = body;
  return endpoint;
}

std::string header(const OutboundRequest& r, std::string_view name) {
  for (const auto& [n, v] : r.headers) {
    if (n == name) return v;
  }
  return "<absent>";
}

TEST(StateChangeRequestTest, BodyModeSendsSortedJsonWithParamsAlwaysPresent) {
  const auto endpoint = endpoint_at("http://localhost:9/_pact/state/");
  const auto request =
      state_change_request(endpoint, state("item exists", R"({"name":"x","id":10})"), StateAction::Setup, {});
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.url, "http://localhost:9/_pact/state");
  EXPECT_EQ(header(request, "Content-Type"), "application/json");
  EXPECT_EQ(request.body.value(), R"({"action":"setup","params":{"id":10,"name":"x"},"state":"item exists"})");

  const auto stateless = state_change_request(endpoint, model::ProviderState{}, StateAction::Teardown, {});
  EXPECT_EQ(stateless.body.value(), R"({"action":"teardown","params":{},"state":""})");
}

TEST(StateChangeRequestTest, QueryModeSortsAndEncodesParameters) {
  const auto endpoint = endpoint_at("http://localhost:9/state?x=1", false);
  const auto request =
      state_change_request(endpoint, state("item exists", R"({"name":"x","id":10})"), StateAction::Setup, {});
  EXPECT_EQ(request.url, "http://localhost:9/state?x=1&action=setup&id=10&name=x&state=item+exists");
  EXPECT_FALSE(request.body.has_value());
}

TEST(StateChangeRequestTest, CustomHeadersAreSent) {
  const auto endpoint = endpoint_at("http://localhost:9/state");
  const auto request = state_change_request(endpoint, state("s"), StateAction::Setup, {{"Authorization", "t"}});
  EXPECT_EQ(header(request, "Authorization"), "t");
}

TEST(StatesToChangeTest, AnInteractionWithoutStatesGetsOneUnnamedState) {
  const auto states = states_to_change({});
  ASSERT_EQ(states.size(), 1u);
  EXPECT_EQ(states[0].name, "");
  EXPECT_EQ(states_to_change({state("a"), state("b")}).size(), 2u);
}

}  // namespace
}  // namespace pact::verifier

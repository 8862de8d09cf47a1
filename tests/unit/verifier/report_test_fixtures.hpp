#pragma once
// Building blocks for the report tests: pacts from JSON text, mismatches and
// interaction results written out by hand.

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "matching/mismatch.hpp"
#include "model/pact_json.hpp"
#include "verifier/report.hpp"
#include "verifier/results.hpp"

namespace pact::verifier::testing {

using namespace std::chrono_literals;

inline model::Pact pact_from(std::string_view text) {
  auto pact = model::read_pact(text);
  EXPECT_TRUE(pact.ok()) << (pact.ok() ? "" : pact.error().message);
  return pact.ok() ? std::move(pact).value() : model::Pact{};
}

inline matching::Mismatch mismatch(matching::Mismatch::Kind kind, std::string location, json::value expected,
                                   json::value actual, std::string description) {
  matching::Mismatch m;
  m.kind = kind;
  m.location = std::move(location);
  m.expected = std::move(expected);
  m.actual = std::move(actual);
  m.description = std::move(description);
  return m;
}

inline InteractionResult passed(std::size_t index, std::chrono::nanoseconds duration = 0ms) {
  InteractionResult r;
  r.interaction_index = index;
  r.duration = duration;
  return r;
}

inline InteractionResult mismatched(std::size_t index, std::vector<matching::Mismatch> mismatches,
                                    std::chrono::nanoseconds duration = 0ms) {
  auto r = passed(index, duration);
  r.mismatches = std::move(mismatches);
  return r;
}

inline InteractionResult errored(std::size_t index, std::string error, bool request_failed = true) {
  auto r = passed(index);
  r.error = std::move(error);
  r.request_failed = request_failed;
  return r;
}

inline PactResult pact_result(model::Pact pact, std::vector<InteractionResult> results) {
  PactResult p;
  p.pact = std::move(pact);
  p.interactions = std::move(results);
  return p;
}

inline std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += lines[i];
  }
  return out;
}

/// The example pacts of verifier.md §12.1.
inline constexpr std::string_view kWebPact = R"({
  "consumer": {"name": "web"}, "provider": {"name": "items-api"},
  "interactions": [
    {"description": "get item",
     "providerStates": [{"name": "item exists"}, {"name": "user logged in"}],
     "request": {"method": "GET", "path": "/items/1"},
     "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"id": 1}}},
    {"description": "get bad",
     "request": {"method": "GET", "path": "/bad"},
     "response": {"status": 200, "headers": {"X-Thing": "expected"}, "body": {"id": 1}}}
  ],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";

inline constexpr std::string_view kMessagePact = R"({
  "consumer": {"name": "msg-consumer"}, "provider": {"name": "items-api"},
  "messages": [
    {"description": "an order event", "providerStates": [{"name": "an order"}],
     "contents": {"n": 1}, "metadata": {"contentType": "application/json", "topic": "orders"}}
  ],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";

/// The three mismatches of "get bad" in the §12.1 example, in matching order.
inline std::vector<matching::Mismatch> get_bad_mismatches() {
  using Kind = matching::Mismatch::Kind;
  return {
      mismatch(Kind::Body, "$.id", "1", "\"nope\"", "Expected 'nope' (String) to be equal to 1 (Integer)"),
      mismatch(Kind::Status, "", 200, 404, "expected 200 but was 404"),
      mismatch(Kind::Header, "X-Thing", "expected", "other",
               "Mismatch with header 'X-Thing': Expected 'other' to be equal to 'expected'"),
  };
}

}  // namespace pact::verifier::testing

#pragma once
#include <string>

#include "integration_json/integration_json.hpp"
#include "integration_json/rule_factory.hpp"
#include "support/json.hpp"

namespace pact::integration_json::testing {

inline json::value parse(std::string_view text) {
  auto r = json::parse(text);
  if (!r.ok()) throw std::runtime_error(r.error().message);
  return std::move(r).value();
}

inline BodyResult body(std::string_view text) { return process_body(parse(text)); }

/// Compact canonical JSON of the processed example.
inline std::string value_of(const BodyResult& r) { return json::write(r.value); }

/// Compact canonical JSON of the rules, in pact-file V3 form.
inline std::string rules_of(const BodyResult& r) { return json::write(detail::rule_category_to_json(r.rules)); }

inline std::string generators_of(const BodyResult& r) { return json::write(detail::generators_to_json(r.generators)); }

}  // namespace pact::integration_json::testing

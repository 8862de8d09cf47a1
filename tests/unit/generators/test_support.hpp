#pragma once
// Fixed seed, fixed clock and fixed offset for deterministic generators.

#include <chrono>
#include <string_view>

#include "generators/context.hpp"
#include "model/generator.hpp"
#include "support/json.hpp"

namespace pact::generators::testing {

inline model::Generator gen(std::string_view json_text) {
  return *model::Generator::from_json(json::parse(json_text)->as_object());
}

// 2000-01-01T10:00:00Z, a Saturday, at UTC (generators.md §8.4 examples).
inline std::chrono::system_clock::time_point fixed_now() {
  return std::chrono::sys_days{std::chrono::year{2000} / 1 / 1} + std::chrono::hours{10};
}

inline GeneratorContext fixed_context(Mode mode = Mode::Consumer, std::uint64_t seed = 42) {
  GeneratorContext c;
  c.mode = mode;
  c.clock = fixed_now;
  c.utc_offset = std::chrono::seconds{0};
  c.random = RandomSource(seed);
  return c;
}

}  // namespace pact::generators::testing

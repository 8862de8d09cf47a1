#pragma once
// What a generator may depend on besides its own attributes (generators.md
// §1, §8.3, §9.1, §10): the test mode, the context values (provider-state
// values or the mock server's URL), a clock and a random source. Clock and
// randomness are injected so that tests are deterministic (CONVENTIONS.md
// §2.5).

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>

#include "support/json.hpp"

namespace pact::generators {

/// Who is generating (generators.md §1): the mock server and message
/// generation run in Consumer mode, the verifier in Provider mode.
enum class Mode { Consumer, Provider };

/// A seedable source of random numbers (64-bit Mersenne Twister). Not
/// thread-safe: use one per thread or per generation run.
class RandomSource {
 public:
  /// Deterministic sequence for a seed (tests).
  explicit RandomSource(std::uint64_t seed) : engine_(seed) {}
  /// Seeded from std::random_device (production).
  static RandomSource from_entropy();

  /// Uniform in the inclusive range [lo, hi]; lo > hi is swapped.
  std::int64_t uniform(std::int64_t lo, std::int64_t hi);
  /// Uniform index in [0, n), n > 0.
  std::size_t index(std::size_t n);
  bool coin();

 private:
  std::mt19937_64 engine_;
};

using Clock = std::function<std::chrono::system_clock::time_point()>;

struct GeneratorContext {
  /// nullopt: generators of both modes run (the FFI's
  /// pactffi_generator_generate_* functions, generators.md §14).
  std::optional<Mode> mode = Mode::Consumer;
  /// Context values: {"mockServer": {"url", "port"}} for the mock server,
  /// provider-state parameters for the verifier, optional "baseDate",
  /// "baseTime", "baseDateTime" (RFC 3339) for date generators.
  json::object values;
  /// "Now"; the system clock unless a test injects one.
  Clock clock = [] { return std::chrono::system_clock::now(); };
  /// Offset from UTC used for local date/time; nullopt = the process's
  /// local time zone at the instant being formatted (generators.md §8.1).
  std::optional<std::chrono::seconds> utc_offset;
  /// Randomness; mutable so that a const context can still draw numbers.
  mutable RandomSource random = RandomSource::from_entropy();

  /// A consumer-mode context for the mock server (mock-server.md §7.1):
  /// {"mockServer": {"url": url, "port": port}}.
  static GeneratorContext for_mock_server(const std::string& url, std::uint16_t port);
};

}  // namespace pact::generators

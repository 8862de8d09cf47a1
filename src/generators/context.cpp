#include "generators/context.hpp"

#include <utility>

namespace pact::generators {

RandomSource RandomSource::from_entropy() {
  std::random_device device;
  const std::uint64_t seed = (static_cast<std::uint64_t>(device()) << 32) ^ device();
  return RandomSource(seed);
}

std::int64_t RandomSource::uniform(std::int64_t lo, std::int64_t hi) {
  // generators.md §5: min > max panics in the reference; swapping is the
  // harmless reading of the caller's intent.
  if (lo > hi) std::swap(lo, hi);
  return std::uniform_int_distribution<std::int64_t>(lo, hi)(engine_);
}

std::size_t RandomSource::index(std::size_t n) {
  if (n <= 1) return 0;
  return std::uniform_int_distribution<std::size_t>(0, n - 1)(engine_);
}

bool RandomSource::coin() { return (engine_() & 1U) != 0; }

GeneratorContext GeneratorContext::for_mock_server(const std::string& url, std::uint16_t port) {
  GeneratorContext context;
  context.mode = Mode::Consumer;
  json::object server;
  server["url"] = url;
  server["port"] = port;
  context.values["mockServer"] = std::move(server);
  return context;
}

}  // namespace pact::generators

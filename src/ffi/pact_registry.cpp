#include "ffi/pact_registry.hpp"

#include "pact_file/pact_file.hpp"

namespace pact::ffi {

std::optional<InteractionRef> decode_interaction(std::uint32_t handle) noexcept {
  const auto low = static_cast<std::uint16_t>(handle & 0xFFFFu);
  if (low == 0) return std::nullopt;
  return InteractionRef{static_cast<std::uint16_t>(handle >> 16), static_cast<std::size_t>(low) - 1};
}

std::uint32_t encode_interaction(std::uint16_t pact, std::size_t index) noexcept {
  // More than 65535 interactions cannot be addressed; the caller checks.
  return (static_cast<std::uint32_t>(pact) << 16) | static_cast<std::uint32_t>((index + 1) & 0xFFFFu);
}

PactRegistry& PactRegistry::instance() {
  static PactRegistry registry;
  return registry;
}

std::optional<std::uint16_t> PactRegistry::add(consumer::PactBuilder builder) {
  auto entry = std::make_shared<PactEntry>(std::move(builder));
  std::lock_guard lock(mutex_);
  if (entries_.size() >= 65536) return std::nullopt;
  // Sequential keys, skipping live ones; 0 is used last so that clients
  // that wrongly treat 0 as invalid are not hit in practice.
  for (;;) {
    const std::uint16_t key = next_key_++;
    if (key == 0 && entries_.size() < 65535) continue;
    if (entries_.emplace(key, entry).second) return key;
  }
}

std::shared_ptr<PactEntry> PactRegistry::find(std::uint16_t key) const {
  std::lock_guard lock(mutex_);
  const auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : it->second;
}

bool PactRegistry::remove(std::uint16_t key) {
  std::lock_guard lock(mutex_);
  return entries_.erase(key) > 0;
}

std::optional<support::Status> write_pact_snapshot(std::uint16_t key, std::string_view directory, bool overwrite) {
  const auto entry = PactRegistry::instance().find(key);
  if (!entry) return std::nullopt;
  model::Pact snapshot;
  {
    std::lock_guard lock(entry->mutex);
    snapshot = entry->builder.pact();
  }
  auto written = pact_file::write(snapshot, std::string(directory), snapshot.spec_version, overwrite);
  if (!written.ok()) return support::Status(written.error());
  return support::Status(support::Unit{});
}

}  // namespace pact::ffi

#pragma once
// The registry behind PactHandle and InteractionHandle (ffi-conventions.md
// §3): 16-bit keys to pact builders. An unknown key is an ordinary "not
// found"; a stale handle never reaches freed memory.

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "consumer/pact_builder.hpp"
#include "support/result.hpp"

namespace pact::ffi {

/// One pact under construction. `mutex` serialises builder calls on it
/// (callers may use the same handle from several threads).
struct PactEntry {
  explicit PactEntry(consumer::PactBuilder b) : builder(std::move(b)) {}
  std::mutex mutex;
  consumer::PactBuilder builder;
};

/// The decoded parts of an InteractionHandle.
struct InteractionRef {
  std::uint16_t pact;
  std::size_t index;
};

/// (pact << 16) | (index + 1); nothing when the low half is 0.
std::optional<InteractionRef> decode_interaction(std::uint32_t handle) noexcept;
std::uint32_t encode_interaction(std::uint16_t pact, std::size_t index) noexcept;

class PactRegistry {
 public:
  static PactRegistry& instance();

  /// Registers a builder under a key unused among live handles; nothing when
  /// all 65536 keys are in use.
  std::optional<std::uint16_t> add(consumer::PactBuilder builder);
  std::shared_ptr<PactEntry> find(std::uint16_t key) const;
  bool remove(std::uint16_t key);

 private:
  PactRegistry() = default;

  // Guards entries_ and next_key_. Held only for map lookups and updates,
  // never while a builder runs.
  mutable std::mutex mutex_;
  std::unordered_map<std::uint16_t, std::shared_ptr<PactEntry>> entries_;
  std::uint16_t next_key_ = 1;
};

/// Writes a snapshot of the pact under `key` to
/// `<directory>/<consumer>-<provider>.json` in its specification version
/// (atomically; merged with an existing file unless `overwrite`). Nothing
/// when the key is unknown. Shared by the pact and message-pact handles.
std::optional<support::Status> write_pact_snapshot(std::uint16_t key, std::string_view directory, bool overwrite);

}  // namespace pact::ffi

// Merging a new pact into an existing one as the FFI does before writing a
// file (pact-file-format.md §17.1): new-over-old by interaction identity.

#include "model/pact_json.hpp"

namespace pact::model {
namespace {

// §17.1 identity of a new interaction `a` and an existing one `b`. When `a`
// has no provider states the existing states are ignored (trap 15).
bool same_identity(const Interaction& a, const Interaction& b) {
  if (a.key && b.key) return *a.key == *b.key;
  if (a.description != b.description) return false;
  if (!a.provider_states.empty()) {
    if (a.provider_states.size() != b.provider_states.size()) return false;
    for (std::size_t i = 0; i < a.provider_states.size(); ++i) {
      if (a.provider_states[i].name != b.provider_states[i].name) return false;
    }
  }
  return a.kind() == b.kind();
}

// Objects merged recursively, arrays concatenated, other values replaced (§5).
void deep_merge(json::object& target, const json::object& update, int depth) {
  for (const auto& kv : update) {
    auto* existing = target.if_contains(kv.key());
    if (existing != nullptr && depth < 100) {
      if (existing->is_object() && kv.value().is_object()) {
        deep_merge(existing->get_object(), kv.value().get_object(), depth + 1);
        continue;
      }
      if (existing->is_array() && kv.value().is_array()) {
        for (const auto& item : kv.value().get_array()) existing->get_array().push_back(item);
        continue;
      }
    }
    target[kv.key()] = kv.value();
  }
}

}  // namespace

support::Result<Pact> merge_pacts(const Pact& existing, const Pact& update) {
  if (existing.consumer != update.consumer || existing.provider != update.provider) {
    return support::make_error(support::ErrorCategory::InvalidArgument,
                               "Unable to merge pacts, as they have different consumers or providers");
  }
  Pact merged = update;
  merged.interactions.clear();
  std::vector<bool> placed(update.interactions.size(), false);
  // Existing interactions keep their place; every one with the identity of a
  // new interaction gives way to it (the new one is placed once).
  for (const auto& old : existing.interactions) {
    std::size_t match = update.interactions.size();
    for (std::size_t i = 0; i < update.interactions.size(); ++i) {
      if (same_identity(update.interactions[i], old)) {
        match = i;
        break;
      }
    }
    if (match == update.interactions.size()) {
      merged.interactions.push_back(old);
    } else if (!placed[match]) {
      merged.interactions.push_back(update.interactions[match]);
      placed[match] = true;
    }
  }
  for (std::size_t i = 0; i < update.interactions.size(); ++i) {
    if (!placed[i]) merged.interactions.push_back(update.interactions[i]);
  }
  // Plugins: the existing ones, with the update's merged in by name+version.
  merged.plugins = existing.plugins;
  for (const auto& plugin : update.plugins) {
    bool found = false;
    for (auto& p : merged.plugins) {
      if (p.name == plugin.name && p.version == plugin.version) {
        deep_merge(p.configuration, plugin.configuration, 0);
        found = true;
        break;
      }
    }
    if (!found) merged.plugins.push_back(plugin);
  }
  return merged;
}

}  // namespace pact::model

#pragma once
// A pact: consumer, provider, interactions of every kind and metadata. This
// is the V4 superset the whole library works with; the codec in pact_json.hpp
// reads and writes every specification version from and to it.

#include <string>
#include <vector>

#include "model/interaction.hpp"
#include "model/spec_version.hpp"
#include "support/json.hpp"

namespace pact::model {

/// A plugin used by the pact (V4 metadata "plugins").
struct PluginInfo {
  std::string name;
  std::string version;
  json::object configuration;
  bool operator==(const PluginInfo&) const = default;
};

struct Pact {
  std::string consumer = "Consumer";
  std::string provider = "Provider";
  std::vector<Interaction> interactions;
  /// Namespaced metadata other than "pactSpecification" and "plugins"
  /// (for example {"pactRust": {"ffi": "0.5.12"}}).
  json::object metadata;
  std::vector<PluginInfo> plugins;
  SpecVersion spec_version = SpecVersion::V3;

  bool operator==(const Pact&) const = default;
};

}  // namespace pact::model

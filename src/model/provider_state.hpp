#pragma once
// A provider state: the name the provider sets up, with optional parameters.

#include <string>

#include "support/json.hpp"

namespace pact::model {

struct ProviderState {
  std::string name;
  json::object params;

  bool operator==(const ProviderState&) const = default;
};

}  // namespace pact::model

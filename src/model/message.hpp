#pragma once
// The contents of a message (async message, or one side of a sync message).

#include "model/body.hpp"
#include "model/generator.hpp"
#include "model/matching_rule.hpp"
#include "support/json.hpp"

namespace pact::model {

struct MessageContents {
  Body contents;
  json::object metadata;   ///< arbitrary JSON values
  MatchingRules matching_rules;
  Generators generators;

  bool operator==(const MessageContents&) const = default;
};

}  // namespace pact::model

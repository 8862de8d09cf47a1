#pragma once
// XML bodies described as JSON (integration-json.md §6): a JSON description
// of elements, attributes and text nodes, with matcher objects, turned into
// XML text plus body matching rules and generators.

#include <map>
#include <string>

#include "model/generator.hpp"
#include "model/matching_rule.hpp"
#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::integration_json {

struct XmlBodyResult {
  std::string text;  ///< "<?xml version='1.0'?>..." or "" (see xml_from_description)
  model::RuleCategory rules;
  std::map<std::string, model::Generator> generators;
};

/// Builds the XML a description {"root": <element>} stands for. A top level
/// that is not an object gives an empty text; an object without an object
/// "root" gives just the XML declaration (an empty document). Malformed
/// element descriptions (a child that is not an object, a matcher whose
/// `value` is not an element, an object that is neither element nor text)
/// are errors, where the reference panics.
support::Result<XmlBodyResult> xml_from_description(const json::value& description);

}  // namespace pact::integration_json

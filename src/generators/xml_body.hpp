#pragma once
// Body generators on XML documents (generators.md §13): attributes
// ("$.root.child['@id']") and text content ("$.root.child['#text']").

#include <map>
#include <string>
#include <string_view>

#include "generators/context.hpp"
#include "model/generator.hpp"
#include "support/result.hpp"

namespace pact::generators {

/// The re-serialised document with the generators applied; a Parse error
/// when the text is not XML. Elements and attributes are never created; a
/// "#text" generator creates a text node in an element that has none.
support::Result<std::string> apply_xml_generators(std::string_view xml,
                                                  const std::map<std::string, model::Generator>& generators,
                                                  const GeneratorContext& context);

}  // namespace pact::generators

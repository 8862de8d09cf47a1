#pragma once
// One generator run for one kind of target (generators.md §4): the value
// functions of generate.hpp choose the kind from the example and call this.

#include "generators/context.hpp"
#include "model/generator.hpp"
#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::generators::detail {

/// The kind of target: what a JSON example is, or a string target.
enum class TargetKind { JsonString, JsonNumber, JsonOther, Text };

/// Generates a value. For TargetKind::Text the result is always a JSON
/// string holding the rendered text.
support::Result<json::value> produce(const model::Generator& generator, TargetKind kind,
                                     const GeneratorContext& context);

/// The generator's status value (RandomInt, ProviderState; §13).
support::Result<std::uint16_t> produce_status(const model::Generator& generator, const GeneratorContext& context);

}  // namespace pact::generators::detail

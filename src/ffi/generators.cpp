// Header section "Generators": generators run directly from the C API
// (generators.md §14): a Generator object with a JSON context, random
// strings for a regex and the current date/time in a Java pattern. The
// generation itself is src/generators'.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "generators/context.hpp"
#include "generators/date_time.hpp"
#include "generators/generate.hpp"
#include "generators/regex_generator.hpp"
#include "pact.h"
#include "support/json.hpp"

using namespace pact;
using namespace pact::ffi;

namespace {

// The context of pactffi_generator_generate_*: no test mode, so both
// ProviderState and MockServerURL run (§14); the optional JSON object gives
// the values. Invalid JSON fails the call; JSON that is not an object is
// ignored, as in the reference.
generators::GeneratorContext context_arg(const char* context_json) {
  generators::GeneratorContext context;
  context.mode = std::nullopt;
  if (const auto text = optional_str(context_json)) {
    auto parsed = json::parse(*text);
    if (!parsed.ok()) fail("Failed to parse the context value as JSON - " + parsed.error().message);
    if (parsed->is_object()) context.values = parsed->get_object();
  }
  return context;
}

StringResult ok_result(const std::string& text) {
  StringResult result{};
  result.tag = StringResult_Ok;
  result.ok = hand_over_string(text);
  return result;
}

StringResult failed_result(const std::string& text) {
  StringResult result{};
  result.tag = StringResult_Failed;
  result.failed = hand_over_string(text);
  return result;
}

// The failure value when an exception escapes: Failed with no text.
StringResult internal_failure() {
  StringResult result{};
  result.tag = StringResult_Failed;
  result.failed = nullptr;
  return result;
}

// The text of a required C string argument of the StringResult functions,
// or the reference's Failed message ("<function>: <param> is NULL" / "... is
// not a valid UTF-8 string").
std::optional<StringResult> string_arg_failure(const char* value, std::string_view function, std::string_view name) {
  if (value == nullptr) return failed_result(std::string(function) + ": " + std::string(name) + " is NULL");
  if (!optional_str(value)) {
    return failed_result(std::string(function) + ": " + std::string(name) + " is not a valid UTF-8 string");
  }
  return std::nullopt;
}

}  // namespace

PACT_FFI_EXPORT const char* pactffi_generator_generate_string(const Generator* generator, const char* context_json) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    const auto& g = required_obj(generator, "generator").generator.get();
    const auto context = context_arg(context_json);
    // A string target with an empty example (§14); a generator that cannot
    // produce one gives NULL without a last error, as in the reference.
    auto value = generators::generate_string(g, "", context);
    if (!value.ok()) return nullptr;
    return hand_over_string(*value);
  });
}

PACT_FFI_EXPORT unsigned short pactffi_generator_generate_integer(const Generator* generator,
                                                                  const char* context_json) {
  return guarded<unsigned short>(0, [&]() -> unsigned short {
    const auto& g = required_obj(generator, "generator").generator.get();
    const auto context = context_arg(context_json);
    // Status-style 16-bit generation: only RandomInt and ProviderState (§14).
    auto value = generators::generate_status(g, 0, context);
    return value.ok() ? *value : 0;
  });
}

PACT_FFI_EXPORT StringResult pactffi_generate_datetime_string(const char* format) {
  return guarded<StringResult>(internal_failure(), [&] {
    if (auto failure = string_arg_failure(format, "generate_datetime_string", "format")) return *failure;
    const auto now = std::chrono::system_clock::now();
    const auto local = generators::LocalDateTime::at(now, generators::local_utc_offset(now));
    // The core's error already reads "Error parsing '<format>': <reason>".
    auto text = generators::format_java(*optional_str(format), local);
    return text.ok() ? ok_result(*text) : failed_result(text.error().message);
  });
}

PACT_FFI_EXPORT StringResult pactffi_generate_regex_value(const char* regex) {
  return guarded<StringResult>(internal_failure(), [&] {
    if (auto failure = string_arg_failure(regex, "generate_regex_value", "regex")) return *failure;
    const auto pattern = *optional_str(regex);
    auto random = generators::RandomSource::from_entropy();
    // No anchor stripping here (§14): an anchor makes the call fail.
    auto value = generators::generate_regex(pattern, random, false);
    if (value.ok()) return ok_result(*value);
    return failed_result("generate_regex_value: '" + std::string(pattern) + "' is not a valid regular expression - " +
                         value.error().message);
  });
}

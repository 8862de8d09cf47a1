// Header section "Consumer DSL: pacts".
#include <string>

#include "consumer/pact_builder.hpp"
#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/pact_registry.hpp"
#include "ffi/version.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;

namespace {

// pactffi_pact_handle_write_file codes.
enum WriteFileCode : std::int32_t { kWritten = 0, kWritePanic = 1, kWriteFailed = 2, kUnknownPact = 3 };
// pactffi_free_pact_handle codes.
enum FreeCode : unsigned int { kFreed = 0, kNotFound = 1 };

}  // namespace

PACT_FFI_EXPORT PactHandle pactffi_new_pact(const char* consumer_name, const char* provider_name) {
  return guarded<PactHandle>(0, [&]() -> PactHandle {
    consumer::PactBuilder builder(std::string(optional_str(consumer_name).value_or("Consumer")),
                                  std::string(optional_str(provider_name).value_or("Provider")), kAbiVersion);
    if (auto key = PactRegistry::instance().add(std::move(builder))) return *key;
    fail("all 65536 pact handles are in use");
  });
}

PACT_FFI_EXPORT unsigned int pactffi_free_pact_handle(PactHandle pact) {
  return guarded<unsigned int>(kNotFound, [&] { return PactRegistry::instance().remove(pact) ? kFreed : kNotFound; });
}

PACT_FFI_EXPORT bool pactffi_with_specification(PactHandle pact, PactSpecification version) {
  return guarded(false, [&] {
    const auto spec = checked_enum<model::SpecVersion>(raw_enum(version), 0, 5, "version");
    auto entry = PactRegistry::instance().find(pact);
    if (!entry) return false;
    std::lock_guard lock(entry->mutex);
    return entry->builder.with_specification(spec).ok();
  });
}

PACT_FFI_EXPORT bool pactffi_with_pact_metadata(PactHandle pact, const char* namespace_, const char* name,
                                                const char* value) {
  return guarded(false, [&] {
    auto entry = PactRegistry::instance().find(pact);
    if (!entry) return false;
    std::lock_guard lock(entry->mutex);
    const auto result = entry->builder.with_pact_metadata(optional_str(namespace_).value_or(""),
                                                          optional_str(name).value_or(""),
                                                          optional_str(value).value_or(""));
    if (!result.ok() && result.error().category == support::ErrorCategory::InvalidArgument) fail(result.error());
    return result.ok();
  });
}

PACT_FFI_EXPORT PactSpecification pactffi_handle_get_pact_spec_version(PactHandle pact) {
  return guarded(PactSpecification_Unknown, [&] {
    auto entry = PactRegistry::instance().find(pact);
    if (!entry) return PactSpecification_Unknown;
    std::lock_guard lock(entry->mutex);
    return static_cast<PactSpecification>(entry->builder.pact().spec_version);
  });
}

PACT_FFI_EXPORT int32_t pactffi_pact_handle_write_file(PactHandle pact, const char* directory, bool overwrite) {
  return guarded<std::int32_t>(kWritePanic, [&]() -> std::int32_t {
    const auto written = write_pact_snapshot(pact, non_empty_str(directory).value_or("."), overwrite);
    if (!written) return kUnknownPact;
    if (!written->ok()) {
      set_last_error(written->error().message);
      return kWriteFailed;
    }
    return kWritten;
  });
}

// Header section "Plugins". This library has no plugin driver
// (consumer/plugins.hpp): loading a plugin always fails with the reference's
// code 2 and a message saying why, and no pact ever holds a plugin.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <limits>
#include <string>
#include <thread>

#include "consumer/plugins.hpp"
#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "pact.h"
#include "support/log.hpp"

using namespace pact;
using namespace pact::ffi;

namespace {

// pactffi_using_plugin[_with_delay] codes (ffi-conventions.md §6). The
// reference looks the plugin up before the handle, so "bad handle" (3) only
// follows a successful load, which cannot happen here.
enum PluginCode : unsigned int { kPluginLoaded = 0, kPluginPanic = 1, kPluginLoadFailed = 2 };

// The delay of pactffi_using_plugin (the reference's fixed value).
constexpr std::uint64_t kUsingPluginDelayMs = 500;

}  // namespace

PACT_FFI_EXPORT unsigned int pactffi_using_plugin_with_delay(PactHandle pact, const char* plugin_name,
                                                             const char* plugin_version,
                                                             uint64_t completion_delay) {
  return guarded<unsigned int>(kPluginPanic, [&]() -> unsigned int {
    static_cast<void>(pact);  // only read after a successful load
    const auto name = required_str(plugin_name, "plugin_name");
    const auto status = consumer::load_plugin(name, non_empty_str(plugin_version));
    // The documented contract: wait `completion_delay` ms before returning,
    // whatever the outcome (the reference does so too).
    const auto capped = std::min<std::uint64_t>(completion_delay, std::numeric_limits<std::int64_t>::max());
    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<std::int64_t>(capped)));
    if (status.ok()) return kPluginLoaded;  // unreachable without a driver
    std::string message = "Could not load plugin - " + status.error().message;
    support::log::emit(support::log::Level::Error, "pact_ffi::plugins", message);
    set_last_error(std::move(message));
    return kPluginLoadFailed;
  });
}

PACT_FFI_EXPORT unsigned int pactffi_using_plugin(PactHandle pact, const char* plugin_name,
                                                  const char* plugin_version) {
  return guarded<unsigned int>(kPluginPanic, [&] {
    return pactffi_using_plugin_with_delay(pact, plugin_name, plugin_version, kUsingPluginDelayMs);
  });
}

PACT_FFI_EXPORT void pactffi_cleanup_plugins(PactHandle pact) {
  // Releases the plugins the pact uses: none can have been loaded, so there
  // is nothing to release, for a known or an unknown handle alike.
  guarded_void([&] { static_cast<void>(pact); });
}

// Header section "Mock server".
#include <string>

#include "ffi/args.hpp"
#include "ffi/borrowed_strings.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/pact_registry.hpp"
#include "mock_server/mock_server.hpp"
#include "pact.h"
#include "support/json.hpp"

using namespace pact;
using namespace pact::ffi;

namespace {

// pactffi_create_mock_server_for_transport codes (mock-server.md §2.2).
enum CreateCode : std::int32_t {
  kUnknownPact = -1,
  kConfigNotJson = -2,
  kCannotStart = -3,
  kInternal = -4,
  kBadAddress = -5,
};

// pactffi_write_pact_file codes (mock-server.md §11).
enum WriteCode : std::int32_t { kWritten = 0, kWritePanic = 1, kWriteFailed = 2, kNoServer = 3 };

// Ports arrive as int32_t and are truncated to 16 bits, as in the reference
// (ffi-conventions.md §2).
std::uint16_t port_of(std::int32_t port) { return static_cast<std::uint16_t>(port); }

// Reads the transport_config keys the HTTP transport honours (mock-server.md
// §2.1): corsPreflight (bool, default false), keepAlive (default true; a
// non-bool means false).
void apply_transport_config(const json::value& config, mock_server::ServerOptions& options) {
  const auto* obj = config.if_object();
  if (obj == nullptr) return;
  if (const auto* cors = obj->if_contains("corsPreflight"); cors != nullptr && cors->is_bool()) {
    options.cors_preflight = cors->get_bool();
  }
  if (const auto* keep = obj->if_contains("keepAlive")) options.keep_alive = keep->is_bool() && keep->get_bool();
}

}  // namespace

PACT_FFI_EXPORT int32_t pactffi_create_mock_server_for_transport(PactHandle pact, const char* addr, uint16_t port,
                                                                 const char* transport,
                                                                 const char* transport_config) {
  return guarded<std::int32_t>(kInternal, [&]() -> std::int32_t {
    const auto address = required_str(addr, "addr");
    auto entry = PactRegistry::instance().find(pact);
    if (!entry) return kUnknownPact;

    mock_server::ServerOptions options;
    options.address = std::string(address);
    options.port = port;
    if (const auto config_text = non_empty_str(transport_config)) {
      auto config = json::parse(*config_text);
      if (!config.ok()) {
        set_last_error("transport_config is not valid JSON: " + config.error().message);
        return kConfigNotJson;
      }
      apply_transport_config(*config, options);
    }
    const auto scheme = non_empty_str(transport).value_or("http");
    if (scheme != "http") {
      set_last_error("unsupported mock server transport '" + std::string(scheme) + "'");
      return kCannotStart;
    }

    model::Pact snapshot;
    {
      std::lock_guard lock(entry->mutex);
      snapshot = entry->builder.pact();
    }
    auto started = mock_server::start(std::move(snapshot), options);
    if (!started.ok()) {
      set_last_error(started.error().message);
      return started.error().category == support::ErrorCategory::Parse ? kBadAddress : kCannotStart;
    }
    {
      std::lock_guard lock(entry->mutex);
      entry->builder.mark_mock_server_started();
    }
    return *started;
  });
}

PACT_FFI_EXPORT bool pactffi_mock_server_matched(int32_t mock_server_port) {
  return guarded(false, [&] { return mock_server::matched(port_of(mock_server_port)); });
}

PACT_FFI_EXPORT char* pactffi_mock_server_mismatches(int32_t mock_server_port) {
  return guarded<char*>(nullptr, [&]() -> char* {
    const auto port = port_of(mock_server_port);
    auto report = mock_server::mismatches_json(port);
    if (!report) return nullptr;
    return keep_for_port(port, std::move(*report));
  });
}

PACT_FFI_EXPORT const char* pactffi_mock_server_logs(int32_t mock_server_port) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    const auto port = port_of(mock_server_port);
    auto logs = mock_server::take_logs(port);
    if (!logs) return nullptr;
    return keep_for_port(port, std::move(*logs));
  });
}

PACT_FFI_EXPORT int32_t pactffi_write_pact_file(int32_t mock_server_port, const char* directory, bool overwrite) {
  return guarded<std::int32_t>(kWritePanic, [&]() -> std::int32_t {
    const std::string dir(non_empty_str(directory).value_or("."));
    const auto written = mock_server::write_pact_file(port_of(mock_server_port), dir, overwrite);
    if (written.ok()) return kWritten;
    if (written.error().category == support::ErrorCategory::NotFound) return kNoServer;
    set_last_error(written.error().message);
    return kWriteFailed;
  });
}

PACT_FFI_EXPORT bool pactffi_cleanup_mock_server(int32_t mock_server_port) {
  return guarded(false, [&] {
    const auto port = port_of(mock_server_port);
    const bool stopped = mock_server::cleanup(port);
    if (stopped) release_port_strings(port);
    return stopped;
  });
}

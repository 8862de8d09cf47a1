// Header section "Mock server".
#include <optional>
#include <string>

#include "ffi/args.hpp"
#include "ffi/borrowed_strings.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/pact_registry.hpp"
#include "ffi/ownership.hpp"
#include "mock_server/mock_server.hpp"
#include "mock_server/tls.hpp"
#include "model/pact_json.hpp"
#include "pact.h"
#include "support/json.hpp"

using namespace pact;
using namespace pact::ffi;

namespace {

// pactffi_create_mock_server_for_transport codes (mock-server.md §2.2), and
// those of the legacy create functions (§13): there -1 is also "NULL
// argument", -2 "pact JSON not parsable", and -6 "TLS setup failed".
enum CreateCode : std::int32_t {
  kUnknownPact = -1,
  kConfigNotJson = -2,
  kCannotStart = -3,
  kInternal = -4,
  kBadAddress = -5,
  kTlsSetupFailed = -6,
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

/// The code for a failed mock_server::start, with the message as last error.
std::int32_t start_failure(const support::Error& error, std::int32_t tls_failure) {
  set_last_error(error.message);
  switch (error.category) {
    case support::ErrorCategory::Parse: return kBadAddress;
    case support::ErrorCategory::Internal: return tls_failure;
    default: return kCannotStart;
  }
}

/// Starts a server for a snapshot of the handle's pact and marks the handle
/// "mock server started" (ffi-conventions.md §13). `tls_failure` is the code
/// for a TLS setup failure (-3 for the transport function, -6 legacy).
std::int32_t start_for_handle(PactHandle pact, const mock_server::ServerOptions& options, std::int32_t tls_failure) {
  auto entry = PactRegistry::instance().find(pact);
  if (!entry) {
    set_last_error("invalid pact handle");
    return kUnknownPact;
  }
  model::Pact snapshot;
  {
    std::lock_guard lock(entry->mutex);
    snapshot = entry->builder.pact();
  }
  auto started = mock_server::start(std::move(snapshot), options);
  if (!started.ok()) return start_failure(started.error(), tls_failure);
  {
    std::lock_guard lock(entry->mutex);
    entry->builder.mark_mock_server_started();
  }
  return *started;
}

/// The legacy functions set TLS up before they look at the address; with a
/// generated CA the only failure left is OpenSSL failing to make it.
bool tls_ready() {
  const auto ca = mock_server::ca_certificate_pem();
  if (!ca.ok()) set_last_error(ca.error().message);
  return ca.ok();
}

/// The legacy "host:port" argument as server options, or nothing (last
/// error set) when NULL, not UTF-8 or not an IP socket address.
std::optional<mock_server::ServerOptions> legacy_address(const char* addr_str) {
  const auto text = optional_str(addr_str);
  if (!text) {
    set_last_error(addr_str == nullptr ? "addr_str is null" : "error parsing addr_str as UTF-8");
    return std::nullopt;
  }
  const auto address = mock_server::parse_socket_address(*text);
  if (!address.ok()) {
    set_last_error(address.error().message);
    return std::nullopt;
  }
  mock_server::ServerOptions options;
  options.address = address->address;
  options.port = address->port;
  return options;
}

}  // namespace

PACT_FFI_EXPORT int32_t pactffi_create_mock_server_for_transport(PactHandle pact, const char* addr, uint16_t port,
                                                                 const char* transport,
                                                                 const char* transport_config) {
  return guarded<std::int32_t>(kInternal, [&]() -> std::int32_t {
    const auto address = required_str(addr, "addr");
    if (!PactRegistry::instance().find(pact)) {
      set_last_error("invalid pact handle");
      return kUnknownPact;
    }

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
    if (scheme == "https") {
      options.tls = true;
    } else if (scheme != "http") {
      // Other names are plugin transports; no plugin provides one (§13).
      set_last_error("unsupported mock server transport '" + std::string(scheme) + "'");
      return kCannotStart;
    }
    return start_for_handle(pact, options, kCannotStart);
  });
}

PACT_FFI_EXPORT int32_t pactffi_create_mock_server(const char* pact_str, const char* addr_str, bool tls) {
  return guarded<std::int32_t>(kInternal, [&]() -> std::int32_t {
    // The reference's order of checks (mock-server.md §13): NULLs, TLS,
    // address, pact JSON, start.
    if (pact_str == nullptr || addr_str == nullptr) {
      set_last_error(pact_str == nullptr ? "pact_str is null" : "addr_str is null");
      return kUnknownPact;
    }
    if (tls && !tls_ready()) return kTlsSetupFailed;
    auto options = legacy_address(addr_str);
    if (!options) return kBadAddress;
    options->tls = tls;
    // Not UTF-8 made the reference panic (-4): required_str throws.
    auto pact = model::read_pact(required_str(pact_str, "pact_str"));
    if (!pact.ok()) {
      set_last_error("pact_str is not a pact: " + pact.error().message);
      return kConfigNotJson;
    }
    auto started = mock_server::start(std::move(*pact), *options);
    if (!started.ok()) return start_failure(started.error(), kTlsSetupFailed);
    return *started;
  });
}

PACT_FFI_EXPORT int32_t pactffi_create_mock_server_for_pact(PactHandle pact, const char* addr_str, bool tls) {
  return guarded<std::int32_t>(kInternal, [&]() -> std::int32_t {
    // A NULL address is -5 here, not -1 (mock-server.md §13).
    if (addr_str == nullptr) {
      set_last_error("addr_str is null");
      return kBadAddress;
    }
    if (tls && !tls_ready()) return kTlsSetupFailed;
    auto options = legacy_address(addr_str);
    if (!options) return kBadAddress;
    options->tls = tls;
    // This entry point had CORS pre-flight on (mock-server.md §13).
    options->cors_preflight = true;
    return start_for_handle(pact, *options, kTlsSetupFailed);
  });
}

PACT_FFI_EXPORT char* pactffi_get_tls_ca_certificate(void) {
  return guarded<char*>(nullptr, [&]() -> char* {
    const auto pem = mock_server::ca_certificate_pem();
    if (pem.ok()) return hand_over_string(*pem);
    // The reference's documented failure: an empty (still owned) string.
    set_last_error(pem.error().message);
    return hand_over_string("");
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

#pragma once
// Strings the mock-server functions hand out as borrowed: the library keeps
// them until pactffi_cleanup_mock_server for that port (ffi-conventions.md
// §4.2), so a client that never frees them does not leak past cleanup and a
// client that frees nothing stays correct.

#include <cstdint>
#include <string>

namespace pact::ffi {

/// Stores `text` for `port` and returns a pointer valid until release(port).
char* keep_for_port(std::uint16_t port, std::string text);

/// Drops every string kept for `port`.
void release_port_strings(std::uint16_t port);

}  // namespace pact::ffi

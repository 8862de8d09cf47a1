#pragma once
// The UTC timestamp that starts every log line (logging-and-errors.md §7),
// shared by the mock server's and the verifier's logs.

#include <string>

namespace pact::support {

/// "2026-11-24T00:31:27.208338Z" for the current instant.
std::string utc_timestamp();

}  // namespace pact::support

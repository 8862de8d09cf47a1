#pragma once
// Everything a verification run needs to know, as plain values
// (verifier.md §1). The FFI handle, the command line and pactffi_verify all
// fill one VerifierConfig; execution reads it and never changes it, so a
// configuration can be run any number of times.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "support/json.hpp"

namespace pact::verifier {

/// One way into the provider (verifier.md §4): `protocol` is the transport
/// name ("http", "message", "sync-message", ...); absent parts fall back to
/// the scheme default port, no path and "http".
struct Transport {
  std::string protocol;
  std::optional<std::uint16_t> port;
  std::optional<std::string> path;
  std::optional<std::string> scheme;
};

/// The provider under test. `scheme`/`host`/`port`/`path` form the
/// deprecated single address used when no transport matches an interaction.
struct ProviderInfo {
  std::string name = "provider";
  std::string scheme = "http";
  std::string host = "localhost";
  std::optional<std::uint16_t> port = 8080;
  std::string path = "/";
  std::vector<Transport> transports;
};

/// Credentials for a URL or broker source (broker-api.md §2.1): basic auth
/// when `username` is non-empty, else bearer auth when `token` is non-empty.
struct Auth {
  std::string username;
  std::string password;
  std::string token;
};

struct FileSource {
  std::string path;
};

struct DirectorySource {
  std::string path;
};

struct UrlSource {
  std::string url;
  Auth auth;
};

/// A Pact Broker (verifier.md §3.4, broker-api.md §3). `provider_name` is
/// captured when the source is added (trap 2).
struct BrokerSource {
  std::string url;
  Auth auth;
  std::string provider_name;
  bool enable_pending = false;
  std::optional<std::string> include_wip_pacts_since;
  std::vector<std::string> provider_tags;
  std::optional<std::string> provider_branch;
  /// Consumer version selectors, already normalised to the broker's
  /// camelCase objects (broker-api.md §3.2).
  json::array selectors;
  /// The legacy "latest provider pacts" flow (broker-api.md §7); only the
  /// command line without selectors or tags uses it.
  bool latest_provider_pacts = false;
};

using PactSource = std::variant<FileSource, DirectorySource, UrlSource, BrokerSource>;

/// Which interactions are verified (verifier.md §10). Empty strings mean
/// "no filter"; `consumers` empty means every consumer.
struct Filters {
  std::string description;
  std::string state;
  bool no_state = false;
  std::vector<std::string> consumers;
};

/// The provider-state change endpoint (verifier.md §6).
struct StateChange {
  std::string url;
  bool teardown = false;
  bool body = true;      ///< JSON body; false = query parameters
  int max_attempts = 8;  ///< on 5xx/408/429
  /// The wait before the second attempt; it doubles for each further one.
  std::chrono::milliseconds retry_delay{1000};
};

/// Publishing verification results to the broker (verifier.md §11).
struct PublishOptions {
  std::string provider_version;
  std::optional<std::string> build_url;
  std::vector<std::string> tags;
  std::optional<std::string> branch;
};

/// How requests to the provider side are made and how results are shown.
struct VerificationOptions {
  bool disable_ssl_verification = false;
  std::chrono::milliseconds request_timeout{5000};
  bool follow_redirects = true;
  /// Sent with every provider, message and state-change request (trap 7).
  std::vector<std::pair<std::string, std::string>> custom_headers;
  bool coloured_output = true;
  bool no_pacts_is_error = true;
  bool exit_on_first_failure = false;
  int broker_max_attempts = 8;
  /// Print the output lines to stdout as the reference does (trap 14).
  bool print_output = true;
};

/// Who is calling, for published results (broker-api.md §5.3).
struct CallingApplication {
  std::string name = "unknown";
  std::string version = "unknown";
  /// "pact_ffi" through the C ABI, "pact_verifier_cli" from the command line.
  std::string test_framework = "pact_ffi";
};

struct VerifierConfig {
  ProviderInfo provider;
  std::vector<PactSource> sources;
  Filters filters;
  std::optional<StateChange> state_change;
  VerificationOptions options;
  std::optional<PublishOptions> publish;
  CallingApplication application;
};

}  // namespace pact::verifier

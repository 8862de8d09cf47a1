#pragma once
// The pure centre of the mock server (CONVENTIONS.md §2.6, Beast's split):
// one Pact request in, the HTTP response to send plus a match record out.
// No sockets, no clocks, no shared mutable state: `handle` is const and
// thread-safe, so every session calls it concurrently.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "matching/mismatch.hpp"
#include "matching/request_match.hpp"
#include "model/http.hpp"
#include "model/pact.hpp"

namespace pact::mock_server {

/// An HTTP response ready to be serialised; headers in send order, one line
/// per entry (duplicates allowed, mock-server.md §7.1).
struct MockResponse {
  std::uint16_t status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

enum class Outcome { Matched, Mismatch, Unexpected };

/// How one request matched (mock-server.md §6). Matched/Mismatch name the
/// best-scoring interaction by its index in the pact.
struct MatchRecord {
  Outcome outcome = Outcome::Unexpected;
  std::size_t interaction = 0;
  std::vector<matching::Mismatch> mismatches;  ///< Mismatch only, report order
  /// False for an unmatched OPTIONS request: it is never reported and never
  /// fails `matched` (mock-server.md §7.3, trap 3).
  bool reportable = true;
};

struct HandledRequest {
  MockResponse response;
  MatchRecord record;
  std::vector<std::string> log_lines;  ///< what happened, for the server's log buffer
};

/// For each interaction of `pact`, the index of the first Synchronous/HTTP
/// interaction with an identical expected request (itself when unique), or
/// kNotHttp. Identical expected requests score identically, so only the first
/// needs comparing (ties go to the first), and receiving one marks all of
/// them received (mock-server.md §9, trap 13).
inline constexpr std::size_t kNotHttp = static_cast<std::size_t>(-1);
std::vector<std::size_t> request_groups(const model::Pact& pact);

/// "HttpRequest { method: \"GET\", path: \"/a\", ... }": the readable dump in
/// the body of a 500 for unmatched requests (mock-server.md §7.2).
std::string dump_request(const model::HttpRequest& request);

/// The best-scoring interaction for a request (mock-server.md §6).
struct Selection {
  std::optional<matching::RequestMatchResult> best;  ///< nothing when the pact has no HTTP interaction
  std::size_t interaction = 0;                        ///< index in the pact
  std::size_t compared = 0;                           ///< how many full comparisons were made
};

enum class SelectionStrategy {
  Pruned,      ///< skips interactions that provably cannot win (the default)
  Exhaustive,  ///< compares every interaction, as the reference does
};

class RequestHandler {
 public:
  RequestHandler(std::shared_ptr<const model::Pact> pact, bool cors_preflight);

  /// Selects the best-scoring interaction and builds the response (§6, §7).
  HandledRequest handle(const model::HttpRequest& actual) const;

  /// The selection step alone. Both strategies give the same interaction and
  /// score; Pruned makes fewer comparisons.
  Selection select(const model::HttpRequest& actual, SelectionStrategy strategy = SelectionStrategy::Pruned) const;

  /// The server's base URL and port for the generator context of responses
  /// (mock-server.md §7.1). Called once by the server after binding and
  /// before any request is handled; without it MockServerURL generators
  /// fail and keep their example.
  void set_server_url(std::string url, std::uint16_t port);

  const model::Pact& pact() const noexcept { return *pact_; }
  const std::vector<std::size_t>& groups() const noexcept { return groups_; }

 private:
  std::shared_ptr<const model::Pact> pact_;
  bool cors_preflight_;
  std::string server_url_;
  std::uint16_t server_port_ = 0;
  std::vector<std::size_t> groups_;
  /// The first interaction of each group of identical expected requests, in
  /// pact order, with what the cheap score bound needs.
  struct Candidate {
    std::size_t index;
    std::string method;     ///< lower case
    bool path_has_rules;    ///< then the path may match whatever its text
    int part_count;         ///< expected query parameters + expected headers
  };
  std::vector<Candidate> candidates_;
};

/// A plain-text 500 (e.g. kInvalidHeaderEncoding), nothing recorded.
MockResponse plain_error_response(std::string_view message);

}  // namespace pact::mock_server

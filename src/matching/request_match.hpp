#pragma once
// Comparing an actual HTTP request (or response) with an expected one under
// the expected part's matching rules (matching-rules.md §9-§13). Pure
// functions: no I/O, no logging requirements, thread-safe.

#include <vector>

#include "matching/mismatch.hpp"
#include "model/http.hpp"

namespace pact::matching {

/// The outcome of comparing one request with one expected request, part by
/// part, plus the mock server's score (mock-server.md §6).
struct RequestMatchResult {
  std::vector<Mismatch> method;
  std::vector<Mismatch> path;
  std::vector<Mismatch> query;
  std::vector<Mismatch> headers;
  std::vector<Mismatch> body;   ///< a BodyType mismatch or Body mismatches
  int score = 0;

  bool all_matched() const noexcept {
    return method.empty() && path.empty() && query.empty() && headers.empty() && body.empty();
  }
  bool method_or_path_mismatched() const noexcept { return !method.empty() || !path.empty(); }
  /// Every mismatch in report order: method, path, query, headers, body.
  std::vector<Mismatch> all() const;
};

/// Compares `actual` with `expected`, using `expected.matching_rules`.
RequestMatchResult match_request(const model::HttpRequest& expected, const model::HttpRequest& actual);

/// Compares a response (status, headers, body) with the expected one, using
/// `expected.matching_rules`. Used by the verifier; mismatches in the
/// reference's order: body, status, headers.
std::vector<Mismatch> match_response(const model::HttpResponse& expected, const model::HttpResponse& actual);

}  // namespace pact::matching

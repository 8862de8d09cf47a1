// Request and response comparison plus the mock server's score
// (matching-rules.md §9-§10, mock-server.md §6).

#include "matching/request_match.hpp"

#include <set>

#include "matching/body_match.hpp"
#include "matching/http_parts.hpp"

namespace pact::matching {
namespace {

int score_groups(const GroupedMismatches& groups) {
  int score = 0;
  for (const auto& [name, found] : groups) score += found.empty() ? 1 : -1;
  return score;
}

void append(std::vector<Mismatch>& out, GroupedMismatches groups) {
  for (auto& [name, found] : groups) {
    for (auto& m : found) out.push_back(std::move(m));
  }
}

// Body: 0 when it matched, -1 for a content-type mismatch, else -1 per
// mismatching path (mock-server.md §6). A matching body adds nothing, as in
// the reference's RequestMatchResult::score (checked by the differential
// scenario mismatch_texts).
int score_body(const std::vector<Mismatch>& body) {
  if (body.empty()) return 0;
  if (body.front().kind == Mismatch::Kind::BodyType) return -1;
  std::set<std::string> paths;
  for (const auto& m : body) paths.insert(m.location);
  return -static_cast<int>(paths.size());
}

}  // namespace

std::vector<Mismatch> RequestMatchResult::all() const {
  std::vector<Mismatch> out;
  for (const auto* part : {&method, &path, &query, &headers, &body}) out.insert(out.end(), part->begin(), part->end());
  return out;
}

RequestMatchResult match_request(const model::HttpRequest& expected, const model::HttpRequest& actual) {
  RequestMatchResult result;
  result.method = match_method(expected.method, actual.method);
  result.path = match_path(expected.path, actual.path, expected.matching_rules);
  const auto query = match_query(expected.query ? &*expected.query : nullptr, actual.query ? &*actual.query : nullptr,
                                 expected.matching_rules);
  const auto headers = match_headers(expected.headers ? &*expected.headers : nullptr,
                                     actual.headers ? &*actual.headers : nullptr, expected.matching_rules);
  result.body = match_http_body({expected.body, expected.headers ? &*expected.headers : nullptr},
                                {actual.body, actual.headers ? &*actual.headers : nullptr}, expected.matching_rules,
                                /*allow_unexpected_keys=*/false);
  result.score = (result.method.empty() ? 1 : -1) + (result.path.empty() ? 1 : -1) + score_groups(query) +
                 score_groups(headers) + score_body(result.body);
  append(result.query, query);
  append(result.headers, headers);
  return result;
}

std::vector<Mismatch> match_response(const model::HttpResponse& expected, const model::HttpResponse& actual) {
  // The reference reports the body first, then the status, then headers
  // (verifier.md §12.2), and the failures section keeps that order.
  auto body = match_http_body({expected.body, expected.headers ? &*expected.headers : nullptr},
                              {actual.body, actual.headers ? &*actual.headers : nullptr}, expected.matching_rules,
                              /*allow_unexpected_keys=*/true);
  std::vector<Mismatch> out(body.begin(), body.end());
  const auto status = match_status(expected.status, actual.status, expected.matching_rules);
  out.insert(out.end(), status.begin(), status.end());
  append(out, match_headers(expected.headers ? &*expected.headers : nullptr, actual.headers ? &*actual.headers : nullptr,
                            expected.matching_rules));
  return out;
}

}  // namespace pact::matching

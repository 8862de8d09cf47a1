#include "mock_server/match_log.hpp"

#include "model/pact_json.hpp"

namespace pact::mock_server {

MatchLog::MatchLog(std::shared_ptr<const model::Pact> pact, std::vector<std::size_t> groups)
    : pact_(std::move(pact)),
      groups_(std::move(groups)),
      received_(groups_.size(), 0),
      matched_(groups_.size(), 0) {}

void MatchLog::record(const MatchRecord& record, const model::HttpRequest& actual) {
  // Build the report entry outside the lock: rendering JSON is the slow part.
  std::optional<json::object> entry;
  if (record.outcome == Outcome::Mismatch && record.reportable) {
    // request-mismatch reports the *expected* method and path (trap 2).
    const auto& expected = pact_->interactions[record.interaction].http()->request;
    json::object e;
    e["type"] = "request-mismatch";
    e["method"] = expected.method;
    e["path"] = expected.path;
    e["mismatches"] = matching::to_json(record.mismatches);
    entry = std::move(e);
  } else if (record.outcome == Outcome::Unexpected && record.reportable) {
    json::object e;
    e["type"] = "request-not-found";
    e["method"] = actual.method;
    e["path"] = actual.path;
    e["request"] = model::request_to_v3_json(actual);
    entry = std::move(e);
  }

  std::lock_guard lock(mutex_);
  if (record.outcome != Outcome::Unexpected && record.interaction < groups_.size()) {
    const auto leader = groups_[record.interaction];
    if (leader != kNotHttp) {
      ++received_[leader];
      if (record.outcome == Outcome::Matched) ++matched_[leader];
    }
  }
  if (entry) unmatched_.push_back(std::move(*entry));
}

bool MatchLog::matched() const {
  std::lock_guard lock(mutex_);
  if (!unmatched_.empty()) return false;
  for (std::size_t i = 0; i < groups_.size(); ++i) {
    if (groups_[i] != kNotHttp && received_[groups_[i]] == 0) return false;
  }
  return true;
}

json::array MatchLog::mismatches() const {
  json::array out;
  std::vector<std::size_t> missing;
  {
    std::lock_guard lock(mutex_);
    for (const auto& e : unmatched_) out.emplace_back(e);
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      if (groups_[i] != kNotHttp && received_[groups_[i]] == 0) missing.push_back(i);
    }
  }
  // Message interactions never appear here (mock-server.md §13, trap 14).
  for (const auto i : missing) {
    const auto& expected = pact_->interactions[i].http()->request;
    json::object e;
    e["type"] = "missing-request";
    e["method"] = expected.method;
    e["path"] = expected.path;
    e["request"] = model::request_to_v3_json(expected);
    out.emplace_back(std::move(e));
  }
  return out;
}

std::uint64_t MatchLog::match_count(std::size_t index) const {
  if (index >= groups_.size() || groups_[index] == kNotHttp) return 0;
  std::lock_guard lock(mutex_);
  return matched_[groups_[index]];
}

}  // namespace pact::mock_server

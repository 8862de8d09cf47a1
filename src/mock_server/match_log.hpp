#pragma once
// What a mock server has seen (mock-server.md §8, §9). A matched request
// only bumps a counter of its interaction, so memory stays flat under load
// and `matched` costs O(interactions) (DESIGN.md §4); unmatched requests keep
// the report entry they need. Thread-safe.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "mock_server/request_handler.hpp"
#include "model/pact.hpp"
#include "support/json.hpp"

namespace pact::mock_server {

class MatchLog {
 public:
  /// `groups` as request_groups(*pact).
  MatchLog(std::shared_ptr<const model::Pact> pact, std::vector<std::size_t> groups);

  /// Records one handled request; `actual` is needed for unexpected ones.
  /// Call before the response is written (mock-server.md §5).
  void record(const MatchRecord& record, const model::HttpRequest& actual);

  /// True when the report would be empty (mock-server.md §8).
  bool matched() const;

  /// The report entries (mock-server.md §9): recorded unmatched requests in
  /// arrival order, then one missing-request per never-received HTTP
  /// interaction, in pact order.
  json::array mismatches() const;

  /// How many requests matched interaction `index` (or one identical to it).
  std::uint64_t match_count(std::size_t index) const;

 private:
  std::shared_ptr<const model::Pact> pact_;
  std::vector<std::size_t> groups_;  ///< immutable after construction

  mutable std::mutex mutex_;  ///< guards received_, matched_ and unmatched_
  std::vector<std::uint64_t> received_;  ///< per group leader: matched + mismatched requests
  std::vector<std::uint64_t> matched_;   ///< per group leader: matched requests
  std::vector<json::object> unmatched_;  ///< report entries, arrival order
};

}  // namespace pact::mock_server

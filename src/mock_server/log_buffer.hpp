#pragma once
// A mock server's in-memory log (mock-server.md §10): lines appended while
// its requests are handled, drained by take(). Thread-safe.

#include <mutex>
#include <string>
#include <string_view>

namespace pact::mock_server {

class LogBuffer {
 public:
  /// Appends "<UTC timestamp>  INFO pact_mock_server: <message>\n"
  /// (line layout of logging-and-errors.md §7).
  void append(std::string_view message);
  /// Returns everything appended since the last call and empties the buffer.
  std::string take();

 private:
  std::mutex mutex_;  ///< guards text_
  std::string text_;
};

}  // namespace pact::mock_server

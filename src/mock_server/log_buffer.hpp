#pragma once
// A mock server's in-memory log (mock-server.md §10): lines appended while
// its requests are handled, drained by take(). Every line also goes to the
// logging facade under the server's log id, so configured sinks and the log
// callback see it (logging-and-errors.md §8). Thread-safe.

#include <mutex>
#include <string>
#include <string_view>

#include "support/log.hpp"

namespace pact::mock_server {

class LogBuffer {
 public:
  /// A buffer under a new random id (a UUID, as the reference's servers).
  LogBuffer();
  explicit LogBuffer(std::string id) : id_(std::move(id)) {}
  ~LogBuffer();
  LogBuffer(const LogBuffer&) = delete;
  LogBuffer& operator=(const LogBuffer&) = delete;

  /// The server's log id: the key of its facade buffer and the log id the
  /// callback receives while the server handles a request.
  const std::string& id() const noexcept { return id_; }

  /// Appends "<UTC timestamp> <LEVEL> <thread> pact_mock_server: <message>\n"
  /// (line layout of logging-and-errors.md §7) and logs it.
  void append(std::string_view message, support::log::Level level = support::log::Level::Info);
  /// Returns everything appended since the last call and empties the buffer
  /// (the facade's buffer for this id is drained with it).
  std::string take();

 private:
  const std::string id_;
  std::mutex mutex_;  ///< guards text_
  std::string text_;
};

}  // namespace pact::mock_server

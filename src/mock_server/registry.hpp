#pragma once
// The process-wide table of running mock servers, keyed by port
// (mock-server.md §1). Thread-safe; its lock is never held across I/O.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>

#include "mock_server/server.hpp"

namespace pact::mock_server {

class Registry {
 public:
  /// The one registry. Intentionally never destroyed (see registry.cpp).
  static Registry& instance();

  void add(std::shared_ptr<Server> server);
  /// The server on `port`, or nullptr.
  std::shared_ptr<Server> find(std::uint16_t port) const;
  /// Removes and returns the server on `port`, or nullptr.
  std::shared_ptr<Server> remove(std::uint16_t port);

 private:
  /// Guards servers_ (port -> running server) and nothing else. Held only to
  /// read or change the map: binding, stopping and reporting happen after it
  /// is released, on the shared_ptr taken out.
  mutable std::mutex mutex_;
  std::map<std::uint16_t, std::shared_ptr<Server>> servers_;
};

}  // namespace pact::mock_server

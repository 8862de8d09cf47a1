#include "mock_server/registry.hpp"

namespace pact::mock_server {

Registry& Registry::instance() {
  // Intentionally leaked: servers still registered at process exit must not
  // be destroyed during static destruction, while the (also leaked) io_context
  // threads may still run their handlers.
  static Registry* const registry = std::make_unique<Registry>().release();
  return *registry;
}

void Registry::add(std::shared_ptr<Server> server) {
  const auto port = server->port();
  std::shared_ptr<Server> replaced;
  {
    std::lock_guard lock(mutex_);
    auto& slot = servers_[port];
    replaced.swap(slot);
    slot = std::move(server);
  }
  // Only possible if a stale entry was left for a port the OS handed out
  // again; stop it outside the lock.
  if (replaced) replaced->stop();
}

std::shared_ptr<Server> Registry::find(std::uint16_t port) const {
  std::lock_guard lock(mutex_);
  const auto it = servers_.find(port);
  return it == servers_.end() ? nullptr : it->second;
}

std::shared_ptr<Server> Registry::remove(std::uint16_t port) {
  std::shared_ptr<Server> server;
  std::lock_guard lock(mutex_);
  if (const auto it = servers_.find(port); it != servers_.end()) {
    server = std::move(it->second);
    servers_.erase(it);
  }
  return server;
}

}  // namespace pact::mock_server

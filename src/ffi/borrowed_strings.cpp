#include "ffi/borrowed_strings.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace pact::ffi {
namespace {

struct Store {
  // Guards strings: port -> every string handed out for that port.
  std::mutex mutex;
  std::map<std::uint16_t, std::vector<std::unique_ptr<std::string>>> strings;
};

Store& store() {
  static Store instance;
  return instance;
}

}  // namespace

char* keep_for_port(std::uint16_t port, std::string text) {
  auto owned = std::make_unique<std::string>(std::move(text));
  char* pointer = owned->data();
  auto& s = store();
  std::lock_guard lock(s.mutex);
  s.strings[port].push_back(std::move(owned));
  return pointer;
}

void release_port_strings(std::uint16_t port) {
  auto& s = store();
  std::vector<std::unique_ptr<std::string>> dropped;
  {
    std::lock_guard lock(s.mutex);
    if (auto it = s.strings.find(port); it != s.strings.end()) {
      dropped = std::move(it->second);
      s.strings.erase(it);
    }
  }
}

}  // namespace pact::ffi

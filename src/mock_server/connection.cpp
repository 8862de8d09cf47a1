#include "mock_server/connection.hpp"

#include <boost/asio/ip/tcp.hpp>

#include <algorithm>
#include <ctime>

namespace pact::mock_server::detail {

void ConnectionSet::add(const std::shared_ptr<Connection>& connection) {
  {
    std::lock_guard lock(mutex_);
    if (!stopped_) {
      std::erase_if(connections_, [](const auto& weak) { return weak.expired(); });
      connections_.push_back(connection);
      return;
    }
  }
  // Handed over after cleanup began: stop it like the others (outside the
  // lock, as stop() may run handlers inline).
  connection->stop();
}

void ConnectionSet::stop_all() {
  std::vector<std::weak_ptr<Connection>> connections;
  {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    connections.swap(connections_);
  }
  for (auto& weak : connections) {
    if (auto connection = weak.lock()) connection->stop();
  }
}

namespace {

void close_tcp(boost::asio::ip::tcp::socket& socket) {
  if (!socket.is_open()) return;
  boost::system::error_code ec;
  socket.shutdown(boost::asio::ip::tcp::socket::shutdown_both, ec);
  socket.close(ec);
}

}  // namespace

void close_socket(PlainStream& stream) { close_tcp(stream.socket()); }

void close_socket(TlsStream& stream) { close_tcp(boost::beast::get_lowest_layer(stream).socket()); }

std::string http_date() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

}  // namespace pact::mock_server::detail

#include "mock_server/mock_server.hpp"

#include <boost/url/authority_view.hpp>

#include <charconv>

#include "mock_server/registry.hpp"
#include "mock_server/server.hpp"
#include "pact_file/pact_file.hpp"
#include "support/json.hpp"
#include "support/log.hpp"

namespace pact::mock_server {
namespace {

// Our version, written as metadata.pactRust.mockserver (mock-server.md §11).
constexpr std::string_view kMockServerVersion = "0.5.12";

}  // namespace

support::Result<SocketAddress> parse_socket_address(std::string_view text) {
  const auto invalid = [&] {
    return support::make_error(support::ErrorCategory::Parse, "invalid socket address '" + std::string(text) +
                                                                  "' (expected e.g. 127.0.0.1:0 or [::1]:0)");
  };
  const auto authority = boost::urls::parse_authority(text);
  if (!authority || authority->has_userinfo() || !authority->has_port()) return invalid();
  SocketAddress out;
  switch (authority->host_type()) {
    case boost::urls::host_type::ipv4: out.address = authority->host_ipv4_address().to_string(); break;
    case boost::urls::host_type::ipv6: out.address = authority->host_ipv6_address().to_string(); break;
    default: return invalid();  // host names and IPvFuture: a SocketAddr is IP only
  }
  const auto port = authority->port();
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), out.port);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size()) return invalid();
  return out;
}

support::Result<std::uint16_t> start(model::Pact pact, const ServerOptions& options) {
  auto server = Server::start(std::move(pact), options);
  if (!server) return server.error();
  const auto port = (*server)->port();
  Registry::instance().add(std::move(*server));
  return port;
}

bool matched(std::uint16_t port) {
  const auto server = Registry::instance().find(port);
  return server && server->matched();
}

std::optional<std::string> mismatches_json(std::uint16_t port) {
  const auto server = Registry::instance().find(port);
  if (!server) return std::nullopt;
  return json::write(server->mismatches());
}

std::optional<std::string> take_logs(std::uint16_t port) {
  const auto server = Registry::instance().find(port);
  if (!server) return std::nullopt;
  return server->take_logs();
}

support::Status write_pact_file(std::uint16_t port, const std::filesystem::path& directory, bool overwrite) {
  const auto server = Registry::instance().find(port);
  if (!server) {
    return support::make_error(support::ErrorCategory::NotFound, "no mock server running on port " + std::to_string(port));
  }
  // The served snapshot, with transport "http" on every interaction and our
  // mockserver version next to the other pactRust entries (§11).
  model::Pact pact = server->pact();
  for (auto& interaction : pact.interactions) interaction.transport = "http";
  auto& pact_rust = pact.metadata["pactRust"];
  if (!pact_rust.is_object()) pact_rust = json::object();
  pact_rust.as_object()["mockserver"] = kMockServerVersion;
  // A TLS server records no spec version in the reference, so its pact is
  // written as V4 whatever the handle said (mock-server.md §3, §11).
  const auto version = server->tls() ? model::SpecVersion::V4 : pact.spec_version;
  auto written = pact_file::write(pact, directory, version, overwrite);
  if (!written) return written.error();
  support::log::emit(support::log::Level::Debug, "pact_mock_server",
                     "Wrote the pact of the mock server on port " + std::to_string(port) + " to '" +
                         written->string() + "'");
  return support::Unit{};
}

bool cleanup(std::uint16_t port) {
  const auto server = Registry::instance().remove(port);
  if (!server) return false;
  server->stop();
  return true;
}

}  // namespace pact::mock_server

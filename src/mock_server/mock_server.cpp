#include "mock_server/mock_server.hpp"

#include "mock_server/registry.hpp"
#include "mock_server/server.hpp"
#include "pact_file/pact_file.hpp"
#include "support/json.hpp"

namespace pact::mock_server {
namespace {

// Our version, written as metadata.pactRust.mockserver (mock-server.md §11).
constexpr std::string_view kMockServerVersion = "0.5.12";

}  // namespace

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
  auto written = pact_file::write(pact, directory, pact.spec_version, overwrite);
  if (!written) return written.error();
  return support::Unit{};
}

bool cleanup(std::uint16_t port) {
  const auto server = Registry::instance().remove(port);
  if (!server) return false;
  server->stop();
  return true;
}

}  // namespace pact::mock_server

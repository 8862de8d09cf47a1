#include "consumer/plugins.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include "support/json.hpp"
#include "support/log.hpp"

namespace pact::consumer {

using support::ErrorCategory;
using support::make_error;

namespace {

constexpr std::string_view kLogTarget = "pact_ffi::plugins";
// The reference's hint, kept word for word: users search for it.
constexpr std::string_view kWhere = "(in $HOME/.pact/plugins or $PACT_PLUGIN_DIR)";

using Triple = std::array<std::uint64_t, 3>;

// "1", "1.2" or "1.2.3" (missing parts are 0); nothing for anything else.
std::optional<Triple> parse_numbers(std::string_view text, bool partial) {
  Triple out{0, 0, 0};
  std::size_t count = 0;
  while (true) {
    if (count == out.size()) return std::nullopt;
    const auto dot = text.find('.');
    const auto part = text.substr(0, dot);
    if (part.empty() || (part.size() > 1 && part.front() == '0')) return std::nullopt;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out[count]);
    if (ec != std::errc{} || end != part.data() + part.size()) return std::nullopt;
    ++count;
    if (dot == std::string_view::npos) break;
    text.remove_prefix(dot + 1);
  }
  if (!partial && count != out.size()) return std::nullopt;
  return out;
}

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): the library never sets variables
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string(value);
}

std::optional<PluginManifest> read_manifest(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    support::log::emit(support::log::Level::Warn, kLogTarget, "Could not read plugin manifest " + file.string());
    return std::nullopt;
  }
  const auto doc = json::parse(text.str());
  const auto* name = doc.ok() ? json::find(*doc, "name") : nullptr;
  const auto* version = doc.ok() ? json::find(*doc, "version") : nullptr;
  if (name == nullptr || !name->is_string() || version == nullptr || !version->is_string()) {
    support::log::emit(support::log::Level::Warn, kLogTarget,
                       "Ignoring plugin manifest " + file.string() + ": it is not JSON with a name and a version");
    return std::nullopt;
  }
  return PluginManifest{std::string(name->get_string()), std::string(version->get_string()), file.parent_path()};
}

// Orders versions as semantic versions; text that is not one sorts first.
bool version_less(const std::string& a, const std::string& b) {
  const auto pa = parse_numbers(a.substr(0, a.find_first_of("-+")), false);
  const auto pb = parse_numbers(b.substr(0, b.find_first_of("-+")), false);
  return pa.value_or(Triple{0, 0, 0}) < pb.value_or(Triple{0, 0, 0});
}

}  // namespace

std::string plugin_dependency_text(std::string_view name, std::optional<std::string_view> version) {
  return std::string(name) + ":" + std::string(version.value_or("*"));
}

bool plugin_version_compatible(std::string_view version, std::optional<std::string_view> required) {
  if (!required) return true;
  if (*required == version) return true;
  // A pre-release or build suffix only ever matches its exact text, as
  // ">=x.y.z" requirements exclude pre-releases in semantic versioning.
  if (version.find_first_of("-+") != std::string_view::npos) return false;
  const auto have = parse_numbers(version, false);
  const auto need = parse_numbers(*required, true);
  return have && need && *have >= *need;
}

support::Result<std::filesystem::path> plugin_dir() {
  if (auto dir = env("PACT_PLUGIN_DIR")) return std::filesystem::path(*dir);
  if (auto home = env("HOME")) return std::filesystem::path(*home) / ".pact" / "plugins";
  return make_error(ErrorCategory::NotFound, "No Pact plugin directory was found " + std::string(kWhere));
}

support::Result<PluginManifest> find_plugin(const std::filesystem::path& dir, std::string_view name,
                                            std::optional<std::string_view> version) {
  const auto wanted = plugin_dependency_text(name, version);
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return make_error(ErrorCategory::NotFound, "Plugin " + wanted + " was not found " + std::string(kWhere) +
                                                   ": plugin directory \"" + dir.string() + "\" does not exist");
  }
  std::optional<PluginManifest> best;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code entry_ec;
    if (!it->is_directory(entry_ec)) continue;
    const auto file = it->path() / "pact-plugin.json";
    if (!std::filesystem::is_regular_file(file, entry_ec)) continue;
    auto manifest = read_manifest(file);
    if (!manifest || manifest->name != name || !plugin_version_compatible(manifest->version, version)) continue;
    if (!best || version_less(best->version, manifest->version)) best = std::move(manifest);
  }
  if (ec) {
    return make_error(ErrorCategory::Io, "Plugin " + wanted + " was not found: plugin directory \"" + dir.string() +
                                             "\" cannot be read - " + ec.message());
  }
  if (!best) {
    return make_error(ErrorCategory::NotFound, "Plugin " + wanted + " was not found " + std::string(kWhere) +
                                                   ": no matching pact-plugin.json in \"" + dir.string() + "\"");
  }
  return *std::move(best);
}

support::Status load_plugin(std::string_view name, std::optional<std::string_view> version) {
  const auto dir = plugin_dir();
  if (!dir) return dir.error();
  const auto manifest = find_plugin(*dir, name, version);
  if (!manifest) return manifest.error();
  return make_error(ErrorCategory::State, "Plugin " + plugin_dependency_text(manifest->name, manifest->version) +
                                              " is installed in \"" + manifest->dir.string() +
                                              "\" but cannot be started: this library has no plugin driver");
}

}  // namespace pact::consumer

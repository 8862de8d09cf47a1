#pragma once
// Plugins (ffi-conventions.md §6, mock-server.md §13). This library has no
// plugin driver: it never starts a plugin process. It still looks a plugin up
// where the reference's driver would, so that a failed pactffi_using_plugin
// says precisely why: no plugin directory, the plugin is not installed, or it
// is installed but cannot be run here.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "support/result.hpp"

namespace pact::consumer {

/// A plugin requirement as the reference prints it: "name:version", or
/// "name:*" for any version.
std::string plugin_dependency_text(std::string_view name, std::optional<std::string_view> version);

/// The reference driver's rule for a required version: the same text, or a
/// semantic version at least as high as the requirement (1.1.0 satisfies
/// 1.0.3, 1.0.0 does not satisfy 1.0.1). No requirement accepts anything.
bool plugin_version_compatible(std::string_view version, std::optional<std::string_view> required);

/// Where plugins are installed: $PACT_PLUGIN_DIR when set and not empty,
/// else $HOME/.pact/plugins. Error (NotFound) when neither can be formed.
support::Result<std::filesystem::path> plugin_dir();

/// The manifest (pact-plugin.json) of an installed plugin.
struct PluginManifest {
  std::string name;
  std::string version;
  std::filesystem::path dir;  ///< the plugin's own directory
};

/// Finds the highest compatible version of plugin `name` among the
/// `<dir>/*/pact-plugin.json` manifests. Manifests that cannot be read are
/// skipped (with a warning), where the reference's driver gives up the whole
/// search. Errors (NotFound) name the plugin and the directory searched.
support::Result<PluginManifest> find_plugin(const std::filesystem::path& dir, std::string_view name,
                                            std::optional<std::string_view> version);

/// pactffi_using_plugin without a driver: always an error, whose message
/// says why the plugin cannot be used (not found, or found but not
/// runnable by this library). Looks in plugin_dir().
support::Status load_plugin(std::string_view name, std::optional<std::string_view> version);

}  // namespace pact::consumer

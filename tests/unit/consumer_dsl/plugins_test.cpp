// Plugin lookup without a plugin driver (consumer/plugins.hpp): version rule,
// manifest search, plugin directory from the environment, load errors.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>

#include "consumer/plugins.hpp"

using namespace pact;
namespace fs = std::filesystem;

namespace {

class PluginDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("pact_plugins_" + std::to_string(::getpid()) + "_" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void install(const std::string& subdir, const std::string& manifest) const {
    fs::create_directories(dir_ / subdir);
    std::ofstream(dir_ / subdir / "pact-plugin.json") << manifest;
  }
  static std::string manifest(const std::string& name, const std::string& version) {
    return R"({"pluginInterfaceVersion":1,"name":")" + name + R"(","version":")" + version +
           R"(","executableType":"exec","entryPoint":"run.sh"})";
  }

  fs::path dir_;
};

// Sets an environment variable for one test and restores it after.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value != nullptr) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

TEST(PluginVersion, FollowsTheReferenceDriverRule) {
  EXPECT_TRUE(consumer::plugin_version_compatible("1.0.0", std::nullopt));
  EXPECT_TRUE(consumer::plugin_version_compatible("1.0.0", "1.0.0"));
  EXPECT_FALSE(consumer::plugin_version_compatible("1.0.0", "1.0.1"));
  EXPECT_TRUE(consumer::plugin_version_compatible("1.0.4", "1.0.3"));
  EXPECT_TRUE(consumer::plugin_version_compatible("1.1.0", "1.0.3"));
  EXPECT_TRUE(consumer::plugin_version_compatible("2.0.1", "1.1.0"));
  EXPECT_FALSE(consumer::plugin_version_compatible("1.0.1", "2.1.0"));
  EXPECT_TRUE(consumer::plugin_version_compatible("0.1.0", "0.0.3"));
  EXPECT_TRUE(consumer::plugin_version_compatible("0.4.0", "0.3"));
  EXPECT_TRUE(consumer::plugin_version_compatible("0.4.0-beta", "0.4.0-beta"));
  EXPECT_FALSE(consumer::plugin_version_compatible("0.5.0-beta", "0.4.0"));
  EXPECT_FALSE(consumer::plugin_version_compatible("not-semver", "0.4.0"));
  EXPECT_FALSE(consumer::plugin_version_compatible("1.0.0", "latest"));
}

TEST(PluginVersion, DependencyTextUsesStarForAnyVersion) {
  EXPECT_EQ(consumer::plugin_dependency_text("protobuf", std::nullopt), "protobuf:*");
  EXPECT_EQ(consumer::plugin_dependency_text("protobuf", "0.3.0"), "protobuf:0.3.0");
}

TEST_F(PluginDirTest, FindsTheHighestCompatibleVersion) {
  install("protobuf-0.3.0", manifest("protobuf", "0.3.0"));
  install("protobuf-0.10.1", manifest("protobuf", "0.10.1"));
  install("csv-1.0.0", manifest("csv", "1.0.0"));
  const auto any = consumer::find_plugin(dir_, "protobuf", std::nullopt);
  ASSERT_TRUE(any.ok()) << any.error().message;
  EXPECT_EQ(any->version, "0.10.1");  // numeric order, not text order
  EXPECT_EQ(any->dir, dir_ / "protobuf-0.10.1");
  const auto exact = consumer::find_plugin(dir_, "protobuf", "0.3.0");
  ASSERT_TRUE(exact.ok());
  EXPECT_EQ(exact->name, "protobuf");
}

TEST_F(PluginDirTest, SkipsBrokenManifestsAndFilesThatAreNotPlugins) {
  install("broken", "{not json");
  install("nameless", R"({"version":"1.0.0"})");
  std::ofstream(dir_ / "pact-plugin.json") << manifest("csv", "1.0.0");  // not in a subdirectory
  install("csv", manifest("csv", "1.2.0"));
  const auto found = consumer::find_plugin(dir_, "csv", std::nullopt);
  ASSERT_TRUE(found.ok()) << found.error().message;
  EXPECT_EQ(found->version, "1.2.0");
}

TEST_F(PluginDirTest, NotFoundNamesThePluginAndTheDirectory) {
  install("csv", manifest("csv", "1.0.0"));
  const auto missing = consumer::find_plugin(dir_, "protobuf", std::nullopt);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().category, support::ErrorCategory::NotFound);
  EXPECT_NE(missing.error().message.find("Plugin protobuf:* was not found"), std::string::npos);
  EXPECT_NE(missing.error().message.find(dir_.string()), std::string::npos);
  const auto too_new = consumer::find_plugin(dir_, "csv", "2.0.0");
  ASSERT_FALSE(too_new.ok());
  EXPECT_NE(too_new.error().message.find("Plugin csv:2.0.0 was not found"), std::string::npos);
}

TEST_F(PluginDirTest, MissingDirectoryIsNamed) {
  const auto missing = consumer::find_plugin(dir_ / "nope", "protobuf", "1.0.0");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("does not exist"), std::string::npos);
  EXPECT_NE(missing.error().message.find((dir_ / "nope").string()), std::string::npos);
}

TEST_F(PluginDirTest, PluginDirComesFromTheEnvironment) {
  {
    const ScopedEnv plugin_dir("PACT_PLUGIN_DIR", dir_.c_str());
    const auto dir = consumer::plugin_dir();
    ASSERT_TRUE(dir.ok());
    EXPECT_EQ(*dir, dir_);
  }
  {
    const ScopedEnv plugin_dir("PACT_PLUGIN_DIR", "");
    const ScopedEnv home("HOME", "/home/somebody");
    const auto dir = consumer::plugin_dir();
    ASSERT_TRUE(dir.ok());
    EXPECT_EQ(*dir, fs::path("/home/somebody/.pact/plugins"));
  }
  {
    const ScopedEnv plugin_dir("PACT_PLUGIN_DIR", nullptr);
    const ScopedEnv home("HOME", nullptr);
    const auto dir = consumer::plugin_dir();
    ASSERT_FALSE(dir.ok());
    EXPECT_NE(dir.error().message.find("$PACT_PLUGIN_DIR"), std::string::npos);
  }
}

TEST_F(PluginDirTest, LoadingAlwaysFailsAndSaysWhy) {
  const ScopedEnv plugin_dir("PACT_PLUGIN_DIR", dir_.c_str());
  const auto absent = consumer::load_plugin("protobuf", std::nullopt);
  ASSERT_FALSE(absent.ok());
  EXPECT_NE(absent.error().message.find("was not found"), std::string::npos);

  install("protobuf-0.3.0", manifest("protobuf", "0.3.0"));
  const auto installed = consumer::load_plugin("protobuf", std::nullopt);
  ASSERT_FALSE(installed.ok());
  EXPECT_NE(installed.error().message.find("Plugin protobuf:0.3.0 is installed in"), std::string::npos);
  EXPECT_NE(installed.error().message.find("no plugin driver"), std::string::npos);
}

#pragma once
// Helpers for the command-line tests: parsing from a list of words, and an
// environment without the PACT_* variables the parser reads.

#include <gtest/gtest.h>

#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "verifier/cli.hpp"

namespace pact::verifier::cli_test {

inline constexpr const char* kEnvNames[] = {
    "PACT_VERIFIER_JSON_REPORT",     "PACT_VERIFIER_JUNIT_REPORT",          "PACT_VERIFIER_HTML_REPORT",
    "PACT_BROKER_BASE_URL",          "PACT_WEBHOOK_CALLBACK_URL",           "PACT_BROKER_USERNAME",
    "PACT_BROKER_PASSWORD",          "PACT_BROKER_TOKEN",                   "PACT_PROVIDER_HOSTNAME",
    "PACT_PROVIDER_PORT",            "PACT_PROVIDER_TRANSPORT",             "PACT_PROVIDER_NAME",
    "PACT_PROVIDER_BASE_PATH",       "PACT_PROVIDER_REQUEST_TIMEOUT",       "PACT_PROVIDER_STATE_CHANGE_URL",
    "PACT_PROVIDER_STATE_CHANGE_AS_QUERY", "PACT_PROVIDER_STATE_CHANGE_TEARDOWN", "PACT_DESCRIPTION",
    "PACT_PROVIDER_STATE",           "PACT_PROVIDER_NO_STATE",              "PACT_BROKER_HTTP_RETRIES",
};

/// Clears the parser's environment variables for the test and restores
/// them afterwards; `set` changes one for the rest of the test.
class CleanEnvironment : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : kEnvNames) {
      if (const char* value = std::getenv(name)) saved_.emplace_back(name, value);
      ::unsetenv(name);
    }
  }
  void TearDown() override {
    for (const char* name : kEnvNames) ::unsetenv(name);
    for (const auto& [name, value] : saved_) ::setenv(name.c_str(), value.c_str(), 1);
  }
  static void set(const char* name, const char* value) { ::setenv(name, value, 1); }

 private:
  std::vector<std::pair<std::string, std::string>> saved_;
};

inline support::Result<CliCommand> parse(std::initializer_list<const char*> words) {
  const std::vector<std::string> args(words.begin(), words.end());
  return parse_cli(args);
}

/// The parsed command; fails the test when parsing failed.
inline CliCommand parsed(std::initializer_list<const char*> words) {
  auto result = parse(words);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  return result.ok() ? std::move(result).value() : CliCommand{};
}

}  // namespace pact::verifier::cli_test

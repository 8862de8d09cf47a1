// The help text (clap's layout) and the legacy pactffi_verifier_cli_args
// document (verifier.md §14), both generated from the argument table.

#include <gtest/gtest.h>

#include <set>

#include "cli_test_support.hpp"
#include "support/json.hpp"

namespace pact::verifier {
namespace {

class CliHelp : public cli_test::CleanEnvironment {};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(CliHelp, StartsWithTheAboutUsageAndOptions) {
  EXPECT_EQ(cli_help().rfind("Standalone pact verifier for provider pact verification\n\n"
                             "Usage: pact-verifier [OPTIONS]\n\n"
                             "Options:\n"
                             "      --help     Print help and exit\n"
                             "  -v, --version  Print version information and exit\n\n"
                             "Logging options:\n",
                             0),
            0U)
      << cli_help();
}

TEST_F(CliHelp, ShortSectionsKeepHelpOnTheSameLine) {
  const auto help = cli_help();
  EXPECT_TRUE(contains(help,
                       "  -l, --loglevel <loglevel>    Log level to emit log events at (defaults to warn) "
                       "[possible values: error, warn, info, debug, trace, none]\n"))
      << help;
  EXPECT_TRUE(contains(help, "      --no-colour              Disables ANSI escape codes in the output "
                             "[alias: --no-color]\n"));
  EXPECT_TRUE(contains(help, "  -t, --token <token>        Bearer token to use when fetching pacts from URLS "
                             "[env: PACT_BROKER_TOKEN=]\n"));
  EXPECT_TRUE(contains(help, "Development options:\n      --exit-on-first-error  Stops the verifier at the first "
                             "failure\n"));
}

TEST_F(CliHelp, LongSectionsPutHelpOnTheNextLine) {
  const auto help = cli_help();
  EXPECT_TRUE(contains(help, "Loading pacts options:\n  -f, --file <file>\n          Pact file to verify (can be "
                             "repeated)\n"));
  EXPECT_TRUE(contains(help, "      --transport <transport>\n          Provider protocol transport to use (http, "
                             "https, grpc, etc.) [env: PACT_PROVIDER_TRANSPORT=] [default: http]\n"));
  EXPECT_TRUE(contains(help, "  -H, --header <custom-header>\n"));
  EXPECT_TRUE(contains(help, "      --retries <N>\n          The number of times to retry"));
  EXPECT_TRUE(contains(help, "[env: PACT_BROKER_HTTP_RETRIES=] [default: 8]\n"));
}

TEST_F(CliHelp, HeadingsInTheReferenceOrder) {
  const auto help = cli_help();
  std::size_t last = 0;
  for (const char* heading : {"Options:", "Logging options:", "Loading pacts options:", "Authentication options:",
                              "Provider options:", "Provider state options:", "Filtering interactions:",
                              "Publishing options:", "Pact Broker options:", "Development options:"}) {
    const auto at = help.find(std::string("\n") + heading + "\n");
    ASSERT_NE(at, std::string::npos) << heading;
    EXPECT_GT(at, last) << heading;
    last = at;
  }
}

TEST_F(CliHelp, EnvironmentValuesAreNotShown) {
  set("PACT_BROKER_TOKEN", "secret-token");
  EXPECT_FALSE(contains(cli_help(), "secret-token"));
}

class CliArgsJson : public cli_test::CleanEnvironment {
 protected:
  void SetUp() override {
    CleanEnvironment::SetUp();
    auto parsed = json::parse(cli_args_json());
    ASSERT_TRUE(parsed.ok());
    document_ = parsed.value().as_object();
  }
  const json::object* entry(const char* list, std::string_view long_name) const {
    for (const auto& item : document_.at(list).as_array()) {
      if (item.as_object().at("long").as_string() == long_name) return &item.as_object();
    }
    return nullptr;
  }
  json::object document_;
};

TEST_F(CliArgsJson, HasOptionsAndFlagsOnly) {
  std::set<std::string> keys;
  for (const auto& member : document_) keys.emplace(member.key());
  EXPECT_EQ(keys, (std::set<std::string>{"flags", "options"}));
  EXPECT_EQ(document_.at("options").as_array().size(), 33U);
  EXPECT_EQ(document_.at("flags").as_array().size(), 13U);
}

TEST_F(CliArgsJson, EveryEntryHasTheLegacyLayout) {
  const std::set<std::string> allowed{"long", "short", "help", "possible_values", "default_value", "multiple", "env"};
  for (const char* list : {"options", "flags"}) {
    for (const auto& item : document_.at(list).as_array()) {
      const auto& object = item.as_object();
      EXPECT_TRUE(object.at("long").is_string());
      EXPECT_TRUE(object.at("help").is_string());
      EXPECT_TRUE(object.at("multiple").is_bool());
      for (const auto& member : object) EXPECT_TRUE(allowed.count(member.key())) << member.key();
      if (const auto* s = object.if_contains("short")) {
        EXPECT_EQ(s->as_string().size(), 1U);
      }
    }
  }
}

TEST_F(CliArgsJson, Options) {
  const auto* loglevel = entry("options", "loglevel");
  ASSERT_NE(loglevel, nullptr);
  EXPECT_EQ(json::write(*loglevel),
            R"j({"help":"Log level to emit log events at (defaults to warn)","long":"loglevel","multiple":false,)j"
            R"j("possible_values":["error","warn","info","debug","trace","none"],"short":"l"})j");
  const auto* transport = entry("options", "transport");
  ASSERT_NE(transport, nullptr);
  EXPECT_EQ(transport->at("default_value"), "http");
  EXPECT_EQ(transport->at("env"), "PACT_PROVIDER_TRANSPORT");
  EXPECT_FALSE(transport->contains("short"));
  const auto* file = entry("options", "file");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->at("short"), "f");
  EXPECT_EQ(file->at("multiple"), true);
  EXPECT_EQ(entry("options", "user")->at("env"), "PACT_BROKER_USERNAME");
  EXPECT_EQ(entry("options", "broker-url")->at("env"), "PACT_BROKER_BASE_URL");
  EXPECT_EQ(entry("options", "retries")->at("default_value"), "8");
  EXPECT_EQ(entry("options", "provider-tags")->at("multiple"), false);
  EXPECT_EQ(entry("options", "consumer-version-selectors")->at("multiple"), true);
  EXPECT_EQ(entry("options", "header")->at("short"), "H");
}

TEST_F(CliArgsJson, Flags) {
  const auto* publish = entry("flags", "publish");
  ASSERT_NE(publish, nullptr);
  EXPECT_EQ(publish->at("multiple"), false);
  EXPECT_FALSE(publish->contains("short"));
  EXPECT_EQ(entry("flags", "filter-no-state")->at("env"), "PACT_PROVIDER_NO_STATE");
  EXPECT_NE(entry("flags", "disable-ssl-verification"), nullptr);
  EXPECT_EQ(entry("options", "publish"), nullptr);
  EXPECT_EQ(entry("flags", "help"), nullptr);
  EXPECT_EQ(entry("flags", "version"), nullptr);
}

TEST_F(CliArgsJson, EveryFlagIsAcceptedByTheParser) {
  // The document and the parser come from one table.
  for (const auto& item : document_.at("flags").as_array()) {
    const std::string flag = "--" + std::string(item.as_object().at("long").as_string());
    const std::vector<std::string> args{"-b", "http://broker", "-n", "p", "--provider-version", "1", "-j", "r.json",
                                        "--html", "r.html", flag};
    auto result = parse_cli(args);
    EXPECT_TRUE(result.ok()) << flag << ": " << (result.ok() ? "" : result.error().message);
  }
}

}  // namespace
}  // namespace pact::verifier

// pact-verifier arguments and PACT_* environment variables -> VerifierConfig
// (verifier.md §14, the reference CLI's configure_provider / pact_source /
// interaction_filter).

#include <gtest/gtest.h>

#include "cli_test_support.hpp"
#include "support/json.hpp"

namespace pact::verifier {
namespace {

using cli_test::parse;
using cli_test::parsed;

class CliParse : public cli_test::CleanEnvironment {};

TEST_F(CliParse, ProviderDefaultsAreTheReferenceCli) {
  const auto command = parsed({"-f", "pact.json"});
  EXPECT_EQ(command.action, CliCommand::Action::Verify);
  const auto& provider = command.config.provider;
  EXPECT_EQ(provider.name, "provider");
  EXPECT_EQ(provider.host, "localhost");
  EXPECT_FALSE(provider.port.has_value());  // scheme default, not the handle's 8080
  EXPECT_EQ(provider.path, "");
  EXPECT_EQ(provider.scheme, "http");
  EXPECT_TRUE(provider.transports.empty());
}

TEST_F(CliParse, ProviderArguments) {
  const auto command = parsed({"-f", "test", "-h", "test.com", "-p", "1234", "-n", "test", "--transport", "https",
                               "--base-path", "/base/path"});
  const auto& provider = command.config.provider;
  EXPECT_EQ(provider.host, "test.com");
  EXPECT_EQ(provider.port, 1234);
  EXPECT_EQ(provider.name, "test");
  EXPECT_EQ(provider.path, "/base/path");
  EXPECT_EQ(provider.scheme, "https");
}

TEST_F(CliParse, SchemeIsAnAliasOfTransport) {
  EXPECT_EQ(parsed({"-f", "test", "--scheme", "https"}).config.provider.scheme, "https");
  EXPECT_EQ(parsed({"-f", "test", "--transport=grpc"}).config.provider.scheme, "grpc");
}

TEST_F(CliParse, TransportsInOneValueOrSeveralWords) {
  for (const auto& command : {parsed({"-f", "p", "--transports", "http:8080 message:8081/_pact/message"}),
                              parsed({"-f", "p", "--transports", "http:8080", "message:8081/_pact/message"}),
                              parsed({"--transports", "http:8080", "--transports", "message:8081/_pact/message",
                                      "-f", "p"})}) {
    const auto& transports = command.config.provider.transports;
    ASSERT_EQ(transports.size(), 2U);
    EXPECT_EQ(transports[0].protocol, "http");
    EXPECT_EQ(transports[0].port, 8080);
    EXPECT_FALSE(transports[0].path.has_value());
    EXPECT_FALSE(transports[0].scheme.has_value());
    EXPECT_EQ(transports[1].protocol, "message");
    EXPECT_EQ(transports[1].port, 8081);
    EXPECT_EQ(transports[1].path, "/_pact/message");
  }
}

TEST_F(CliParse, SourcesInTheReferenceOrder) {
  // Files, then directories, then URLs, then the broker, whatever the order given.
  const auto command =
      parsed({"-u", "http://x/pact", "-d", "pacts", "-f", "a.json", "--file", "b.json", "-b", "http://broker", "-n",
              "p", "--user", "u", "--password", "pw"});
  const auto& sources = command.config.sources;
  ASSERT_EQ(sources.size(), 5U);
  EXPECT_EQ(std::get<FileSource>(sources[0]).path, "a.json");
  EXPECT_EQ(std::get<FileSource>(sources[1]).path, "b.json");
  EXPECT_EQ(std::get<DirectorySource>(sources[2]).path, "pacts");
  const auto& url = std::get<UrlSource>(sources[3]);
  EXPECT_EQ(url.url, "http://x/pact");
  EXPECT_EQ(url.auth.username, "u");
  EXPECT_EQ(url.auth.password, "pw");
  const auto& broker = std::get<BrokerSource>(sources[4]);
  EXPECT_EQ(broker.url, "http://broker");
  EXPECT_EQ(broker.provider_name, "p");
  EXPECT_EQ(broker.auth.username, "u");
}

TEST_F(CliParse, TokenAuth) {
  const auto command = parsed({"-u", "http://x/pact", "-t", "secret"});
  const auto& auth = std::get<UrlSource>(command.config.sources[0]).auth;
  EXPECT_EQ(auth.token, "secret");
  EXPECT_EQ(auth.username, "");
}

TEST_F(CliParse, BrokerWithoutSelectorsUsesTheLatestProviderPactsFlow) {
  const auto command =
      parsed({"-b", "http://broker", "-n", "p", "--enable-pending", "--include-wip-pacts-since", "2024-01-01"});
  const auto& broker = std::get<BrokerSource>(command.config.sources.at(0));
  EXPECT_TRUE(broker.latest_provider_pacts);
  // Only the pacts-for-verification flow carries these.
  EXPECT_FALSE(broker.enable_pending);
  EXPECT_FALSE(broker.include_wip_pacts_since.has_value());
  EXPECT_TRUE(broker.selectors.empty());
}

TEST_F(CliParse, BrokerWithSelectors) {
  const auto command = parsed({"-b", "http://broker", "-n", "p", "--consumer-version-selectors",
                               R"({"mainBranch": true, "bogus": 1})", "--consumer-version-selectors",
                               R"({"branch": "feat", "consumer": "web", "latest": true})",
                               "--consumer-version-selectors", R"({"branch": 42})", "--enable-pending",
                               "--include-wip-pacts-since", "2024-01-01", "--provider-tags", "main,prod",
                               "--provider-branch", "feat-x"});
  const auto& broker = std::get<BrokerSource>(command.config.sources.at(0));
  EXPECT_FALSE(broker.latest_provider_pacts);
  EXPECT_EQ(json::write(broker.selectors),
            R"([{"mainBranch":true},{"branch":"feat","consumer":"web","latest":true}])");
  EXPECT_TRUE(broker.enable_pending);
  EXPECT_EQ(broker.include_wip_pacts_since, "2024-01-01");
  EXPECT_EQ(broker.provider_tags, (std::vector<std::string>{"main", "prod"}));
  EXPECT_EQ(broker.provider_branch, "feat-x");
  EXPECT_FALSE(command.config.publish.has_value());
}

TEST_F(CliParse, EmptySelectorObjectIsKept) {
  const auto command = parsed({"-b", "http://broker", "-n", "p", "--consumer-version-selectors", "{}"});
  EXPECT_EQ(json::write(std::get<BrokerSource>(command.config.sources.at(0)).selectors), "[{}]");
}

TEST_F(CliParse, AttachedValues) {
  const auto command = parsed({"-fa.json", "--dir=pacts", "-p9000", "--hostname=h"});
  ASSERT_EQ(command.config.sources.size(), 2U);
  EXPECT_EQ(std::get<FileSource>(command.config.sources[0]).path, "a.json");
  EXPECT_EQ(std::get<DirectorySource>(command.config.sources[1]).path, "pacts");
  EXPECT_EQ(command.config.provider.port, 9000);
  EXPECT_EQ(command.config.provider.host, "h");
}

TEST_F(CliParse, BrokerWithConsumerTags) {
  const auto command = parsed({"-b", "http://broker", "-n", "p", "--consumer-version-tags", "dev,prod"});
  const auto& broker = std::get<BrokerSource>(command.config.sources.at(0));
  EXPECT_FALSE(broker.latest_provider_pacts);
  EXPECT_EQ(json::write(broker.selectors), R"([{"latest":true,"tag":"dev"},{"latest":true,"tag":"prod"}])");
}

TEST_F(CliParse, WebhookCallbackUrlIsTheOnlySource) {
  const auto command =
      parsed({"-b", "http://broker", "-n", "p", "--webhook-callback-url", "http://broker/pacts/1", "-t", "tok"});
  ASSERT_EQ(command.config.sources.size(), 1U);
  const auto& url = std::get<UrlSource>(command.config.sources[0]);
  EXPECT_EQ(url.url, "http://broker/pacts/1");
  EXPECT_EQ(url.auth.token, "tok");
}

struct FilterCase {
  std::vector<std::string> args;
  std::string description;
  std::string state;
  bool no_state;
};

TEST_F(CliParse, Filters) {
  const std::vector<FilterCase> cases{
      {{}, "", "", false},
      {{"--filter-no-state"}, "", "", true},
      {{"--filter-state", "state1"}, "", "state1", false},
      {{"--filter-description", "desc1"}, "desc1", "", false},
      {{"--filter-description", "desc1", "--filter-state", "state1"}, "desc1", "state1", false},
      {{"--filter-description", "desc1", "--filter-no-state"}, "desc1", "", true},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args{"-f", "test"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    auto command = parse_cli(args);
    ASSERT_TRUE(command.ok()) << command.error().message;
    EXPECT_EQ(command->config.filters.description, c.description);
    EXPECT_EQ(command->config.filters.state, c.state);
    EXPECT_EQ(command->config.filters.no_state, c.no_state);
  }
  const auto command = parsed({"-f", "t", "-c", "web", "--filter-consumer", "mobile"});
  EXPECT_EQ(command.config.filters.consumers, (std::vector<std::string>{"web", "mobile"}));
}

TEST_F(CliParse, StateChange) {
  EXPECT_FALSE(parsed({"-f", "t"}).config.state_change.has_value());
  const auto plain = parsed({"-f", "t", "-s", "http://localhost/state"});
  ASSERT_TRUE(plain.config.state_change.has_value());
  EXPECT_EQ(plain.config.state_change->url, "http://localhost/state");
  EXPECT_TRUE(plain.config.state_change->body);
  EXPECT_FALSE(plain.config.state_change->teardown);
  EXPECT_EQ(plain.config.state_change->max_attempts, 8);
  const auto full = parsed({"-f", "t", "-s", "http://s", "--state-change-as-query", "--state-change-teardown"});
  EXPECT_FALSE(full.config.state_change->body);
  EXPECT_TRUE(full.config.state_change->teardown);
}

TEST_F(CliParse, VerificationOptions) {
  const auto defaults = parsed({"-f", "t"});
  EXPECT_FALSE(defaults.config.options.disable_ssl_verification);
  EXPECT_EQ(defaults.config.options.request_timeout, std::chrono::milliseconds(5000));
  EXPECT_TRUE(defaults.config.options.coloured_output);
  EXPECT_TRUE(defaults.config.options.no_pacts_is_error);
  EXPECT_FALSE(defaults.config.options.exit_on_first_failure);
  EXPECT_EQ(defaults.config.options.broker_max_attempts, 8);
  EXPECT_FALSE(defaults.config.options.print_output);
  EXPECT_TRUE(defaults.config.options.custom_headers.empty());
  EXPECT_EQ(defaults.settings.log_level, "warn");
  EXPECT_FALSE(defaults.settings.json_file.has_value());

  const auto set = parsed({"-f", "t", "--disable-ssl-verification", "--request-timeout", "300000", "--no-colour",
                           "--ignore-no-pacts-error", "--exit-on-first-error", "--retries", "3", "-l", "debug",
                           "-j", "report.json", "-H", "X-A=1", "--header", "Authorization=Bearer a=b", "-H",
                           "X-A=2"});
  const auto& options = set.config.options;
  EXPECT_TRUE(options.disable_ssl_verification);
  EXPECT_EQ(options.request_timeout, std::chrono::milliseconds(300000));
  EXPECT_FALSE(options.coloured_output);
  EXPECT_FALSE(options.no_pacts_is_error);
  EXPECT_TRUE(options.exit_on_first_failure);
  EXPECT_EQ(options.broker_max_attempts, 3);
  EXPECT_EQ(set.settings.log_level, "debug");
  EXPECT_EQ(set.settings.json_file, "report.json");
  // Split at the first '='; a repeated name replaces the earlier value.
  using Headers = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(options.custom_headers, (Headers{{"X-A", "2"}, {"Authorization", "Bearer a=b"}}));
}

TEST_F(CliParse, NoColorIsAnAlias) { EXPECT_FALSE(parsed({"-f", "t", "--no-color"}).config.options.coloured_output); }

TEST_F(CliParse, ZeroRetriesStillMakesOneAttempt) {
  EXPECT_EQ(parsed({"-f", "t", "--retries", "0"}).config.options.broker_max_attempts, 1);
}

TEST_F(CliParse, Publishing) {
  const auto command = parsed({"-b", "http://broker", "-n", "p", "--publish", "--provider-version", "1.2.3",
                               "--build-url", "http://ci/1", "--provider-tags", "main,prod", "--provider-branch",
                               "main"});
  ASSERT_TRUE(command.config.publish.has_value());
  EXPECT_EQ(command.config.publish->provider_version, "1.2.3");
  EXPECT_EQ(command.config.publish->build_url, "http://ci/1");
  EXPECT_EQ(command.config.publish->tags, (std::vector<std::string>{"main", "prod"}));
  EXPECT_EQ(command.config.publish->branch, "main");
  EXPECT_EQ(command.config.application.name, "pact_verifier_cli");
}

TEST_F(CliParse, ProviderVersionWithoutPublishDoesNotPublish) {
  EXPECT_FALSE(parsed({"-f", "t", "--provider-version", "1"}).config.publish.has_value());
}

TEST_F(CliParse, HelpAndVersionWinOverMissingArguments) {
  EXPECT_EQ(parsed({"--help"}).action, CliCommand::Action::Help);
  EXPECT_EQ(parsed({"--version"}).action, CliCommand::Action::Version);
  EXPECT_EQ(parsed({"-v"}).action, CliCommand::Action::Version);
  EXPECT_EQ(parsed({"--publish", "-v"}).action, CliCommand::Action::Version);
}

TEST_F(CliParse, EnvironmentVariables) {
  set("PACT_BROKER_BASE_URL", "http://broker");
  set("PACT_PROVIDER_NAME", "env-provider");
  set("PACT_BROKER_USERNAME", "user");
  set("PACT_BROKER_PASSWORD", "pass");
  set("PACT_PROVIDER_HOSTNAME", "env-host");
  set("PACT_PROVIDER_PORT", "9000");
  set("PACT_PROVIDER_TRANSPORT", "https");
  set("PACT_PROVIDER_BASE_PATH", "/env");
  set("PACT_PROVIDER_REQUEST_TIMEOUT", "1234");
  set("PACT_PROVIDER_STATE_CHANGE_URL", "http://state");
  set("PACT_PROVIDER_STATE_CHANGE_AS_QUERY", "true");
  set("PACT_PROVIDER_STATE_CHANGE_TEARDOWN", "false");
  set("PACT_DESCRIPTION", "desc");
  set("PACT_PROVIDER_NO_STATE", "1");
  set("PACT_BROKER_HTTP_RETRIES", "2");
  set("PACT_VERIFIER_JSON_REPORT", "env.json");
  const auto command = parsed({"--consumer-version-tags", "main"});
  const auto& config = command.config;
  const auto& broker = std::get<BrokerSource>(config.sources.at(0));
  EXPECT_EQ(broker.url, "http://broker");
  EXPECT_EQ(broker.provider_name, "env-provider");
  EXPECT_EQ(broker.auth.username, "user");
  EXPECT_EQ(broker.auth.password, "pass");
  EXPECT_EQ(config.provider.name, "env-provider");
  EXPECT_EQ(config.provider.host, "env-host");
  EXPECT_EQ(config.provider.port, 9000);
  EXPECT_EQ(config.provider.scheme, "https");
  EXPECT_EQ(config.provider.path, "/env");
  EXPECT_EQ(config.options.request_timeout, std::chrono::milliseconds(1234));
  ASSERT_TRUE(config.state_change.has_value());
  EXPECT_EQ(config.state_change->url, "http://state");
  EXPECT_FALSE(config.state_change->body);
  EXPECT_FALSE(config.state_change->teardown);  // "false" is off
  EXPECT_EQ(config.filters.description, "desc");
  EXPECT_TRUE(config.filters.no_state);
  EXPECT_EQ(config.options.broker_max_attempts, 2);
  EXPECT_EQ(command.settings.json_file, "env.json");
}

TEST_F(CliParse, ArgumentsWinOverEnvironmentVariables) {
  set("PACT_PROVIDER_NAME", "env-provider");
  set("PACT_PROVIDER_STATE", "env-state");
  set("PACT_BROKER_TOKEN", "env-token");
  const auto command = parsed({"-u", "http://x", "-n", "arg-provider", "--filter-state", "arg-state", "-t", "tok"});
  EXPECT_EQ(command.config.provider.name, "arg-provider");
  EXPECT_EQ(command.config.filters.state, "arg-state");
  EXPECT_EQ(std::get<UrlSource>(command.config.sources[0]).auth.token, "tok");
}

TEST_F(CliParse, EmptyEnvironmentVariablesAreUnset) {
  set("PACT_PROVIDER_PORT", "");
  set("PACT_PROVIDER_NO_STATE", "");
  const auto command = parsed({"-f", "t"});
  EXPECT_FALSE(command.config.provider.port.has_value());
  EXPECT_FALSE(command.config.filters.no_state);
}

TEST_F(CliParse, BrokerUrlFromTheEnvironmentIsASource) {
  set("PACT_BROKER_BASE_URL", "http://broker");
  const auto command = parsed({"-n", "p"});
  ASSERT_EQ(command.config.sources.size(), 1U);
  EXPECT_TRUE(std::get<BrokerSource>(command.config.sources[0]).latest_provider_pacts);
}

TEST_F(CliParse, BadEnvironmentValueIsAnError) {
  set("PACT_PROVIDER_PORT", "not-a-port");
  auto result = parse({"-f", "t"});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("'not-a-port' is not a valid port value"), std::string::npos)
      << result.error().message;
}

}  // namespace
}  // namespace pact::verifier

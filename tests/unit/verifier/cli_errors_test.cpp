// pact-verifier argument errors and their exit codes (verifier.md §14: 2
// for what clap rejects, 3 for a malformed --header), --help and --version.

#include <gtest/gtest.h>

#include <sstream>

#include "cli_test_support.hpp"

namespace pact::verifier {
namespace {

using cli_test::parse;

struct Run {
  int code;
  std::string out;
  std::string err;
};

Run run(std::initializer_list<const char*> words) {
  const std::vector<std::string> args(words.begin(), words.end());
  std::ostringstream out;
  std::ostringstream err;
  const int code = run_cli(args, out, err);
  return {code, out.str(), err.str()};
}

class CliErrors : public cli_test::CleanEnvironment {};

// The message of a rejected command line.
std::string rejected(std::initializer_list<const char*> words) {
  auto result = parse(words);
  EXPECT_FALSE(result.ok());
  if (result.ok()) return {};
  EXPECT_EQ(result.error().category, support::ErrorCategory::InvalidArgument) << result.error().message;
  return result.error().message;
}

TEST_F(CliErrors, NoArgumentsPrintsTheHelpAndFails) {
  const auto result = run({});
  EXPECT_EQ(result.code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, cli_help());
}

TEST_F(CliErrors, HelpAndVersionSucceed) {
  const auto help = run({"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_EQ(help.out, cli_help());
  EXPECT_EQ(help.err, "");
  const auto version = run({"--version"});
  EXPECT_EQ(version.code, 0);
  EXPECT_NE(version.out.find("pact verifier version   : v"), std::string::npos);
  EXPECT_EQ(version.out.find("pact verifier version   : v"), 0U);
}

TEST_F(CliErrors, UnknownOptionIsAUsageError) {
  const auto result = run({"-f", "p.json", "--bogus"});
  EXPECT_EQ(result.code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err.rfind("error: ", 0), 0U) << result.err;
  EXPECT_NE(result.err.find("--bogus"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("Usage: pact-verifier [OPTIONS]"), std::string::npos);
  EXPECT_NE(result.err.find("--help"), std::string::npos);
}

TEST_F(CliErrors, PositionalArgumentIsRejected) {
  EXPECT_NE(rejected({"-f", "p.json", "extra"}).find("extra"), std::string::npos);
}

TEST_F(CliErrors, ASourceIsRequired) {
  EXPECT_EQ(rejected({"-n", "provider"}), "one of --file, --dir, --url or --broker-url is required");
  EXPECT_EQ(run({"-p", "8080"}).code, 2);
}

TEST_F(CliErrors, PublishNeedsABrokerAndAVersion) {
  EXPECT_NE(rejected({"-f", "p.json", "--publish", "--provider-version", "1"}).find("--broker-url"),
            std::string::npos);
  EXPECT_NE(rejected({"-b", "http://b", "-n", "p", "--publish"}).find("--provider-version"), std::string::npos);
  EXPECT_EQ(run({"-b", "http://b", "-n", "p", "--publish"}).code, 2);
}

TEST_F(CliErrors, BrokerNeedsAProviderName) {
  EXPECT_NE(rejected({"-b", "http://broker"}).find("--provider-name"), std::string::npos);
}

TEST_F(CliErrors, BrokerOnlyOptionsNeedABroker) {
  for (auto words : {std::initializer_list<const char*>{"-f", "p", "--consumer-version-tags", "main"},
                     std::initializer_list<const char*>{"-f", "p", "--consumer-version-selectors", "{}"},
                     std::initializer_list<const char*>{"-f", "p", "--enable-pending"},
                     std::initializer_list<const char*>{"-f", "p", "--include-wip-pacts-since", "2024-01-01"},
                     std::initializer_list<const char*>{"--webhook-callback-url", "http://x"}}) {
    const auto message = rejected(words);
    EXPECT_NE(message.find("--broker-url"), std::string::npos) << message;
  }
}

TEST_F(CliErrors, ConflictingOptions) {
  EXPECT_NE(rejected({"-u", "http://x", "--user", "u", "--token", "t"}).find("excludes"), std::string::npos);
  EXPECT_NE(rejected({"-f", "p", "--filter-state", "s", "--filter-no-state"}).find("excludes"), std::string::npos);
  EXPECT_NE(rejected({"-b", "http://b", "-n", "p", "--consumer-version-tags", "a", "--consumer-version-selectors",
                      "{}"})
                .find("excludes"),
            std::string::npos);
  EXPECT_NE(rejected({"-b", "http://b", "-n", "p", "--publish", "--provider-version", "1", "--exit-on-first-error"})
                .find("excludes"),
            std::string::npos);
  EXPECT_NE(rejected({"-b", "http://b", "-n", "p", "-f", "x", "--webhook-callback-url", "http://b/p"})
                .find("excludes"),
            std::string::npos);
  EXPECT_NE(rejected({"-f", "p", "--pretty-log", "--compact-log"}).find("excludes"), std::string::npos);
}

TEST_F(CliErrors, ConflictWithAnEnvironmentVariable) {
  set("PACT_BROKER_TOKEN", "tok");
  EXPECT_NE(rejected({"-u", "http://x", "--user", "u"}).find("excludes"), std::string::npos);
}

TEST_F(CliErrors, BadValues) {
  EXPECT_NE(rejected({"-f", "p", "-p", "70000"}).find("'70000' is not a valid port value"), std::string::npos);
  EXPECT_NE(rejected({"-f", "p", "-p", "12x"}).find("'12x' is not a valid port value"), std::string::npos);
  EXPECT_NE(rejected({"-f", "p", "--request-timeout", "soon"}).find("'soon' is not a valid integer value"),
            std::string::npos);
  EXPECT_NE(rejected({"-f", "p", "--retries", "256"}).find("'256'"), std::string::npos);
  EXPECT_NE(rejected({"-f", "p", "-l", "loud"}).find("possible values: error, warn, info, debug, trace, none"),
            std::string::npos);
  EXPECT_NE(rejected({"-f", "p", "--filter-description", "[a-z"}).find("'[a-z' is an invalid filter value"),
            std::string::npos);
  EXPECT_NE(rejected({"-f", ""}).find("a value is required"), std::string::npos);
  EXPECT_NE(rejected({"-f"}).find("-f"), std::string::npos);
  EXPECT_NE(rejected({"-f", "p", "-h", "a", "-h", "b"}).find("hostname"), std::string::npos);
}

TEST_F(CliErrors, BadSelectorJson) {
  const auto message = rejected({"-b", "http://b", "-n", "p", "--consumer-version-selectors", "{not json"});
  EXPECT_NE(message.find("'{not json' is not valid JSON"), std::string::npos) << message;
  EXPECT_EQ(run({"-b", "http://b", "-n", "p", "--consumer-version-selectors", "{not json"}).code, 2);
}

TEST_F(CliErrors, BadTransports) {
  for (const char* bad : {"http", "http:", ":8080", "http:x", "http:8080x", "http:70000", "http:8080/p a t h",
                          "ht-tp:8080"}) {
    const auto message = rejected({"-f", "p", "--transports", bad});
    EXPECT_NE(message.find("is not a valid transport, it must be in the form TRANSPORT:PORT[/path]"),
              std::string::npos)
        << bad << ": " << message;
  }
  EXPECT_EQ(run({"-f", "p", "--transports", "http:8080 grpc"}).code, 2);
  // Good forms from the reference's tests.
  for (const char* good : {"http:1234", "x:1234/x", "x:1234/p-a%20t%20h", "http:1234/"}) {
    EXPECT_TRUE(parse({"-f", "p", "--transports", good}).ok()) << good;
  }
}

TEST_F(CliErrors, MalformedHeaderIsExitCode3) {
  auto result = parse({"-f", "p", "-H", "no-equals-sign"});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().category, support::ErrorCategory::Parse);
  EXPECT_NE(result.error().message.find("KEY=VALUE"), std::string::npos);
  EXPECT_EQ(parse({"-f", "p", "-H", "=value"}).error().category, support::ErrorCategory::Parse);

  const auto run_result = run({"-f", "p", "--header", "bad"});
  EXPECT_EQ(run_result.code, 3);
  EXPECT_NE(run_result.err.find("Custom header values must be in the form KEY=VALUE"), std::string::npos);
}

TEST_F(CliErrors, ArgumentErrorsComeBeforeTheHeaderCheck) {
  EXPECT_EQ(run({"-H", "bad"}).code, 2);  // no source: a usage error first
}

TEST(CliHeader, SplitsAtTheFirstEquals) {
  EXPECT_EQ(split_header("A=b=c"), (std::pair<std::string, std::string>{"A", "b=c"}));
  EXPECT_EQ(split_header("A="), (std::pair<std::string, std::string>{"A", ""}));
  EXPECT_FALSE(split_header("A").has_value());
  EXPECT_FALSE(split_header("=b").has_value());
}

}  // namespace
}  // namespace pact::verifier

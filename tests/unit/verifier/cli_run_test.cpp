// run_cli through a verification that needs no provider: the JSON report
// file, the log level and the exit codes of a run (verifier.md §13, §14).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "cli_test_support.hpp"
#include "support/json.hpp"

namespace pact::verifier {
namespace {

namespace fs = std::filesystem;

struct Run {
  int code;
  std::string out;
  std::string err;
};

Run run(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = run_cli(args, out, err);
  return {code, out.str(), err.str()};
}

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class CliRun : public cli_test::CleanEnvironment {
 protected:
  void SetUp() override {
    CleanEnvironment::SetUp();
    dir_ = fs::temp_directory_path() / ("pact_cli_run_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "empty");
  }
  void TearDown() override {
    fs::remove_all(dir_);
    CleanEnvironment::TearDown();
  }
  fs::path dir_;
};

TEST_F(CliRun, NothingToVerifyPassesAndWritesTheReport) {
  const auto report = dir_ / "report.json";
  const auto result = run({"-d", (dir_ / "empty").string(), "--json", report.string()});
  EXPECT_EQ(result.code, 0) << result.err;
  auto json = json::parse(read(report));
  ASSERT_TRUE(json.ok()) << read(report);
  EXPECT_EQ(json::write(*json::find(json.value(), "result")), "true");
  EXPECT_TRUE(json::find(json.value(), "interactionResults")->is_array());
}

TEST_F(CliRun, AMissingPactFileFailsTheVerification) {
  const auto report = dir_ / "report.json";
  const auto result = run({"-f", (dir_ / "missing.json").string(), "-j", report.string(), "--no-colour"});
  EXPECT_EQ(result.code, 1);
  auto json = json::parse(read(report));
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(json::write(*json::find(json.value(), "result")), "false");
  EXPECT_FALSE(json::find(json.value(), "errors")->as_array().empty());
  // The output lines go to the output stream, uncoloured.
  EXPECT_NE(result.out.find("Failed to load pact"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("\x1b["), std::string::npos);
}

TEST_F(CliRun, LogLinesFollowTheLogLevel) {
  const auto missing = (dir_ / "missing.json").string();
  const auto warn = run({"-f", missing});
  // "<time> ERROR <thread> pact_verifier: ..." (logging-and-errors.md §7).
  EXPECT_NE(warn.err.find(" ERROR "), std::string::npos) << warn.err;
  EXPECT_NE(warn.err.find(" pact_verifier: "), std::string::npos) << warn.err;
  const auto none = run({"-f", missing, "--loglevel", "none"});
  EXPECT_EQ(none.err, "");
  EXPECT_EQ(none.code, 1);
}

TEST_F(CliRun, ReportWriteFailureIsExitCode2) {
  const auto report = dir_ / "no-such-dir" / "report.json";
  const auto result = run({"-d", (dir_ / "empty").string(), "--json", report.string()});
  EXPECT_EQ(result.code, 2);
  EXPECT_NE(result.err.find("Failed to write JSON report to '" + report.string() + "'"), std::string::npos)
      << result.err;
}

TEST_F(CliRun, ReportFileFromTheEnvironment) {
  const auto report = dir_ / "env-report.json";
  set("PACT_VERIFIER_JSON_REPORT", report.string().c_str());
  EXPECT_EQ(run({"-d", (dir_ / "empty").string()}).code, 0);
  EXPECT_TRUE(fs::exists(report));
}

TEST_F(CliRun, UnsupportedReportsAndLastFailedWarn) {
  const auto result = run({"-d", (dir_ / "empty").string(), "--junit", (dir_ / "j.xml").string(), "--last-failed",
                           "--json", (dir_ / "previous.json").string()});
  EXPECT_EQ(result.code, 0);
  EXPECT_NE(result.err.find("JUnit reports are not supported"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("--last-failed is ignored"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(dir_ / "j.xml"));
}

TEST_F(CliRun, LastFailedVerifiesOnlyThePreviousFailures) {
  const auto pact = dir_ / "pact.json";
  std::ofstream(pact) << R"j({"consumer":{"name":"web"},"provider":{"name":"api"},"interactions":[
    {"description":"get alpha item","request":{"method":"GET","path":"/alpha"},"response":{"status":200}},
    {"description":"get beta (item)","request":{"method":"GET","path":"/beta"},"response":{"status":200}}],
    "metadata":{"pactSpecification":{"version":"3.0.0"}}})j";
  const auto previous = dir_ / "previous.json";
  std::ofstream(previous) << R"j({"interactionResults":[{"description":"get alpha item","result":"OK"},
    {"description":"get beta (item)","result":"Error"}]})j";
  // Nothing listens on port 1: every request fails quickly.
  const auto result = run({"-f", pact.string(), "-h", "127.0.0.1", "-p", "1", "--no-colour", "--last-failed",
                           "--json", previous.string(), "--loglevel", "none"});
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.out.find("get beta (item)"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("get alpha item"), std::string::npos) << result.out;
  // The report of this run replaces the previous one.
  auto json = json::parse(read(previous));
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(json::find(json.value(), "interactionResults")->as_array().size(), 1U);
}

}  // namespace
}  // namespace pact::verifier

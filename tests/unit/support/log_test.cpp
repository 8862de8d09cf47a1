// The logging facade (support/log.hpp): line format, levels and filters,
// scopes, buffers, file sinks, the callbacks and reconfiguration.
#include "support/log.hpp"

#include <gtest/gtest.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace slog = pact::support::log;

namespace {

struct Call {
  std::string id, run_id, level, target, message;
};

// What the C callbacks below received; the mutex guards calls.
std::mutex g_calls_mutex;
std::vector<Call> g_calls;

void record_call(const char* id, const char* run_id, const char* level, const char* target, const char* message) {
  std::lock_guard lock(g_calls_mutex);
  g_calls.push_back({id, run_id, level, target, message});
}

std::vector<Call> take_calls() {
  std::lock_guard lock(g_calls_mutex);
  return std::exchange(g_calls, {});
}

std::shared_ptr<const slog::Sink> sink(std::string_view spec) {
  auto s = slog::open_sink(spec);
  EXPECT_TRUE(s.ok()) << s.error().message;
  return std::move(s).value();
}

void buffer_at(slog::LevelFilter level) { slog::configure({{sink("buffer"), slog::Filter(level)}}); }

class LogTest : public ::testing::Test {
 protected:
  void SetUp() override { reset(); }
  void TearDown() override { reset(); }
  static void reset() {
    slog::configure({});
    slog::set_callback(nullptr);
    slog::set_callback_level(slog::LevelFilter::Off);
    slog::set_plugin_callback(nullptr);
    slog::set_test_run_id(std::nullopt);
    for (const char* id : {"global", "scope-a", "scope-b"}) (void)slog::take_buffer(id);
    take_calls();
  }
};

std::filesystem::path temp_dir() {
  auto dir = std::filesystem::temp_directory_path() /
             ("pact-log-test-" + std::to_string(::getpid()) + "-" + slog::random_uuid());
  return dir;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(LogLevels, NamesParseInAnyCase) {
  EXPECT_EQ(slog::level_name(slog::Level::Warn), "WARN");
  EXPECT_EQ(slog::parse_level("dEbUg"), slog::Level::Debug);
  EXPECT_EQ(slog::parse_level("off"), std::nullopt);
  EXPECT_EQ(slog::parse_level("warning"), std::nullopt);
  EXPECT_EQ(slog::parse_level_filter("NONE"), slog::LevelFilter::Off);
  EXPECT_EQ(slog::parse_level_filter("Off"), slog::LevelFilter::Off);
  EXPECT_EQ(slog::parse_level_filter("trace"), slog::LevelFilter::Trace);
  EXPECT_EQ(slog::parse_level_filter(""), std::nullopt);
}

TEST(LogFilter, LevelsAdmitWhatIsAtLeastAsSevere) {
  const slog::Filter warn(slog::LevelFilter::Warn);
  EXPECT_TRUE(warn.admits(slog::Level::Error, "x"));
  EXPECT_TRUE(warn.admits(slog::Level::Warn, "x"));
  EXPECT_FALSE(warn.admits(slog::Level::Info, "x"));
  EXPECT_FALSE(slog::Filter(slog::LevelFilter::Off).admits(slog::Level::Error, "x"));
  EXPECT_EQ(warn.max(), slog::LevelFilter::Warn);
}

TEST(LogFilter, DirectivesByTargetLongestPrefixWins) {
  const auto f = slog::Filter::parse(" info , pact_mock_server=debug,pact_mock_server::hyper=error,bogus=loud");
  EXPECT_TRUE(f.admits(slog::Level::Info, "pact_ffi"));
  EXPECT_FALSE(f.admits(slog::Level::Debug, "pact_ffi"));
  EXPECT_TRUE(f.admits(slog::Level::Debug, "pact_mock_server"));
  EXPECT_FALSE(f.admits(slog::Level::Warn, "pact_mock_server::hyper"));
  EXPECT_TRUE(f.admits(slog::Level::Error, "pact_mock_server::hyper"));
  EXPECT_EQ(f.max(), slog::LevelFilter::Debug);
}

TEST(LogFilter, ANameThatIsNoLevelIsATargetSoNothingElsePasses) {
  const auto f = slog::Filter::parse("LOG_LEVEL");
  EXPECT_FALSE(f.admits(slog::Level::Error, "pact_ffi"));
  EXPECT_TRUE(f.admits(slog::Level::Trace, "LOG_LEVEL"));
  EXPECT_FALSE(slog::Filter::parse("").admits(slog::Level::Error, "pact_ffi"));
  EXPECT_TRUE(slog::Filter::parse("debug").admits(slog::Level::Debug, "pact_ffi"));
}

TEST(LogFormat, LineLayoutOfTheReference) {
  const auto line = slog::format_line({slog::Level::Info, "pact_ffi", "hello info", slog::field("source", "my-lib")});
  const std::regex layout(
      R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z  INFO (ThreadId\(\d\d+\)|\S+) pact_ffi: hello info source="my-lib"\n)");
  EXPECT_TRUE(std::regex_match(line, layout)) << line;
  const auto error = slog::format_line({slog::Level::Error, "t", "m"});
  EXPECT_NE(error.find("Z ERROR "), std::string::npos) << error;
  const auto warn = slog::format_line({slog::Level::Warn, "t", "m"});
  EXPECT_NE(warn.find("Z  WARN "), std::string::npos) << warn;
}

TEST(LogFormat, FieldsAreQuotedAndEscaped) {
  EXPECT_EQ(slog::field("k", "a \"b\" \\ c\nd"), R"(k="a \"b\" \\ c\nd")");
}

TEST(LogFormat, ThreadNamedByTheOsOrNumbered) {
  std::string named, unnamed, unnamed_again;
  std::thread([&] {
    pthread_setname_np(pthread_self(), "pact-worker");
    named = slog::format_line({slog::Level::Info, "t", "m"});
  }).join();
  std::thread([&] {
    unnamed = slog::format_line({slog::Level::Info, "t", "m"});
    unnamed_again = slog::format_line({slog::Level::Info, "t", "m"});
  }).join();
  EXPECT_NE(named.find(" pact-worker t: m"), std::string::npos) << named;
  std::smatch id;
  ASSERT_TRUE(std::regex_search(unnamed, id, std::regex(R"(ThreadId\(\d\d+\))"))) << unnamed;
  EXPECT_NE(unnamed_again.find(id.str()), std::string::npos) << "a thread keeps its number";
}

TEST(LogFormat, UuidsAreVersion4) {
  const auto a = slog::random_uuid();
  EXPECT_TRUE(std::regex_match(a, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))) << a;
  EXPECT_NE(a, slog::random_uuid());
}

TEST_F(LogTest, NothingConfiguredNothingEnabled) {
  EXPECT_FALSE(slog::enabled(slog::Level::Error));
  slog::emit(slog::Level::Error, "t", "dropped");
  buffer_at(slog::LevelFilter::Info);
  EXPECT_EQ(slog::take_buffer("global"), "");
}

TEST_F(LogTest, BufferSinkFiltersByLevelAndDrainsOnRead) {
  buffer_at(slog::LevelFilter::Info);
  EXPECT_TRUE(slog::enabled(slog::Level::Info));
  EXPECT_FALSE(slog::enabled(slog::Level::Debug));
  slog::emit(slog::Level::Info, "pact_ffi", "first");
  slog::emit(slog::Level::Debug, "pact_ffi", "too verbose");
  slog::emit(slog::Level::Error, "pact_ffi", "second");
  const auto text = slog::take_buffer("global");
  EXPECT_NE(text.find("pact_ffi: first\n"), std::string::npos) << text;
  EXPECT_NE(text.find("ERROR"), std::string::npos) << text;
  EXPECT_EQ(text.find("too verbose"), std::string::npos) << text;
  EXPECT_EQ(slog::take_buffer("global"), "") << "reading drains";
  EXPECT_EQ(slog::take_buffer("never-used"), "");
}

TEST_F(LogTest, ScopesSelectTheBufferAndNest) {
  buffer_at(slog::LevelFilter::Trace);
  slog::emit(slog::Level::Info, "t", "in global");
  {
    const slog::LogScope a("scope-a");
    EXPECT_EQ(slog::current_log_id(), "scope-a");
    slog::emit(slog::Level::Info, "t", "in a");
    {
      const slog::LogScope b("scope-b");
      slog::emit(slog::Level::Info, "t", "in b");
    }
    slog::emit(slog::Level::Info, "t", "in a again");
    // Another thread is not in this thread's scope.
    std::thread([] { slog::emit(slog::Level::Info, "t", "other thread"); }).join();
  }
  EXPECT_EQ(slog::current_log_id(), "global");
  const auto global = slog::take_buffer("global");
  const auto a = slog::take_buffer("scope-a");
  const auto b = slog::take_buffer("scope-b");
  EXPECT_NE(global.find("in global"), std::string::npos);
  EXPECT_NE(global.find("other thread"), std::string::npos);
  EXPECT_NE(a.find("in a\n"), std::string::npos);
  EXPECT_NE(a.find("in a again"), std::string::npos);
  EXPECT_EQ(a.find("in b"), std::string::npos);
  EXPECT_NE(b.find("in b"), std::string::npos);
}

TEST_F(LogTest, DispatchUsesTheGivenLineAndId) {
  buffer_at(slog::LevelFilter::Info);
  slog::dispatch("scope-a", {slog::Level::Info, "t", "m"}, "exact line\n");
  EXPECT_EQ(slog::take_buffer("scope-a"), "exact line\n");
  slog::discard_buffer("scope-a");
  slog::dispatch("scope-a", {slog::Level::Debug, "t", "m"}, "filtered\n");
  EXPECT_EQ(slog::take_buffer("scope-a"), "");
}

TEST_F(LogTest, DiscardDropsABuffer) {
  buffer_at(slog::LevelFilter::Info);
  slog::dispatch("scope-b", {slog::Level::Info, "t", "m"}, "x\n");
  slog::discard_buffer("scope-b");
  EXPECT_EQ(slog::take_buffer("scope-b"), "");
}

TEST_F(LogTest, FileSinkCreatesDirectoriesAndAppends) {
  const auto dir = temp_dir();
  const auto path = dir / "nested" / "pact.log";
  {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << "existing\n";
  }
  slog::configure({{sink("file " + path.string()), slog::Filter(slog::LevelFilter::Debug)}});
  slog::emit(slog::Level::Debug, "pact_ffi", "to the file");
  slog::emit(slog::Level::Trace, "pact_ffi", "not to the file");
  const auto text = read_file(path);
  EXPECT_EQ(text.rfind("existing\n", 0), 0u) << "appended, not truncated: " << text;
  EXPECT_NE(text.find("DEBUG"), std::string::npos);
  EXPECT_NE(text.find("pact_ffi: to the file\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("not to the file"), std::string::npos);

  // A fresh directory tree is created on open.
  const auto deep = dir / "a" / "b c" / "x.log";
  slog::configure({{sink("  file " + deep.string() + "  "), slog::Filter(slog::LevelFilter::Info)}});
  slog::emit(slog::Level::Info, "t", "deep");
  EXPECT_NE(read_file(deep).find("t: deep"), std::string::npos);
  slog::configure({});
  std::filesystem::remove_all(dir);
}

TEST_F(LogTest, SinkSpecifierErrors) {
  EXPECT_EQ(slog::open_sink("STDOUT").error().category, pact::support::ErrorCategory::Parse);
  EXPECT_EQ(slog::open_sink("file").error().category, pact::support::ErrorCategory::Parse);
  EXPECT_EQ(slog::open_sink("file ").error().category, pact::support::ErrorCategory::Parse);
  EXPECT_EQ(slog::open_sink("syslog").error().category, pact::support::ErrorCategory::Parse);
  const auto unwritable = slog::open_sink("file /proc/pact-test/dir/x.log");
  ASSERT_FALSE(unwritable.ok());
  EXPECT_EQ(unwritable.error().category, pact::support::ErrorCategory::Io);
  EXPECT_NE(unwritable.error().message.find("/proc/pact-test/dir"), std::string::npos) << unwritable.error().message;
  EXPECT_TRUE(slog::open_sink(" stderr ").ok());
}

TEST_F(LogTest, EachSinkHasItsOwnLevel) {
  const auto dir = temp_dir();
  const auto path = dir / "warn.log";
  slog::configure({{sink("buffer"), slog::Filter(slog::LevelFilter::Debug)},
                  {sink("file " + path.string()), slog::Filter(slog::LevelFilter::Warn)}});
  slog::emit(slog::Level::Debug, "t", "debug line");
  slog::emit(slog::Level::Warn, "t", "warn line");
  const auto buffer = slog::take_buffer("global");
  const auto file = read_file(path);
  EXPECT_NE(buffer.find("debug line"), std::string::npos);
  EXPECT_NE(buffer.find("warn line"), std::string::npos);
  EXPECT_EQ(file.find("debug line"), std::string::npos);
  EXPECT_NE(file.find("warn line"), std::string::npos);
  slog::configure({});
  std::filesystem::remove_all(dir);
}

TEST_F(LogTest, ReconfiguringReplacesThePreviousConfiguration) {
  const auto dir = temp_dir();
  const auto path = dir / "second.log";
  buffer_at(slog::LevelFilter::Info);
  slog::emit(slog::Level::Info, "t", "one");
  slog::configure({{sink("file " + path.string()), slog::Filter(slog::LevelFilter::Debug)}});
  slog::emit(slog::Level::Debug, "t", "two");
  slog::set_callback(record_call);
  slog::set_callback_level(slog::LevelFilter::Warn);
  slog::configure({});
  slog::emit(slog::Level::Warn, "t", "three");
  slog::emit(slog::Level::Info, "t", "not three");

  const auto buffer = slog::take_buffer("global");
  EXPECT_NE(buffer.find("one"), std::string::npos);
  EXPECT_EQ(buffer.find("two"), std::string::npos) << "the buffer sink was replaced";
  const auto file = read_file(path);
  EXPECT_NE(file.find("t: two"), std::string::npos);
  EXPECT_EQ(file.find("three"), std::string::npos) << "the file sink was replaced";
  const auto calls = take_calls();
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].message, "three");
  EXPECT_EQ(calls[0].level, "WARN");
  std::filesystem::remove_all(dir);
}

TEST_F(LogTest, CallbackGetsIdsLevelTargetAndMessageWithFields) {
  slog::set_callback(record_call);
  EXPECT_FALSE(slog::enabled(slog::Level::Error)) << "level Off by default";
  slog::emit(slog::Level::Error, "t", "nothing yet");
  EXPECT_TRUE(take_calls().empty());

  slog::set_callback_level(slog::LevelFilter::Debug);
  EXPECT_TRUE(slog::enabled(slog::Level::Debug));
  EXPECT_FALSE(slog::enabled(slog::Level::Trace));
  slog::set_test_run_id("run-1");
  {
    const slog::LogScope scope("scope-a");
    slog::emit(slog::Level::Debug, "pact_ffi", "hello", slog::field("source", "me"));
  }
  slog::set_test_run_id(std::string());
  slog::emit(slog::Level::Trace, "pact_ffi", "too verbose");
  slog::emit(slog::Level::Info, "pact_verifier", "plain");
  const auto calls = take_calls();
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].id, "scope-a");
  EXPECT_EQ(calls[0].run_id, "run-1");
  EXPECT_EQ(calls[0].level, "DEBUG");
  EXPECT_EQ(calls[0].target, "pact_ffi");
  EXPECT_EQ(calls[0].message, "hello source=\"me\"");
  EXPECT_EQ(calls[1].id, "global");
  EXPECT_EQ(calls[1].run_id, "") << "\"\" clears the test-run id";
  EXPECT_EQ(calls[1].message, "plain");

  slog::set_callback(nullptr);
  slog::emit(slog::Level::Info, "t", "after removal");
  EXPECT_TRUE(take_calls().empty());
  EXPECT_FALSE(slog::enabled(slog::Level::Error));
}

TEST_F(LogTest, TestRunIdIsPerThread) {
  slog::set_callback(record_call);
  slog::set_callback_level(slog::LevelFilter::Info);
  slog::set_test_run_id("main-run");
  std::thread([] { slog::emit(slog::Level::Info, "t", "worker"); }).join();
  slog::emit(slog::Level::Info, "t", "main");
  const auto calls = take_calls();
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].run_id, "");
  EXPECT_EQ(calls[1].run_id, "main-run");
  EXPECT_EQ(slog::test_run_id(), "main-run");
}

// A callback that logs must not recurse into itself.
std::atomic<int> g_reentrant_calls{0};
void reentrant(const char*, const char*, const char*, const char*, const char*) {
  ++g_reentrant_calls;
  slog::emit(slog::Level::Error, "t", "from inside the callback");
}

TEST_F(LogTest, EventsFromInsideTheCallbackAreNotPassedBack) {
  buffer_at(slog::LevelFilter::Info);
  slog::set_callback(reentrant);
  slog::set_callback_level(slog::LevelFilter::Info);
  g_reentrant_calls = 0;
  slog::emit(slog::Level::Info, "t", "outer");
  EXPECT_EQ(g_reentrant_calls.load(), 1);
  EXPECT_NE(slog::take_buffer("global").find("from inside the callback"), std::string::npos)
      << "the sinks still get it";
}

// Replacing the callback waits for calls of the old one still running.
std::atomic<bool> g_slow_entered{false};
std::atomic<bool> g_slow_done{false};
void slow(const char*, const char*, const char*, const char*, const char*) {
  g_slow_entered = true;
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  g_slow_done = true;
}

TEST_F(LogTest, ReplacingTheCallbackWaitsForCallsInFlight) {
  g_slow_entered = false;
  g_slow_done = false;
  slog::set_callback(slow);
  slog::set_callback_level(slog::LevelFilter::Info);
  std::thread worker([] { slog::emit(slog::Level::Info, "t", "slow"); });
  while (!g_slow_entered) std::this_thread::yield();
  slog::set_callback(record_call);
  EXPECT_TRUE(g_slow_done.load()) << "set_callback returned while the old callback was running";
  worker.join();
}

TEST_F(LogTest, ManyThreadsLogConcurrentlyWhileReconfiguring) {
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&stop, i] {
      const slog::LogScope scope(i % 2 == 0 ? "scope-a" : "scope-b");
      for (int n = 0; !stop || n < 200; ++n) slog::emit(slog::Level::Info, "t", "line");
    });
  }
  for (int i = 0; i < 50; ++i) {
    buffer_at(i % 2 == 0 ? slog::LevelFilter::Info : slog::LevelFilter::Off);
    slog::set_callback(i % 3 == 0 ? record_call : nullptr);
    slog::set_callback_level(slog::LevelFilter::Info);
  }
  stop = true;
  for (auto& t : threads) t.join();
  slog::configure({});
  const auto a = slog::take_buffer("scope-a");
  // Every line is whole: they all end with "t: line".
  std::istringstream lines(a);
  for (std::string line; std::getline(lines, line);) ASSERT_TRUE(line.ends_with(" t: line")) << line;
}

TEST_F(LogTest, PluginLogsAreKeptPerInstanceAndPassedToTheCallback) {
  slog::set_plugin_callback(record_call);
  const auto id = "plugin-" + slog::random_uuid();
  EXPECT_EQ(slog::plugin_logs_json(id), "");
  slog::record_plugin_log({id, "run-7", "INFO", "grpc::server", "started"});
  slog::record_plugin_log({id, std::nullopt, "DEBUG", std::nullopt, "line \"two\""});
  const auto json = slog::plugin_logs_json(id);
  EXPECT_EQ(json,
            "{\"level\":\"INFO\",\"message\":\"started\",\"plugin_instance_id\":\"" + id +
                "\",\"target\":\"grpc::server\",\"test_run_id\":\"run-7\"}\n"
                "{\"level\":\"DEBUG\",\"message\":\"line \\\"two\\\"\",\"plugin_instance_id\":\"" + id +
                "\",\"target\":null,\"test_run_id\":null}");
  EXPECT_EQ(slog::plugin_logs_json(id), json) << "not drained";
  const auto calls = take_calls();
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].id, id);
  EXPECT_EQ(calls[0].run_id, "run-7");
  EXPECT_EQ(calls[0].target, "grpc::server");
  EXPECT_EQ(calls[1].run_id, "");
  EXPECT_EQ(calls[1].target, "");
  EXPECT_EQ(calls[1].message, "line \"two\"");

  slog::set_plugin_callback(nullptr);
  slog::record_plugin_log({id, std::nullopt, "INFO", std::nullopt, "three"});
  EXPECT_TRUE(take_calls().empty());
  EXPECT_NE(slog::plugin_logs_json(id).find("three"), std::string::npos);
}

}  // namespace

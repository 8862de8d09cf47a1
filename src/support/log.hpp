#pragma once
// The logging facade (DESIGN.md §4 "Logging", logging-and-errors.md). Every
// log line of the library goes through here. One process-wide configuration
// (a list of sinks, each with its own filter) that every configuration call
// replaces; a log callback with its own level; per-scope in-memory buffers
// keyed by the log id of the emitting thread ("global" unless a LogScope is
// active); and the plugin log store.
//
// Cost when nothing is configured: enabled() is one relaxed atomic load, and
// emit() returns right after it.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/result.hpp"

namespace pact::support::log {

/// Severity of one event; a smaller value is more severe.
enum class Level : int { Error = 1, Warn = 2, Info = 3, Debug = 4, Trace = 5 };

/// The most verbose level a sink or the callback admits (C LevelFilter).
enum class LevelFilter : int { Off = 0, Error = 1, Warn = 2, Info = 3, Debug = 4, Trace = 5 };

/// "ERROR", "WARN", "INFO", "DEBUG" or "TRACE".
std::string_view level_name(Level level) noexcept;

/// TRACE, DEBUG, INFO, WARN or ERROR in any case; anything else is nothing.
std::optional<Level> parse_level(std::string_view text) noexcept;

/// A level name, or OFF/NONE (any case) for LevelFilter::Off.
std::optional<LevelFilter> parse_level_filter(std::string_view text) noexcept;

/// True when a sink with filter `filter` receives events at `level`.
constexpr bool admits(LevelFilter filter, Level level) noexcept {
  return static_cast<int>(level) <= static_cast<int>(filter);
}

/// Which events a sink receives: a default level plus per-target levels, as
/// in the directive "info,pact_mock_server=debug" (the longest target prefix
/// that matches an event's target decides).
class Filter {
 public:
  explicit Filter(LevelFilter default_level = LevelFilter::Off) : default_(default_level) {}

  /// Comma-separated directives: `level`, `target=level` or a bare `target`
  /// (= trace for that target). Parts that do not parse are ignored, so the
  /// reference's "LOG_LEVEL" (a target nothing logs to) admits nothing.
  static Filter parse(std::string_view directives);

  bool admits(Level level, std::string_view target) const noexcept;
  /// The most verbose level any event could pass with.
  LevelFilter max() const noexcept;

 private:
  LevelFilter default_;
  std::vector<std::pair<std::string, LevelFilter>> targets_;  ///< longest target first
};

/// One event. `fields` is already formatted (`key="value"`, see field()).
struct Event {
  Level level = Level::Info;
  std::string_view target;
  std::string_view message;
  std::string_view fields = {};
};

/// `key="value"` with quotes, backslashes and control characters escaped.
std::string field(std::string_view key, std::string_view value);

/// The event as one line (logging-and-errors.md §7), newline included:
/// `<UTC RFC 3339 micros>Z <LEVEL right-aligned to 5> <thread> <target>: <message>[ <fields>]`.
/// thread = the OS thread name when someone named the thread, else
/// ThreadId(NN) (a process-local counter, in order of first use).
std::string format_line(const Event& event);

/// Cheap check before building a message: can any sink or the callback
/// receive events at `level` at all?
bool enabled(Level level) noexcept;

/// Logs under the calling thread's log id.
void emit(const Event& event);
inline void emit(Level level, std::string_view target, std::string_view message, std::string_view fields = {}) {
  if (enabled(level)) emit(Event{level, target, message, fields});
}

/// For scopes that also keep their own copy of `line` (= format_line(event)):
/// hands the line to the configured sinks and the event to the callback under
/// `log_id`.
void dispatch(std::string_view log_id, const Event& event, std::string_view line);

/// Whether a scope's own log (a mock server's, a verifier run's) keeps an
/// event: INFO and above while logging has never been configured (a useful
/// default the reference does not have), afterwards only when a buffer sink
/// admits it, as the reference fills its buffers (logging-and-errors.md §8).
bool scope_keeps(Level level, std::string_view target);

// ---------------------------------------------------------------------------
// Scopes and ids of the calling thread

/// Sets the calling thread's log id for its lifetime ("<server id>" while a
/// mock server handles a request, "verify:<provider>" while verifying) and
/// restores the previous one after.
class LogScope {
 public:
  explicit LogScope(std::string log_id);
  ~LogScope();
  LogScope(const LogScope&) = delete;
  LogScope& operator=(const LogScope&) = delete;

 private:
  std::string previous_;
};

/// The calling thread's log id: "global" outside any LogScope.
std::string_view current_log_id() noexcept;

/// The calling thread's test-run id (pactffi_set_test_run_id); nothing or ""
/// clears it.
void set_test_run_id(std::optional<std::string> id);
/// "" when none is set.
std::string_view test_run_id() noexcept;

/// A random UUID v4 ("3f2b...-4...-..."), the id of a mock server's scope.
std::string random_uuid();

// ---------------------------------------------------------------------------
// Configuration

/// One destination. Opened (a file created, with its directories) when built,
/// so the caller learns at once whether it can be written.
class Sink;

/// Parses and opens a sink specifier: "stdout", "stderr", "buffer" or
/// "file <path>" (surrounding whitespace ignored, case-sensitive).
/// Errors: Parse = unknown sink type (also "file" without a path);
/// InvalidArgument = no path; Io = the file cannot be created or opened.
Result<std::shared_ptr<const Sink>> open_sink(std::string_view specifier);

struct SinkSetup {
  std::shared_ptr<const Sink> sink;
  Filter filter;
};

/// Replaces the whole sink configuration, atomically for other threads. An
/// empty list logs nowhere (the callback is configured separately).
void configure(std::vector<SinkSetup> sinks);

/// The C LogCallback / PluginLogCallback: (id, test_run_id, level, target,
/// message); pointers valid only during the call.
using Callback = void (*)(const char*, const char*, const char*, const char*, const char*);

/// Replaces the log callback (nullptr removes it). When this returns, the
/// previous callback is no longer running on any other thread and is never
/// called again. The callback runs on the logging thread, with no library
/// lock held; events it causes itself are not passed back to it.
void set_callback(Callback callback);
/// The most verbose level the callback receives; LevelFilter::Off (the
/// default) sends it nothing.
void set_callback_level(LevelFilter level);

/// Drains the in-memory buffer of `log_id` ("" for an unknown id).
std::string take_buffer(std::string_view log_id);
/// Drops the buffer of `log_id` (a scope that ended).
void discard_buffer(std::string_view log_id);

// ---------------------------------------------------------------------------
// Plugin logs (logging-and-errors.md §10)

struct PluginLogEntry {
  std::string plugin_instance_id;
  std::optional<std::string> test_run_id;
  std::string level;
  std::optional<std::string> target;
  std::string message;
};

/// Keeps the entry (per instance id, for the life of the process) and passes
/// it to the plugin log callback.
void record_plugin_log(PluginLogEntry entry);
/// The entries of one plugin instance as newline-separated JSON objects
/// ({"plugin_instance_id", "test_run_id", "level", "target", "message"}); ""
/// for an unknown id.
std::string plugin_logs_json(std::string_view plugin_instance_id);
/// Replaces the plugin log callback (nullptr removes it), with the guarantees
/// of set_callback().
void set_plugin_callback(Callback callback);

}  // namespace pact::support::log

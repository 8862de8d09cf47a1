#include "support/log.hpp"

#include <fmt/format.h>
#include <pthread.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>

#include "support/json.hpp"
#include "support/text.hpp"
#include "support/timestamp.hpp"

namespace pact::support::log {

// ---------------------------------------------------------------------------
// Sinks

class Sink {
 public:
  enum class Kind { Stdout, Stderr, File, Buffer };

  struct CloseFile {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
  };
  using FileHandle = std::unique_ptr<std::FILE, CloseFile>;

  explicit Sink(Kind kind, FileHandle file = {}) : kind_(kind), file_(std::move(file)) {}

  void write(std::string_view log_id, std::string_view line) const;
  bool is_buffer() const noexcept { return kind_ == Kind::Buffer; }

 private:
  Kind kind_;
  FileHandle file_;  ///< only for Kind::File; stdio locks each call itself
};

namespace {

// Runs a C callback and tracks the calls in flight, so that replacing it can
// wait until the old one is no longer running anywhere: the caller (Python's
// cffi, for example) frees the old function right after replacing it.
class CallbackSlot {
 public:
  void set(Callback callback);
  void invoke(const char* id, const char* test_run_id, const char* level, const char* target, const char* message);

 private:
  struct Registration {
    explicit Registration(Callback f) : fn(f) {}
    Callback fn;
    int in_flight = 0;
  };
  std::mutex mutex_;  ///< guards current_ and every Registration::in_flight
  std::condition_variable idle_;
  std::shared_ptr<Registration> current_;
};

// The registration whose callback is running on this thread, if any: events
// the callback causes are not passed back to it (no recursion), and it may
// replace itself without waiting for its own return.
thread_local const void* t_in_callback = nullptr;

void CallbackSlot::set(Callback callback) {
  std::unique_lock lock(mutex_);
  auto old = std::exchange(current_, callback ? std::make_shared<Registration>(callback) : nullptr);
  if (!old) return;
  const int own = t_in_callback == old.get() ? 1 : 0;
  idle_.wait(lock, [&] { return old->in_flight <= own; });
}

void CallbackSlot::invoke(const char* id, const char* test_run_id, const char* level, const char* target,
                          const char* message) {
  if (t_in_callback != nullptr) return;
  std::shared_ptr<Registration> registration;
  {
    std::lock_guard lock(mutex_);
    if (!current_) return;
    registration = current_;
    ++registration->in_flight;
  }
  t_in_callback = registration.get();
  registration->fn(id, test_run_id, level, target, message);
  t_in_callback = nullptr;
  std::lock_guard lock(mutex_);
  if (--registration->in_flight == 0) idle_.notify_all();
}

struct Config {
  std::vector<SinkSetup> sinks;
  LevelFilter max = LevelFilter::Off;
  bool applied = false;  ///< false until the first configure()
};

// The process-wide logging state: the registries the ABI requires (sink
// configuration, buffers, callbacks, plugin logs), each behind its own mutex.
struct State {
  std::mutex config_mutex;  ///< guards config, callback_set and callback_filter (writers)
  std::shared_ptr<const Config> config = std::make_shared<const Config>();
  bool callback_set = false;
  LevelFilter callback_filter = LevelFilter::Off;
  /// Most verbose level anything receives; read without a lock by enabled().
  std::atomic<int> max_level{0};
  /// What scope logs keep, read without a lock by scope_keeps(): -1 while
  /// logging was never configured, else the most verbose level any buffer
  /// sink admits (0 when there is none).
  std::atomic<int> buffer_level{-1};
  /// The callback's level, 0 when no callback is registered.
  std::atomic<int> callback_level{0};

  std::mutex buffers_mutex;  ///< guards buffers
  std::map<std::string, std::string, std::less<>> buffers;

  CallbackSlot callback;

  std::mutex plugin_mutex;  ///< guards plugin_logs
  std::map<std::string, std::vector<PluginLogEntry>, std::less<>> plugin_logs;
  CallbackSlot plugin_callback;

  std::atomic<unsigned> next_thread_number{1};

  // Called with config_mutex held.
  void update_levels() {
    int buffers = 0;
    for (const auto& setup : config->sinks) {
      if (setup.sink->is_buffer()) buffers = std::max(buffers, static_cast<int>(setup.filter.max()));
    }
    buffer_level.store(config->applied ? buffers : -1, std::memory_order_relaxed);
    const int callback = callback_set ? static_cast<int>(callback_filter) : 0;
    callback_level.store(callback, std::memory_order_relaxed);
    max_level.store(std::max(static_cast<int>(config->max), callback), std::memory_order_relaxed);
  }

  std::shared_ptr<const Config> snapshot() {
    std::lock_guard lock(config_mutex);
    return config;
  }
};

State& state() {
  // Intentionally leaked: threads of the library's pools (and the client's)
  // may log until the process ends, after static destructors have run.
  static State* const instance = std::make_unique<State>().release();
  return *instance;
}

thread_local std::string t_log_id;                   // "" = global
thread_local std::optional<std::string> t_test_run_id;

constexpr std::string_view kGlobal = "global";

const std::string& process_name() {
  // The main thread's OS name; other threads inherit it unless named.
  static const std::string name = [] {
    std::ifstream comm("/proc/self/comm");
    std::string text;
    std::getline(comm, text);
    return text;
  }();
  return name;
}

std::string make_thread_label() {
  std::array<char, 64> name{};
  if (pthread_getname_np(pthread_self(), name.data(), name.size()) == 0 && name[0] != '\0' &&
      process_name() != name.data()) {
    return name.data();
  }
  return fmt::format("ThreadId({:02})", state().next_thread_number.fetch_add(1, std::memory_order_relaxed));
}

const std::string& thread_label() {
  // Worked out once per thread: a thread renamed after its first line keeps
  // the label it logged under.
  thread_local const std::string label = make_thread_label();
  return label;
}

bool any_sink_admits(const Config& config, const Event& event) {
  return std::any_of(config.sinks.begin(), config.sinks.end(),
                     [&](const SinkSetup& s) { return s.filter.admits(event.level, event.target); });
}

// The sinks and the callback; `line` is formatted here when not given.
void deliver(std::string_view log_id, const Event& event, const std::string_view* line) {
  auto& st = state();
  const auto config = st.snapshot();
  if (any_sink_admits(*config, event)) {
    std::string formatted;
    if (line == nullptr) formatted = format_line(event);
    const std::string_view text = line != nullptr ? *line : std::string_view(formatted);
    for (const auto& setup : config->sinks) {
      if (setup.filter.admits(event.level, event.target)) setup.sink->write(log_id, text);
    }
  }
  if (admits(static_cast<LevelFilter>(st.callback_level.load(std::memory_order_relaxed)), event.level)) {
    std::string message(event.message);
    if (!event.fields.empty()) {
      message += ' ';
      message += event.fields;
    }
    const std::string id(log_id);
    const std::string target(event.target);
    const std::string run_id(test_run_id());
    st.callback.invoke(id.c_str(), run_id.c_str(), std::string(level_name(event.level)).c_str(), target.c_str(),
                       message.c_str());
  }
}

void write_stream(std::FILE* stream, std::string_view line) {
  // One fwrite per line: stdio's own lock keeps lines from interleaving.
  std::fwrite(line.data(), 1, line.size(), stream);
  std::fflush(stream);
}

}  // namespace

void Sink::write(std::string_view log_id, std::string_view line) const {
  switch (kind_) {
    case Kind::Stdout:
      write_stream(stdout, line);
      return;
    case Kind::Stderr:
      write_stream(stderr, line);
      return;
    case Kind::File:
      write_stream(file_.get(), line);
      return;
    case Kind::Buffer: {
      auto& st = state();
      std::lock_guard lock(st.buffers_mutex);
      auto it = st.buffers.find(log_id);
      if (it == st.buffers.end()) it = st.buffers.emplace(std::string(log_id), std::string()).first;
      it->second += line;
      return;
    }
  }
}

// ---------------------------------------------------------------------------
// Levels and filters

std::string_view level_name(Level level) noexcept {
  switch (level) {
    case Level::Error:
      return "ERROR";
    case Level::Warn:
      return "WARN";
    case Level::Info:
      return "INFO";
    case Level::Debug:
      return "DEBUG";
    case Level::Trace:
      return "TRACE";
  }
  return "INFO";
}

std::optional<Level> parse_level(std::string_view text) noexcept {
  for (const Level level : {Level::Error, Level::Warn, Level::Info, Level::Debug, Level::Trace}) {
    if (iequals(text, level_name(level))) return level;
  }
  return std::nullopt;
}

std::optional<LevelFilter> parse_level_filter(std::string_view text) noexcept {
  if (iequals(text, "off") || iequals(text, "none")) return LevelFilter::Off;
  if (const auto level = parse_level(text)) return static_cast<LevelFilter>(*level);
  return std::nullopt;
}

Filter Filter::parse(std::string_view directives) {
  Filter filter;
  while (!directives.empty()) {
    const auto comma = directives.find(',');
    const auto part = trim(directives.substr(0, comma));
    directives.remove_prefix(comma == std::string_view::npos ? directives.size() : comma + 1);
    if (part.empty()) continue;
    const auto eq = part.find('=');
    if (eq == std::string_view::npos) {
      if (const auto level = parse_level_filter(part)) {
        filter.default_ = *level;
      } else {
        filter.targets_.emplace_back(std::string(part), LevelFilter::Trace);
      }
      continue;
    }
    const auto target = trim(part.substr(0, eq));
    const auto level = parse_level_filter(trim(part.substr(eq + 1)));
    if (target.empty() || !level) continue;  // not a directive: ignored
    filter.targets_.emplace_back(std::string(target), *level);
  }
  std::stable_sort(filter.targets_.begin(), filter.targets_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return filter;
}

bool Filter::admits(Level level, std::string_view target) const noexcept {
  for (const auto& [prefix, filter] : targets_) {
    if (target.starts_with(prefix)) return log::admits(filter, level);
  }
  return log::admits(default_, level);
}

LevelFilter Filter::max() const noexcept {
  LevelFilter out = default_;
  for (const auto& entry : targets_) out = std::max(out, entry.second);
  return out;
}

// ---------------------------------------------------------------------------
// Formatting

std::string field(std::string_view key, std::string_view value) {
  std::string out(key);
  out += "=\"";
  for (const char c : value) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{{{:x}}}", static_cast<unsigned>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string format_line(const Event& event) {
  std::string line = fmt::format("{} {:>5} {} {}: {}", utc_timestamp(), level_name(event.level), thread_label(),
                                 event.target, event.message);
  if (!event.fields.empty()) {
    line += ' ';
    line += event.fields;
  }
  line += '\n';
  return line;
}

// ---------------------------------------------------------------------------
// Emitting

bool enabled(Level level) noexcept {
  return static_cast<int>(level) <= state().max_level.load(std::memory_order_relaxed);
}

void emit(const Event& event) {
  if (!enabled(event.level)) return;
  deliver(current_log_id(), event, nullptr);
}

void dispatch(std::string_view log_id, const Event& event, std::string_view line) {
  if (!enabled(event.level)) return;
  deliver(log_id, event, &line);
}

bool scope_keeps(Level level, std::string_view target) {
  // Runs for every line a mock server logs: decide without a lock when the
  // levels alone settle it, as they do unless target filters are involved.
  const int buffers = state().buffer_level.load(std::memory_order_relaxed);
  if (buffers < 0) return admits(LevelFilter::Info, level);
  if (!admits(static_cast<LevelFilter>(buffers), level)) return false;
  const auto config = state().snapshot();
  return std::any_of(config->sinks.begin(), config->sinks.end(), [&](const SinkSetup& setup) {
    return setup.sink->is_buffer() && setup.filter.admits(level, target);
  });
}

// ---------------------------------------------------------------------------
// Scopes and ids

LogScope::LogScope(std::string log_id) : previous_(std::exchange(t_log_id, std::move(log_id))) {}

LogScope::~LogScope() { t_log_id = std::move(previous_); }

std::string_view current_log_id() noexcept { return t_log_id.empty() ? kGlobal : std::string_view(t_log_id); }

void set_test_run_id(std::optional<std::string> id) {
  if (id && id->empty()) id.reset();
  t_test_run_id = std::move(id);
}

std::string_view test_run_id() noexcept { return t_test_run_id ? std::string_view(*t_test_run_id) : ""; }

std::string random_uuid() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  std::array<unsigned char, 16> bytes{};
  for (std::size_t i = 0; i < bytes.size(); i += 8) {
    const auto r = engine();
    std::memcpy(bytes.data() + i, &r, 8);
  }
  bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);  // version 4
  bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);  // RFC 4122 variant
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += fmt::format("{:02x}", bytes[i]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Configuration

Result<std::shared_ptr<const Sink>> open_sink(std::string_view specifier) {
  const auto spec = trim(specifier);
  if (spec == "stdout") return std::make_shared<const Sink>(Sink::Kind::Stdout);
  if (spec == "stderr") return std::make_shared<const Sink>(Sink::Kind::Stderr);
  if (spec == "buffer") return std::make_shared<const Sink>(Sink::Kind::Buffer);
  constexpr std::string_view kFile = "file ";
  if (!spec.starts_with(kFile)) {
    return make_error(ErrorCategory::Parse, "unknown sink type '" + std::string(spec) + "'");
  }
  const std::filesystem::path path(spec.substr(kFile.size()));
  if (path.empty()) return make_error(ErrorCategory::InvalidArgument, "no file path in the sink specifier");
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) {
    return make_error(ErrorCategory::Io,
                      "cannot create the directory of log file '" + path.string() + "': " + ec.message());
  }
  // Appended to, never truncated; "e" = close-on-exec.
  Sink::FileHandle file(std::fopen(path.c_str(), "abe"));
  if (!file) {
    return make_error(ErrorCategory::Io,
                      "cannot open log file '" + path.string() + "': " + std::strerror(errno));
  }
  return std::make_shared<const Sink>(Sink::Kind::File, std::move(file));
}

void configure(std::vector<SinkSetup> sinks) {
  auto config = std::make_shared<Config>();
  config->applied = true;
  for (const auto& setup : sinks) config->max = std::max(config->max, setup.filter.max());
  config->sinks = std::move(sinks);
  auto& st = state();
  std::shared_ptr<const Config> previous;  // released (files closed) outside the lock
  std::lock_guard lock(st.config_mutex);
  previous = std::exchange(st.config, std::move(config));
  st.update_levels();
}

void set_callback(Callback callback) {
  auto& st = state();
  {
    std::lock_guard lock(st.config_mutex);
    st.callback_set = callback != nullptr;
    st.update_levels();
  }
  st.callback.set(callback);
}

void set_callback_level(LevelFilter level) {
  auto& st = state();
  std::lock_guard lock(st.config_mutex);
  st.callback_filter = level;
  st.update_levels();
}

std::string take_buffer(std::string_view log_id) {
  auto& st = state();
  std::lock_guard lock(st.buffers_mutex);
  const auto it = st.buffers.find(log_id);
  if (it == st.buffers.end()) return {};
  std::string out = std::move(it->second);
  st.buffers.erase(it);
  return out;
}

void discard_buffer(std::string_view log_id) {
  auto& st = state();
  std::lock_guard lock(st.buffers_mutex);
  if (const auto it = st.buffers.find(log_id); it != st.buffers.end()) st.buffers.erase(it);
}

// ---------------------------------------------------------------------------
// Plugin logs

void record_plugin_log(PluginLogEntry entry) {
  auto& st = state();
  const std::string id = entry.plugin_instance_id;
  const std::string run_id = entry.test_run_id.value_or("");
  const std::string level = entry.level;
  const std::string target = entry.target.value_or("");
  const std::string message = entry.message;
  {
    std::lock_guard lock(st.plugin_mutex);
    st.plugin_logs[id].push_back(std::move(entry));
  }
  st.plugin_callback.invoke(id.c_str(), run_id.c_str(), level.c_str(), target.c_str(), message.c_str());
}

std::string plugin_logs_json(std::string_view plugin_instance_id) {
  std::vector<PluginLogEntry> entries;
  {
    auto& st = state();
    std::lock_guard lock(st.plugin_mutex);
    const auto it = st.plugin_logs.find(plugin_instance_id);
    if (it == st.plugin_logs.end()) return {};
    entries = it->second;
  }
  std::string out;
  for (const auto& e : entries) {
    json::object object;
    object["plugin_instance_id"] = e.plugin_instance_id;
    object["test_run_id"] = e.test_run_id ? json::value(*e.test_run_id) : json::value(nullptr);
    object["level"] = e.level;
    object["target"] = e.target ? json::value(*e.target) : json::value(nullptr);
    object["message"] = e.message;
    if (!out.empty()) out += '\n';
    out += json::write(object);
  }
  return out;
}

void set_plugin_callback(Callback callback) { state().plugin_callback.set(callback); }

}  // namespace pact::support::log

// Header section "Logging": adapters from the reference's logging functions
// (logging-and-errors.md) to the logging facade, support/log.hpp.
#include <optional>
#include <string>
#include <vector>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/last_error.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"
#include "support/log.hpp"
#include "support/utf8.hpp"

using namespace pact::ffi;
namespace logging = pact::support::log;

namespace {

// The reference's log status codes (logging-and-errors.md §3, §4).
enum LogStatus : int {
  kOk = 0,
  kCantSetLogger = -1,
  kSpecifierNotUtf8 = -3,
  kUnknownSinkType = -4,
  kMissingFilePath = -5,
  kCantOpenSinkFile = -6,
  kCantConstructSink = -7,
};

constexpr std::string_view kTarget = "pact_ffi";

// The logger builder of the calling thread: sinks attached since the last
// pactffi_logger_init/apply (spec §3: the builder is thread-local).
thread_local std::vector<logging::SinkSetup> t_builder;

// Level arguments travel inward as the raw int read by raw_enum at the
// export: copying an out-of-range C enum through the enum type is undefined.
logging::LevelFilter level_arg(int raw_level) {
  return checked_enum<logging::LevelFilter>(raw_level, LevelFilter_Off, LevelFilter_Trace, "level_filter");
}

int sink_status(const pact::support::Error& error) {
  switch (error.category) {
    case pact::support::ErrorCategory::Parse:
      return kUnknownSinkType;
    case pact::support::ErrorCategory::InvalidArgument:
      return kMissingFilePath;
    default:
      return kCantOpenSinkFile;
  }
}

int attach(std::string_view specifier, int raw_level) {
  const auto level = level_arg(raw_level);
  auto sink = logging::open_sink(specifier);
  if (!sink) {
    set_last_error(sink.error().message);
    return sink_status(sink.error());
  }
  t_builder.push_back({std::move(sink).value(), logging::Filter(level)});
  return kOk;
}

int apply() {
  auto sinks = std::exchange(t_builder, {});
  if (sinks.empty()) {
    // The reference's default: stdout at INFO.
    auto out = logging::open_sink("stdout");
    sinks.push_back({std::move(out).value(), logging::Filter(logging::LevelFilter::Info)});
  }
  logging::configure(std::move(sinks));
  return kOk;
}

// pactffi_log_to_*: init + attach + apply.
int log_to(std::string_view specifier, int raw_level) {
  t_builder.clear();
  const int status = attach(specifier, raw_level);
  if (status != kOk) return status;
  return apply();
}

void configure_stdout(logging::Filter filter) {
  auto out = logging::open_sink("stdout");
  logging::configure({{std::move(out).value(), std::move(filter)}});
}

}  // namespace

PACT_FFI_EXPORT void pactffi_init(const char* log_env_var) {
  guarded_void([&] { configure_stdout(logging::Filter::parse(optional_str(log_env_var).value_or(""))); });
}

PACT_FFI_EXPORT void pactffi_init_with_log_level(const char* level) {
  guarded_void([&] {
    const auto text = optional_str(level);
    const auto filter = text ? logging::parse_level_filter(*text) : std::nullopt;
    configure_stdout(logging::Filter(filter.value_or(logging::LevelFilter::Info)));
  });
}

PACT_FFI_EXPORT void pactffi_enable_ansi_support(void) {
  // Only Windows consoles need ANSI processing switched on.
  guarded_void([] {});
}

PACT_FFI_EXPORT void pactffi_log_message(const char* source, const char* log_level, const char* message) {
  guarded_void([&] {
    const auto text = optional_str(message);
    if (!text) return;
    auto from = optional_str(source);
    if (!from) {
      logging::emit(logging::Level::Warn, kTarget, "target is NULL!");
      from = "client";
    }
    const auto name = optional_str(log_level);
    const auto level = (name ? logging::parse_level(*name) : std::nullopt).value_or(logging::Level::Info);
    if (logging::enabled(level)) logging::emit(logging::Event{level, kTarget, *text, logging::field("source", *from)});
  });
}

PACT_FFI_EXPORT int pactffi_log_to_stdout(LevelFilter level_filter) {
  return guarded<int>(kCantSetLogger, [&] { return log_to("stdout", raw_enum(level_filter)); });
}

PACT_FFI_EXPORT int pactffi_log_to_stderr(LevelFilter level_filter) {
  return guarded<int>(kCantSetLogger, [&] { return log_to("stderr", raw_enum(level_filter)); });
}

PACT_FFI_EXPORT int pactffi_log_to_file(const char* file_name, LevelFilter level_filter) {
  return guarded<int>(kCantSetLogger, [&] {
    const auto name = optional_str(file_name);
    if (!name) {
      set_last_error(file_name == nullptr ? "file_name is null" : "error parsing file_name as UTF-8");
      return static_cast<int>(kCantConstructSink);
    }
    return log_to("file " + std::string(*name), raw_enum(level_filter));
  });
}

PACT_FFI_EXPORT int pactffi_log_to_buffer(LevelFilter level_filter) {
  return guarded<int>(kCantSetLogger, [&] { return log_to("buffer", raw_enum(level_filter)); });
}

PACT_FFI_EXPORT void pactffi_logger_init(void) {
  guarded_void([] { t_builder.clear(); });
}

PACT_FFI_EXPORT int pactffi_logger_attach_sink(const char* sink_specifier, LevelFilter level_filter) {
  return guarded<int>(kCantSetLogger, [&] {
    const auto specifier = optional_str(sink_specifier);
    if (!specifier) {
      set_last_error(sink_specifier == nullptr ? "sink_specifier is null" : "error parsing sink_specifier as UTF-8");
      return static_cast<int>(kSpecifierNotUtf8);
    }
    return attach(*specifier, raw_enum(level_filter));
  });
}

PACT_FFI_EXPORT int pactffi_logger_apply(void) {
  return guarded<int>(kCantSetLogger, [] { return apply(); });
}

PACT_FFI_EXPORT const char* pactffi_fetch_log_buffer(const char* log_id) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    const auto id = optional_str(log_id).value_or("global");
    const std::string text = logging::take_buffer(id);
    if (!pact::support::is_valid_utf8(text)) fail("the log buffer of '" + std::string(id) + "' is not valid UTF-8");
    return hand_over_string(text);
  });
}

PACT_FFI_EXPORT void pactffi_register_log_callback(LogCallback callback) {
  guarded_void([&] { logging::set_callback(callback); });
}

PACT_FFI_EXPORT void pactffi_set_log_callback_level(LevelFilter level_filter) {
  guarded_void([&] { logging::set_callback_level(level_arg(raw_enum(level_filter))); });
}

PACT_FFI_EXPORT void pactffi_set_test_run_id(const char* test_run_id) {
  guarded_void([&] {
    const auto id = non_empty_str(test_run_id);
    logging::set_test_run_id(id ? std::optional<std::string>(std::string(*id)) : std::nullopt);
  });
}

PACT_FFI_EXPORT void pactffi_register_plugin_log_callback(PluginLogCallback callback) {
  guarded_void([&] { logging::set_plugin_callback(callback); });
}

PACT_FFI_EXPORT const char* pactffi_get_plugin_logs(const char* plugin_instance_id) {
  return guarded<const char*>(nullptr, [&] {
    return hand_over_string(logging::plugin_logs_json(required_str(plugin_instance_id, "plugin_instance_id")));
  });
}

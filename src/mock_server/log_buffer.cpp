#include "mock_server/log_buffer.hpp"

namespace pact::mock_server {

namespace log = support::log;

namespace {
constexpr std::string_view kTarget = "pact_mock_server";
}  // namespace

LogBuffer::LogBuffer() : id_(log::random_uuid()) {}

// The facade keeps a buffer per log id only while someone may read it; a
// stopped server's id is never used again.
LogBuffer::~LogBuffer() { log::discard_buffer(id_); }

void LogBuffer::append(std::string_view message, log::Level level) {
  const bool keep = log::scope_keeps(level, kTarget);
  if (!keep && !log::enabled(level)) return;  // nobody wants the line: do not format it
  const log::Event event{level, kTarget, message};
  std::string line = log::format_line(event);
  log::dispatch(id_, event, line);
  if (!keep) return;
  std::lock_guard lock(mutex_);
  text_ += line;
}

std::string LogBuffer::take() {
  // The same lines were copied to the facade's buffer when a buffer sink was
  // configured; reading the server's logs drains both, as in the reference.
  log::discard_buffer(id_);
  std::lock_guard lock(mutex_);
  std::string out;
  out.swap(text_);
  return out;
}

}  // namespace pact::mock_server

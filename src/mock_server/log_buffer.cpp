#include "mock_server/log_buffer.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace pact::mock_server {

std::string utc_timestamp() {
  const auto now = std::chrono::system_clock::now();
  const auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count() % 1'000'000;
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(micros));
  return buf;
}

void LogBuffer::append(std::string_view message) {
  std::string line = utc_timestamp();
  line += "  INFO pact_mock_server: ";
  line += message;
  line += '\n';
  std::lock_guard lock(mutex_);
  text_ += line;
}

std::string LogBuffer::take() {
  std::lock_guard lock(mutex_);
  std::string out;
  out.swap(text_);
  return out;
}

}  // namespace pact::mock_server

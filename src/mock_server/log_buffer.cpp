#include "mock_server/log_buffer.hpp"

#include "support/timestamp.hpp"

namespace pact::mock_server {

void LogBuffer::append(std::string_view message) {
  std::string line = support::utc_timestamp();
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

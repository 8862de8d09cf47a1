#include "verifier/run_log.hpp"

namespace pact::verifier {

void RunLog::append(support::log::Level level, std::string_view message) {
  namespace log = support::log;
  const log::Event event{level, "pact_verifier", message};
  const std::string line = log::format_line(event);
  log::dispatch(log::current_log_id(), event, line);
  if (log::scope_keeps(level, event.target)) text_ += line;
}

}  // namespace pact::verifier

#include "verifier/run_log.hpp"

namespace pact::verifier {

void RunLog::append(support::log::Level level, std::string_view message) {
  namespace log = support::log;
  constexpr std::string_view kTarget = "pact_verifier";
  const bool keep = log::scope_keeps(level, kTarget);
  if (!keep && !log::enabled(level)) return;  // nobody wants the line: do not format it
  const log::Event event{level, kTarget, message};
  const std::string line = log::format_line(event);
  log::dispatch(log::current_log_id(), event, line);
  if (keep) text_ += line;
}

}  // namespace pact::verifier

#include "verifier/run_log.hpp"

#include <algorithm>

#include "support/timestamp.hpp"

namespace pact::verifier {

void RunLog::append(std::string_view level, std::string_view message) {
  text_ += support::utc_timestamp();
  text_ += ' ';
  // Levels are right-aligned to five characters, as the reference's logger does.
  text_.append(5 - std::min<std::size_t>(5, level.size()), ' ');
  text_ += level;
  text_ += " pact_verifier: ";
  text_ += message;
  text_ += '\n';
}

}  // namespace pact::verifier

#pragma once
// The log of one verification run: lines in the layout of
// logging-and-errors.md §7, kept in memory for pactffi_verifier_logs and
// also logged through the facade under the calling thread's log id
// ("verify:<provider>" while pactffi_verifier_execute runs).

#include <string>
#include <string_view>

#include "support/log.hpp"

namespace pact::verifier {

class RunLog {
 public:
  /// Cheap when debug events go nowhere: check before building the message.
  static bool debug_enabled() { return support::log::enabled(support::log::Level::Debug); }
  void debug(std::string_view message) { append(support::log::Level::Debug, message); }
  void info(std::string_view message) { append(support::log::Level::Info, message); }
  void warn(std::string_view message) { append(support::log::Level::Warn, message); }
  void error(std::string_view message) { append(support::log::Level::Error, message); }
  const std::string& text() const noexcept { return text_; }

 private:
  void append(support::log::Level level, std::string_view message);
  std::string text_;
};

}  // namespace pact::verifier

#pragma once
// The log of one verification run: lines in the layout of
// logging-and-errors.md §7, kept in memory for pactffi_verifier_logs.

#include <string>
#include <string_view>

namespace pact::verifier {

class RunLog {
 public:
  void info(std::string_view message) { append("INFO", message); }
  void warn(std::string_view message) { append("WARN", message); }
  void error(std::string_view message) { append("ERROR", message); }
  const std::string& text() const noexcept { return text_; }

 private:
  void append(std::string_view level, std::string_view message);
  std::string text_;
};

}  // namespace pact::verifier

#include "ffi/last_error.hpp"

#include "support/log.hpp"

namespace pact::ffi {
namespace {
// One slot per OS thread: the reference's LAST_ERROR is thread-local, and
// clients read it on the thread that made the failing call.
thread_local std::optional<std::string> t_last_error;
}  // namespace

void set_last_error(std::string message) {
  // Every failed call is also logged (CONVENTIONS.md §1.2), where the
  // reference prints "Caught panic with error: ..." to stderr.
  support::log::emit(support::log::Level::Warn, "pact_ffi", message);
  t_last_error = std::move(message);
}

std::optional<std::string> take_last_error() {
  auto out = std::move(t_last_error);
  t_last_error.reset();
  return out;
}

const std::optional<std::string>& peek_last_error() { return t_last_error; }

}  // namespace pact::ffi

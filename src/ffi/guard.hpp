#pragma once
// The one guard every export runs in (CONVENTIONS.md §1.2): it catches every
// exception, records its message as the thread's last error and returns the
// function's failure value. Adapters signal an expected failure by throwing
// FfiError (or returning the failure value themselves).

#include <exception>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>

#include "ffi/last_error.hpp"
#include "support/result.hpp"

namespace pact::ffi {

/// An argument or core error that ends the call with the failure value.
class FfiError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Throws FfiError with the error's message.
[[noreturn]] inline void fail(const support::Error& error) { throw FfiError(error.message); }
[[noreturn]] inline void fail(std::string message) { throw FfiError(std::move(message)); }

template <typename R, typename F>
R guarded(R failure, F&& body) noexcept {
  try {
    return std::forward<F>(body)();
  } catch (const std::bad_alloc&) {
    set_last_error("out of memory");
  } catch (const std::exception& e) {
    set_last_error(e.what());
  } catch (...) {
    set_last_error("unknown internal error");
  }
  return failure;
}

/// For functions returning void.
template <typename F>
void guarded_void(F&& body) noexcept {
  try {
    std::forward<F>(body)();
  } catch (const std::exception& e) {
    set_last_error(e.what());
  } catch (...) {
    set_last_error("unknown internal error");
  }
}

}  // namespace pact::ffi

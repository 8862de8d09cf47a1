#pragma once
// Result<T>: a value or one project Error (CONVENTIONS.md §2.3). Expected
// failures (bad pact JSON, port in use, ...) travel as values; exceptions are
// kept for the truly unexpected and caught at the C boundary.

#include <string>
#include <utility>
#include <variant>

namespace pact::support {

/// What kind of failure an Error is; the C ABI maps categories to the
/// documented return codes of each function family.
enum class ErrorCategory {
  InvalidArgument,  ///< the caller passed something unusable
  NotFound,         ///< an unknown handle, port or name
  Parse,            ///< malformed JSON, expression, address, ...
  Io,               ///< file or socket failure
  State,            ///< the operation is not allowed in the current state
  Internal,         ///< a bug or an unexpected condition
};

/// One failure: a category plus a one-line, impersonal message.
struct Error {
  ErrorCategory category = ErrorCategory::Internal;
  std::string message;
};

/// A value of type T or an Error. Deliberately small: check `ok()`, then read
/// `value()` or `error()`.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}            // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}        // NOLINT(google-explicit-constructor)

  bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

/// Result of an operation with no value.
struct Unit {};
using Status = Result<Unit>;

inline Error make_error(ErrorCategory category, std::string message) {
  return Error{category, std::move(message)};
}

}  // namespace pact::support

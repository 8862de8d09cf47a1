#pragma once
// PactBuilder: the state behind a PactHandle — the pact being described, and
// whether a mock server has been started from it ("locked", ffi-conventions.md
// §13). Not thread-safe by itself: the handle registry serialises access.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "model/pact.hpp"
#include "support/result.hpp"

namespace pact::consumer {

/// What a change does once a mock server was started from the pact
/// (ffi-conventions.md §13). The reference's behaviour differs per function,
/// and clients rely on the return values.
enum class WhenLocked {
  ApplyAndFail,  ///< the change is made, but reported as failed
  Reject,        ///< nothing is changed, failure reported
  Apply,         ///< the change is made and reported as done
};

class PactBuilder {
 public:
  PactBuilder(std::string consumer, std::string provider, std::string_view library_version);

  const model::Pact& pact() const noexcept { return pact_; }
  bool mock_server_started() const noexcept { return mock_server_started_; }
  /// Locks the builder: later changes follow their WhenLocked policy.
  void mark_mock_server_started() noexcept { mock_server_started_ = true; }

  /// Adds an interaction of `kind`, or replaces the one with the same
  /// description (same index, new kind; pact-file-format.md §17.3).
  /// Returns its 0-based index.
  std::size_t add_interaction(std::string description, model::InteractionKind kind);

  /// Appends an interaction of `kind` without looking for one with the same
  /// description, as the older message-pact API does. Returns its index.
  std::size_t push_interaction(std::string description, model::InteractionKind kind);

  /// Replaces metadata[namespace] by {name: value}, as
  /// pactffi_with_message_pact_metadata does; an empty namespace is ignored.
  void replace_metadata_namespace(std::string_view name_space, std::string_view name, std::string_view value);

  /// Applies `change` to the interaction at `index`. Errors: NotFound for an
  /// unknown index; State when locked (after applying for ApplyAndFail);
  /// whatever `change` returns otherwise.
  support::Status update_interaction(std::size_t index, WhenLocked policy,
                                     const std::function<support::Status(model::Interaction&)>& change);

  /// The interaction at `index`, or nullptr.
  const model::Interaction* interaction(std::size_t index) const noexcept;

  /// Sets the specification version used when writing (ApplyAndFail).
  support::Status with_specification(model::SpecVersion version);

  /// Sets metadata[namespace][name] = value. "pactRust" and
  /// "pactSpecification" are read-only; an empty namespace is rejected.
  support::Status with_pact_metadata(std::string_view name_space, std::string_view name, std::string_view value);

 private:
  support::Status locked_result(WhenLocked policy) const;

  model::Pact pact_;
  bool mock_server_started_ = false;
};

}  // namespace pact::consumer

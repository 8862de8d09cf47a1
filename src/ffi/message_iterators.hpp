#pragma once
// Iterators over the messages of a pact (ffi-conventions.md §4.2): each one
// copies the interactions it iterates, so it survives its source pact or
// handle, and owns the message views it returns from *_next (valid until the
// iterator is deleted). Constructed by the pact-handle functions
// (pactffi_pact_handle_get_*_iter) and the message-pact model functions;
// advanced and freed in model_message_iterators.cpp.

#include <utility>
#include <variant>
#include <vector>

#include "ffi/model_objects.hpp"
#include "model/interaction.hpp"

/// V4 asynchronous messages (items: AsynchronousMessage views). Put only
/// interactions whose parts hold a model::AsynchronousMessage in it.
struct PactAsyncMessageIterator {
  explicit PactAsyncMessageIterator(std::vector<pact::model::Interaction> messages)
      : messages(std::move(messages)) {}
  pact::ffi::Snapshot<AsynchronousMessage, pact::model::Interaction> messages;
};

/// V4 synchronous messages (items: SynchronousMessage views). Put only
/// interactions whose parts hold a model::SynchronousMessage in it.
struct PactSyncMessageIterator {
  explicit PactSyncMessageIterator(std::vector<pact::model::Interaction> messages)
      : messages(std::move(messages)) {}
  pact::ffi::Snapshot<SynchronousMessage, pact::model::Interaction> messages;
};

/// V3-style messages (items: Message views). A V3 message is an
/// asynchronous message, so put only interactions holding a
/// model::AsynchronousMessage in it.
struct PactMessageIterator {
  explicit PactMessageIterator(std::vector<pact::model::Interaction> messages)
      : messages(std::move(messages)) {}
  pact::ffi::Snapshot<Message, pact::model::Interaction> messages;
};

namespace pact::ffi {

/// The interactions of `interactions` holding parts of type Part (for
/// example model::AsynchronousMessage), copied in order.
template <typename Part>
std::vector<model::Interaction> interactions_of_kind(const std::vector<model::Interaction>& interactions) {
  std::vector<model::Interaction> out;
  for (const auto& interaction : interactions) {
    if (std::holds_alternative<Part>(interaction.parts)) out.push_back(interaction);
  }
  return out;
}

}  // namespace pact::ffi

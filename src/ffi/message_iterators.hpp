#pragma once
// Iterators of the section "Model: messages and message contents".
//
// The pact-level message iterators PactAsyncMessageIterator,
// PactSyncMessageIterator and PactMessageIterator are defined with the other
// pact-level iterators in model_pact_objects.hpp (one Snapshot `items` each,
// constructed by pactffi_pact_handle_get_*_iter and pactffi_pact_model_*);
// their *_next/*_delete are in model_message_iterators.cpp.
//
// The iterators below copy what they iterate (ffi-conventions.md §4.2), except
// MessagePactMessageIterator, whose items are views owned by the message pact
// (the reference documents it as "must not outlive the message pact").

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "ffi/model_objects.hpp"
#include "ffi/model_pact_objects.hpp"

/// (key, value) metadata entries of a message or message contents, keys in
/// ascending order, values as text (strings unquoted, other JSON as JSON
/// text). Items are MessageMetadataPair, owned by the caller.
struct MessageMetadataIterator {
  std::vector<std::pair<std::string, std::string>> entries;
  std::size_t cursor = 0;
};

/// The messages of a message pact; items are Message views the message pact
/// owns.
struct MessagePactMessageIterator {
  explicit MessagePactMessageIterator(MessagePact* pact) : pact(pact) {}
  MessagePact* pact;
  std::size_t cursor = 0;
};

struct MessagePactMetadataEntry {
  std::string outer_key;
  std::string inner_key;
  std::string value;
};

/// (namespace, key, value) metadata entries of a message pact, ordered by
/// namespace then key. Items are MessagePactMetadataTriple, owned by the caller.
struct MessagePactMetadataIterator {
  std::vector<MessagePactMetadataEntry> entries;
  std::size_t cursor = 0;
};

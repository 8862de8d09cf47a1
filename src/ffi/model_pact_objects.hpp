#pragma once
// The pact-level iterators (all interactions, or the interactions of one
// kind) of the section "Model: pacts, interactions ...". Each holds a copy
// of the interactions (ffi-conventions.md §4.2, §15 trap 12) and owns the
// item objects it returns.

#include <vector>

#include "ffi/model_objects.hpp"

struct PactInteractionIterator {
  explicit PactInteractionIterator(std::vector<pact::model::Interaction> items) : items(std::move(items)) {}
  pact::ffi::Snapshot<PactInteraction, pact::model::Interaction> items;
};

struct PactSyncHttpIterator {
  explicit PactSyncHttpIterator(std::vector<pact::model::Interaction> items) : items(std::move(items)) {}
  pact::ffi::Snapshot<SynchronousHttp, pact::model::Interaction> items;
};

struct PactAsyncMessageIterator {
  explicit PactAsyncMessageIterator(std::vector<pact::model::Interaction> items) : items(std::move(items)) {}
  pact::ffi::Snapshot<AsynchronousMessage, pact::model::Interaction> items;
};

struct PactSyncMessageIterator {
  explicit PactSyncMessageIterator(std::vector<pact::model::Interaction> items) : items(std::move(items)) {}
  pact::ffi::Snapshot<SynchronousMessage, pact::model::Interaction> items;
};

/// V3-style messages: the asynchronous messages of the pact.
struct PactMessageIterator {
  explicit PactMessageIterator(std::vector<pact::model::Interaction> items) : items(std::move(items)) {}
  pact::ffi::Snapshot<Message, pact::model::Interaction> items;
};

// Header section "Model: messages and message contents": advancing and
// freeing the pact-level message iterators (model_pact_objects.hpp). Items
// are views owned by the iterator's snapshot (ffi-conventions.md §4.2).
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/message_iterators.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"

using namespace pact::ffi;

PACT_FFI_EXPORT Message* pactffi_pact_message_iter_next(PactMessageIterator* iter) {
  return guarded<Message*>(nullptr, [&] { return required_obj(iter, "iter").items.next(); });
}

PACT_FFI_EXPORT void pactffi_pact_message_iter_delete(PactMessageIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT AsynchronousMessage* pactffi_pact_async_message_iter_next(PactAsyncMessageIterator* iter) {
  return guarded<AsynchronousMessage*>(nullptr, [&] { return required_obj(iter, "iter").items.next(); });
}

PACT_FFI_EXPORT void pactffi_pact_async_message_iter_delete(PactAsyncMessageIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT SynchronousMessage* pactffi_pact_sync_message_iter_next(PactSyncMessageIterator* iter) {
  return guarded<SynchronousMessage*>(nullptr, [&] { return required_obj(iter, "iter").items.next(); });
}

PACT_FFI_EXPORT void pactffi_pact_sync_message_iter_delete(PactSyncMessageIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

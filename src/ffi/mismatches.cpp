// Header section "Matching: messages and mismatches": comparing two V3
// messages and reading the resulting mismatches (pactffi_match_message,
// pactffi_mismatches_*, pactffi_mismatch_*).
#include <memory>
#include <string>

#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/mismatch_objects.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_message_access.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "matching/message_match.hpp"
#include "matching/mismatch_text.hpp"
#include "pact.h"
#include "support/json.hpp"

using namespace pact;
using namespace pact::ffi;

namespace {

// pactffi_match_message owns both arguments (ffi-conventions.md §4.3): an
// owned message is reclaimed here and freed when the call ends, on every
// path. A borrowed view belongs to its message pact and is only read.
std::unique_ptr<Message> consume(const Message* message) {
  if (message == nullptr || !is_owned(*message)) return nullptr;
  return take_back(const_cast<Message*>(message));
}

const matching::Mismatch& mismatch_of(const ::Mismatch* mismatch) {
  return *required_obj(mismatch, "mismatch").mismatch;
}

}  // namespace

PACT_FFI_EXPORT const Mismatches* pactffi_match_message(const Message* msg_1, const Message* msg_2) {
  return guarded<const Mismatches*>(nullptr, [&] {
    const auto owned_1 = consume(msg_1);
    const auto owned_2 = consume(msg_2);
    auto& expected = async_parts(const_cast<Message&>(required_obj(msg_1, "msg_1")));
    auto& actual = async_parts(const_cast<Message&>(required_obj(msg_2, "msg_2")));
    auto result = std::make_unique<Mismatches>(matching::match_message(expected.contents, actual.contents));
    return static_cast<const Mismatches*>(hand_over(std::move(result)));
  });
}

PACT_FFI_EXPORT MismatchesIterator* pactffi_mismatches_get_iter(const Mismatches* mismatches) {
  return guarded<MismatchesIterator*>(nullptr, [&] {
    return hand_over(std::make_unique<MismatchesIterator>(required_obj(mismatches, "mismatches").list));
  });
}

PACT_FFI_EXPORT void pactffi_mismatches_delete(const Mismatches* mismatches) {
  guarded_void([&] { take_back(const_cast<Mismatches*>(mismatches)); });
}

PACT_FFI_EXPORT const Mismatch* pactffi_mismatches_iter_next(MismatchesIterator* iter) {
  return guarded<const Mismatch*>(nullptr, [&] {
    auto& it = required_obj(iter, "iter");
    const auto* item = it.list->at(it.cursor);
    if (item != nullptr) ++it.cursor;
    return item;
  });
}

PACT_FFI_EXPORT void pactffi_mismatches_iter_delete(MismatchesIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT const char* pactffi_mismatch_to_json(const Mismatch* mismatch) {
  return guarded<const char*>(nullptr, [&] {
    return hand_over_string(json::write(json::value(mismatch_of(mismatch).to_json())));
  });
}

PACT_FFI_EXPORT const char* pactffi_mismatch_type(const Mismatch* mismatch) {
  return guarded<const char*>(nullptr, [&] { return hand_over_string(mismatch_of(mismatch).type_name()); });
}

PACT_FFI_EXPORT const char* pactffi_mismatch_summary(const Mismatch* mismatch) {
  return guarded<const char*>(nullptr, [&] { return hand_over_string(matching::mismatch_summary(mismatch_of(mismatch))); });
}

PACT_FFI_EXPORT const char* pactffi_mismatch_description(const Mismatch* mismatch) {
  return guarded<const char*>(nullptr, [&] {
    return hand_over_string(matching::mismatch_description(mismatch_of(mismatch)));
  });
}

PACT_FFI_EXPORT const char* pactffi_mismatch_ansi_description(const Mismatch* mismatch) {
  return guarded<const char*>(nullptr, [&] {
    return hand_over_string(matching::mismatch_ansi_description(mismatch_of(mismatch)));
  });
}

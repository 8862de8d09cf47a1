// Header section "Model: messages and message contents": message contents
// (pactffi_message_contents_*) and the message metadata iterator.
#include <memory>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_message_access.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;

namespace {

const model::MessageContents& model_of(const MessageContents* contents) {
  return required_obj(contents, "contents").contents.get();
}

model::MessageContents& mutable_model_of(MessageContents* contents) {
  return required_obj(contents, "contents").contents.get();
}

}  // namespace

PACT_FFI_EXPORT void pactffi_message_contents_delete(const MessageContents* contents) {
  guarded_void([&] { delete_owned(contents, "contents"); });
}

PACT_FFI_EXPORT const char* pactffi_message_contents_get_contents_str(const MessageContents* contents) {
  return guarded<const char*>(nullptr, [&] { return body_as_c_string(model_of(contents).contents); });
}

PACT_FFI_EXPORT void pactffi_message_contents_set_contents_str(MessageContents* contents, const char* contents_str,
                                                              const char* content_type) {
  guarded_void([&] {
    set_body_text(mutable_model_of(contents).contents, contents_str, content_type, "contents_str");
  });
}

PACT_FFI_EXPORT size_t pactffi_message_contents_get_contents_length(const MessageContents* contents) {
  return guarded<size_t>(0, [&] { return body_length(model_of(contents).contents); });
}

PACT_FFI_EXPORT const unsigned char* pactffi_message_contents_get_contents_bin(const MessageContents* contents) {
  return guarded<const unsigned char*>(nullptr, [&] { return body_bytes(model_of(contents).contents); });
}

PACT_FFI_EXPORT void pactffi_message_contents_set_contents_bin(MessageContents* contents,
                                                              const unsigned char* contents_bin, size_t len,
                                                              const char* content_type) {
  guarded_void([&] { set_body_bytes(mutable_model_of(contents).contents, contents_bin, len, content_type); });
}

PACT_FFI_EXPORT MessageMetadataIterator* pactffi_message_contents_get_metadata_iter(const MessageContents* contents) {
  return guarded<MessageMetadataIterator*>(nullptr, [&] {
    return hand_over(make_metadata_iterator(model_of(contents).metadata));
  });
}

PACT_FFI_EXPORT MatchingRuleCategoryIterator* pactffi_message_contents_get_matching_rule_iter(
    const MessageContents* contents, MatchingRuleCategory category) {
  return guarded<MatchingRuleCategoryIterator*>(nullptr, [&] {
    const auto& model = model_of(contents);
    return hand_over(make_rule_iterator(model.matching_rules, rule_category_arg(raw_enum(category))));
  });
}

PACT_FFI_EXPORT GeneratorCategoryIterator* pactffi_message_contents_get_generators_iter(
    const MessageContents* contents, GeneratorCategory category) {
  return guarded<GeneratorCategoryIterator*>(nullptr, [&] {
    const auto& model = model_of(contents);
    return hand_over(make_generator_iterator(model.generators, generator_category_arg(raw_enum(category))));
  });
}

PACT_FFI_EXPORT MessageMetadataPair* pactffi_message_metadata_iter_next(MessageMetadataIterator* iter) {
  return guarded<MessageMetadataPair*>(nullptr, [&]() -> MessageMetadataPair* {
    auto& it = required_obj(iter, "iter");
    if (it.cursor >= it.entries.size()) return nullptr;
    const auto& [key, value] = it.entries[it.cursor++];
    // Checked first so that handing over the value cannot fail after the key.
    if (key.find('\0') != std::string::npos || value.find('\0') != std::string::npos) {
      fail("metadata contains an interior NUL byte");
    }
    auto pair = std::make_unique<MessageMetadataPair>();
    pair->key = hand_over_string(key);
    pair->value = hand_over_string(value);
    return hand_over(std::move(pair));
  });
}

PACT_FFI_EXPORT void pactffi_message_metadata_iter_delete(MessageMetadataIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT void pactffi_message_metadata_pair_delete(MessageMetadataPair* pair) {
  guarded_void([&] {
    auto owned = take_back(pair);
    if (!owned) return;
    take_back_string(const_cast<char*>(owned->key));
    take_back_string(const_cast<char*>(owned->value));
  });
}

#pragma once
// Comparing message contents (asynchronous messages, and both sides of
// synchronous messages) under the expected contents' rules
// (matching-rules.md §14). Pure functions, thread-safe.

#include <vector>

#include "matching/mismatch.hpp"
#include "model/interaction.hpp"
#include "model/message.hpp"

namespace pact::matching {

/// The contents (content type, presence, body rules with unexpected keys
/// allowed), then the metadata: BodyType/Body mismatches first, then
/// Metadata mismatches in the expected metadata's key order.
std::vector<Mismatch> match_message(const model::MessageContents& expected, const model::MessageContents& actual);

/// Only the metadata part of match_message (§14): nothing when the expected
/// metadata is empty; unexpected actual keys are ignored.
std::vector<Mismatch> match_message_metadata(const model::MessageContents& expected,
                                             const model::MessageContents& actual);

/// A synchronous message: the request as match_message, then the responses:
/// the counts must agree (a BodyType mismatch with expected "message
/// response" otherwise), then each pair in order.
std::vector<Mismatch> match_sync_message(const model::SynchronousMessage& expected,
                                         const model::SynchronousMessage& actual);

}  // namespace pact::matching

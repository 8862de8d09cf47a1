#pragma once
// Consumer version selectors (broker-api.md §3.2): the JSON documents users
// give on the command line or through pactffi_verifier_broker_source_with_
// selectors, normalised to the camelCase selector objects the broker's
// "pacts for verification" request carries. One implementation for the CLI
// and the FFI, so both drop and keep the same selectors.

#include <optional>
#include <span>
#include <string>

#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::verifier {

/// The selector object for one JSON value: only the known fields, in the
/// documented order, each with the right type. A field that is `null` is
/// treated as absent; unknown keys are dropped. Nothing when `selector` is
/// not an object or a known field has the wrong type (the reference drops
/// such selectors silently).
std::optional<json::object> normalise_selector(const json::value& selector);

/// The selectors to send. Empty strings in `json_texts` are skipped; every
/// other text must be JSON (else an InvalidArgument error naming it, and no
/// selectors at all). When at least one text is present, `tags` are
/// ignored; otherwise each non-empty tag t becomes {"tag": t, "latest": true}.
support::Result<json::array> consumer_version_selectors(std::span<const std::string> json_texts,
                                                        std::span<const std::string> tags);

/// {"tag": t, "latest": true} for each non-empty tag.
json::array tag_selectors(std::span<const std::string> tags);

}  // namespace pact::verifier

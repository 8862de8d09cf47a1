#pragma once
// The JSON diff the reference prints after body mismatches (pact_matching's
// display_diff): a line diff of pretty-printed JSON, always coloured,
// focused on the mismatch path in the reference's peculiar way (the quirks
// are kept because they decide what users see).

#include <string>
#include <string_view>

namespace pact::verifier {

/// The diff of `expected` and `actual` body text at mismatch `path`, each
/// line prefixed with `indent`; "" when there is nothing to show.
std::string json_body_diff(std::string_view expected, std::string_view actual, std::string_view path,
                           std::string_view indent);

}  // namespace pact::verifier

#pragma once
// Turning an interaction into the HTTP request sent to the provider, and
// the provider's answer into Pact terms (verifier.md §7, §8, §9). Pure.

#include <string_view>

#include "model/http.hpp"
#include "model/interaction.hpp"
#include "model/message.hpp"
#include "verifier/http_client.hpp"

namespace pact::verifier {

/// The provider request for `request` (generators already applied) at
/// `base_url`: path joined to the base, query sorted, pact headers except
/// those a custom header of the same spelling replaces, then the custom
/// headers not already present (case-insensitively), and the body.
OutboundRequest provider_request(const model::HttpRequest& request, std::string_view base_url,
                                 const HeaderList& custom_headers);

/// The provider's response as a Pact response: lower-cased headers with
/// list values split, the body with the content type of its header.
model::HttpResponse to_pact_response(const InboundResponse& response);

/// The POST asking the provider (or a relay) to produce the asynchronous
/// message `interaction` describes (§9.1), or the response to the
/// synchronous message request (§9.2, the request contents included).
OutboundRequest message_request(const model::Interaction& interaction, std::string_view url,
                                const HeaderList& custom_headers);

/// The message the provider produced: the body with its content type and
/// metadata {"contentType": ...} merged with the base64 JSON of the
/// Pact-Message-Metadata header (§9.1).
model::MessageContents to_message_contents(const InboundResponse& response);

}  // namespace pact::verifier

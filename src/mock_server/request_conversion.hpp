#pragma once
// Turning a received HTTP request into a Pact request (mock-server.md §5).
// Deliberately free of Beast/Asio types (CONVENTIONS.md §2.4): the session
// copies what the HTTP layer parsed into a RawRequest, so this step is pure
// and can be unit-tested (and fuzzed) without sockets.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/http.hpp"
#include "support/result.hpp"

namespace pact::mock_server {

/// What the HTTP layer parsed, unchanged.
struct RawRequest {
  std::string method;
  std::string target;  ///< request target as sent ("/path?query")
  std::vector<std::pair<std::string, std::string>> fields;  ///< in arrival order, names as sent
  std::string body;
};

/// The message the reference answers (with status 500) when a header value is
/// not visible ASCII (mock-server.md §5).
inline constexpr std::string_view kInvalidHeaderEncoding = "Found an invalid header encoding";

/// Parses a raw query string ("a=1&b=x+y&c") into name -> values in arrival
/// order: names and values percent-decoded, '+' as space, a name without '='
/// gives a null value; undecodable parts are kept verbatim. Empty -> nothing.
std::optional<model::Query> parse_query(std::string_view raw_query);

/// Method, raw path, query, lower-cased headers (repeated ones kept, list
/// values split) and body (empty -> Body::empty(), content type from the
/// Content-Type header). Error (InvalidArgument, kInvalidHeaderEncoding) when
/// a header value holds bytes other than visible ASCII, space or tab.
support::Result<model::HttpRequest> to_pact_request(RawRequest raw);

}  // namespace pact::mock_server

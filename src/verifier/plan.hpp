#pragma once
// The pure decisions of a verification run (verifier.md §4, §7, §10): which
// interactions are verified, which transport each goes to, and the URL a
// request is sent to. No I/O.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "model/http.hpp"
#include "model/interaction.hpp"
#include "support/result.hpp"
#include "verifier/config.hpp"

namespace pact::verifier {

/// The compiled interaction filters of §10. Regexes are unanchored searches.
class InteractionFilter {
 public:
  /// An invalid regex is a Parse error naming the pattern.
  static support::Result<InteractionFilter> compile(const Filters& filters);

  bool selects(const model::Interaction& interaction) const;

 private:
  struct Compiled;
  std::shared_ptr<const Compiled> compiled_;
};

/// The base URL for an interaction (§4): the transport named by the
/// interaction's V4 `transport`, else the first transport with a name that
/// suits its kind, else the deprecated provider address.
std::string base_url_for(const ProviderInfo& provider, const model::Interaction& interaction);

/// Joins a base URL and an interaction path as the reference does (§4):
/// "/base/" + "/api/items" -> "/base/api/items"; an empty or "/" path gives
/// the base without its trailing slash.
std::string join_url(std::string_view base, std::string_view path);

/// "?a=1&a=3&b=2": names sorted, repeated values in order, form-encoded
/// (§7.2); "" when there is no parameter. A name without a value is sent
/// without "=".
std::string query_suffix(const std::optional<model::Query>& query);

}  // namespace pact::verifier

#pragma once
// The HTTP parts of a Synchronous/HTTP interaction (pact-file-format.md
// §7-§9). Headers and query keep insertion order (the order of values within
// a name is significant); writers sort names.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/body.hpp"
#include "model/generator.hpp"
#include "model/matching_rule.hpp"

namespace pact::model {

/// Header name -> values. Names keep their case; lookups are
/// case-insensitive (`find`).
struct Headers {
  std::vector<std::pair<std::string, std::vector<std::string>>> entries;

  /// Values of the header named `name` (any case), or nullptr.
  const std::vector<std::string>* find(std::string_view name) const;
  std::vector<std::string>* find(std::string_view name);
  /// Replaces the values of `name` (any case, keeping the existing spelling)
  /// or adds it.
  void set(std::string_view name, std::vector<std::string> values);
  /// Appends one value to `name` (any case) or adds it.
  void append(std::string_view name, std::string value);
  void erase(std::string_view name);
  bool empty() const noexcept { return entries.empty(); }
  bool operator==(const Headers&) const = default;
};

/// Query parameter name -> values; an absent value (nullopt) is a parameter
/// without '=' (?flag). Names are case-sensitive.
struct Query {
  std::vector<std::pair<std::string, std::vector<std::optional<std::string>>>> entries;

  const std::vector<std::optional<std::string>>* find(std::string_view name) const;
  std::vector<std::optional<std::string>>& at_or_add(std::string_view name);
  bool empty() const noexcept { return entries.empty(); }
  bool operator==(const Query&) const = default;
};

struct HttpRequest {
  std::string method = "GET";
  std::string path = "/";
  std::optional<Query> query;        ///< nullopt = no query in the pact
  std::optional<Headers> headers;    ///< nullopt = no headers in the pact
  Body body;
  MatchingRules matching_rules;
  Generators generators;

  bool operator==(const HttpRequest&) const = default;
};

struct HttpResponse {
  std::uint16_t status = 200;
  std::optional<Headers> headers;
  Body body;
  MatchingRules matching_rules;
  Generators generators;

  bool operator==(const HttpResponse&) const = default;
};

/// True for header names whose values are comma-separated lists and so are
/// split on ',' (pact-file-format.md §9).
bool is_multi_value_header(std::string_view name) noexcept;

/// Splits a header value on commas for multi-value headers (trimmed parts),
/// otherwise returns the trimmed value alone.
std::vector<std::string> split_header_value(std::string_view name, std::string_view value);

/// Adds a header line as it arrived over HTTP (mock-server.md §5,
/// verifier.md §8): the name lower-cased, a repeated header appended to the
/// values already there, a list-valued one split on commas.
void append_received_header(Headers& headers, std::string_view name, std::string_view value);

}  // namespace pact::model

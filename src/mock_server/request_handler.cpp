#include "mock_server/request_handler.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

#include "generators/generate.hpp"
#include "matching/request_match.hpp"
#include "support/json.hpp"
#include "support/text.hpp"

namespace pact::mock_server {
namespace {

constexpr std::string_view kAllowMethods = "GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH";

std::string join(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += separator;
    out += v;
  }
  return out;
}

// The request's Origin values joined with ", ", or "*" (mock-server.md §7.1).
std::string allow_origin(const model::HttpRequest& request) {
  if (request.headers) {
    if (const auto* origin = request.headers->find("origin"); origin && !origin->empty()) {
      return join(*origin, ", ");
    }
  }
  return "*";
}

// RFC 9110 token characters: what a header name may hold.
bool is_token(std::string_view name) noexcept {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= '0' && c <= '9') return true;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
  });
}

// Header values must not smuggle line breaks or NULs into the response.
bool is_safe_value(std::string_view value) noexcept {
  return std::none_of(value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

void append_escaped(std::string& out, std::string_view text) {
  out += support::rust_debug_quoted(text, support::DebugStyle::Bytes);
}

MockResponse matched_response(const model::HttpRequest& actual, const model::HttpResponse& expected) {
  MockResponse response;
  response.status = expected.status;
  // CORS headers first, in this order, then the pact's own headers appended
  // (duplicates allowed) (mock-server.md §7.1, trap 9).
  response.headers = {
      {"Access-Control-Allow-Origin", allow_origin(actual)},
      {"Access-Control-Allow-Headers", "*"},
      {"Access-Control-Allow-Methods", std::string(kAllowMethods)},
      {"Access-Control-Expose-Headers", "Location, Link"},
      {"Access-Control-Allow-Credentials", "true"},
  };
  if (expected.headers) {
    for (const auto& [name, values] : expected.headers->entries) {
      if (!is_token(name)) return plain_error_response("Could not set response header");
      for (const auto& value : values) {
        if (!is_safe_value(value)) return plain_error_response("Could not set response header");
        response.headers.emplace_back(name, value);
      }
    }
  }
  if (expected.body.is_present()) response.body = expected.body.bytes;
  return response;
}

MockResponse unmatched_response(std::string_view key, const model::HttpRequest& actual) {
  MockResponse response;
  response.status = 500;
  response.headers = {
      {"Access-Control-Allow-Origin", "*"},
      {"Content-Type", "application/json; charset=utf-8"},
      {"X-Pact", std::string(key)},
  };
  json::object body;
  body["error"] = std::string(key) + " : " + dump_request(actual);
  response.body = json::write(body);
  return response;
}

// CORS pre-flight answer for an unmatched OPTIONS request (mock-server.md §7.3).
MockResponse preflight_response(const model::HttpRequest& actual) {
  std::string allow_headers = "*";
  if (actual.headers) {
    if (const auto* requested = actual.headers->find("access-control-request-headers");
        requested && !requested->empty()) {
      allow_headers = join(*requested, ", ") + ", *";
    }
  }
  MockResponse response;
  response.status = 204;
  response.headers = {
      {"Access-Control-Allow-Origin", allow_origin(actual)},
      {"Access-Control-Allow-Methods", std::string(kAllowMethods)},
      {"Access-Control-Allow-Headers", std::move(allow_headers)},
      {"Access-Control-Expose-Headers", "Location, Link"},
      {"Access-Control-Allow-Credentials", "true"},
  };
  return response;
}

std::string request_line(const model::HttpRequest& r) { return r.method + " " + r.path; }

}  // namespace

std::vector<std::size_t> request_groups(const model::Pact& pact) {
  std::vector<std::size_t> groups(pact.interactions.size(), kNotHttp);
  for (std::size_t i = 0; i < pact.interactions.size(); ++i) {
    const auto* http = pact.interactions[i].http();
    if (!http) continue;
    groups[i] = i;
    for (std::size_t j = 0; j < i; ++j) {
      const auto* earlier = pact.interactions[j].http();
      if (earlier && groups[j] == j && earlier->request == http->request) {
        groups[i] = j;
        break;
      }
    }
  }
  return groups;
}

// Some({"name": [value, ...], ...}): Rust's Debug of an optional map of
// lists, as the query and headers appear in the dump.
template <typename Entries, typename WriteValue>
void append_debug_map(std::string& out, const Entries& entries, WriteValue write_value) {
  out += "Some({";
  for (std::size_t e = 0; e < entries.size(); ++e) {
    if (e > 0) out += ", ";
    append_escaped(out, entries[e].first);
    out += ": [";
    const auto& values = entries[e].second;
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out += ", ";
      write_value(values[i]);
    }
    out += "]";
  }
  out += "})";
}

std::string dump_request(const model::HttpRequest& request) {
  std::string out = "HttpRequest { method: ";
  append_escaped(out, request.method);
  out += ", path: ";
  append_escaped(out, request.path);
  out += ", query: ";
  if (!request.query) {
    out += "None";
  } else {
    append_debug_map(out, request.query->entries, [&](const std::optional<std::string>& value) {
      if (value) {
        append_escaped(out, *value);
      } else {
        out += "None";
      }
    });
  }
  out += ", headers: ";
  if (!request.headers) {
    out += "None";
  } else {
    append_debug_map(out, request.headers->entries, [&](const std::string& value) { append_escaped(out, value); });
  }
  out += ", body: ";
  switch (request.body.state) {
    case model::BodyState::Missing: out += "Missing"; break;
    case model::BodyState::Empty: out += "Empty"; break;
    case model::BodyState::Null: out += "Null"; break;
    case model::BodyState::Present:
      out += "Present(b";
      append_escaped(out, request.body.bytes);
      out += ", ";
      if (request.body.content_type.empty()) {
        out += "None";
      } else {
        out += "Some(";
        out += request.body.content_type;
        out += ")";
      }
      out += ")";
      break;
  }
  out += " }";
  return out;
}

MockResponse plain_error_response(std::string_view message) {
  MockResponse response;
  response.status = 500;
  response.headers = {{"Content-Type", "text/plain"}};
  response.body = std::string(message);
  return response;
}

RequestHandler::RequestHandler(std::shared_ptr<const model::Pact> pact, bool cors_preflight)
    : pact_(std::move(pact)), cors_preflight_(cors_preflight), groups_(request_groups(*pact_)) {
  for (std::size_t i = 0; i < groups_.size(); ++i) {
    if (groups_[i] != i) continue;
    const auto& expected = pact_->interactions[i].http()->request;
    bool path_rules = false;
    if (const auto* category = expected.matching_rules.find(model::Category::Path)) {
      path_rules = std::any_of(category->begin(), category->end(), [](const auto& e) { return !e.second.empty(); });
    }
    const int parts = static_cast<int>((expected.query ? expected.query->entries.size() : 0) +
                                       (expected.headers ? expected.headers->entries.size() : 0));
    candidates_.push_back({i, support::ascii_lower(expected.method), path_rules, parts});
  }
}

void RequestHandler::set_server_url(std::string url, std::uint16_t port) {
  server_url_ = std::move(url);
  server_port_ = port;
}

Selection RequestHandler::select(const model::HttpRequest& actual, SelectionStrategy strategy) const {
  // Best score wins; ties go to the first interaction in pact order. Only the
  // first of identical expected requests is a candidate: the others would
  // score the same and lose the tie (mock-server.md §6, trap 1).
  Selection out;
  const auto consider = [&](std::size_t index, matching::RequestMatchResult result) {
    ++out.compared;
    if (!out.best || result.score > out.best->score || (result.score == out.best->score && index < out.interaction)) {
      out.best = std::move(result);
      out.interaction = index;
    }
  };
  const auto compare = [&](const Candidate& c) {
    return matching::match_request(pact_->interactions[c.index].http()->request, actual);
  };

  if (strategy == SelectionStrategy::Exhaustive) {
    for (const auto& c : candidates_) consider(c.index, compare(c));
    return out;
  }

  // Narrowing (DESIGN.md §4) without changing the result: a candidate's score
  // is at most ±1 for the method, ±1 for the path (+1 when path rules could
  // match anything), +1 per expected query parameter and header, and the body
  // adds nothing positive. Candidates are compared in order of that bound,
  // and one whose bound cannot beat (or tie earlier than) the best so far is
  // skipped, so costly body comparisons happen only for real contenders.
  const auto actual_method = support::ascii_lower(actual.method);
  std::vector<std::pair<int, std::size_t>> order;  // (bound, position in candidates_)
  order.reserve(candidates_.size());
  for (std::size_t k = 0; k < candidates_.size(); ++k) {
    const auto& c = candidates_[k];
    const int method = c.method == actual_method ? 1 : -1;
    const int path = (c.path_has_rules || pact_->interactions[c.index].http()->request.path == actual.path) ? 1 : -1;
    order.emplace_back(method + path + c.part_count, k);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [bound, k] : order) {
    const auto& c = candidates_[k];
    if (out.best && (bound < out.best->score || (bound == out.best->score && c.index > out.interaction))) continue;
    auto result = compare(c);
    if (result.score > bound) {
      // The bound does not hold (the matcher scored a part higher than
      // assumed): fall back to comparing everything, which is always right.
      return select(actual, SelectionStrategy::Exhaustive);
    }
    consider(c.index, std::move(result));
  }
  return out;
}

HandledRequest RequestHandler::handle(const model::HttpRequest& actual) const {
  HandledRequest out;
  out.log_lines.push_back("Received request " + request_line(actual));

  auto selection = select(actual);
  auto& best = selection.best;
  const auto best_index = selection.interaction;

  const bool is_options = actual.method == "OPTIONS";
  if (best && best->all_matched()) {
    const auto& interaction = pact_->interactions[best_index];
    out.record.outcome = Outcome::Matched;
    out.record.interaction = best_index;
    // Response generators run in consumer mode with the server's own URL
    // (mock-server.md §7.1); a fresh context per request keeps handle()
    // free of shared mutable state.
    const auto context = server_url_.empty() ? generators::GeneratorContext{}
                                             : generators::GeneratorContext::for_mock_server(server_url_, server_port_);
    out.response = matched_response(actual, generators::apply_response_generators(interaction.http()->response, context));
    out.log_lines.push_back("Request matched interaction '" + interaction.description + "', sending response " +
                            std::to_string(out.response.status));
    return out;
  }

  if (best && !best->method_or_path_mismatched()) {
    out.record.outcome = Outcome::Mismatch;
    out.record.interaction = best_index;
    out.record.mismatches = best->all();
  } else {
    out.record.outcome = Outcome::Unexpected;
  }
  // Unmatched OPTIONS requests are never reported (mock-server.md §7.3).
  out.record.reportable = !is_options;

  if (is_options && cors_preflight_) {
    out.response = preflight_response(actual);
    out.log_lines.push_back("Responding to CORS pre-flight request " + request_line(actual));
    return out;
  }
  if (out.record.outcome == Outcome::Mismatch) {
    const auto& interaction = pact_->interactions[best_index];
    out.log_lines.push_back("Request did not match interaction '" + interaction.description + "' (" +
                            std::to_string(out.record.mismatches.size()) + " mismatch(es))");
    for (const auto& m : out.record.mismatches) out.log_lines.push_back("  " + m.description);
    out.response = unmatched_response("Request-Mismatch", actual);
  } else {
    out.log_lines.push_back("Request did not match any interaction: unexpected request " + request_line(actual));
    out.response = unmatched_response("Unexpected-Request", actual);
  }
  return out;
}

}  // namespace pact::mock_server

// Mismatch summaries and descriptions (matching-rules.md §15).

#include "matching/mismatch_text.hpp"

namespace pact::matching {
namespace {

// The reference renders expected/actual fields as their plain text: strings
// without quotes, status codes as numbers.
std::string plain(const json::value& v) { return v.is_null() ? std::string() : json::to_plain_string(v); }

// ANSI SGR sequences: each painted span is reset afterwards.
std::string red(const std::string& s) { return "\x1b[31m" + s + "\x1b[0m"; }
std::string green(const std::string& s) { return "\x1b[32m" + s + "\x1b[0m"; }
std::string bold(const std::string& s) { return "\x1b[1m" + s + "\x1b[0m"; }

}  // namespace

std::string mismatch_summary(const Mismatch& m) {
  switch (m.kind) {
    case Mismatch::Kind::Method: return "is a " + plain(m.expected) + " request";
    case Mismatch::Kind::Path: return "to path '" + plain(m.expected) + "'";
    case Mismatch::Kind::Status: return "has status code " + plain(m.expected);
    case Mismatch::Kind::Query: return "includes parameter '" + m.location + "' with value '" + plain(m.expected) + "'";
    case Mismatch::Kind::Header: return "includes header '" + m.location + "' with value '" + plain(m.expected) + "'";
    case Mismatch::Kind::BodyType:
    case Mismatch::Kind::Body: return "has a matching body";
    case Mismatch::Kind::Metadata: return "has matching metadata";
  }
  return "has a matching body";
}

std::string mismatch_description(const Mismatch& m) {
  switch (m.kind) {
    case Mismatch::Kind::Method:
      return m.description.empty() ? "expected " + plain(m.expected) + " but was " + plain(m.actual) : m.description;
    case Mismatch::Kind::BodyType:
      // The generic wording, even for the message and response-count texts.
      return "Expected a body of '" + plain(m.expected) + "' but the actual content type was '" + plain(m.actual) + "'";
    case Mismatch::Kind::Body: return m.location + " -> " + m.description;
    case Mismatch::Kind::Path:
    case Mismatch::Kind::Status:
    case Mismatch::Kind::Query:
    case Mismatch::Kind::Header:
    case Mismatch::Kind::Metadata: return m.description;
  }
  return m.description;
}

std::string mismatch_ansi_description(const Mismatch& m) {
  const auto e = plain(m.expected);
  const auto a = plain(m.actual);
  switch (m.kind) {
    case Mismatch::Kind::Method:
    case Mismatch::Kind::Status: return "expected " + red(e) + " but was " + green(a);
    case Mismatch::Kind::Path: return "expected '" + red(e) + "' but was '" + green(a) + "'";
    case Mismatch::Kind::Query:
      return "Expected '" + red(e) + "' but received '" + green(a) + "' for query parameter '" + bold(m.location) + "'";
    case Mismatch::Kind::Header:
      return "Expected header '" + bold(m.location) + "' to have value '" + red(e) + "' but was '" + green(a) + "'";
    case Mismatch::Kind::BodyType:
      return "expected a body of '" + red(e) + "' but the actual content type was '" + green(a) + "'";
    case Mismatch::Kind::Body: return bold(m.location) + " -> " + m.description;
    case Mismatch::Kind::Metadata:
      return "Expected message metadata '" + bold(m.location) + "' to have value '" + red(e) + "' but was '" + green(a) + "'";
  }
  return m.description;
}

}  // namespace pact::matching

#pragma once
// A mismatch: one difference between what was expected and what arrived.
// Mismatches are data, not errors (CONVENTIONS.md §2.3). Their JSON is the
// reference's (mock-server.md §9.1, matching-rules.md §15).

#include <string>
#include <vector>

#include "support/json.hpp"

namespace pact::matching {

struct Mismatch {
  enum class Kind { Method, Path, Status, Query, Header, BodyType, Body, Metadata };

  Kind kind = Kind::Body;
  /// Query: parameter name; Header/Metadata: key; Body: path expression.
  std::string location;
  /// Strings (or null) as the reference reports them; numbers for Status.
  json::value expected;
  json::value actual;
  /// Human-readable description ("Expected 2 (Integer) to be equal to 1 (Integer)").
  std::string description;
  /// BodyType only: the bodies as strings (or null).
  json::value expected_body;
  json::value actual_body;

  /// The reference's JSON object, e.g. {"actual":"2","expected":"1",
  /// "mismatch":"...","path":"$.a","type":"BodyMismatch"}.
  json::object to_json() const;
  /// "MethodMismatch", "BodyMismatch", ...
  std::string_view type_name() const noexcept;
};

/// The mismatches as a JSON array of their reference JSON objects.
json::array to_json(const std::vector<Mismatch>& mismatches);

}  // namespace pact::matching

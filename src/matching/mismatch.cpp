// Mismatch JSON, exactly as the reference lays it out (mock-server.md §9.1,
// matching-rules.md §15).

#include "matching/mismatch.hpp"

namespace pact::matching {

std::string_view Mismatch::type_name() const noexcept {
  switch (kind) {
    case Kind::Method: return "MethodMismatch";
    case Kind::Path: return "PathMismatch";
    case Kind::Status: return "StatusMismatch";
    case Kind::Query: return "QueryMismatch";
    case Kind::Header: return "HeaderMismatch";
    case Kind::BodyType: return "BodyTypeMismatch";
    case Kind::Body: return "BodyMismatch";
    case Kind::Metadata: return "MetadataMismatch";
  }
  return "BodyMismatch";
}

json::object Mismatch::to_json() const {
  json::object out;
  out["type"] = type_name();
  out["expected"] = expected;
  out["actual"] = actual;
  switch (kind) {
    case Kind::Method:
      // The method mismatch carries no text of its own (§15); its
      // description ("expected GET but was POST") is only for reports.
      out["mismatch"] = "";
      break;
    case Kind::Path:
    case Kind::Status:
      out["mismatch"] = description;
      break;
    case Kind::Query:
      out["parameter"] = location;
      out["mismatch"] = description;
      break;
    case Kind::Header:
    case Kind::Metadata:
      out["key"] = location;
      out["mismatch"] = description;
      break;
    case Kind::BodyType:
      out["mismatch"] = description;
      out["expectedBody"] = expected_body;
      out["actualBody"] = actual_body;
      break;
    case Kind::Body:
      out["path"] = location;
      out["mismatch"] = description;
      break;
  }
  return out;
}

json::array to_json(const std::vector<Mismatch>& mismatches) {
  json::array out;
  out.reserve(mismatches.size());
  for (const auto& m : mismatches) out.emplace_back(m.to_json());
  return out;
}

}  // namespace pact::matching

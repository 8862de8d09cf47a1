#pragma once
// GoogleTest printer: a Pact shows as its V4 JSON (plus the declared
// version), so failed model comparisons are readable.

#include <ostream>

#include "model/pact_json.hpp"

namespace pact::model {

inline void PrintTo(const Pact& pact, std::ostream* os) {
  auto doc = pact_to_json(pact, SpecVersion::V4);
  *os << "spec " << static_cast<int>(pact.spec_version) << " "
      << (doc.ok() ? json::write(doc.value(), json::Layout::Compact) : doc.error().message);
}

}  // namespace pact::model

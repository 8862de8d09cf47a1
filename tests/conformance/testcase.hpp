#pragma once
// One pact-specification matching testcase file ({"match", "comment",
// "expected", "actual"}) turned into model requests/responses through the
// pact codec (model::read_pact), so the runner checks codec + matching.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "matching/mismatch.hpp"
#include "model/http.hpp"
#include "support/result.hpp"

namespace pact::conformance {

struct Testcase {
  std::string version;        ///< "v1", "v1.1", "v2", "v3", "v4"
  std::string part;           ///< "request" or "response"
  std::string relative_path;  ///< "v3/request/body/array at top level.json"
  /// The file actually run: the spec file, or pact-reference's own copy of
  /// it where the reference runs a deliberately different copy
  /// (spec-testcases-differences.tsv).
  std::filesystem::path source;
  bool expected_match = false;
  std::string comment;
  /// Why the expected result differs from the file's "match", if it does.
  std::string deviation;
};

/// Every testcase file of the request/response folders, sorted by path.
std::vector<Testcase> discover_testcases(const std::filesystem::path& root);

struct Outcome {
  std::vector<matching::Mismatch> mismatches;  ///< empty = matched
  bool xml_body = false;                       ///< the expected body is XML
};

/// Runs the match, or gives the load error.
support::Result<Outcome> run_testcase(const std::filesystem::path& root, const Testcase& testcase);

}  // namespace pact::conformance

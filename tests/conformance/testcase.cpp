// Loading and running spec testcases.

#include "testcase.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "matching/request_match.hpp"
#include "model/content_type.hpp"
#include "model/pact_json.hpp"
#include "support/json.hpp"

namespace pact::conformance {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  // Some v1 files start with a UTF-8 BOM (spec-testcases-index.tsv notes).
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  return text;
}

std::string spec_version_string(const std::string& version) {
  if (version == "v1") return "1.0.0";
  if (version == "v1.1") return "1.1.0";
  if (version == "v2") return "2.0.0";
  if (version == "v3") return "3.0.0";
  return "4.0";
}

// Deliberate differences of the reference (spec-testcases-differences.tsv),
// keyed "<version>/<path>".
struct Difference {
  bool reference_match = false;
  bool reference_runs_it = false;  ///< false when pact-reference #[ignore]s its copy
  std::string what_changed;
};

std::map<std::string, Difference> load_differences(const fs::path& root) {
  std::map<std::string, Difference> out;
  std::istringstream in(read_file(root.parent_path() / "spec-testcases-differences.tsv"));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      const auto tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (cols.size() < 6) continue;
    out[cols[0] + "/" + cols[1]] = {cols[3] == "true", cols[5].rfind("yes", 0) == 0, cols[4]};
  }
  return out;
}

}  // namespace

std::vector<Testcase> discover_testcases(const fs::path& root) {
  std::vector<Testcase> out;
  const auto differences = load_differences(root);
  for (const std::string version : {"v1", "v1.1", "v2", "v3", "v4"}) {
    for (const std::string part : {"request", "response"}) {
      const auto dir = root / version / part;
      if (!fs::is_directory(dir)) continue;
      for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        Testcase tc;
        tc.version = version;
        tc.part = part;
        tc.relative_path = fs::relative(entry.path(), root).generic_string();
        const auto doc = json::parse(read_file(entry.path()));
        if (doc.ok() && doc.value().is_object()) {
          const auto& obj = doc.value().get_object();
          if (const auto* m = obj.if_contains("match"); m != nullptr && m->is_bool()) tc.expected_match = m->get_bool();
          if (const auto* c = obj.if_contains("comment"); c != nullptr && c->is_string()) tc.comment = c->get_string();
        }
        tc.source = entry.path();
        const auto relative = fs::relative(entry.path(), root / version);
        if (const auto it = differences.find(version + "/" + relative.generic_string()); it != differences.end()) {
          const auto& diff = it->second;
          if (diff.reference_runs_it) {
            // The reference runs its own copy (rule paths moved, headers
            // renamed, result flipped): run that copy and expect its result.
            tc.source = root.parent_path() / "spec-testcases-pact-reference-variants" / version / relative;
            tc.expected_match = diff.reference_match;
            tc.deviation = "running pact-reference's copy, which changes: " + diff.what_changed;
          } else {
            // Ignored by the reference itself: its copy's result is not what
            // its matcher produces, so the spec file's own result stands.
            tc.deviation = "pact-reference ignores its copy (" + diff.what_changed + "); keeping the spec's result";
          }
        }
        out.push_back(std::move(tc));
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Testcase& a, const Testcase& b) { return a.relative_path < b.relative_path; });
  return out;
}

support::Result<Outcome> run_testcase(const fs::path& root, const Testcase& testcase) {
  auto doc = json::parse(read_file(testcase.source.empty() ? root / testcase.relative_path : testcase.source));
  if (!doc.ok()) return doc.error();
  if (!doc.value().is_object()) return support::make_error(support::ErrorCategory::Parse, "testcase is not an object");
  const auto& obj = doc.value().get_object();
  const json::value empty_object = json::object{};
  const auto* expected = obj.if_contains("expected");
  const auto* actual = obj.if_contains("actual");
  if (expected == nullptr) expected = &empty_object;
  if (actual == nullptr) actual = &empty_object;

  // Both sides go through the pact codec as one interaction each, so the
  // runner exercises the same reading code as real pact files.
  const bool v4 = testcase.version == "v4";
  const auto as_pact = [&](const json::value& part) {
    json::object interaction;
    interaction["description"] = "testcase";
    if (v4) interaction["type"] = "Synchronous/HTTP";
    if (testcase.part == "request") {
      interaction["request"] = part;
      interaction["response"] = json::object{{"status", 200}};
    } else {
      interaction["request"] = json::object{{"method", "GET"}, {"path", "/"}};
      interaction["response"] = part;
    }
    json::object pact;
    pact["consumer"] = json::object{{"name", "c"}};
    pact["provider"] = json::object{{"name", "p"}};
    pact["interactions"] = json::array{interaction};
    pact["metadata"] = json::object{{"pactSpecification", json::object{{"version", spec_version_string(testcase.version)}}}};
    return model::read_pact(json::value(pact));
  };
  auto expected_pact = as_pact(*expected);
  if (!expected_pact.ok()) return expected_pact.error();
  auto actual_pact = as_pact(*actual);
  if (!actual_pact.ok()) return actual_pact.error();
  const auto* e = expected_pact.value().interactions.at(0).http();
  const auto* a = actual_pact.value().interactions.at(0).http();
  if (e == nullptr || a == nullptr) {
    return support::make_error(support::ErrorCategory::Parse, "testcase did not read as an HTTP interaction");
  }
  Outcome outcome;
  const bool request = testcase.part == "request";
  const auto& body = request ? e->request.body : e->response.body;
  const auto& headers = request ? e->request.headers : e->response.headers;
  const auto content_type = model::effective_content_type(body, headers ? &*headers : nullptr);
  outcome.xml_body = body.is_present() && content_type && content_type->is_xml();
  outcome.mismatches = request ? matching::match_request(e->request, a->request).all()
                               : matching::match_response(e->response, a->response);
  return outcome;
}

}  // namespace pact::conformance

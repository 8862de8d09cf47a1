// Loading and running the message testcases.

#include "message_testcase.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <variant>

#include "matching/message_match.hpp"
#include "model/pact_json.hpp"
#include "support/json.hpp"

namespace pact::conformance {
namespace {

namespace fs = std::filesystem;

support::Result<json::value> read_json(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return json::parse(buffer.str());
}

// One side as a pact with a single message: a V3 "messages" entry, or a V4
// "Asynchronous/Messages" interaction, so the codec reads it as files are read.
support::Result<model::MessageContents> read_side(const json::value& part, bool v4) {
  json::object message = part.is_object() ? part.get_object() : json::object{};
  message["description"] = "testcase";
  json::object pact;
  pact["consumer"] = json::object{{"name", "c"}};
  pact["provider"] = json::object{{"name", "p"}};
  if (v4) {
    message["type"] = "Asynchronous/Messages";
    pact["interactions"] = json::array{message};
  } else {
    pact["messages"] = json::array{message};
  }
  pact["metadata"] = json::object{{"pactSpecification", json::object{{"version", v4 ? "4.0" : "3.0.0"}}}};
  auto read = model::read_pact(json::value(pact));
  if (!read.ok()) return read.error();
  const auto& interactions = read.value().interactions;
  const auto* async = interactions.empty() ? nullptr : std::get_if<model::AsynchronousMessage>(&interactions.front().parts);
  if (async == nullptr) return support::make_error(support::ErrorCategory::Parse, "testcase did not read as a message");
  return async->contents;
}

}  // namespace

std::vector<MessageTestcase> discover_message_testcases(const fs::path& root) {
  std::vector<MessageTestcase> out;
  for (const std::string version : {"v3", "v4"}) {
    const auto dir = root / version / "message";
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
      MessageTestcase tc;
      tc.version = version;
      tc.relative_path = fs::relative(entry.path(), root).generic_string();
      if (const auto doc = read_json(entry.path()); doc.ok() && doc.value().is_object()) {
        const auto& obj = doc.value().get_object();
        if (const auto* m = obj.if_contains("match"); m != nullptr && m->is_bool()) tc.expected_match = m->get_bool();
        if (const auto* c = obj.if_contains("comment"); c != nullptr && c->is_string()) tc.comment = c->get_string();
      }
      out.push_back(std::move(tc));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const MessageTestcase& a, const MessageTestcase& b) { return a.relative_path < b.relative_path; });
  return out;
}

support::Result<std::vector<matching::Mismatch>> run_message_testcase(const fs::path& root,
                                                                      const MessageTestcase& testcase) {
  auto doc = read_json(root / testcase.relative_path);
  if (!doc.ok()) return doc.error();
  if (!doc.value().is_object()) return support::make_error(support::ErrorCategory::Parse, "testcase is not an object");
  const auto& obj = doc.value().get_object();
  const json::value none = json::object{};
  const auto* expected = obj.if_contains("expected");
  const auto* actual = obj.if_contains("actual");
  const bool v4 = testcase.version == "v4";
  auto e = read_side(expected != nullptr ? *expected : none, v4);
  if (!e.ok()) return e.error();
  auto a = read_side(actual != nullptr ? *actual : none, v4);
  if (!a.ok()) return a.error();
  return matching::match_message(e.value(), a.value());
}

}  // namespace pact::conformance

// Rendering a VerificationRun the way the reference does (verifier.md §12,
// broker-api.md §5.3): pact_verifier 1.4.8 as embedded in pact_ffi 0.5.8.
// Layout, colours and the reference's quirks are reproduced on purpose; each
// quirk is named where it is implemented.

#include "verifier/report.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "matching/mismatch_text.hpp"
#include "model/content_type.hpp"
#include "support/text.hpp"
#include "verifier/ansi.hpp"
#include "verifier/body_diff.hpp"
#include "verifier/verifier.hpp"

namespace pact::verifier {
namespace {

using matching::Mismatch;

constexpr std::string_view kNoticeBefore = "before_verification";
constexpr std::string_view kNoticeSuccessPublished = "after_verification:success_true_published_true";
constexpr std::string_view kNoticeFailurePublished = "after_verification:success_false_published_true";
constexpr std::string_view kNoticeSuccessNotPublished = "after_verification:success_true_published_false";
constexpr std::string_view kNoticeFailureNotPublished = "after_verification:success_false_published_false";

class Paint {
 public:
  explicit Paint(bool on) : on_(on) {}

  std::string bold(std::string_view text) const { return apply(ansi::kBold, text); }
  std::string red(std::string_view text) const { return apply(ansi::kRed, text); }
  std::string yellow(std::string_view text) const { return apply(ansi::kYellow, text); }
  /// "OK" in green or "FAILED" in red.
  std::string outcome(bool failed) const { return failed ? apply(ansi::kRed, "FAILED") : apply(ansi::kGreen, "OK"); }

 private:
  std::string apply(std::string_view code, std::string_view text) const {
    return on_ ? ansi::painted(code, text) : std::string(text);
  }

  bool on_;
};

// ---------------------------------------------------------------------------
// Small helpers

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

bool is_v4(const model::Pact& pact) { return pact.spec_version == model::SpecVersion::V4; }

const model::Interaction* interaction_of(const PactResult& pact, const InteractionResult& result) {
  const auto& interactions = pact.pact.interactions;
  return result.interaction_index < interactions.size() ? &interactions[result.interaction_index] : nullptr;
}

std::string interaction_id(const model::Interaction& interaction) { return interaction.id.value_or(""); }

bool has_kind(const std::vector<Mismatch>& mismatches, std::initializer_list<Mismatch::Kind> kinds) {
  return std::any_of(mismatches.begin(), mismatches.end(), [&](const Mismatch& m) {
    return std::find(kinds.begin(), kinds.end(), m.kind) != kinds.end();
  });
}

std::chrono::nanoseconds truncated_to_millis(std::chrono::nanoseconds duration) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(duration);
}

/// "Verifying a pact between <c> and <p> Given <s1> And <s2> - <description>":
/// how failures and JSON errors name an interaction.
std::string failure_description(const model::Pact& pact, const model::Interaction& interaction) {
  std::string out = "Verifying a pact between " + pact.consumer + " and " + pact.provider;
  for (std::size_t i = 0; i < interaction.provider_states.size(); ++i) {
    out += (i == 0 ? " Given " : " And ") + interaction.provider_states[i].name;
  }
  out += " - " + interaction.description;
  return out;
}

// ---------------------------------------------------------------------------
// Failures, as the reference collects them: in run order, pending ones apart.

struct Failure {
  std::string description;
  const PactResult* pact = nullptr;                 ///< null for a load failure
  const model::Interaction* interaction = nullptr;  ///< null for a load failure
  const InteractionResult* result = nullptr;        ///< null for a load failure
  const std::string* load_error = nullptr;

  /// The error text, or nullptr when the failure is a list of mismatches.
  const std::string* error() const {
    if (load_error != nullptr) return load_error;
    return result->error ? &*result->error : nullptr;
  }
  std::string id() const { return interaction != nullptr ? interaction_id(*interaction) : std::string(); }
};

struct Failures {
  std::vector<Failure> errors;
  std::vector<Failure> pending;

  void add(const LoadFailure& failure) {
    Failure f;
    f.description = "Failed to load pact";
    f.load_error = &failure.message;
    errors.push_back(std::move(f));
  }

  void add(const PactResult& pact) {
    for (const auto& result : pact.interactions) {
      const auto* interaction = interaction_of(pact, result);
      if (result.ok() || interaction == nullptr) continue;
      Failure f;
      f.description = failure_description(pact.pact, *interaction);
      f.pact = &pact;
      f.interaction = interaction;
      f.result = &result;
      (result.pending ? pending : errors).push_back(std::move(f));
    }
  }
};

// ---------------------------------------------------------------------------
// Broker notices (verifier.md §12.1)

void push_notices(const json::array& notices, std::string_view when, std::vector<std::string>& out) {
  for (const auto& notice : notices) {
    const auto* obj = notice.if_object();
    if (obj == nullptr) continue;
    const auto* stage = obj->if_contains("when");
    if (stage == nullptr || !stage->is_string() || stage->get_string() != when) continue;
    const auto* text = obj->if_contains("text");
    out.emplace_back(text != nullptr && text->is_string() ? std::string(text->get_string()) : std::string());
  }
}

// The notice printed after a pact. Both flags are cumulative over every pact
// (and load failure) so far, and without publishing the reference's test is
// inverted: it picks the failure notice whenever there are no pending
// failures (verifier.md §12.1, trap 11).
std::string_view after_verification_stage(bool published, bool any_errors, bool any_pending) {
  if (published) return any_errors || any_pending ? kNoticeFailurePublished : kNoticeSuccessPublished;
  return any_errors || !any_pending ? kNoticeFailureNotPublished : kNoticeSuccessNotPublished;
}

// ---------------------------------------------------------------------------
// One interaction's block (verifier.md §12.1)

void comment_lines(const json::object& comments, std::vector<std::string>& out) {
  if (const auto* name = comments.if_contains("testname")) {
    if (auto text = json::to_plain_string(*name); !text.empty()) out.push_back("\n  Test Name: " + text);
  }
  if (const auto* text = comments.if_contains("text")) {
    if (const auto* items = text->if_array(); items != nullptr && !items->empty()) {
      out.emplace_back("\n  Comments:");
      for (const auto& item : *items) out.push_back(json::to_plain_string(item));
      out.emplace_back();
    } else if (const auto* single = text->if_string(); single != nullptr && !single->empty()) {
      out.emplace_back("\n  Comments:");
      out.emplace_back(*single);
      out.emplace_back();
    }
  }
  const auto* references = comments.if_contains("references");
  if (references == nullptr || !references->is_object() || references->get_object().empty()) return;
  // The reference's JSON maps are ordered by key.
  const auto sorted = [](const json::object& obj) {
    std::vector<const json::object::value_type*> members;
    for (const auto& member : obj) members.push_back(&member);
    std::sort(members.begin(), members.end(),
              [](auto* a, auto* b) { return std::string_view(a->key()) < std::string_view(b->key()); });
    return members;
  };
  out.emplace_back("\n  References:");
  for (const auto* group : sorted(references->get_object())) {
    out.push_back("    " + std::string(group->key()) + ":");
    if (const auto* entries = group->value().if_object()) {
      for (const auto* entry : sorted(*entries)) {
        out.push_back("      " + std::string(entry->key()) + ": " + json::to_plain_string(entry->value()));
      }
    }
  }
  out.emplace_back();
}

void http_result_lines(const model::HttpResponse& response, const std::vector<Mismatch>& mismatches,
                       const Paint& paint, std::vector<std::string>& out) {
  out.emplace_back("    returns a response which");
  out.push_back("      has status code " + paint.bold(std::to_string(response.status)) + " (" +
                paint.outcome(has_kind(mismatches, {Mismatch::Kind::Status})) + ")");
  if (response.headers) {
    out.emplace_back("      includes headers");
    for (const auto& [name, values] : response.headers->entries) {
      const bool failed = std::any_of(mismatches.begin(), mismatches.end(), [&](const Mismatch& m) {
        return m.kind == Mismatch::Kind::Header && support::iequals(m.location, name);
      });
      out.push_back("        \"" + paint.bold(name) + "\" with value \"" + paint.bold(join(values, ", ")) + "\" (" +
                    paint.outcome(failed) + ")");
    }
  }
  out.push_back("      has a matching body (" +
                paint.outcome(has_kind(mismatches, {Mismatch::Kind::Body, Mismatch::Kind::BodyType})) + ")");
}

void message_result_lines(const json::object& metadata, const std::vector<Mismatch>& mismatches, const Paint& paint,
                          std::vector<std::string>& out) {
  out.emplace_back("    generates a message which");
  if (!metadata.empty()) {
    out.emplace_back("      includes metadata");
    for (const auto& entry : metadata) {
      const std::string_view key = entry.key();
      const bool failed = std::any_of(mismatches.begin(), mismatches.end(), [&](const Mismatch& m) {
        return m.kind == Mismatch::Kind::Metadata && m.location == key;
      });
      out.push_back("        \"" + paint.bold(key) + "\" with value " + paint.bold(json::write(entry.value())) + " (" +
                    paint.outcome(failed) + ")");
    }
  }
  out.push_back("      has a matching body (" +
                paint.outcome(has_kind(mismatches, {Mismatch::Kind::Body, Mismatch::Kind::BodyType})) + ")");
}

void result_lines(const model::Interaction& interaction, const InteractionResult& result, const Paint& paint,
                  std::vector<std::string>& out) {
  // Every error is shown as a failed request, also a failing state change or
  // a sync message answered with an error status: the reference has one
  // error variant and renders it so.
  if (result.error) {
    out.push_back("      " + paint.red("Request Failed - " + *result.error));
    return;
  }
  const auto& mismatches = result.mismatches;
  if (const auto* http = std::get_if<model::SynchronousHttp>(&interaction.parts)) {
    http_result_lines(http->response, mismatches, paint, out);
  } else if (const auto* message = std::get_if<model::AsynchronousMessage>(&interaction.parts)) {
    message_result_lines(message->contents.metadata, mismatches, paint, out);
  } else if (const auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts)) {
    if (mismatches.empty()) {
      for (const auto& response : sync->responses) message_result_lines(response.metadata, mismatches, paint, out);
    } else {
      // Mismatches cannot be told apart by response; the reference shows the first.
      const json::object none;
      message_result_lines(sync->responses.empty() ? none : sync->responses.front().metadata, mismatches, paint, out);
    }
  }
}

void interaction_lines(const PactResult& pact, const model::Interaction& interaction, const InteractionResult& result,
                       const Paint& paint, std::vector<std::string>& out) {
  out.emplace_back();
  std::string heading = "  " + interaction.description + " (" + human_duration(pact.loading) + " loading, " +
                        human_duration(result.duration) + " verification)";
  // Only the interaction's own V4 flag is shown here; a pending pact is not.
  if (interaction.pending) heading += " " + paint.yellow("[PENDING]");
  out.push_back(std::move(heading));
  for (std::size_t i = 0; i < interaction.provider_states.size(); ++i) {
    out.push_back((i == 0 ? "     Given " : "     And ") + interaction.provider_states[i].name);
  }
  if (is_v4(pact.pact) && !interaction.comments.empty()) comment_lines(interaction.comments, out);
  result_lines(interaction, result, paint, out);
}

const model::Body* expected_body(const model::Interaction& interaction) {
  if (const auto* http = std::get_if<model::SynchronousHttp>(&interaction.parts)) return &http->response.body;
  if (const auto* message = std::get_if<model::AsynchronousMessage>(&interaction.parts)) {
    return &message->contents.contents;
  }
  const auto& sync = std::get<model::SynchronousMessage>(interaction.parts);
  return sync.responses.empty() ? nullptr : &sync.responses.front().contents;
}

bool is_json_type(std::string_view content_type) {
  const auto ct = model::parse_content_type(content_type);
  return ct && ct->is_json();
}

// The diff is only shown when the expected body carries a JSON content type
// of its own. The reference keeps none for V2/V3 HTTP bodies (an embedded
// JSON body has no type until matching derives one) and takes a V3
// message's from its "contentType" metadata.
bool expected_body_is_json(const model::Pact& pact, const model::Interaction& interaction, const model::Body& body) {
  if (is_v4(pact)) return is_json_type(body.content_type);
  const auto* message = std::get_if<model::AsynchronousMessage>(&interaction.parts);
  if (message == nullptr) return false;
  for (const auto& entry : message->contents.metadata) {
    const auto key = support::ascii_lower(entry.key());
    if (key == "contenttype" || key == "content-type") return is_json_type(json::to_plain_string(entry.value()));
  }
  return false;
}

std::optional<std::string> body_diff(const Failure& failure, const std::string& path) {
  if (failure.result == nullptr || !failure.result->actual_body) return std::nullopt;
  const auto* body = expected_body(*failure.interaction);
  if (body == nullptr || !expected_body_is_json(failure.pact->pact, *failure.interaction, *body)) return std::nullopt;
  const std::string_view expected = body->is_present() ? std::string_view(body->bytes) : std::string_view();
  return json_body_diff(expected, *failure.result->actual_body, path, "    ");
}

// ---------------------------------------------------------------------------
// The failure sections (verifier.md §12.1)

// Plain text of a mismatch field for ordering; numbers compare as numbers.
int compare_fields(const json::value& a, const json::value& b) {
  if (a.is_number() && b.is_number()) {
    const auto x = a.to_number<double>();
    const auto y = b.to_number<double>();
    return x < y ? -1 : (y < x ? 1 : 0);
  }
  return json::to_plain_string(a).compare(json::to_plain_string(b));
}

// The order of the mismatches after the first of a run: by parameter, key or
// path where the kind has one, else field by field as Rust's derived Ord.
bool mismatch_before(const Mismatch& a, const Mismatch& b) {
  switch (a.kind) {
    case Mismatch::Kind::Query:
    case Mismatch::Kind::Header:
    case Mismatch::Kind::Body:
    case Mismatch::Kind::Metadata: return a.location < b.location;
    default: break;
  }
  if (const int c = compare_fields(a.expected, b.expected); c != 0) return c < 0;
  if (const int c = compare_fields(a.actual, b.actual); c != 0) return c < 0;
  if (const int c = a.description.compare(b.description); c != 0) return c < 0;
  if (const int c = compare_fields(a.expected_body, b.expected_body); c != 0) return c < 0;
  return compare_fields(a.actual_body, b.actual_body) < 0;
}

void mismatch_lines(const Failure& failure, const std::string& number, bool coloured, std::vector<std::string>& out) {
  const auto describe = [&](const Mismatch& m) {
    return "           " + (coloured ? matching::mismatch_ansi_description(m) : matching::mismatch_description(m));
  };
  const auto& mismatches = failure.result->mismatches;
  std::size_t run = 1;
  for (std::size_t start = 0; start < mismatches.size(); ++run) {
    std::size_t end = start + 1;
    while (end < mismatches.size() && mismatches[end].kind == mismatches[start].kind) ++end;
    const auto& first = mismatches[start];
    out.push_back("    " + number + "." + std::to_string(run) + ") " + matching::mismatch_summary(first));
    out.push_back(describe(first));
    // Only the rest of the run is ordered; the first stays in front.
    std::vector<const Mismatch*> rest;
    for (auto k = start + 1; k < end; ++k) rest.push_back(&mismatches[k]);
    std::stable_sort(rest.begin(), rest.end(), [](auto* a, auto* b) { return mismatch_before(*a, *b); });
    for (const auto* m : rest) out.push_back(describe(*m));
    if (first.kind == Mismatch::Kind::Body) {
      if (auto diff = body_diff(failure, first.location)) out.push_back(std::move(*diff));
    }
    start = end;
  }
}

void failure_lines(const std::vector<Failure>& failures, bool coloured, std::vector<std::string>& out) {
  for (std::size_t i = 0; i < failures.size(); ++i) {
    const auto& failure = failures[i];
    const auto number = std::to_string(i + 1);
    if (const auto* error = failure.error()) {
      out.push_back(number + ") " + failure.description + " - " + *error + "\n");
    } else {
      out.push_back(number + ") " + failure.description);
      mismatch_lines(failure, number, coloured, out);
    }
  }
}

// ---------------------------------------------------------------------------
// JSON (verifier.md §12.2)

json::object outcome_json(const Failure& failure) {
  json::object out;
  out["interactionId"] = failure.id();
  if (const auto* error = failure.error()) {
    out["type"] = "error";
    out["message"] = *error;
  } else {
    out["type"] = "mismatches";
    out["mismatches"] = matching::to_json(failure.result->mismatches);
  }
  return out;
}

json::array failures_json(const std::vector<Failure>& failures) {
  json::array out;
  for (const auto& failure : failures) {
    out.push_back(json::object{{"interaction", failure.description}, {"mismatch", outcome_json(failure)}});
  }
  return out;
}

json::object interaction_result_json(const PactResult& pact, const model::Interaction& interaction,
                                     const InteractionResult& result) {
  json::object out;
  out["consumer"] = pact.pact.consumer;
  out["provider"] = pact.pact.provider;
  out["description"] = interaction.description;
  json::array states;
  for (const auto& state : interaction.provider_states) states.emplace_back(state.name);
  out["providerStates"] = std::move(states);
  out["pending"] = result.pending;
  out["result"] = result.ok() ? "OK" : "Error";
  if (!result.ok()) {
    Failure failure;
    failure.interaction = &interaction;
    failure.result = &result;
    out["mismatch"] = outcome_json(failure);
  }
  // The reference measures whole milliseconds before formatting.
  out["duration"] = debug_duration(truncated_to_millis(result.duration));
  if (interaction.id) out["interactionId"] = *interaction.id;
  if (interaction.key && is_v4(pact.pact)) out["interactionKey"] = *interaction.key;
  return out;
}

// A mismatch as the broker's results document lists it (broker-api.md §5.3).
json::object published_mismatch(const Mismatch& m) {
  const auto plain = [](const json::value& v) { return json::to_plain_string(v); };
  json::object out;
  switch (m.kind) {
    case Mismatch::Kind::Method:
      out["attribute"] = "method";
      out["description"] = "Expected method of " + plain(m.expected) + " but received " + plain(m.actual);
      break;
    case Mismatch::Kind::Path:
      out["attribute"] = "path";
      out["description"] = m.description;
      break;
    case Mismatch::Kind::Status:
      out["attribute"] = "status";
      out["description"] = m.description;
      break;
    case Mismatch::Kind::Query:
      out["attribute"] = "query";
      out["identifier"] = m.location;
      out["description"] = m.description;
      break;
    case Mismatch::Kind::Header:
      out["attribute"] = "header";
      out["identifier"] = m.location;
      out["description"] = m.description;
      break;
    case Mismatch::Kind::BodyType:
      out["attribute"] = "body";
      out["identifier"] = "$";
      out["description"] = "Expected body type of '" + plain(m.expected) + "' but received '" + plain(m.actual) + "'";
      break;
    case Mismatch::Kind::Body:
      out["attribute"] = "body";
      out["identifier"] = m.location;
      out["description"] = m.description;
      break;
    case Mismatch::Kind::Metadata:
      out["attribute"] = "metadata";
      out["identifier"] = m.location;
      out["description"] = m.description;
      break;
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------

std::vector<std::string> output_lines(const VerificationRun& run, bool coloured) {
  // The reference keeps nothing of an aborted run but this line.
  if (run.execution_error) return {"Verification execution failed: " + *run.execution_error};

  const Paint paint(coloured);
  std::vector<std::string> out;
  Failures failures;
  for (const auto& entry : run.entries) {
    if (const auto* load_failure = std::get_if<LoadFailure>(&entry)) {
      failures.add(*load_failure);
      continue;
    }
    const auto& pact = std::get<PactResult>(entry);
    if (pact.broker) push_notices(pact.broker->notices, kNoticeBefore, out);
    out.push_back("\nVerifying a pact between " + paint.bold(pact.pact.consumer) + " and " +
                  paint.bold(pact.pact.provider));
    if (pact.pact.interactions.empty()) {
      out.push_back(paint.yellow("WARNING: Pact file has no interactions"));
      continue;
    }
    for (const auto& result : pact.interactions) {
      if (const auto* interaction = interaction_of(pact, result)) {
        interaction_lines(pact, *interaction, result, paint, out);
      }
    }
    out.emplace_back();
    failures.add(pact);
    if (pact.broker) {
      push_notices(pact.broker->notices,
                   after_verification_stage(pact.published, !failures.errors.empty(), !failures.pending.empty()),
                   out);
    }
  }

  if (!failures.pending.empty()) {
    out.emplace_back("\nPending Failures:\n");
    failure_lines(failures.pending, coloured, out);
    out.push_back("\nThere were " + std::to_string(failures.pending.size()) +
                  " non-fatal pact failures on pending pacts or interactions (see docs.pact.io/pending for more "
                  "information)\n");
  }
  if (!failures.errors.empty()) {
    out.emplace_back("\nFailures:\n");
    failure_lines(failures.errors, coloured, out);
    out.push_back("\nThere were " + std::to_string(failures.errors.size()) + " pact failures\n");
  } else {
    out.emplace_back();
  }
  return out;
}

json::object report_json(const VerificationRun& run, const std::vector<std::string>& output) {
  json::array lines;
  for (const auto& line : output) lines.emplace_back(line);

  Failures failures;
  json::array results;
  json::array notices;
  if (run.execution_error) {
    // The reference reports an aborted run like a fresh handle, with
    // "result": true; a run that could not execute is a failure, with its
    // reason, so that a client reading only the report is not misled.
    Failure failure;
    failure.description = "Verification execution failed";
    failure.load_error = &*run.execution_error;
    failures.errors.push_back(std::move(failure));
  } else {
    for (const auto& entry : run.entries) {
      if (const auto* load_failure = std::get_if<LoadFailure>(&entry)) {
        failures.add(*load_failure);
        continue;
      }
      const auto& pact = std::get<PactResult>(entry);
      // Each broker pact replaces the notices: the last one's are reported.
      if (pact.broker) notices = pact.broker->notices;
      for (const auto& result : pact.interactions) {
        if (const auto* interaction = interaction_of(pact, result)) {
          results.push_back(interaction_result_json(pact, *interaction, result));
        }
      }
      failures.add(pact);
    }
  }

  json::object out;
  out["result"] = failures.errors.empty();
  out["output"] = std::move(lines);
  out["errors"] = failures_json(failures.errors);
  out["pendingErrors"] = failures_json(failures.pending);
  out["interactionResults"] = std::move(results);
  out["notices"] = std::move(notices);
  return out;
}

json::object publish_payload(const PactResult& pact, const PublishOptions& publish,
                             const CallingApplication& application) {
  struct Row {
    std::string id;
    bool has_id = false;
    const model::Interaction* interaction;
    const InteractionResult* result;
  };
  std::vector<Row> rows;
  for (const auto& result : pact.interactions) {
    if (const auto* interaction = interaction_of(pact, result)) {
      rows.push_back({interaction_id(*interaction), interaction->id.has_value(), interaction, &result});
    }
  }
  // Pending failures count as failures here (broker-api.md §5.3).
  const bool success = std::all_of(rows.begin(), rows.end(), [](const Row& row) { return row.result->ok(); });

  json::array test_results;
  if (success) {
    for (const auto& row : rows) {
      if (row.has_id) test_results.push_back(json::object{{"interactionId", row.id}, {"success", true}});
    }
  } else {
    // One entry per run of consecutive interactions sharing an id (a missing
    // id counts as ""), named after the first of the run.
    for (std::size_t start = 0; start < rows.size();) {
      std::size_t end = start + 1;
      while (end < rows.size() && rows[end].id == rows[start].id) ++end;
      json::array mismatches;
      json::array exceptions;
      for (auto k = start; k < end; ++k) {
        const auto& result = *rows[k].result;
        if (result.error) {
          exceptions.push_back(json::object{{"message", *result.error}});
        } else {
          for (const auto& m : result.mismatches) mismatches.push_back(published_mismatch(m));
        }
      }
      json::object item;
      item["interactionId"] = rows[start].id;
      item["interactionDescription"] = rows[start].interaction->description;
      item["success"] = mismatches.empty() && exceptions.empty();
      if (!mismatches.empty()) item["mismatches"] = std::move(mismatches);
      if (!exceptions.empty()) item["exceptions"] = std::move(exceptions);
      test_results.push_back(std::move(item));
      start = end;
    }
  }

  json::object verified_by;
  verified_by["implementation"] = "Pact-Rust";
  verified_by["version"] = kVerifierVersion;
  verified_by["clientLanguage"] =
      json::object{{"testFramework", application.test_framework}, {"name", application.name}, {"version", application.version}};

  json::object out;
  out["success"] = success;
  out["providerApplicationVersion"] = publish.provider_version;
  out["verifiedBy"] = std::move(verified_by);
  if (publish.build_url) out["buildUrl"] = *publish.build_url;
  out["testResults"] = std::move(test_results);
  return out;
}

std::string strip_ansi(std::string_view text) {
  // The reference's pattern: ESC '[' (';'? digit{1,3})+ [mGK]. Its parameter
  // part is a run of digits and ';' with no ";;" and no trailing ';'.
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      std::size_t j = i + 2;
      while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == ';')) ++j;
      const auto params = text.substr(i + 2, j - i - 2);
      const bool valid = !params.empty() && params.back() != ';' && params.find(";;") == std::string_view::npos;
      if (valid && j < text.size() && (text[j] == 'm' || text[j] == 'G' || text[j] == 'K')) {
        i = j + 1;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

std::string human_duration(std::chrono::nanoseconds duration) {
  // humantime's format of a duration cut to whole milliseconds.
  const auto total_ms =
      std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::milliseconds>(duration).count());
  if (total_ms == 0) return "0s";
  std::uint64_t seconds = static_cast<std::uint64_t>(total_ms) / 1000;
  const auto millis = static_cast<std::uint64_t>(total_ms) % 1000;

  constexpr std::uint64_t kYear = 31'557'600;  // 365.25 days
  constexpr std::uint64_t kMonth = 2'630'016;  // 30.44 days
  const auto years = seconds / kYear;
  seconds %= kYear;
  const auto months = seconds / kMonth;
  seconds %= kMonth;
  const auto days = seconds / 86400;
  seconds %= 86400;

  std::string out;
  const auto item = [&](std::uint64_t value, std::string_view unit, bool plural) {
    if (value == 0) return;
    if (!out.empty()) out += ' ';
    out += std::to_string(value);
    out += unit;
    if (plural && value > 1) out += 's';
  };
  item(years, "year", true);
  item(months, "month", true);
  item(days, "day", true);
  item(seconds / 3600, "h", false);
  item(seconds % 3600 / 60, "m", false);
  item(seconds % 60, "s", false);
  item(millis, "ms", false);
  return out;
}

std::string debug_duration(std::chrono::nanoseconds duration) {
  // Rust's Debug for Duration: the largest unit of s / ms / µs / ns that the
  // value reaches, with the rest as a fraction without trailing zeros.
  const auto total = static_cast<std::uint64_t>(std::max<std::int64_t>(0, duration.count()));
  const auto seconds = total / 1'000'000'000;
  const auto nanos = total % 1'000'000'000;
  const auto decimal = [](std::uint64_t integer, std::uint64_t fraction, std::uint64_t divisor,
                          std::string_view unit) {
    std::string out = std::to_string(integer);
    if (fraction > 0) {
      out += '.';
      while (fraction > 0 && divisor > 0) {
        out += static_cast<char>('0' + fraction / divisor);
        fraction %= divisor;
        divisor /= 10;
      }
    }
    out += unit;
    return out;
  };
  if (seconds > 0) return decimal(seconds, nanos, 100'000'000, "s");
  if (nanos >= 1'000'000) return decimal(nanos / 1'000'000, nanos % 1'000'000, 100'000, "ms");
  if (nanos >= 1'000) return decimal(nanos / 1'000, nanos % 1'000, 100, "\u00b5s");
  return decimal(nanos, 0, 1, "ns");
}

}  // namespace pact::verifier

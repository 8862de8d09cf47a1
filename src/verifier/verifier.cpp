#include "verifier/verifier.hpp"

#include <chrono>
#include <cstdio>

#include "generators/context.hpp"
#include "generators/generate.hpp"
#include "matching/message_match.hpp"
#include "matching/request_match.hpp"
#include "verifier/broker_publish.hpp"
#include "verifier/pact_source.hpp"
#include "verifier/plan.hpp"
#include "verifier/provider_request.hpp"
#include "verifier/provider_states.hpp"
#include "verifier/report.hpp"
#include "verifier/run_log.hpp"

namespace pact::verifier {

std::string user_agent() { return "pact_verifier/" + std::string(kVerifierVersion); }

namespace {

using Clock = std::chrono::steady_clock;

HttpClientOptions provider_client_options(const VerificationOptions& options) {
  HttpClientOptions out;
  out.timeout = options.request_timeout;
  out.follow_redirects = options.follow_redirects;
  out.verify_tls = !options.disable_ssl_verification;
  out.user_agent = user_agent();
  out.accept_compressed = true;
  return out;
}

// The provider-state parameters of an interaction, later states overriding
// earlier ones (verifier.md §7.1).
json::object state_parameters(const model::Interaction& interaction) {
  json::object values;
  for (const auto& state : interaction.provider_states) {
    for (const auto& kv : state.params) values[kv.key()] = kv.value();
  }
  return values;
}

// Headers and body of a request or response for debug logs.
std::string describe(const HeaderList& headers, const std::string* body) {
  std::string out = "headers {";
  for (std::size_t i = 0; i < headers.size(); ++i) {
    out += (i == 0 ? "" : ", ") + headers[i].first + ": " + headers[i].second;
  }
  out += "}, body ";
  out += body == nullptr ? std::string("none") : body->empty() ? std::string("empty") : std::to_string(body->size()) + " bytes";
  return out;
}

// The expectations as the reference holds them after reading the pact:
// - a V4 asynchronous message is verified as the V3 message it converts to,
//   whose metadata carries the contents' content type, so "contentType" is
//   expected (and shown) even when the pact's metadata has none;
// - a V1-V3 response body has no content type of its own (it is derived
//   from the headers or the bytes when compared), which mismatch texts show
//   ("Present(7 bytes)"); the model keeps the derived one, so drop it here.
void prepare_expectations(model::Pact& pact) {
  const bool v4 = pact.spec_version == model::SpecVersion::V4;
  for (auto& interaction : pact.interactions) {
    if (auto* http = std::get_if<model::SynchronousHttp>(&interaction.parts); http != nullptr && !v4) {
      http->response.body.content_type.clear();
    }
    auto* message = std::get_if<model::AsynchronousMessage>(&interaction.parts);
    if (!v4 || message == nullptr || message->contents.contents.content_type.empty()) continue;
    auto& metadata = message->contents.metadata;
    if (!metadata.contains("contentType")) metadata["contentType"] = message->contents.contents.content_type;
  }
}

// One verification run against one provider: the client whose connections
// are reused across interactions, the log, and the configuration.
class Session {
 public:
  Session(const VerifierConfig& config, InteractionFilter filter, RunLog& log)
      : config_(config), filter_(std::move(filter)), client_(provider_client_options(config.options)), log_(log) {}

  PactResult verify_pact(LoadedPact loaded) {
    PactResult result;
    result.pact = std::move(loaded.pact);
    result.broker = std::move(loaded.broker);
    result.loading = loaded.loading;
    const bool pact_pending = result.pending();
    prepare_expectations(result.pact);
    log_.info("Verifying a pact between " + result.pact.consumer + " and " + result.pact.provider);
    const auto& interactions = result.pact.interactions;
    for (std::size_t i = 0; i < interactions.size() && !stopped_; ++i) {
      if (!filter_.selects(interactions[i])) continue;
      auto outcome = verify_interaction(interactions[i], i, pact_pending);
      if (!outcome.ok() && !outcome.pending && config_.options.exit_on_first_failure) stopped_ = true;
      result.interactions.push_back(std::move(outcome));
    }
    publish(result);
    return result;
  }

  bool stopped() const noexcept { return stopped_; }

 private:
  InteractionResult verify_interaction(const model::Interaction& interaction, std::size_t index, bool pact_pending) {
    const auto start = Clock::now();
    InteractionResult result;
    result.interaction_index = index;
    result.pending = pact_pending || interaction.pending;
    log_.info("Running provider verification for '" + interaction.description + "'");

    json::object values = state_parameters(interaction);
    if (config_.state_change && !change_states(interaction, StateAction::Setup, values)) {
      result.error = "One or more of the setup state change handlers has failed";
    } else {
      exchange(interaction, values, result);
      if (config_.state_change && config_.state_change->teardown &&
          !change_states(interaction, StateAction::Teardown, values) && result.ok()) {
        result.error = "One or more of the teardown state change handlers has failed";
      }
    }
    result.duration = Clock::now() - start;
    if (result.ok()) {
      log_.info("Verification of '" + interaction.description + "' passed");
    } else {
      log_.warn("Verification of '" + interaction.description + "' failed");
    }
    return result;
  }

  // Calls the state-change endpoint for every state of the interaction;
  // all calls are made even after a failure (§6). Values returned by setup
  // calls are merged into `values`.
  bool change_states(const model::Interaction& interaction, StateAction action, json::object& values) {
    bool ok = true;
    for (const auto& state : states_to_change(interaction.provider_states)) {
      log_.info(std::string(action == StateAction::Setup ? "Setting up" : "Tearing down") + " provider state '" +
                state.name + "'");
      auto outcome = change_state(client_, *config_.state_change, state, action, config_.options.custom_headers);
      if (!outcome.ok()) {
        log_.error(outcome.error().message);
        ok = false;
        continue;
      }
      if (action == StateAction::Setup) {
        for (const auto& kv : outcome.value()) values[kv.key()] = kv.value();
      }
    }
    return ok;
  }

  // Sends the interaction's request (or message request) to the provider
  // and compares what comes back.
  void exchange(const model::Interaction& interaction, const json::object& values, InteractionResult& result) {
    generators::GeneratorContext context;
    context.mode = generators::Mode::Provider;
    context.values = values;
    const auto base = base_url_for(config_.provider, interaction);
    const auto& custom = config_.options.custom_headers;

    const auto send = [&](const OutboundRequest& request) -> std::optional<InboundResponse> {
      log_.info("Sending " + request.method + " " + request.url);
      if (RunLog::debug_enabled()) log_.debug("Provider request: " + describe(request.headers, request.body ? &*request.body : nullptr));
      auto response = client_.send(request);
      if (!response.ok()) {
        log_.error(response.error().message);
        result.error = response.error().message;
        result.request_failed = true;
        return std::nullopt;
      }
      log_.info("Received status " + std::to_string(response->status));
      if (RunLog::debug_enabled()) log_.debug("Provider response: " + describe(response->headers, &response->body));
      return std::move(response).value();
    };

    if (const auto* http = std::get_if<model::SynchronousHttp>(&interaction.parts)) {
      const auto request = generators::apply_request_generators(http->request, context);
      if (auto response = send(provider_request(request, base, custom))) {
        result.mismatches = matching::match_response(http->response, to_pact_response(*response));
        log_mismatches(result);
        keep_actual_body(*response, result);
      }
    } else if (const auto* message = std::get_if<model::AsynchronousMessage>(&interaction.parts)) {
      // The status of an asynchronous message response is not checked (trap 8).
      if (auto response = send(message_request(interaction, base, custom))) {
        result.mismatches = matching::match_message(message->contents, to_message_contents(*response));
        keep_actual_body(*response, result);
      }
    } else if (const auto* sync = std::get_if<model::SynchronousMessage>(&interaction.parts)) {
      auto response = send(message_request(interaction, base, custom));
      if (!response) return;
      if (response->status < 200 || response->status >= 300) {
        result.error = "Request to fetch message from provider failed: status " + std::to_string(response->status);
        result.request_failed = true;
        return;
      }
      if (sync->responses.size() > 1) {
        log_.warn("Only the first of " + std::to_string(sync->responses.size()) +
                  " expected responses of '" + interaction.description + "' is compared");
      }
      if (!sync->responses.empty()) {
        result.mismatches = matching::match_message(sync->responses.front(), to_message_contents(*response));
        keep_actual_body(*response, result);
      }
    }
  }

  void log_mismatches(const InteractionResult& result) {
    if (!RunLog::debug_enabled()) return;
    log_.debug("Response comparison: " + std::to_string(result.mismatches.size()) + " mismatch(es)");
    for (const auto& mismatch : result.mismatches) {
      log_.debug(std::string(mismatch.type_name()) + ": " + mismatch.description);
    }
  }

  // The failure report shows a diff of the bodies (report.cpp).
  static void keep_actual_body(InboundResponse& response, InteractionResult& result) {
    if (!result.mismatches.empty()) result.actual_body = std::move(response.body);
  }

  void publish(PactResult& result) {
    if (!config_.publish || !result.broker || !result.broker->links.contains("pb:publish-verification-results")) {
      return;
    }
    const auto payload = publish_payload(result, *config_.publish, config_.application);
    auto status = publish_verification_results(*result.broker, *config_.publish, payload, config_.options);
    // The reference chooses the after-verification notice by whether
    // publishing was attempted, not whether it succeeded.
    result.published = true;
    if (status.ok()) {
      log_.info("Published verification results for " + result.pact.consumer);
    } else {
      log_.error("Failed to publish verification results: " + status.error().message);
    }
  }

  const VerifierConfig& config_;
  InteractionFilter filter_;
  HttpClient client_;
  RunLog& log_;
  bool stopped_ = false;
};

void print_output(const std::vector<std::string>& lines) {
  for (const auto& line : lines) {
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
  }
  std::fflush(stdout);
}

// A pact that needs plugins cannot be verified: this library runs no
// plugins, and the reference also stops the whole run when one is missing.
std::optional<std::string> missing_plugin(const model::Pact& pact) {
  if (pact.plugins.empty()) return std::nullopt;
  const auto& plugin = pact.plugins.front();
  return "Pact requires the plugin '" + plugin.name + "' version " + plugin.version +
         ", and plugins are not supported";
}

}  // namespace

VerificationReport verify(const VerifierConfig& config) {
  VerificationReport report;
  RunLog log;
  auto filter = InteractionFilter::compile(config.filters);
  if (!filter.ok()) {
    report.run.execution_error = filter.error().message;
  } else {
    Session session(config, std::move(filter).value(), log);
    for (auto& entry : load_pacts(config)) {
      if (session.stopped()) break;
      if (auto* failure = std::get_if<LoadFailure>(&entry)) {
        log.error(failure->message);
        report.run.entries.emplace_back(std::move(*failure));
        continue;
      }
      auto& loaded = std::get<LoadedPact>(entry);
      if (auto problem = missing_plugin(loaded.pact)) {
        report.run.execution_error = *problem;
        break;
      }
      report.run.entries.emplace_back(session.verify_pact(std::move(loaded)));
    }
  }
  if (report.run.execution_error) log.error("Verification execution failed: " + *report.run.execution_error);
  report.output = output_lines(report.run, config.options.coloured_output);
  report.json = report_json(report.run, report.output);
  report.exit_code = report.run.exit_code();
  report.logs = log.text();
  if (config.options.print_output) print_output(report.output);
  return report;
}

}  // namespace pact::verifier

// Loading pacts from files, directories, URLs and brokers (verifier.md §3).
// Failure texts are the reference's: "Failed to load pact '<path>' - ...",
// "Could not load pacts from directory ...", "No pacts found for provider
// ...", so that the "Failed to load pact" entries read the same.

#include "verifier/pact_source.hpp"

#include <boost/url/parse.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "model/pact_json.hpp"
#include "support/json.hpp"
#include "verifier/broker_client.hpp"
#include "verifier/http_client.hpp"

namespace pact::verifier {
namespace {

using support::ErrorCategory;
using support::make_error;
using support::Result;
using Clock = std::chrono::steady_clock;

// pact_models fetches URL sources with its own client: its user agent and
// reqwest's blocking default timeout of 30 s (broker-api.md §6).
constexpr std::string_view kUrlSourceUserAgent = "pact_models/1.3.15";
constexpr std::chrono::milliseconds kUrlSourceTimeout{30000};

using Sleep = std::function<void(std::chrono::milliseconds)>;

// Rust's io::Error text: "No such file or directory (os error 2)".
std::string os_error_text(int code) {
  return std::string(std::strerror(code)) + " (os error " + std::to_string(code) + ")";
}

Result<std::string> read_file(const std::string& path) {
  struct Closer {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
  };
  errno = 0;
  const std::unique_ptr<std::FILE, Closer> file(std::fopen(path.c_str(), "rb"));
  if (!file) return make_error(ErrorCategory::Io, os_error_text(errno != 0 ? errno : ENOENT));
  std::string text;
  char buffer[8192];
  while (true) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
    text.append(buffer, n);
    if (n < sizeof buffer) {
      if (std::ferror(file.get()) != 0) return make_error(ErrorCategory::Io, os_error_text(errno != 0 ? errno : EIO));
      break;
    }
  }
  return text;
}

// The reference's load_pact_from_json: a document must be a JSON object;
// `source` names it in the message when it is not.
Result<model::Pact> pact_from_document(const json::value& document, std::string_view source) {
  if (!document.is_object()) {
    return make_error(ErrorCategory::Parse, "Failed to parse Pact JSON from source '" + std::string(source) +
                                                "' - it is not a valid pact file");
  }
  return model::read_pact(document);
}

// pact_models' read_pact: read, parse ("Failed to parse Pact JSON"), load.
Result<model::Pact> pact_from_file(const std::string& path) {
  auto text = read_file(path);
  if (!text.ok()) return text.error();
  auto document = json::parse(*text);
  if (!document.ok()) return make_error(ErrorCategory::Parse, "Failed to parse Pact JSON");
  return pact_from_document(*document, path);
}

json::object links_of(const json::value& document) {
  if (const auto* links = json::find(document, "_links"); links != nullptr && links->is_object()) {
    return links->get_object();
  }
  return {};
}

class Loader {
 public:
  Loader(const VerifierConfig& config, Sleep sleep) : config_(config), sleep_(std::move(sleep)) {}

  void operator()(const FileSource& source) {
    const auto start = Clock::now();
    auto pact = pact_from_file(source.path);
    if (!pact.ok()) return fail("Failed to load pact '" + source.path + "' - " + pact.error().message);
    add(std::move(pact).value(), std::nullopt, Clock::now() - start);
  }

  void operator()(const DirectorySource& source) {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> files;
    fs::directory_iterator it(source.path, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_directory(type_ec)) {
        // Sub-directories are never verified, but the reference still walks
        // them, so one it cannot read fails the whole source.
        if (auto failure = unreadable_tree(it->path())) {
          ec = *failure;
          break;
        }
        continue;
      }
      files.push_back(it->path());
    }
    if (ec) return fail("Could not load pacts from directory '" + source.path + "' - " + os_error_text(ec.value()));
    // readdir order is arbitrary; sorted names make runs repeatable.
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      const auto start = Clock::now();
      auto pact = pact_from_file(file.string());
      if (!pact.ok()) {
        fail("Failed to load pact from '" + source.path + "' - " + pact.error().message);
        continue;
      }
      if (pact->provider != config_.provider.name) continue;
      add(std::move(pact).value(), std::nullopt, Clock::now() - start);
    }
  }

  void operator()(const UrlSource& source) {
    const auto start = Clock::now();
    auto document = fetch_url_document(source);
    if (!document.ok()) return fail("Failed to load pact '" + source.url + "' - " + document.error().message);
    auto pact = pact_from_document(*document, source.url);
    if (!pact.ok()) return fail("Failed to load pact '" + source.url + "' - " + pact.error().message);
    const auto elapsed = Clock::now() - start;
    std::optional<BrokerContext> broker;
    json::object links = links_of(*document);
    // A document that can take results makes this a broker pact whose
    // broker is the URL's origin (verifier.md §3.3).
    if (links.contains("pb:publish-verification-results")) {
      broker = BrokerContext{};
      broker->base_url = origin_of(source.url);
      broker->username = source.auth.username;
      broker->password = source.auth.password;
      broker->token = source.auth.token;
      broker->links = std::move(links);
    }
    add(std::move(pact).value(), std::move(broker), elapsed);
  }

  void operator()(const BrokerSource& source) {
    BrokerClientOptions options;
    options.base_url = source.url;
    options.auth = source.auth;
    options.max_attempts = config_.options.broker_max_attempts;
    options.sleep = sleep_;
    BrokerClient client(std::move(options));
    const auto start = Clock::now();
    if (source.latest_provider_pacts) {
      auto results = fetch_latest_provider_pacts(client, source.provider_name);
      const auto elapsed = Clock::now() - start;
      if (!results.ok()) {
        return source_failure(results.error(), "No pacts found for provider '" + source.provider_name +
                                                   "' in pact broker '" + source.url + "'");
      }
      for (auto& result : *results) {
        // The legacy flow wraps per-pact errors in plain text, so a 404 here
        // is an ordinary failure.
        if (!result.ok()) {
          fail("Failed to load pact from '" + source.url + "' - " + result.error().message);
          continue;
        }
        auto pact = pact_from_document(result->document, result->href);
        if (!pact.ok()) {
          fail("Failed to load pact from '" + source.url + "' - " + pact.error().message);
          continue;
        }
        add(std::move(pact).value(), broker_context(source, result->document, std::nullopt), elapsed);
      }
      return;
    }
    auto results = fetch_pacts_for_verification(client, source);
    const auto elapsed = Clock::now() - start;
    if (!results.ok()) {
      return source_failure(results.error(), "No pacts found for provider '" + source.provider_name +
                                                 "' matching the given consumer version selectors in pact broker '" +
                                                 source.url + "'");
    }
    for (auto& result : *results) {
      const std::string context = "Failed to load pact from '" + source.url + "'";
      if (!result.ok()) {
        source_failure(result.error(), context);
        continue;
      }
      auto pact = pact_from_document(result->document, result->href);
      if (!pact.ok()) {
        fail(context + ": " + broker_error(BrokerErrorKind::Content, pact.error().message).message);
        continue;
      }
      add(std::move(pact).value(), broker_context(source, result->document, result->listing), elapsed);
    }
  }

  std::vector<LoadedEntry> take() && { return std::move(entries_); }

 private:
  void fail(std::string message) { entries_.emplace_back(LoadFailure{std::move(message)}); }

  void add(model::Pact pact, std::optional<BrokerContext> broker, Clock::duration loading) {
    const auto& consumers = config_.filters.consumers;
    if (!consumers.empty() && std::find(consumers.begin(), consumers.end(), pact.consumer) == consumers.end()) return;
    entries_.emplace_back(LoadedPact{std::move(pact), std::move(broker),
                                     std::chrono::duration_cast<std::chrono::nanoseconds>(loading)});
  }

  // A broker error under `context`: "not found" is only the context (and
  // nothing at all when no-pacts-is-error is off); anything else is
  // "<context>: <error>", anyhow's alternate rendering in the reference.
  void source_failure(const support::Error& error, const std::string& context) {
    if (is_not_found(error)) {
      if (config_.options.no_pacts_is_error) fail(context);
      return;
    }
    fail(context + ": " + error.message);
  }

  static BrokerContext broker_context(const BrokerSource& source, const json::value& document,
                                      const std::optional<PactForVerification>& listing) {
    BrokerContext broker;
    broker.base_url = source.url;
    broker.username = source.auth.username;
    broker.password = source.auth.password;
    broker.token = source.auth.token;
    broker.links = links_of(document);
    if (listing) {
      broker.pending = listing->pending;
      broker.notices = listing->notices;
    }
    return broker;
  }

  static std::optional<std::error_code> unreadable_tree(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    }
    if (ec) return ec;
    return std::nullopt;
  }

  static std::string origin_of(const std::string& url) {
    const auto parsed = boost::urls::parse_uri(url);
    if (!parsed) return url;
    return std::string(parsed->scheme()) + "://" + std::string(parsed->encoded_authority()) + "/";
  }

  static Result<json::value> fetch_url_document(const UrlSource& source) {
    HttpClient client(HttpClientOptions{.timeout = kUrlSourceTimeout,
                                        .follow_redirects = true,
                                        .verify_tls = true,
                                        .user_agent = std::string(kUrlSourceUserAgent),
                                        .accept_compressed = false});
    OutboundRequest request{.method = "GET", .url = source.url, .headers = {}, .body = std::nullopt};
    if (auto auth = authorization_header(source.auth.username, source.auth.password, source.auth.token)) {
      request.headers.emplace_back("Authorization", std::move(*auth));
    }
    auto response = client.send(request);
    if (!response.ok()) return make_error(ErrorCategory::Io, "Request failed - " + response.error().message);
    if (response->status < 200 || response->status >= 300) {
      return make_error(ErrorCategory::Io, "Request failed with status - " + status_text(response->status));
    }
    auto document = json::parse(response->body);
    if (!document.ok()) return make_error(ErrorCategory::Parse, "Failed to parse JSON - " + document.error().message);
    return document;
  }

  const VerifierConfig& config_;
  Sleep sleep_;
  std::vector<LoadedEntry> entries_;
};

}  // namespace

std::vector<LoadedEntry> load_pacts(const VerifierConfig& config) { return load_pacts(config, {}); }

std::vector<LoadedEntry> load_pacts(const VerifierConfig& config,
                                    const std::function<void(std::chrono::milliseconds)>& retry_sleep) {
  Loader loader(config, retry_sleep);
  for (const auto& source : config.sources) std::visit(loader, source);
  return std::move(loader).take();
}

}  // namespace pact::verifier

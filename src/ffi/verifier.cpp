// Header section "Provider verifier": adapters from VerifierHandle calls to
// the verifier's configuration and run (verifier.md §1, §2).
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/last_error.hpp"
#include "ffi/ownership.hpp"
#include "ffi/verifier_handle.hpp"
#include "ffi/version.hpp"
#include "pact.h"
#include "support/log.hpp"
#include "verifier/report.hpp"
#include "verifier/selectors.hpp"

using namespace pact::ffi;
namespace verifier = pact::verifier;

namespace {

// pactffi_verifier_broker_source_with_selectors return codes (verifier.md §2).
enum SelectorSourceCode : int { kSelectorsOk = 0, kBadSelector = -1, kNullArgument = -2 };

// The log of every provider's runs since it was last read, by provider
// name ("verify:<name>" in the reference's buffer sink); the mutex guards
// the map. Reading drains (trap 15).
std::mutex logs_mutex;
std::map<std::string, std::string, std::less<>> logs_by_provider;

void keep_logs(const std::string& provider, const std::string& text) {
  std::lock_guard lock(logs_mutex);
  logs_by_provider[provider] += text;
}

std::string take_logs(std::string_view provider) {
  std::lock_guard lock(logs_mutex);
  const auto it = logs_by_provider.find(provider);
  if (it == logs_by_provider.end()) return {};
  std::string out = std::move(it->second);
  logs_by_provider.erase(it);
  return out;
}

VerifierHandle& required_handle(VerifierHandle* handle) {
  if (handle == nullptr) fail("handle is null");
  return *handle;
}

const VerifierHandle& required_handle(const VerifierHandle* handle) {
  if (handle == nullptr) fail("handle is null");
  return *handle;
}

// Runs `change` on the handle's configuration under its lock.
template <typename F>
void configure(VerifierHandle* handle, F&& change) {
  auto& h = required_handle(handle);
  std::lock_guard lock(h.mutex);
  std::forward<F>(change)(h.config);
}

std::string str_or(const char* value, std::string_view fallback) {
  return std::string(optional_str(value).value_or(fallback));
}

// A C array of strings; NULL array means none, NULL or invalid entries fail.
std::vector<std::string> string_list(const char* const* items, unsigned short length, std::string_view name) {
  std::vector<std::string> out;
  if (items == nullptr) return out;
  out.reserve(length);
  for (unsigned short i = 0; i < length; ++i) {
    out.emplace_back(required_str(items[i], std::string(name) + "[" + std::to_string(i) + "]"));
  }
  return out;
}

std::vector<std::string> without_empty(std::vector<std::string> items) {
  std::erase(items, std::string());
  return items;
}

verifier::Auth auth_of(const char* username, const char* password, const char* token) {
  return {str_or(username, ""), str_or(password, ""), str_or(token, "")};
}

void add_broker_source(verifier::VerifierConfig& config, verifier::BrokerSource source) {
  source.provider_name = config.provider.name;
  config.sources.emplace_back(std::move(source));
}

}  // namespace

PACT_FFI_EXPORT VerifierHandle* pactffi_verifier_new(void) {
  return guarded<VerifierHandle*>(nullptr, [] {
    auto handle = std::make_unique<VerifierHandle>();
    handle->config.application = {"pact_ffi", kAbiVersion, "pact_ffi"};
    return hand_over(std::move(handle));
  });
}

PACT_FFI_EXPORT VerifierHandle* pactffi_verifier_new_for_application(const char* name, const char* version) {
  return guarded<VerifierHandle*>(nullptr, [&] {
    auto handle = std::make_unique<VerifierHandle>();
    handle->config.application = {str_or(name, "unknown"), str_or(version, "unknown"), "pact_ffi"};
    return hand_over(std::move(handle));
  });
}

PACT_FFI_EXPORT void pactffi_verifier_shutdown(VerifierHandle* handle) {
  guarded_void([&] { take_back(handle); });
}

PACT_FFI_EXPORT void pactffi_verifier_set_provider_info(VerifierHandle* handle, const char* name, const char* scheme,
                                                        const char* host, unsigned short port, const char* path) {
  guarded_void([&] {
    configure(handle, [&](verifier::VerifierConfig& config) {
      auto& provider = config.provider;
      provider.name = str_or(name, "provider");
      provider.scheme = str_or(scheme, "http");
      provider.host = str_or(host, "localhost");
      provider.port = port == 0 ? std::nullopt : std::optional<std::uint16_t>(port);
      provider.path = str_or(path, "/");
      // The provider info is also the one transport, named after its scheme (trap 1).
      verifier::Transport transport;
      transport.protocol = provider.scheme;
      transport.port = provider.port;
      if (!provider.path.empty()) transport.path = provider.path;
      if (!provider.scheme.empty()) transport.scheme = provider.scheme;
      provider.transports = {std::move(transport)};
    });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_add_provider_transport(VerifierHandle* handle, const char* protocol,
                                                             unsigned short port, const char* path,
                                                             const char* scheme) {
  guarded_void([&] {
    configure(handle, [&](verifier::VerifierConfig& config) {
      verifier::Transport transport;
      transport.protocol = str_or(protocol, "");
      transport.port = port;
      const auto p = str_or(path, "/");
      if (!p.empty()) transport.path = p;
      if (auto s = non_empty_str(scheme)) transport.scheme = std::string(*s);
      config.provider.transports.push_back(std::move(transport));
    });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_set_filter_info(VerifierHandle* handle, const char* filter_description,
                                                      const char* filter_state, unsigned char filter_no_state) {
  guarded_void([&] {
    configure(handle, [&](verifier::VerifierConfig& config) {
      config.filters.description = str_or(filter_description, "");
      config.filters.state = str_or(filter_state, "");
      config.filters.no_state = filter_no_state != 0;
    });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_set_provider_state(VerifierHandle* handle, const char* url,
                                                         unsigned char teardown, unsigned char body) {
  guarded_void([&] {
    configure(handle, [&](verifier::VerifierConfig& config) {
      const auto endpoint = non_empty_str(url);
      if (!endpoint) {
        config.state_change.reset();
        return;
      }
      verifier::StateChange change;
      change.url = std::string(*endpoint);
      change.teardown = teardown != 0;
      change.body = body != 0;
      config.state_change = std::move(change);
    });
  });
}

PACT_FFI_EXPORT int pactffi_verifier_set_verification_options(VerifierHandle* handle,
                                                              unsigned char disable_ssl_verification,
                                                              unsigned long request_timeout) {
  return guarded(1, [&] {
    configure(handle, [&](verifier::VerifierConfig& config) {
      config.options.disable_ssl_verification = disable_ssl_verification != 0;
      config.options.request_timeout = std::chrono::milliseconds(request_timeout);
    });
    return 0;
  });
}

PACT_FFI_EXPORT int pactffi_verifier_set_coloured_output(VerifierHandle* handle, unsigned char coloured_output) {
  return guarded(1, [&] {
    configure(handle, [&](verifier::VerifierConfig& config) { config.options.coloured_output = coloured_output != 0; });
    return 0;
  });
}

PACT_FFI_EXPORT int pactffi_verifier_set_no_pacts_is_error(VerifierHandle* handle, unsigned char is_error) {
  return guarded(1, [&] {
    configure(handle, [&](verifier::VerifierConfig& config) { config.options.no_pacts_is_error = is_error != 0; });
    return 0;
  });
}

PACT_FFI_EXPORT int pactffi_verifier_set_publish_options(VerifierHandle* handle, const char* provider_version,
                                                         const char* build_url, const char* const* provider_tags,
                                                         unsigned short provider_tags_len,
                                                         const char* provider_branch) {
  return guarded(1, [&] {
    auto& h = required_handle(handle);
    verifier::PublishOptions publish;
    publish.provider_version = std::string(required_str(provider_version, "provider_version"));
    if (auto url = non_empty_str(build_url)) publish.build_url = std::string(*url);
    publish.tags = without_empty(string_list(provider_tags, provider_tags_len, "provider_tags"));
    if (auto branch = non_empty_str(provider_branch)) publish.branch = std::string(*branch);
    std::lock_guard lock(h.mutex);
    h.config.publish = std::move(publish);
    return 0;
  });
}

PACT_FFI_EXPORT void pactffi_verifier_set_consumer_filters(VerifierHandle* handle,
                                                           const char* const* consumer_filters,
                                                           unsigned short consumer_filters_len) {
  guarded_void([&] {
    auto consumers = without_empty(string_list(consumer_filters, consumer_filters_len, "consumer_filters"));
    configure(handle, [&](verifier::VerifierConfig& config) { config.filters.consumers = std::move(consumers); });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_add_custom_header(VerifierHandle* handle, const char* header_name,
                                                        const char* header_value) {
  guarded_void([&] {
    const std::string name(required_str(header_name, "header_name"));
    const std::string value(required_str(header_value, "header_value"));
    configure(handle, [&](verifier::VerifierConfig& config) {
      auto& headers = config.options.custom_headers;
      std::erase_if(headers, [&](const auto& header) { return header.first == name; });
      headers.emplace_back(name, value);
    });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_set_follow_redirects(VerifierHandle* handle, unsigned char follow) {
  guarded_void([&] {
    configure(handle, [&](verifier::VerifierConfig& config) { config.options.follow_redirects = follow != 0; });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_add_file_source(VerifierHandle* handle, const char* file) {
  guarded_void([&] {
    verifier::FileSource source{std::string(required_str(file, "file"))};
    configure(handle, [&](verifier::VerifierConfig& config) { config.sources.emplace_back(std::move(source)); });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_add_directory_source(VerifierHandle* handle, const char* directory) {
  guarded_void([&] {
    verifier::DirectorySource source{std::string(required_str(directory, "directory"))};
    configure(handle, [&](verifier::VerifierConfig& config) { config.sources.emplace_back(std::move(source)); });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_url_source(VerifierHandle* handle, const char* url, const char* username,
                                                 const char* password, const char* token) {
  guarded_void([&] {
    verifier::UrlSource source{std::string(required_str(url, "url")), auth_of(username, password, token)};
    configure(handle, [&](verifier::VerifierConfig& config) { config.sources.emplace_back(std::move(source)); });
  });
}

PACT_FFI_EXPORT void pactffi_verifier_broker_source(VerifierHandle* handle, const char* url, const char* username,
                                                    const char* password, const char* token) {
  guarded_void([&] {
    verifier::BrokerSource source;
    source.url = std::string(required_str(url, "url"));
    source.auth = auth_of(username, password, token);
    configure(handle, [&](verifier::VerifierConfig& config) { add_broker_source(config, std::move(source)); });
  });
}

PACT_FFI_EXPORT int pactffi_verifier_broker_source_with_selectors(
    VerifierHandle* handle, const char* url, const char* username, const char* password, const char* token,
    unsigned char enable_pending, const char* include_wip_pacts_since, const char* const* provider_tags,
    unsigned short provider_tags_len, const char* provider_branch, const char* const* consumer_version_selectors,
    unsigned short consumer_version_selectors_len, const char* const* consumer_version_tags,
    unsigned short consumer_version_tags_len) {
  return guarded<int>(kNullArgument, [&]() -> int {
    auto& h = required_handle(handle);
    verifier::BrokerSource source;
    source.url = std::string(required_str(url, "url"));
    source.auth = auth_of(username, password, token);
    source.enable_pending = enable_pending != 0;
    if (auto since = non_empty_str(include_wip_pacts_since)) source.include_wip_pacts_since = std::string(*since);
    source.provider_tags = without_empty(string_list(provider_tags, provider_tags_len, "provider_tags"));
    // NULL means no branch; "" is sent as an empty branch (verifier.md §3.4).
    if (auto branch = optional_str(provider_branch)) source.provider_branch = std::string(*branch);
    const auto selector_texts =
        without_empty(string_list(consumer_version_selectors, consumer_version_selectors_len, "consumer_version_selectors"));
    const auto tags = without_empty(string_list(consumer_version_tags, consumer_version_tags_len, "consumer_version_tags"));
    auto selectors = verifier::consumer_version_selectors(selector_texts, tags);
    if (!selectors.ok()) {
      set_last_error(selectors.error().message);
      return kBadSelector;
    }
    source.selectors = std::move(selectors).value();
    std::lock_guard lock(h.mutex);
    add_broker_source(h.config, std::move(source));
    return kSelectorsOk;
  });
}

PACT_FFI_EXPORT int pactffi_verifier_execute(VerifierHandle* handle) {
  return guarded(1, [&] {
    auto& h = required_handle(handle);
    std::lock_guard lock(h.mutex);
    // The run's log lines (and anything else logged on this thread during
    // it) go under "verify:<provider>" (logging-and-errors.md §8).
    const pact::support::log::LogScope log_scope("verify:" + h.config.provider.name);
    auto report = verifier::verify(h.config);
    keep_logs(h.config.provider.name, report.logs);
    const int code = report.exit_code;
    h.last = std::move(report);
    return code;
  });
}

PACT_FFI_EXPORT const char* pactffi_verifier_logs(const VerifierHandle* handle) {
  return guarded<const char*>(nullptr, [&] {
    const auto& h = required_handle(handle);
    std::string provider;
    {
      std::lock_guard lock(h.mutex);
      provider = h.config.provider.name;
    }
    return hand_over_string(take_logs(provider));
  });
}

PACT_FFI_EXPORT const char* pactffi_verifier_logs_for_provider(const char* provider_name) {
  return guarded<const char*>(nullptr, [&] {
    return hand_over_string(take_logs(required_str(provider_name, "provider_name")));
  });
}

PACT_FFI_EXPORT const char* pactffi_verifier_output(const VerifierHandle* handle, unsigned char strip_ansi) {
  return guarded<const char*>(nullptr, [&] {
    const auto& h = required_handle(handle);
    std::lock_guard lock(h.mutex);
    std::string text;
    if (h.last) {
      for (std::size_t i = 0; i < h.last->output.size(); ++i) {
        if (i > 0) text += '\n';
        text += h.last->output[i];
      }
    }
    return hand_over_string(strip_ansi != 0 ? verifier::strip_ansi(text) : text);
  });
}

PACT_FFI_EXPORT const char* pactffi_verifier_json(const VerifierHandle* handle) {
  return guarded<const char*>(nullptr, [&] {
    const auto& h = required_handle(handle);
    std::lock_guard lock(h.mutex);
    if (h.last) return hand_over_string(pact::json::write(pact::json::value(h.last->json)));
    return hand_over_string(pact::json::write(pact::json::value(
        verifier::report_json(verifier::VerificationRun{}, std::vector<std::string>{}))));
  });
}

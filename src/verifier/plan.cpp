#include "verifier/plan.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

#include "model/query_string.hpp"

namespace pact::verifier {

struct InteractionFilter::Compiled {
  std::unique_ptr<RE2> description;
  std::unique_ptr<RE2> state;
  bool no_state = false;
};

namespace {

support::Result<std::unique_ptr<RE2>> compile_regex(const std::string& pattern, std::string_view what) {
  if (pattern.empty()) return std::unique_ptr<RE2>{};
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) {
    return support::make_error(support::ErrorCategory::Parse,
                               "Invalid " + std::string(what) + " filter '" + pattern + "': " + re->error());
  }
  return re;
}

bool transport_suits(std::string_view name, model::InteractionKind kind) {
  switch (kind) {
    case model::InteractionKind::SynchronousHttp: return name == "http";
    case model::InteractionKind::AsynchronousMessage: return name == "message" || name == "async-message";
    case model::InteractionKind::SynchronousMessage: return name == "message" || name == "sync-message";
  }
  return false;
}

std::string address(std::string_view scheme, std::string_view host, std::optional<std::uint16_t> port,
                    std::string_view path) {
  std::string url(scheme.empty() ? "http" : scheme);
  url += "://";
  url += host;
  if (port) url += ":" + std::to_string(*port);
  url += path;
  return url;
}

}  // namespace

support::Result<InteractionFilter> InteractionFilter::compile(const Filters& filters) {
  auto compiled = std::make_shared<Compiled>();
  auto description = compile_regex(filters.description, "description");
  if (!description.ok()) return description.error();
  auto state = compile_regex(filters.state, "provider state");
  if (!state.ok()) return state.error();
  compiled->description = std::move(description).value();
  compiled->state = std::move(state).value();
  compiled->no_state = filters.no_state;
  InteractionFilter filter;
  filter.compiled_ = std::move(compiled);
  return filter;
}

bool InteractionFilter::selects(const model::Interaction& interaction) const {
  const auto& c = *compiled_;
  if (c.description && !RE2::PartialMatch(interaction.description, *c.description)) return false;
  const auto& states = interaction.provider_states;
  if (c.state) {
    // With a state filter, only interactions with a matching state pass.
    return std::any_of(states.begin(), states.end(),
                       [&](const auto& state) { return RE2::PartialMatch(state.name, *c.state); });
  }
  if (c.no_state) return states.empty();
  return true;
}

std::string base_url_for(const ProviderInfo& provider, const model::Interaction& interaction) {
  const auto& transports = provider.transports;
  auto chosen = transports.end();
  if (interaction.transport) {
    chosen = std::find_if(transports.begin(), transports.end(),
                          [&](const Transport& t) { return t.protocol == *interaction.transport; });
  }
  if (chosen == transports.end()) {
    chosen = std::find_if(transports.begin(), transports.end(),
                          [&](const Transport& t) { return transport_suits(t.protocol, interaction.kind()); });
  }
  if (chosen != transports.end()) {
    return address(chosen->scheme.value_or("http"), provider.host, chosen->port, chosen->path.value_or(""));
  }
  const std::string_view protocol = interaction.kind() == model::InteractionKind::SynchronousHttp
                                        ? std::string_view(provider.scheme)
                                        : std::string_view("http");
  return address(protocol, provider.host, provider.port, provider.path);
}

std::string join_url(std::string_view base, std::string_view path) {
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  std::string url(base);
  if (path.empty() || path == "/") {
    // A base without a path still needs its root.
    if (url.find("://") != std::string::npos && url.find('/', url.find("://") + 3) == std::string::npos) url += '/';
    return url;
  }
  while (!path.empty() && path.front() == '/') path.remove_prefix(1);
  url += '/';
  url += path;
  return url;
}

std::string query_suffix(const std::optional<model::Query>& query) {
  if (!query || query->empty()) return {};
  auto entries = query->entries;
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  for (const auto& [name, values] : entries) {
    for (const auto& value : values) {
      out += out.empty() ? '?' : '&';
      out += model::form_encode(name);
      if (value) {
        out += '=';
        out += model::form_encode(*value);
      }
    }
  }
  return out;
}

}  // namespace pact::verifier

#include "verifier/cli.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sstream>

#include "support/json.hpp"
#include "support/text.hpp"
#include "verifier/cli_arguments.hpp"
#include "verifier/selectors.hpp"
#include "verifier/verifier.hpp"

namespace pact::verifier {

namespace {

using cli_detail::Values;

constexpr std::string_view kHeaderError =
    "Custom header values must be in the form KEY=VALUE, where KEY and VALUE contain ASCII characters (32-127) only.";

const std::vector<std::string>* all(const Values& values, std::string_view id) {
  const auto it = values.find(id);
  return it == values.end() ? nullptr : &it->second;
}

std::optional<std::string> one(const Values& values, std::string_view id) {
  const auto* list = all(values, id);
  if (list == nullptr || list->empty()) return std::nullopt;
  return list->back();
}

std::vector<std::string> many(const Values& values, std::string_view id) {
  const auto* list = all(values, id);
  return list == nullptr ? std::vector<std::string>{} : *list;
}

std::string one_or(const Values& values, std::string_view id, std::string_view fallback) {
  return one(values, id).value_or(std::string(fallback));
}

// Flags read as clap's FalseyValueParser does, so that an environment
// variable such as PACT_PROVIDER_STATE_CHANGE_TEARDOWN=false is off.
bool flag(const Values& values, std::string_view id) {
  const auto value = one(values, id);
  if (!value) return false;
  static constexpr std::array<std::string_view, 7> kFalsey{"", "n", "no", "f", "false", "off", "0"};
  const auto lower = support::ascii_lower(support::trim(*value));
  return std::find(kFalsey.begin(), kFalsey.end(), lower) == kFalsey.end();
}

template <typename T>
T number(const Values& values, std::string_view id, T fallback) {
  const auto text = one(values, id);
  if (!text) return fallback;
  T value = fallback;
  (void)std::from_chars(text->data(), text->data() + text->size(), value);  // checked while parsing
  return value;
}

support::Error invalid(std::string message) {
  return support::make_error(support::ErrorCategory::InvalidArgument, std::move(message));
}

Auth auth_from(const Values& values) {
  Auth auth;
  if (auto user = one(values, "user")) {
    auth.username = *user;
    auth.password = one_or(values, "password", "");
  } else if (auto token = one(values, "token")) {
    auth.token = *token;
  }
  return auth;
}

ProviderInfo provider_from(const Values& values) {
  ProviderInfo provider;
  provider.name = one_or(values, "provider-name", "provider");
  provider.host = one_or(values, "hostname", "localhost");
  // Without --port the scheme's default port is used, as in the reference.
  provider.port = std::nullopt;
  if (one(values, "port")) provider.port = number<std::uint16_t>(values, "port", 0);
  provider.path = one_or(values, "base-path", "");
  provider.scheme = one_or(values, "transport", "http");
  for (const auto& text : many(values, "transports")) {
    // TRANSPORT:PORT[/path], validated while parsing.
    const auto colon = text.find(':');
    const auto slash = text.find('/', colon);
    Transport transport;
    transport.protocol = text.substr(0, colon);
    const auto port_text = text.substr(colon + 1, slash == std::string::npos ? std::string::npos : slash - colon - 1);
    std::uint16_t port = 0;
    (void)std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    transport.port = port;
    if (slash != std::string::npos) transport.path = text.substr(slash);
    provider.transports.push_back(std::move(transport));
  }
  return provider;
}

support::Result<std::vector<PactSource>> sources_from(const Values& values, const std::string& provider_name) {
  std::vector<PactSource> sources;
  const auto broker_url = one(values, "broker-url");
  if (auto webhook = one(values, "webhook-callback-url")) {
    // The broker calls back with the URL of the one pact to verify; it is
    // fetched with the broker's credentials and publishes through its links.
    sources.emplace_back(UrlSource{*webhook, auth_from(values)});
    return sources;
  }
  for (const auto& path : many(values, "file")) sources.emplace_back(FileSource{path});
  for (const auto& path : many(values, "dir")) sources.emplace_back(DirectorySource{path});
  for (const auto& url : many(values, "url")) sources.emplace_back(UrlSource{url, auth_from(values)});
  if (broker_url) {
    BrokerSource broker;
    broker.url = *broker_url;
    broker.auth = auth_from(values);
    broker.provider_name = provider_name;
    const auto* selector_texts = all(values, "consumer-version-selectors");
    const auto* tags = all(values, "consumer-version-tags");
    if (selector_texts == nullptr && tags == nullptr) {
      broker.latest_provider_pacts = true;
    } else {
      broker.enable_pending = flag(values, "enable-pending");
      broker.include_wip_pacts_since = one(values, "include-wip-pacts-since");
      // The reference sends the publishing tags and branch with the request.
      broker.provider_tags = many(values, "provider-tags");
      broker.provider_branch = one(values, "provider-branch");
      auto selectors = consumer_version_selectors(selector_texts ? *selector_texts : std::vector<std::string>{},
                                                  tags ? *tags : std::vector<std::string>{});
      if (!selectors.ok()) return invalid(selectors.error().message);
      broker.selectors = std::move(selectors).value();
    }
    sources.emplace_back(std::move(broker));
  }
  return sources;
}

support::Result<std::vector<std::pair<std::string, std::string>>> headers_from(const Values& values) {
  std::vector<std::pair<std::string, std::string>> headers;
  for (const auto& text : many(values, "custom-header")) {
    auto header = split_header(text);
    if (!header) return support::make_error(support::ErrorCategory::Parse, std::string(kHeaderError));
    // A repeated name replaces the earlier value, as the reference's map does.
    auto same = std::find_if(headers.begin(), headers.end(), [&](const auto& h) { return h.first == header->first; });
    if (same != headers.end()) {
      same->second = std::move(header->second);
    } else {
      headers.push_back(std::move(*header));
    }
  }
  return headers;
}

// The descriptions of the interactions that failed in an earlier JSON report.
support::Result<std::vector<std::string>> failed_descriptions(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return invalid("could not read '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  auto report = json::parse(text.str());
  if (!report.ok()) return invalid(report.error().message);
  const auto* results = json::find(report.value(), "interactionResults");
  if (results == nullptr || !results->is_array()) return invalid("No interaction details found in JSON output");
  std::vector<std::string> out;
  for (const auto& entry : results->get_array()) {
    const auto* result = json::find(entry, "result");
    const auto* description = json::find(entry, "description");
    if (result && result->is_string() && result->get_string() == "Error" && description && description->is_string()) {
      out.emplace_back(description->get_string());
    }
  }
  return out;
}

constexpr std::array<std::string_view, 5> kLevels{"trace", "debug", "info", "warn", "error"};

int level_rank(std::string_view level) {
  const auto lower = support::ascii_lower(level);
  const auto it = std::find(kLevels.begin(), kLevels.end(), lower);
  return it == kLevels.end() ? -1 : static_cast<int>(it - kLevels.begin());
}

// The run's log lines ("<timestamp> <LEVEL> pact_verifier: <message>") at
// `threshold` or above; continuation lines follow their entry.
void write_logs(std::string_view logs, std::string_view threshold, std::ostream& err) {
  const int minimum = level_rank(threshold);
  if (minimum < 0) return;  // "none"
  bool show = false;
  while (!logs.empty()) {
    const auto end = logs.find('\n');
    const auto line = logs.substr(0, end);
    logs.remove_prefix(end == std::string_view::npos ? logs.size() : end + 1);
    const auto space = line.find(' ');
    if (space != std::string_view::npos) {
      auto rest = line.substr(space);
      rest.remove_prefix(std::min(rest.find_first_not_of(' '), rest.size()));
      const int rank = level_rank(rest.substr(0, rest.find(' ')));
      if (rank >= 0) show = rank >= minimum;
    }
    if (show) err << line << '\n';
  }
}

void print_usage_error(std::string_view message, std::ostream& err) {
  err << "error: " << message << "\n\n"
      << "Usage: pact-verifier [OPTIONS]\n\n"
      << "For more information, try '--help'.\n";
}

}  // namespace

std::optional<std::pair<std::string, std::string>> split_header(std::string_view header) {
  const auto equals = header.find('=');
  if (equals == std::string_view::npos || equals == 0) return std::nullopt;
  return std::make_pair(std::string(header.substr(0, equals)), std::string(header.substr(equals + 1)));
}

support::Result<CliCommand> parse_cli(std::span<const std::string> args) {
  auto parsed = cli_detail::parse_arguments(args);
  if (!parsed.ok()) return parsed.error();
  CliCommand command;
  if (parsed->outcome == cli_detail::Outcome::Help) {
    command.action = CliCommand::Action::Help;
    return command;
  }
  if (parsed->outcome == cli_detail::Outcome::Version) {
    command.action = CliCommand::Action::Version;
    return command;
  }
  const auto& values = parsed->values;
  if (!all(values, "file") && !all(values, "dir") && !all(values, "url") && !all(values, "broker-url")) {
    return invalid("one of --file, --dir, --url or --broker-url is required");
  }

  auto& config = command.config;
  config.provider = provider_from(values);
  auto sources = sources_from(values, config.provider.name);
  if (!sources.ok()) return sources.error();
  config.sources = std::move(sources).value();

  config.filters.description = one_or(values, "filter-description", "");
  config.filters.state = one_or(values, "filter-state", "");
  config.filters.no_state = flag(values, "filter-no-state");
  config.filters.consumers = many(values, "filter-consumer");

  if (auto url = one(values, "state-change-url")) {
    StateChange state_change;
    state_change.url = *url;
    state_change.teardown = flag(values, "state-change-teardown");
    state_change.body = !flag(values, "state-change-as-query");
    config.state_change = std::move(state_change);
  }

  auto& options = config.options;
  options.disable_ssl_verification = flag(values, "disable-ssl-verification");
  options.request_timeout = std::chrono::milliseconds(number<std::uint64_t>(values, "request-timeout", 5000));
  options.coloured_output = !flag(values, "no-colour");
  options.no_pacts_is_error = !flag(values, "ignore-no-pacts-error");
  options.exit_on_first_failure = flag(values, "exit-first");
  // "--retries 0" still makes the one request.
  options.broker_max_attempts = std::max(1, static_cast<int>(number<std::uint8_t>(values, "retries", 8)));
  // run_command writes the output to its stream.
  options.print_output = false;

  if (flag(values, "publish")) {
    PublishOptions publish;
    publish.provider_version = one_or(values, "provider-version", "");
    publish.build_url = one(values, "build-url");
    publish.tags = many(values, "provider-tags");
    publish.branch = one(values, "provider-branch");
    config.publish = std::move(publish);
  }
  config.application = CallingApplication{"pact_verifier_cli", std::string(kVerifierVersion), "pact_verifier_cli"};

  auto& settings = command.settings;
  settings.log_level = one_or(values, "loglevel", "warn");
  settings.json_file = one(values, "json-file");
  settings.junit_file = one(values, "junit-file");
  settings.html_file = one(values, "html-file");
  settings.last_failed = flag(values, "last-failed");

  // Checked last: the reference reports it only once the arguments parsed.
  auto headers = headers_from(values);
  if (!headers.ok()) return headers.error();
  options.custom_headers = std::move(headers).value();
  return command;
}

int run_command(const CliCommand& command, std::ostream& out, std::ostream& err) {
  const auto& settings = command.settings;
  VerifierConfig config = command.config;
  if (settings.junit_file) {
    err << "WARNING: JUnit reports are not supported, ignoring --junit '" << *settings.junit_file << "'\n";
  }
  if (settings.html_file) {
    err << "WARNING: HTML reports are not supported, ignoring --html '" << *settings.html_file << "'\n";
  }
  if (settings.last_failed && settings.json_file) {
    // Interactions are selected again by description: the report's ids and
    // keys have no filter of their own.
    auto failed = failed_descriptions(*settings.json_file);
    if (!failed.ok()) {
      err << "WARNING: --last-failed is ignored as there was an error loading the previous output: "
          << failed.error().message << '\n';
    } else if (failed->empty()) {
      err << "WARNING: There are no interactions that previously failed, disabling --last-failed filter and "
             "verifying all interactions\n";
    } else {
      std::string pattern = "^(?:";
      for (std::size_t i = 0; i < failed->size(); ++i) {
        pattern += (i == 0 ? "" : "|") + RE2::QuoteMeta((*failed)[i]);
      }
      config.filters.description = pattern + ")$";
    }
  }

  const auto report = verify(config);
  write_logs(report.logs, settings.log_level, err);
  for (const auto& line : report.output) out << line << '\n';
  out.flush();

  if (settings.json_file) {
    const auto text = json::write(report.json);
    std::ofstream file(*settings.json_file, std::ios::binary | std::ios::trunc);
    if (file) file.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (file) file.close();
    if (!file) {
      err << "ERROR: Failed to write JSON report to '" << *settings.json_file << "' - " << std::strerror(errno)
          << '\n';
      return 2;
    }
  }
  return report.exit_code;
}

int run_cli(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    // clap's arg_required_else_help.
    err << cli_help();
    return 2;
  }
  auto command = parse_cli(args);
  if (!command.ok()) {
    if (command.error().category == support::ErrorCategory::Parse) {
      err << "ERROR: " << command.error().message << '\n';
      return 3;
    }
    print_usage_error(command.error().message, err);
    return 2;
  }
  switch (command->action) {
    case CliCommand::Action::Help:
      out << cli_help();
      return 0;
    case CliCommand::Action::Version:
      out << cli_version() << '\n';
      return 0;
    case CliCommand::Action::Verify:
      break;
  }
  return run_command(command.value(), out, err);
}

std::string cli_help() { return cli_detail::help_text(); }

std::string cli_version() {
  return "pact verifier version   : v" + std::string(kVerifierVersion) + "\npact specification      : v4.0\n";
}

std::string cli_args_json() { return cli_detail::arguments_json(); }

}  // namespace pact::verifier

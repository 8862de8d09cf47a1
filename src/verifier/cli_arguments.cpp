#include "verifier/cli_arguments.hpp"

#include <CLI/CLI.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <limits>

#include "support/json.hpp"

namespace pact::verifier::cli_detail {

namespace {

constexpr std::string_view kAbout = "Standalone pact verifier for provider pact verification";
constexpr std::string_view kUsage = "Usage: pact-verifier [OPTIONS]";

constexpr std::string_view kOptions = "Options";
constexpr std::string_view kLogging = "Logging options";
constexpr std::string_view kLoading = "Loading pacts options";
constexpr std::string_view kAuth = "Authentication options";
constexpr std::string_view kProvider = "Provider options";
constexpr std::string_view kStates = "Provider state options";
constexpr std::string_view kFiltering = "Filtering interactions";
constexpr std::string_view kPublishing = "Publishing options";
constexpr std::string_view kBroker = "Pact Broker options";
constexpr std::string_view kDevelopment = "Development options";

// The reference CLI's arguments, in its help order, with its help texts,
// environment variables, defaults and relations (requires / conflicts).
constexpr std::array kArguments{
    Argument{.id = "help", .heading = kOptions, .long_name = "help", .help = "Print help and exit"},
    Argument{.id = "version",
             .heading = kOptions,
             .short_name = 'v',
             .long_name = "version",
             .help = "Print version information and exit"},

    Argument{.id = "loglevel",
             .heading = kLogging,
             .short_name = 'l',
             .long_name = "loglevel",
             .value_name = "loglevel",
             .kind = Kind::Single,
             .check = Check::PossibleValue,
             .help = "Log level to emit log events at (defaults to warn)",
             .possible_values = "error,warn,info,debug,trace,none"},
    Argument{.id = "pretty-log",
             .heading = kLogging,
             .long_name = "pretty-log",
             .help = "Emits excessively pretty, multi-line logs, optimized for human readability.",
             .conflicts_ids = "compact-log,full-log"},
    Argument{.id = "full-log",
             .heading = kLogging,
             .long_name = "full-log",
             .help = "This emits human-readable, single-line logs for each event that occurs, with the current "
                     "span context displayed before the formatted representation of the event.",
             .conflicts_ids = "compact-log,pretty-log"},
    Argument{.id = "compact-log",
             .heading = kLogging,
             .long_name = "compact-log",
             .help = "Emit logs optimized for short line lengths.",
             .conflicts_ids = "full-log,pretty-log"},
    Argument{.id = "json-file",
             .heading = kLogging,
             .short_name = 'j',
             .long_name = "json",
             .value_name = "json-file",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Generate a JSON report of the verification",
             .env = "PACT_VERIFIER_JSON_REPORT"},
    Argument{.id = "junit-file",
             .heading = kLogging,
             .short_name = 'x',
             .long_name = "junit",
             .value_name = "junit-file",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Generate a JUnit XML report of the verification (requires the junit feature)",
             .env = "PACT_VERIFIER_JUNIT_REPORT"},
    Argument{.id = "html-file",
             .heading = kLogging,
             .long_name = "html",
             .value_name = "html-file",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Generate an HTML report of the verification",
             .env = "PACT_VERIFIER_HTML_REPORT"},
    Argument{.id = "html-file-xslt",
             .heading = kLogging,
             .long_name = "xslt",
             .value_name = "html-file-xslt",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "XSLT to use when generating the HTML report of the verification",
             .requires_ids = "html-file"},
    Argument{.id = "no-colour",
             .heading = kLogging,
             .long_name = "no-colour",
             .visible_alias = "no-color",
             .help = "Disables ANSI escape codes in the output"},

    Argument{.id = "file",
             .heading = kLoading,
             .short_name = 'f',
             .long_name = "file",
             .value_name = "file",
             .kind = Kind::Repeated,
             .check = Check::NonEmpty,
             .help = "Pact file to verify (can be repeated)"},
    Argument{.id = "dir",
             .heading = kLoading,
             .short_name = 'd',
             .long_name = "dir",
             .value_name = "dir",
             .kind = Kind::Repeated,
             .check = Check::NonEmpty,
             .help = "Directory of pact files to verify (can be repeated)"},
    Argument{.id = "url",
             .heading = kLoading,
             .short_name = 'u',
             .long_name = "url",
             .value_name = "url",
             .kind = Kind::Repeated,
             .check = Check::NonEmpty,
             .help = "URL of pact file to verify (can be repeated)"},
    Argument{.id = "broker-url",
             .heading = kLoading,
             .short_name = 'b',
             .long_name = "broker-url",
             .value_name = "broker-url",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "URL of the pact broker to fetch pacts from to verify (requires the provider name parameter)",
             .env = "PACT_BROKER_BASE_URL",
             .requires_ids = "provider-name"},
    Argument{.id = "webhook-callback-url",
             .heading = kLoading,
             .long_name = "webhook-callback-url",
             .value_name = "webhook-callback-url",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "URL of a Pact to verify via a webhook callback. Requires the broker-url to be set.",
             .env = "PACT_WEBHOOK_CALLBACK_URL",
             .requires_ids = "broker-url",
             .conflicts_ids = "file,dir,url"},
    Argument{.id = "ignore-no-pacts-error",
             .heading = kLoading,
             .long_name = "ignore-no-pacts-error",
             .help = "Do not fail if no pacts are found to verify"},

    Argument{.id = "user",
             .heading = kAuth,
             .long_name = "user",
             .value_name = "user",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Username to use when fetching pacts from URLS",
             .env = "PACT_BROKER_USERNAME",
             .conflicts_ids = "token"},
    Argument{.id = "password",
             .heading = kAuth,
             .long_name = "password",
             .value_name = "password",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Password to use when fetching pacts from URLS",
             .env = "PACT_BROKER_PASSWORD",
             .conflicts_ids = "token"},
    Argument{.id = "token",
             .heading = kAuth,
             .short_name = 't',
             .long_name = "token",
             .value_name = "token",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Bearer token to use when fetching pacts from URLS",
             .env = "PACT_BROKER_TOKEN",
             .conflicts_ids = "user"},

    Argument{.id = "hostname",
             .heading = kProvider,
             .short_name = 'h',
             .long_name = "hostname",
             .value_name = "hostname",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Provider hostname (defaults to localhost)",
             .env = "PACT_PROVIDER_HOSTNAME"},
    Argument{.id = "port",
             .heading = kProvider,
             .short_name = 'p',
             .long_name = "port",
             .value_name = "port",
             .kind = Kind::Single,
             .check = Check::Port,
             .help = "Provider port (defaults to protocol default 80/443)",
             .env = "PACT_PROVIDER_PORT"},
    Argument{.id = "transport",
             .heading = kProvider,
             .long_name = "transport",
             .alias = "scheme",
             .value_name = "transport",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Provider protocol transport to use (http, https, grpc, etc.)",
             .env = "PACT_PROVIDER_TRANSPORT",
             .default_value = "http"},
    Argument{.id = "transports",
             .heading = kProvider,
             .long_name = "transports",
             .value_name = "transports",
             .kind = Kind::Repeated,
             .delimiter = ' ',
             .check = Check::Transport,
             .help = "Allows multiple protocol transports to be configured (http, https, grpc, etc.) with their "
                     "associated port numbers separated by a colon. For example, use --transports http:8080 "
                     "grpc:5555 to configure both."},
    Argument{.id = "provider-name",
             .heading = kProvider,
             .short_name = 'n',
             .long_name = "provider-name",
             .value_name = "provider-name",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Provider name (defaults to provider)",
             .env = "PACT_PROVIDER_NAME"},
    Argument{.id = "base-path",
             .heading = kProvider,
             .long_name = "base-path",
             .value_name = "base-path",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Base path to add to all requests",
             .env = "PACT_PROVIDER_BASE_PATH"},
    Argument{.id = "request-timeout",
             .heading = kProvider,
             .long_name = "request-timeout",
             .value_name = "request-timeout",
             .kind = Kind::Single,
             .check = Check::Integer,
             .help = "Sets the HTTP request timeout in milliseconds for requests to the target API and for state "
                     "change requests.",
             .env = "PACT_PROVIDER_REQUEST_TIMEOUT"},
    Argument{.id = "custom-header",
             .heading = kProvider,
             .short_name = 'H',
             .long_name = "header",
             .value_name = "custom-header",
             .kind = Kind::Repeated,
             .check = Check::NonEmpty,
             .help = "Add a custom header to be included in the calls to the provider. Values must be in the form "
                     "KEY=VALUE, where KEY and VALUE contain ASCII characters (32-127) only. Can be repeated."},
    Argument{.id = "disable-ssl-verification",
             .heading = kProvider,
             .long_name = "disable-ssl-verification",
             .help = "Disables validation of SSL certificates"},

    Argument{.id = "state-change-url",
             .heading = kStates,
             .short_name = 's',
             .long_name = "state-change-url",
             .value_name = "state-change-url",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "URL to post state change requests to",
             .env = "PACT_PROVIDER_STATE_CHANGE_URL"},
    Argument{.id = "state-change-as-query",
             .heading = kStates,
             .long_name = "state-change-as-query",
             .help = "State change request data will be sent as query parameters instead of in the request body",
             .env = "PACT_PROVIDER_STATE_CHANGE_AS_QUERY"},
    Argument{.id = "state-change-teardown",
             .heading = kStates,
             .long_name = "state-change-teardown",
             .help = "State change teardown requests are to be made after each interaction",
             .env = "PACT_PROVIDER_STATE_CHANGE_TEARDOWN"},

    Argument{.id = "filter-description",
             .heading = kFiltering,
             .long_name = "filter-description",
             .value_name = "filter-description",
             .kind = Kind::Single,
             .check = Check::Regex,
             .help = "Only validate interactions whose descriptions match this filter (regex format)",
             .env = "PACT_DESCRIPTION"},
    Argument{.id = "filter-state",
             .heading = kFiltering,
             .long_name = "filter-state",
             .value_name = "filter-state",
             .kind = Kind::Single,
             .check = Check::Regex,
             .help = "Only validate interactions whose provider states match this filter (regex format)",
             .env = "PACT_PROVIDER_STATE",
             .conflicts_ids = "filter-no-state"},
    Argument{.id = "filter-no-state",
             .heading = kFiltering,
             .long_name = "filter-no-state",
             .help = "Only validate interactions that have no defined provider state",
             .env = "PACT_PROVIDER_NO_STATE",
             .conflicts_ids = "filter-state"},
    Argument{.id = "filter-consumer",
             .heading = kFiltering,
             .short_name = 'c',
             .long_name = "filter-consumer",
             .value_name = "filter-consumer",
             .kind = Kind::Repeated,
             .check = Check::NonEmpty,
             .help = "Consumer name to filter the pacts to be verified (can be repeated)"},

    Argument{.id = "publish",
             .heading = kPublishing,
             .long_name = "publish",
             .help = "Enables publishing of verification results back to the Pact Broker. Requires the broker-url "
                     "and provider-version parameters.",
             .requires_ids = "broker-url,provider-version"},
    Argument{.id = "provider-version",
             .heading = kPublishing,
             .long_name = "provider-version",
             .value_name = "provider-version",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Provider version that is being verified. This is required when publishing results."},
    Argument{.id = "build-url",
             .heading = kPublishing,
             .long_name = "build-url",
             .value_name = "build-url",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "URL of the build to associate with the published verification results."},
    Argument{.id = "provider-tags",
             .heading = kPublishing,
             .long_name = "provider-tags",
             .value_name = "provider-tags",
             .kind = Kind::Single,
             .delimiter = ',',
             .check = Check::NonEmpty,
             .help = "Provider tags to use when publishing results. Accepts comma-separated values."},
    Argument{.id = "provider-branch",
             .heading = kPublishing,
             .long_name = "provider-branch",
             .value_name = "provider-branch",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Provider branch to use when publishing results"},

    Argument{.id = "consumer-version-tags",
             .heading = kBroker,
             .long_name = "consumer-version-tags",
             .value_name = "consumer-version-tags",
             .kind = Kind::Single,
             .delimiter = ',',
             .check = Check::NonEmpty,
             .help = "Consumer tags to use when fetching pacts from the Broker. Accepts comma-separated values.",
             .requires_ids = "broker-url",
             .conflicts_ids = "consumer-version-selectors"},
    Argument{.id = "consumer-version-selectors",
             .heading = kBroker,
             .long_name = "consumer-version-selectors",
             .value_name = "consumer-version-selectors",
             .kind = Kind::Repeated,
             .check = Check::Json,
             .help = "Consumer version selectors to use when fetching pacts from the Broker. Accepts a JSON string "
                     "as per https://docs.pact.io/pact_broker/advanced_topics/consumer_version_selectors/. Can be "
                     "repeated.",
             .requires_ids = "broker-url",
             .conflicts_ids = "consumer-version-tags"},
    Argument{.id = "enable-pending",
             .heading = kBroker,
             .long_name = "enable-pending",
             .help = "Enables Pending Pacts",
             .requires_ids = "broker-url"},
    Argument{.id = "include-wip-pacts-since",
             .heading = kBroker,
             .long_name = "include-wip-pacts-since",
             .value_name = "include-wip-pacts-since",
             .kind = Kind::Single,
             .check = Check::NonEmpty,
             .help = "Allow pacts that don't match given consumer selectors (or tags) to  be verified, without "
                     "causing the overall task to fail. For more information, see https://pact.io/wip",
             .requires_ids = "broker-url"},
    Argument{.id = "retries",
             .heading = kBroker,
             .long_name = "retries",
             .value_name = "N",
             .kind = Kind::Single,
             .check = Check::Retries,
             .help = "The number of times to retry failed HTTP requests to the Pact Broker (retries on 5xx, 408, "
                     "and 429). Delays use exponential back-off starting at 500 ms and doubling each attempt "
                     "(0.5 s, 1 s, 2 s, 4 s, 8 s, \u2026). 429 responses honour the Retry-After header when "
                     "present.",
             .env = "PACT_BROKER_HTTP_RETRIES",
             .default_value = "8"},

    Argument{.id = "exit-first",
             .heading = kDevelopment,
             .long_name = "exit-on-first-error",
             .help = "Stops the verifier at the first failure",
             .conflicts_ids = "publish"},
    Argument{.id = "last-failed",
             .heading = kDevelopment,
             .long_name = "last-failed",
             .help = "Only runs the interactions that failed on the previous verifier run. Requires --json-file to "
                     "have been set",
             .requires_ids = "json-file",
             .conflicts_ids = "publish,filter-description,filter-state,filter-no-state,filter-consumer"},
};

std::vector<std::string_view> split_list(std::string_view list) {
  std::vector<std::string_view> out;
  while (!list.empty()) {
    const auto comma = list.find(',');
    out.push_back(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return out;
}

template <typename T>
std::optional<T> parse_unsigned(std::string_view text) {
  T value{};
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc{} || ptr != end) return std::nullopt;
  return value;
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// TRANSPORT:PORT[/path], the form of the reference's transport_value.
bool valid_transport(std::string_view value) {
  const auto colon = value.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  const auto name = value.substr(0, colon);
  if (!std::all_of(name.begin(), name.end(), is_word_char)) return false;
  auto rest = value.substr(colon + 1);
  const auto slash = rest.find('/');
  const auto path = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
  if (!parse_unsigned<std::uint16_t>(rest.substr(0, slash))) return false;
  return std::none_of(path.begin(), path.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

std::string in_quotes(std::string_view value) { return "'" + std::string(value) + "'"; }

// The message for a rejected value, or "" when `value` passes `argument`'s check.
std::string check_value(const Argument& argument, const std::string& value) {
  if (argument.check != Check::None && value.empty()) return "a value is required but none was supplied";
  switch (argument.check) {
    case Check::None:
    case Check::NonEmpty:
      return {};
    case Check::Port:
      if (parse_unsigned<std::uint16_t>(value)) return {};
      return in_quotes(value) + " is not a valid port value";
    case Check::Integer:
      if (parse_unsigned<std::uint64_t>(value)) return {};
      return in_quotes(value) + " is not a valid integer value";
    case Check::Retries:
      if (parse_unsigned<std::uint8_t>(value)) return {};
      return in_quotes(value) + " is not a number in 0..=255";
    case Check::Regex: {
      RE2::Options options;
      options.set_log_errors(false);
      const RE2 re(value, options);
      if (re.ok()) return {};
      return in_quotes(value) + " is an invalid filter value: " + re.error();
    }
    case Check::Json: {
      auto parsed = json::parse(value);
      if (parsed.ok()) return {};
      return in_quotes(value) + " is not valid JSON: " + parsed.error().message;
    }
    case Check::Transport:
      if (valid_transport(value)) return {};
      return in_quotes(value) + " is not a valid transport, it must be in the form TRANSPORT:PORT[/path]";
    case Check::PossibleValue: {
      const auto possible = split_list(argument.possible_values);
      if (std::find(possible.begin(), possible.end(), value) != possible.end()) return {};
      std::string list;
      for (const auto& p : possible) list += (list.empty() ? "" : ", ") + std::string(p);
      return in_quotes(value) + " isn't a valid value (possible values: " + list + ")";
    }
  }
  return {};
}

std::string cli11_names(const Argument& argument) {
  std::string names;
  if (argument.short_name != 0) names += std::string("-") + argument.short_name + ",";
  names += "--" + std::string(argument.long_name);
  for (auto alias : {argument.alias, argument.visible_alias}) {
    if (!alias.empty()) names += ",--" + std::string(alias);
  }
  return names;
}

// Builds the CLI11 parser from the table; `options` maps ids to options.
void build(CLI::App& app, std::map<std::string_view, CLI::Option*>& options) {
  app.set_help_flag();
  for (const auto& argument : kArguments) {
    const auto names = cli11_names(argument);
    const std::string help(argument.help);
    CLI::Option* option = nullptr;
    if (argument.id == "help") {
      option = app.set_help_flag(names, help);
    } else if (argument.id == "version") {
      // Like --help, --version wins over missing or conflicting arguments.
      option = app.add_flag_callback(names, [] { throw CLI::CallForVersion(); }, help);
    } else if (argument.kind == Kind::Flag) {
      option = app.add_flag(names, help);
    } else {
      option = app.add_option(names, help);
      option->type_name("<" + std::string(argument.value_name) + ">");  // for CLI11's messages
      option->allow_extra_args(false);
      if (argument.kind == Kind::Repeated || argument.delimiter != 0) {
        option->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
      }
      if (argument.delimiter != 0) option->delimiter(argument.delimiter);
      if (argument.delimiter == ' ') {
        // "--transports http:8080 grpc:5555" as the help text shows it.
        option->expected(1, CLI::detail::expected_max_vector_size);
        option->allow_extra_args(true);
      }
      if (argument.check != Check::None) {
        const Argument* arg = &argument;
        option->check(CLI::Validator([arg](std::string& value) { return check_value(*arg, value); }, "",
                                     std::string(argument.id)));
      }
    }
    if (!argument.env.empty()) option->envname(std::string(argument.env));
    options.emplace(argument.id, option);
  }
  for (const auto& argument : kArguments) {
    auto* option = options.at(argument.id);
    for (auto id : split_list(argument.requires_ids)) option->needs(options.at(id));
    for (auto id : split_list(argument.conflicts_ids)) option->excludes(options.at(id));
  }
}

// clap's name column: "-l, --loglevel <loglevel>" or "    --pretty-log".
std::string name_column(const Argument& argument) {
  std::string text = argument.short_name != 0 ? std::string("-") + argument.short_name + ", " : "    ";
  text += "--" + std::string(argument.long_name);
  if (!argument.value_name.empty()) text += " <" + std::string(argument.value_name) + ">";
  return text;
}

// The help text plus clap's bracketed extras. Environment values are not
// shown: they may be credentials.
std::string help_column(const Argument& argument) {
  std::string text(argument.help);
  if (!argument.env.empty()) text += " [env: " + std::string(argument.env) + "=]";
  if (!argument.default_value.empty()) text += " [default: " + std::string(argument.default_value) + "]";
  if (!argument.possible_values.empty()) {
    std::string list;
    for (auto value : split_list(argument.possible_values)) list += (list.empty() ? "" : ", ") + std::string(value);
    text += " [possible values: " + list + "]";
  }
  if (!argument.visible_alias.empty()) text += " [alias: --" + std::string(argument.visible_alias) + "]";
  return text;
}

std::size_t display_width(std::string_view text) {
  // UTF-8 continuation bytes take no column.
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

std::span<const Argument> arguments() { return kArguments; }

support::Result<ParseResult> parse_arguments(std::span<const std::string> args) {
  CLI::App app{std::string(kAbout), "pact-verifier"};
  std::map<std::string_view, CLI::Option*> options;
  build(app, options);
  // CLI11 consumes its argument vector from the back.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  ParseResult result;
  try {
    app.parse(std::move(reversed));
  } catch (const CLI::CallForHelp&) {
    result.outcome = Outcome::Help;
    return result;
  } catch (const CLI::CallForVersion&) {
    result.outcome = Outcome::Version;
    return result;
  } catch (const CLI::ParseError& e) {
    return support::make_error(support::ErrorCategory::InvalidArgument, e.what());
  }
  for (const auto& [id, option] : options) {
    if (option->count() > 0) result.values.emplace(std::string(id), option->results());
  }
  return result;
}

std::string help_text() {
  // clap's layout: per heading, names and help on one line unless the
  // longest name leaves too little room (clap's next_line_help rule for a
  // 100 column terminal), then help on the next line, indented by 10.
  constexpr std::size_t kWidth = 100;
  std::string text = std::string(kAbout) + "\n\n" + std::string(kUsage) + "\n";
  std::vector<std::string_view> headings;
  for (const auto& argument : kArguments) {
    if (std::find(headings.begin(), headings.end(), argument.heading) == headings.end()) {
      headings.push_back(argument.heading);
    }
  }
  for (auto heading : headings) {
    std::vector<std::pair<std::string, std::string>> rows;
    std::size_t longest = 0;
    for (const auto& argument : kArguments) {
      if (argument.heading != heading) continue;
      rows.emplace_back(name_column(argument), help_column(argument));
      longest = std::max(longest, rows.back().first.size());
    }
    const std::size_t taken = longest + 12;
    const bool next_line = std::any_of(rows.begin(), rows.end(), [&](const auto& row) {
      return taken * 10 > kWidth * 4 && display_width(row.second) > kWidth - std::min(kWidth, taken);
    });
    text += "\n" + std::string(heading) + ":\n";
    for (const auto& [name, help] : rows) {
      if (next_line) {
        text += "  " + name + "\n          " + help + "\n";
      } else {
        text += "  " + name + std::string(longest - name.size() + 2, ' ') + help + "\n";
      }
    }
  }
  return text;
}

std::string arguments_json() {
  json::array options;
  json::array flags;
  for (const auto& argument : kArguments) {
    if (argument.id == "help" || argument.id == "version") continue;
    json::object entry;
    entry.emplace("long", argument.long_name);
    if (argument.short_name != 0) entry.emplace("short", std::string(1, argument.short_name));
    entry.emplace("help", argument.help);
    if (!argument.possible_values.empty()) {
      json::array values;
      for (auto value : split_list(argument.possible_values)) values.emplace_back(value);
      entry.emplace("possible_values", std::move(values));
    }
    if (!argument.default_value.empty()) entry.emplace("default_value", argument.default_value);
    entry.emplace("multiple", argument.kind == Kind::Repeated);
    if (!argument.env.empty()) entry.emplace("env", argument.env);
    (argument.kind == Kind::Flag ? flags : options).emplace_back(std::move(entry));
  }
  json::object document;
  document.emplace("options", std::move(options));
  document.emplace("flags", std::move(flags));
  return json::write(document);
}

}  // namespace pact::verifier::cli_detail

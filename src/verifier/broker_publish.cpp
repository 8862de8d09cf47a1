// Publishing verification results (broker-api.md §5): the provider branch,
// then the tags, then the results document. The steps run in that order
// because the broker attaches the results to the provider version the
// first two steps describe; a failure stops the later steps (trap 7).

#include "verifier/broker_publish.hpp"

#include "support/text.hpp"
#include "verifier/broker_client.hpp"

namespace pact::verifier {
namespace {

using support::Result;
using support::Status;
using support::Unit;

// Follows the pact's pb:provider link; fetched anew for branch and tags
// (trap 8).
Result<json::value> provider_resource(BrokerClient& client, const json::value& pact_links) {
  auto link = client.find_link(pact_links, "pb:provider");
  if (!link.ok()) return link.error();
  return client.fetch_link(*link, {});
}

Status publish_branch(BrokerClient& client, const json::value& pact_links, const std::string& branch,
                      const std::string& version) {
  auto provider = provider_resource(client, pact_links);
  if (!provider.ok()) return provider.error();
  auto link = client.find_link(*provider, "pb:branch-version");
  if (!link.ok()) {
    return broker_error(BrokerErrorKind::Link,
                        "Can't publish provider branch as there is no 'pb:branch-version' link. Please ugrade to Pact "
                        "Broker version 2.86.0 or later for branch support");
  }
  auto href = client.expand(*link, {{"branch", branch}, {"version", version}});
  if (!href.ok()) return href.error();
  auto reply = client.put_json(*href, "{}");
  if (!reply.ok()) return reply.error();
  return Unit{};
}

Status publish_tags(BrokerClient& client, const json::value& pact_links, const std::vector<std::string>& tags,
                    const std::string& version) {
  auto provider = provider_resource(client, pact_links);
  if (!provider.ok()) return provider.error();
  auto link = client.find_link(*provider, "pb:version-tag");
  if (!link.ok()) {
    return broker_error(BrokerErrorKind::Link, "Can't publish provider tags as there is no 'pb:version-tag' link");
  }
  for (const auto& tag : tags) {
    auto href = client.expand(*link, {{"version", version}, {"tag", tag}});
    if (!href.ok()) return href.error();
    auto reply = client.put_json(*href, "{}");
    if (!reply.ok()) return reply.error();
  }
  return Unit{};
}

}  // namespace

Status publish_verification_results(const BrokerContext& broker, const PublishOptions& publish,
                                    const json::object& payload, const VerificationOptions& options) {
  return publish_verification_results(broker, publish, payload, options, {});
}

Status publish_verification_results(const BrokerContext& broker, const PublishOptions& publish,
                                    const json::object& payload, const VerificationOptions& options,
                                    const std::function<void(std::chrono::milliseconds)>& retry_sleep) {
  BrokerClientOptions client_options;
  client_options.base_url = broker.base_url;
  client_options.auth = Auth{broker.username, broker.password, broker.token};
  client_options.max_attempts = options.broker_max_attempts;
  client_options.sleep = retry_sleep;
  BrokerClient client(std::move(client_options));

  json::object document;
  document["_links"] = broker.links;
  const json::value pact_links(std::move(document));

  if (publish.branch) {
    if (auto status = publish_branch(client, pact_links, *publish.branch, publish.provider_version); !status.ok()) {
      return status;
    }
  }
  if (!publish.tags.empty()) {
    if (auto status = publish_tags(client, pact_links, publish.tags, publish.provider_version); !status.ok()) {
      return status;
    }
  }

  // The link name is matched in any case; the href is used as given.
  std::optional<std::string> href;
  for (const auto& member : broker.links) {
    if (!support::iequals(member.key(), "pb:publish-verification-results")) continue;
    href = "";
    if (const auto* data = member.value().if_object()) {
      if (auto link = hal_link_from_json(member.key(), *data); link.href) href = *link.href;
    }
    break;
  }
  if (!href) {
    return broker_error(BrokerErrorKind::Link,
                        "Response from the pact broker has no 'pb:publish-verification-results' link");
  }
  auto reply = client.post_json(*href, json::write(payload));
  if (!reply.ok()) return reply.error();
  return Unit{};
}

}  // namespace pact::verifier

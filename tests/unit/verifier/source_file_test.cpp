// Pact sources other than brokers: files, directories and URLs
// (verifier.md §3.1-§3.3), plus the consumer filter and source order.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "broker_test_double.hpp"
#include "verifier/pact_source.hpp"

namespace pact::verifier {
namespace {

namespace fs = std::filesystem;
using testing::TestHttpServer;
using testing::TestRequest;
using testing::TestResponse;

std::string pact_json(const std::string& consumer, const std::string& provider) {
  return R"({"consumer":{"name":")" + consumer + R"("},"provider":{"name":")" + provider +
         R"("},"interactions":[{"description":"get item","request":{"method":"GET","path":"/items/1"},)"
         R"("response":{"status":200}}],"metadata":{"pactSpecification":{"version":"3.0.0"}}})";
}

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("pact_source_test_" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string write(const std::string& name, const std::string& text) const {
    const fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file) << text;
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

VerifierConfig config_for(std::vector<PactSource> sources, std::string provider = "items-api") {
  VerifierConfig config;
  config.provider.name = std::move(provider);
  config.sources = std::move(sources);
  return config;
}

const LoadedPact& pact_at(const std::vector<LoadedEntry>& entries, std::size_t i) {
  return std::get<LoadedPact>(entries.at(i));
}

std::string failure_at(const std::vector<LoadedEntry>& entries, std::size_t i) {
  const auto* failure = std::get_if<LoadFailure>(&entries.at(i));
  return failure != nullptr ? failure->message : "<not a failure>";
}

// ---------------------------------------------------------------------------
// Files

TEST(FileSource, LoadsAPactWhateverItsProvider) {
  TempDir dir;
  const auto path = dir.write("a.json", pact_json("web", "someone-else"));
  const auto entries = load_pacts(config_for({FileSource{path}}));
  ASSERT_EQ(entries.size(), 1U);
  const auto& loaded = pact_at(entries, 0);
  EXPECT_EQ(loaded.pact.consumer, "web");
  EXPECT_EQ(loaded.pact.provider, "someone-else");
  EXPECT_EQ(loaded.pact.interactions.size(), 1U);
  EXPECT_FALSE(loaded.broker.has_value());
  EXPECT_GT(loaded.loading.count(), 0);
}

TEST(FileSource, ReportsAMissingFile) {
  const auto entries = load_pacts(config_for({FileSource{"/no/such/pact.json"}}));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), "Failed to load pact '/no/such/pact.json' - No such file or directory (os error 2)");
}

TEST(FileSource, ReportsFilesThatAreNotPacts) {
  TempDir dir;
  const auto text = dir.write("notes.txt", "not json");
  const auto array = dir.write("array.json", "[1, 2]");
  const auto entries = load_pacts(config_for({FileSource{text}, FileSource{array}, FileSource{dir.path()}}));
  ASSERT_EQ(entries.size(), 3U);
  EXPECT_EQ(failure_at(entries, 0), "Failed to load pact '" + text + "' - Failed to parse Pact JSON");
  EXPECT_EQ(failure_at(entries, 1), "Failed to load pact '" + array + "' - Failed to parse Pact JSON from source '" +
                                        array + "' - it is not a valid pact file");
  EXPECT_EQ(failure_at(entries, 2), "Failed to load pact '" + dir.path() + "' - Is a directory (os error 21)");
}

// ---------------------------------------------------------------------------
// Directories

TEST(DirectorySource, LoadsThePactsOfTheProviderInNameOrder) {
  TempDir dir;
  dir.write("b.json", pact_json("web-b", "items-api"));
  dir.write("a.json", pact_json("web-a", "items-api"));
  dir.write("c.pact", pact_json("web-c", "items-api"));  // no extension filter
  const auto entries = load_pacts(config_for({DirectorySource{dir.path()}}));
  ASSERT_EQ(entries.size(), 3U);
  EXPECT_EQ(pact_at(entries, 0).pact.consumer, "web-a");
  EXPECT_EQ(pact_at(entries, 1).pact.consumer, "web-b");
  EXPECT_EQ(pact_at(entries, 2).pact.consumer, "web-c");
}

TEST(DirectorySource, SkipsOtherProvidersAndSubDirectories) {
  TempDir dir;
  dir.write("mine.json", pact_json("web", "items-api"));
  dir.write("theirs.json", pact_json("web", "orders-api"));
  dir.write("nested/deeper.json", pact_json("nested", "items-api"));
  dir.write("nested/junk.txt", "not a pact, never read");
  const auto entries = load_pacts(config_for({DirectorySource{dir.path()}}));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(pact_at(entries, 0).pact.consumer, "web");
}

TEST(DirectorySource, FailsOnAFileThatIsNotAPact) {
  TempDir dir;
  dir.write("a.json", pact_json("web", "items-api"));
  dir.write("notes.txt", "hello");
  const auto entries = load_pacts(config_for({DirectorySource{dir.path()}}));
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(pact_at(entries, 0).pact.consumer, "web");
  EXPECT_EQ(failure_at(entries, 1), "Failed to load pact from '" + dir.path() + "' - Failed to parse Pact JSON");
}

TEST(DirectorySource, ReportsAMissingDirectory) {
  const auto entries = load_pacts(config_for({DirectorySource{"/no/such/dir"}}));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0),
            "Could not load pacts from directory '/no/such/dir' - No such file or directory (os error 2)");
}

TEST(DirectorySource, ReportsAFileGivenAsDirectory) {
  TempDir dir;
  const auto file = dir.write("a.json", pact_json("web", "items-api"));
  const auto entries = load_pacts(config_for({DirectorySource{file}}));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), "Could not load pacts from directory '" + file + "' - Not a directory (os error 20)");
}

TEST(DirectorySource, YieldsNothingForAnEmptyDirectory) {
  TempDir dir;
  EXPECT_TRUE(load_pacts(config_for({DirectorySource{dir.path()}})).empty());
}

// ---------------------------------------------------------------------------
// Consumer filter and order

TEST(ConsumerFilter, KeepsOnlyListedConsumersAndAllFailures) {
  TempDir dir;
  const auto web = dir.write("web.json", pact_json("web", "items-api"));
  const auto app = dir.write("app.json", pact_json("app", "items-api"));
  const auto other = dir.write("Web.json", pact_json("Web", "items-api"));
  VerifierConfig config =
      config_for({FileSource{app}, FileSource{"/missing.json"}, FileSource{web}, FileSource{other}});
  config.filters.consumers = {"web"};
  const auto entries = load_pacts(config);
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_NE(failure_at(entries, 0).find("/missing.json"), std::string::npos);
  EXPECT_EQ(pact_at(entries, 1).pact.consumer, "web");
}

// ---------------------------------------------------------------------------
// URLs

TEST(UrlSource, FetchesWithAuthAndTheModelsUserAgent) {
  TestHttpServer server([](const TestRequest&) { return TestResponse::json(200, pact_json("web", "items-api")); });
  UrlSource source{server.url("/pacts/web.json"), Auth{"user", "", ""}};
  UrlSource with_token{server.url("/pacts/web.json"), Auth{"", "", "secret"}};
  const auto entries = load_pacts(config_for({source, with_token}));
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(pact_at(entries, 0).pact.consumer, "web");
  EXPECT_FALSE(pact_at(entries, 0).broker.has_value());
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 2U);
  EXPECT_EQ(requests[0].method, "GET");
  EXPECT_EQ(requests[0].target, "/pacts/web.json");
  EXPECT_EQ(requests[0].header("Authorization").value_or(""), "Basic dXNlcjo=");
  EXPECT_EQ(requests[0].header("Accept").value_or(""), "*/*");
  EXPECT_EQ(requests[0].header("User-Agent").value_or("").rfind("pact_models/", 0), 0U);
  EXPECT_EQ(requests[1].header("Authorization").value_or(""), "Bearer secret");
}

TEST(UrlSource, TreatsADocumentWithAResultsLinkAsABrokerPact) {
  TestHttpServer server([](const TestRequest&) {
    return TestResponse::json(200, testing::broker_pact("web", "items-api", "/pacts/provider/items-api/consumer/web"),
                              "text/plain");  // URL sources do not check the content type
  });
  UrlSource source{server.url("/some/deep/path?x=1"), Auth{"", "", "tok"}};
  const auto entries = load_pacts(config_for({source}));
  ASSERT_EQ(entries.size(), 1U);
  const auto& loaded = pact_at(entries, 0);
  ASSERT_TRUE(loaded.broker.has_value());
  EXPECT_EQ(loaded.broker->base_url, "http://127.0.0.1:" + std::to_string(server.port()) + "/");
  EXPECT_EQ(loaded.broker->token, "tok");
  EXPECT_TRUE(loaded.broker->links.contains("pb:publish-verification-results"));
  EXPECT_FALSE(loaded.broker->pending);
  EXPECT_TRUE(loaded.broker->notices.empty());
  ASSERT_EQ(loaded.pact.interactions.size(), 1U);
  EXPECT_EQ(loaded.pact.interactions[0].id.value_or(""), "ID-web");
}

TEST(UrlSource, ReportsHttpAndParseFailures) {
  TestHttpServer server([](const TestRequest& request) {
    if (request.path() == "/bad-json") return TestResponse::json(200, "{oops");
    if (request.path() == "/array") return TestResponse::json(200, "[]");
    return TestResponse::text(404);
  });
  const auto missing = server.url("/missing");
  const auto bad = server.url("/bad-json");
  const auto array = server.url("/array");
  const auto entries = load_pacts(config_for({UrlSource{missing, {}}, UrlSource{bad, {}}, UrlSource{array, {}}}));
  ASSERT_EQ(entries.size(), 3U);
  EXPECT_EQ(failure_at(entries, 0), "Failed to load pact '" + missing + "' - Request failed with status - 404 Not Found");
  EXPECT_EQ(failure_at(entries, 1).rfind("Failed to load pact '" + bad + "' - Failed to parse JSON - ", 0), 0U)
      << failure_at(entries, 1);
  EXPECT_EQ(failure_at(entries, 2), "Failed to load pact '" + array + "' - Failed to parse Pact JSON from source '" +
                                        array + "' - it is not a valid pact file");
}

TEST(UrlSource, ReportsAnUnreachableServer) {
  std::string url;
  {
    TestHttpServer gone([](const TestRequest&) { return TestResponse::text(200); });
    url = gone.url("/pact.json");
  }
  const auto entries = load_pacts(config_for({UrlSource{url, {}}}));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), "Failed to load pact '" + url + "' - Request failed - error sending request for url (" +
                                        url + "): Connection refused");
}

}  // namespace
}  // namespace pact::verifier

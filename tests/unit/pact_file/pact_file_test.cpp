// Pact files on disk: naming, atomic writes, merging under a lock
// (pact-file-format.md §1, §17; DESIGN.md §4).

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include "model/pact_json.hpp"
#include "pact_file/pact_file.hpp"

namespace pact::pact_file {
namespace {

namespace fs = std::filesystem;

class PactFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("pact_file_test_" + std::to_string(rd()) + "_" + std::to_string(rd()));
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  static std::string read_text(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  static model::Pact pact_with(std::vector<std::string> descriptions, std::string consumer = "C") {
    model::Pact p;
    p.consumer = std::move(consumer);
    p.provider = "P";
    for (auto& d : descriptions) {
      model::Interaction i;
      i.description = std::move(d);
      i.parts = model::SynchronousHttp{};
      p.interactions.push_back(std::move(i));
    }
    return p;
  }

  fs::path dir_;
};

TEST_F(PactFileTest, FileNameUsesNamesUnchanged) {
  EXPECT_EQ(file_name(pact_with({}, "My Consumer")), "My Consumer-P.json");
}

TEST_F(PactFileTest, WritesIntoNewNestedDirectory) {
  const auto nested = dir_ / "a" / "b";
  auto path = write(pact_with({"one"}), nested, model::SpecVersion::V4, false);
  ASSERT_TRUE(path.ok()) << path.error().message;
  EXPECT_EQ(path.value(), nested / "C-P.json");
  const auto text = read_text(path.value());
  EXPECT_EQ(text, model::write_pact(pact_with({"one"}), model::SpecVersion::V4).value());
  EXPECT_NE(text.back(), '\n');
  // No temporary files are left behind.
  for (const auto& entry : fs::directory_iterator(nested)) {
    EXPECT_EQ(entry.path().string().find(".tmp."), std::string::npos) << entry.path();
  }
}

TEST_F(PactFileTest, MergesWithoutOverwrite) {
  ASSERT_TRUE(write(pact_with({"one", "two"}), dir_, model::SpecVersion::V3, false).ok());
  auto path = write(pact_with({"three", "one"}), dir_, model::SpecVersion::V4, false);
  ASSERT_TRUE(path.ok()) << path.error().message;
  const auto merged = model::read_pact(read_text(path.value())).value();
  ASSERT_EQ(merged.interactions.size(), 3U);
  EXPECT_EQ(merged.spec_version, model::SpecVersion::V4);
  EXPECT_EQ(merged.interactions[0].description, "one");
  EXPECT_EQ(merged.interactions[2].description, "two");
}

TEST_F(PactFileTest, OverwriteReplacesTheFile) {
  ASSERT_TRUE(write(pact_with({"one", "two"}), dir_, model::SpecVersion::V4, false).ok());
  auto path = write(pact_with({"three"}), dir_, model::SpecVersion::V4, true);
  ASSERT_TRUE(path.ok());
  const auto p = model::read_pact(read_text(path.value())).value();
  ASSERT_EQ(p.interactions.size(), 1U);
  EXPECT_EQ(p.interactions[0].description, "three");
}

TEST_F(PactFileTest, ExistingFileWithOtherParticipantsIsAnError) {
  fs::create_directories(dir_);
  auto other = pact_with({"x"}, "Other");
  std::ofstream(dir_ / "C-P.json") << model::write_pact(other, model::SpecVersion::V4).value();
  auto r = write(pact_with({"one"}), dir_, model::SpecVersion::V4, false);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "Unable to merge pacts, as they have different consumers or providers");
}

TEST_F(PactFileTest, UnreadableExistingFileIsAnError) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "C-P.json") << "{ not json";
  EXPECT_FALSE(write(pact_with({"one"}), dir_, model::SpecVersion::V4, false).ok());
  EXPECT_EQ(read_text(dir_ / "C-P.json"), "{ not json");  // left untouched
  EXPECT_TRUE(write(pact_with({"one"}), dir_, model::SpecVersion::V4, true).ok());
}

TEST_F(PactFileTest, MixedPactAsV3FailsWithoutWriting) {
  auto p = pact_with({"h"});
  model::Interaction m;
  m.description = "m";
  m.parts = model::AsynchronousMessage{};
  p.interactions.push_back(m);
  EXPECT_FALSE(write(p, dir_, model::SpecVersion::V3, false).ok());
  EXPECT_FALSE(fs::exists(dir_ / "C-P.json"));
}

TEST_F(PactFileTest, ConcurrentWritersKeepEveryInteraction) {
  constexpr int kThreads = 20;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto r = write(pact_with({"interaction " + std::to_string(t)}), dir_, model::SpecVersion::V4, false);
      if (!r.ok()) ++failures;
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  auto p = model::read_pact(read_text(dir_ / "C-P.json"));
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->interactions.size(), static_cast<std::size_t>(kThreads));
}

TEST_F(PactFileTest, ConcurrentProcessesKeepEveryInteraction) {
  // Separate processes only share the file lock, not the in-process mutex.
  constexpr int kProcesses = 8;
  std::vector<pid_t> children;
  for (int n = 0; n < kProcesses; ++n) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto r = write(pact_with({"process " + std::to_string(n)}), dir_, model::SpecVersion::V4, false);
      ::_exit(r.ok() ? 0 : 1);
    }
    children.push_back(pid);
  }
  for (const pid_t pid : children) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  auto p = model::read_pact(read_text(dir_ / "C-P.json"));
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->interactions.size(), static_cast<std::size_t>(kProcesses));
}

}  // namespace
}  // namespace pact::pact_file

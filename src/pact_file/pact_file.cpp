#include "pact_file/pact_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "model/pact_json.hpp"

namespace pact::pact_file {
namespace {

using support::ErrorCategory;
using support::make_error;

// Serialises writers within this process. flock() already excludes other
// open file descriptions, but one mutex keeps the in-process order simple and
// covers file systems where flock is a no-op. Guards nothing but the
// read-merge-write sequence of write().
std::mutex& process_write_mutex() {
  static std::mutex m;
  return m;
}

std::string errno_text() { return std::strerror(errno); }

// An advisory lock on the pact directory held across read-merge-write
// (pact-file-format.md §1 "Locking"), released by the destructor. Locking
// the directory rather than a "<file>.lock" sibling leaves nothing behind
// in the user's pact folder; writers of other pacts in the same directory
// wait a few milliseconds, which is harmless.
class FileLock {
 public:
  FileLock() = default;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock() {
    if (fd_ >= 0) {
      ::flock(fd_, LOCK_UN);
      ::close(fd_);
    }
  }

  support::Status acquire(const std::filesystem::path& path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) return make_error(ErrorCategory::Io, "cannot open directory " + path.string() + ": " + errno_text());
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno != EINTR) return make_error(ErrorCategory::Io, "cannot lock " + path.string() + ": " + errno_text());
    }
    return support::Unit{};
  }

 private:
  int fd_ = -1;
};

support::Result<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorCategory::Io, "cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return make_error(ErrorCategory::Io, "cannot read " + path.string());
  return text.str();
}

// Writes `text` to a temporary file next to `target`, flushes it to disk and
// renames it over `target`, so readers never see a torn file (DESIGN.md §4).
support::Status write_atomically(const std::filesystem::path& target, const std::string& text) {
  std::ostringstream suffix;
  suffix << ".tmp." << ::getpid() << "." << std::this_thread::get_id();
  std::filesystem::path temp = target;
  temp += suffix.str();
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return make_error(ErrorCategory::Io, "cannot create " + temp.string() + ": " + errno_text());
  std::size_t written = 0;
  while (written < text.size()) {
    const auto n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const auto message = "cannot write " + temp.string() + ": " + errno_text();
      ::close(fd);
      std::filesystem::remove(temp);
      return make_error(ErrorCategory::Io, message);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const auto message = "cannot write " + temp.string() + ": " + errno_text();
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return make_error(ErrorCategory::Io, message);
  }
  std::error_code ec;
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return make_error(ErrorCategory::Io, "cannot replace " + target.string() + ": " + ec.message());
  }
  return support::Unit{};
}

}  // namespace

std::string file_name(const model::Pact& pact) { return pact.consumer + "-" + pact.provider + ".json"; }

support::Result<std::filesystem::path> write(const model::Pact& pact, const std::filesystem::path& directory,
                                             model::SpecVersion version, bool overwrite) {
  const std::filesystem::path dir = directory.empty() ? std::filesystem::path(".") : directory;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return make_error(ErrorCategory::Io, "cannot create directory " + dir.string() + ": " + ec.message());
  const std::filesystem::path target = dir / file_name(pact);
  std::lock_guard<std::mutex> guard(process_write_mutex());
  FileLock lock;
  if (auto locked = lock.acquire(dir); !locked.ok()) return locked.error();

  model::Pact to_write = pact;
  if (!overwrite && std::filesystem::exists(target, ec)) {
    auto text = read_file(target);
    if (!text.ok()) return text.error();
    auto existing = model::read_pact(text.value());
    if (!existing.ok()) {
      return make_error(ErrorCategory::Parse, "cannot merge with " + target.string() + ": " + existing.error().message);
    }
    auto merged = model::merge_pacts(existing.value(), pact);
    if (!merged.ok()) return merged.error();
    to_write = std::move(merged).value();
  }
  auto text = model::write_pact(to_write, version);
  if (!text.ok()) return text.error();
  if (auto status = write_atomically(target, text.value()); !status.ok()) return status.error();
  return target;
}

}  // namespace pact::pact_file

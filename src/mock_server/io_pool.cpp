#include "mock_server/io_pool.hpp"

#include <boost/asio/executor_work_guard.hpp>

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

namespace pact::mock_server::detail {
namespace {

class IoPool {
 public:
  IoPool() : work_(boost::asio::make_work_guard(context_)) {
    const unsigned count = std::max(2u, std::thread::hardware_concurrency());
    for (unsigned i = 0; i < count; ++i) {
      threads_.emplace_back([this] {
        // A handler that throws must not take the pool down: log nothing
        // here (handlers catch their own errors), just keep running.
        for (;;) {
          try {
            context_.run();
            return;
          } catch (...) {
          }
        }
      });
    }
  }

  boost::asio::io_context& context() noexcept { return context_; }

 private:
  boost::asio::io_context context_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::vector<std::thread> threads_;
};

}  // namespace

boost::asio::io_context& io_context() {
  // Intentionally leaked: the pool threads run until the process ends, and
  // destroying the io_context (or joinable std::threads) during static
  // destruction would race with handlers still running, or call
  // std::terminate. Leaking keeps process exit clean. The function-local
  // static makes creation lazy and thread-safe.
  static IoPool* const pool = std::make_unique<IoPool>().release();
  return pool->context();
}

}  // namespace pact::mock_server::detail

#pragma once
// The one io_context pool shared by every mock server (DESIGN.md §4).
// Internal to the mock_server layer: Asio types stay out of public headers.

#include <boost/asio/io_context.hpp>

namespace pact::mock_server::detail {

/// The shared io_context, started on first use with max(2, hardware
/// concurrency) threads. It lives until the process ends.
boost::asio::io_context& io_context();

}  // namespace pact::mock_server::detail

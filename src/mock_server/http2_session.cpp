#include "mock_server/http2_session.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/string.hpp>
#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "mock_server/request_conversion.hpp"
#include "mock_server/server.hpp"

namespace pact::mock_server::detail {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;

// Streams one client may have open at once (advertised in SETTINGS;
// nghttp2 refuses streams beyond it).
constexpr std::uint32_t kMaxConcurrentStreams = 100;
// Output is copied out of nghttp2 and written in chunks of about this size,
// so a large response body never sits in memory twice.
constexpr std::size_t kWriteChunk = 64 * 1024;

/// Connection-specific header fields must not appear in HTTP/2 (RFC 9113
/// §8.2.2); content-length is recomputed from the body.
bool dropped_in_http2(std::string_view lower_name) {
  return lower_name == "connection" || lower_name == "keep-alive" || lower_name == "proxy-connection" ||
         lower_name == "transfer-encoding" || lower_name == "upgrade" || lower_name == "content-length";
}

nghttp2_nv header(const std::string& name, const std::string& value) {
  // nghttp2 copies names and values at submit time, so pointers into
  // short-lived strings are fine.
  return nghttp2_nv{reinterpret_cast<uint8_t*>(const_cast<char*>(name.data())),
                    reinterpret_cast<uint8_t*>(const_cast<char*>(value.data())), name.size(), value.size(),
                    NGHTTP2_NV_FLAG_NONE};
}

template <typename Stream>
class Http2Session : public Connection, public std::enable_shared_from_this<Http2Session<Stream>> {
 public:
  Http2Session(Stream stream, std::shared_ptr<ServerState> state)
      : stream_(std::move(stream)), state_(std::move(state)) {}

  Http2Session(const Http2Session&) = delete;
  Http2Session& operator=(const Http2Session&) = delete;

  void start(std::string received) {
    asio::dispatch(stream_.get_executor(),
                   [self = this->shared_from_this(), received = std::move(received)] { self->begin(received); });
  }

  void stop() override {
    asio::post(stream_.get_executor(), [self = this->shared_from_this()] { self->shutdown(); });
  }

 private:
  /// One request stream: what arrived so far, then the response being sent.
  struct RequestStream {
    RawRequest request;
    std::size_t header_bytes = 0;
    bool too_large = false;
    std::string response_body;
    std::size_t sent = 0;
  };

  void begin(const std::string& received) {
    if (!create_session()) return close();
    const std::array<nghttp2_settings_entry, 2> settings{{
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, kMaxConcurrentStreams},
        {NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE, kHeaderLimit},
    }};
    if (nghttp2_submit_settings(session_.get(), NGHTTP2_FLAG_NONE, settings.data(), settings.size()) != 0) return close();
    // Handed over while cleanup was under way: say goodbye at once.
    if (state_->stopping) shutdown();
    if (!received.empty() && !feed(received.data(), received.size())) return;
    flush();
    read();
  }

  bool create_session() {
    nghttp2_session_callbacks* callbacks = nullptr;
    if (nghttp2_session_callbacks_new(&callbacks) != 0) return false;
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Http2Session::on_begin_headers);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Http2Session::on_header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Http2Session::on_data_chunk);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Http2Session::on_frame);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Http2Session::on_stream_close);
    nghttp2_session* session = nullptr;
    const int rv = nghttp2_session_server_new(&session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);
    session_.reset(session);
    return rv == 0;
  }

  // --- I/O: one read always outstanding while nghttp2 wants input, one
  // write at a time for what it produces. Everything runs on the strand.

  void read() {
    if (closed_ || reading_ || nghttp2_session_want_read(session_.get()) == 0) return;
    reading_ = true;
    beast::get_lowest_layer(stream_).expires_after(kReadTimeout);
    stream_.async_read_some(asio::buffer(input_), [self = this->shared_from_this()](beast::error_code ec,
                                                                                    std::size_t n) {
      self->reading_ = false;
      if (ec) return self->close();  // peer gone, timeout, or closed at cleanup
      if (!self->feed(self->input_.data(), n)) return;
      self->flush();
      self->read();
    });
  }

  /// Hands received bytes to nghttp2, which runs the callbacks below (and so
  /// handles complete requests) before it returns. Protocol errors in frames
  /// make nghttp2 queue a GOAWAY itself; a negative result (bad preface,
  /// flooding, out of memory) ends the connection at once.
  bool feed(const char* data, std::size_t size) {
    const auto rv = nghttp2_session_mem_recv(session_.get(), reinterpret_cast<const uint8_t*>(data), size);
    if (rv < 0) {
      state_->logs.append(std::string("Closing HTTP/2 connection: ") + nghttp2_strerror(static_cast<int>(rv)));
      close();
      return false;
    }
    return true;
  }

  void flush() {
    if (closed_ || writing_) return;
    output_.clear();
    while (output_.size() < kWriteChunk) {
      const uint8_t* data = nullptr;
      const auto n = nghttp2_session_mem_send(session_.get(), &data);
      if (n < 0) return close();
      if (n == 0) break;
      output_.append(reinterpret_cast<const char*>(data), static_cast<std::size_t>(n));
    }
    if (output_.empty()) {
      // Nothing to send and nothing to wait for: GOAWAY done, streams over.
      if (nghttp2_session_want_read(session_.get()) == 0 && nghttp2_session_want_write(session_.get()) == 0) close();
      return;
    }
    writing_ = true;
    beast::get_lowest_layer(stream_).expires_after(kReadTimeout);
    asio::async_write(stream_, asio::buffer(output_),
                      [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                        self->writing_ = false;
                        if (ec) return self->close();
                        self->flush();
                        self->read();
                      });
  }

  /// Graceful end (cleanup): GOAWAY naming the last stream we processed,
  /// so streams in flight still get their responses, then close.
  void shutdown() {
    if (closed_ || session_ == nullptr || goaway_sent_) return;
    goaway_sent_ = true;
    nghttp2_submit_goaway(session_.get(), NGHTTP2_FLAG_NONE, nghttp2_session_get_last_proc_stream_id(session_.get()),
                          NGHTTP2_NO_ERROR, nullptr, 0);
    flush();
  }

  void close() {
    if (closed_) return;
    closed_ = true;
    close_socket(stream_);
  }

  // --- nghttp2 callbacks (user_data is the session)

  static Http2Session& self_of(void* user_data) { return *static_cast<Http2Session*>(user_data); }

  static int on_begin_headers(nghttp2_session*, const nghttp2_frame* frame, void* user_data) {
    if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST) {
      self_of(user_data).streams_[frame->hd.stream_id] = RequestStream{};
    }
    return 0;
  }

  static int on_header(nghttp2_session*, const nghttp2_frame* frame, const uint8_t* name, size_t name_len,
                       const uint8_t* value, size_t value_len, uint8_t, void* user_data) {
    auto& self = self_of(user_data);
    // Only the request header block; trailers are not part of a Pact request.
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST) return 0;
    const auto it = self.streams_.find(frame->hd.stream_id);
    if (it == self.streams_.end()) return 0;
    auto& stream = it->second;
    // The same accounting as HPACK's table size (RFC 7541 §4.1); over the
    // limit the stream is reset, the connection lives on.
    stream.header_bytes += name_len + value_len + 32;
    if (stream.header_bytes > kHeaderLimit) return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    const std::string_view n(reinterpret_cast<const char*>(name), name_len);
    std::string v(reinterpret_cast<const char*>(value), value_len);
    if (n == ":method") {
      stream.request.method = std::move(v);
    } else if (n == ":path") {
      stream.request.target = std::move(v);
    } else if (!n.empty() && n.front() != ':') {
      // :authority and :scheme are not headers; like the reference's HTTP
      // stack, no Host header is made up from :authority.
      stream.request.fields.emplace_back(std::string(n), std::move(v));
    }
    return 0;
  }

  static int on_data_chunk(nghttp2_session*, uint8_t, int32_t stream_id, const uint8_t* data, size_t len,
                           void* user_data) {
    auto& self = self_of(user_data);
    const auto it = self.streams_.find(stream_id);
    if (it == self.streams_.end()) return 0;
    auto& stream = it->second;
    // Beyond the limit the rest is discarded (still acknowledged for flow
    // control) and the request is answered 413 once it ends.
    if (stream.too_large || stream.request.body.size() + len > kBodyLimit) {
      stream.too_large = true;
      stream.request.body.clear();
      stream.request.body.shrink_to_fit();
      return 0;
    }
    stream.request.body.append(reinterpret_cast<const char*>(data), len);
    return 0;
  }

  static int on_frame(nghttp2_session*, const nghttp2_frame* frame, void* user_data) {
    // A request is complete when a HEADERS or DATA frame ends its stream.
    if ((frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA) &&
        (frame->hd.flags & NGHTTP2_FLAG_END_STREAM) != 0) {
      return self_of(user_data).respond(frame->hd.stream_id);
    }
    return 0;
  }

  static int on_stream_close(nghttp2_session*, int32_t stream_id, uint32_t, void* user_data) {
    self_of(user_data).streams_.erase(stream_id);
    return 0;
  }

  static ssize_t read_body(nghttp2_session*, int32_t, uint8_t* buf, size_t length, uint32_t* data_flags,
                           nghttp2_data_source* source, void*) {
    auto& stream = *static_cast<RequestStream*>(source->ptr);
    const std::size_t n = std::min(length, stream.response_body.size() - stream.sent);
    std::memcpy(buf, stream.response_body.data() + stream.sent, n);
    stream.sent += n;
    if (stream.sent == stream.response_body.size()) *data_flags |= NGHTTP2_DATA_FLAG_EOF;
    return static_cast<ssize_t>(n);
  }

  // --- requests

  int respond(int32_t stream_id) {
    const auto it = streams_.find(stream_id);
    if (it == streams_.end()) return 0;
    auto& stream = it->second;
    const bool head = stream.request.method == "HEAD";
    MockResponse response;
    if (stream.too_large) {
      response.status = 413;
      response.headers = {{"Content-Type", "text/plain"}};
      response.body = "Request body too large";
    } else {
      try {
        // Matches and records before anything is submitted, so the outcome
        // is known before the client sees a byte (mock-server.md §5).
        response = state_->respond(std::move(stream.request));
      } catch (const std::exception& e) {
        // Never let an exception escape into nghttp2 or the io_context.
        state_->logs.append(std::string("Internal error while handling a request: ") + e.what());
        response = plain_error_response("Internal error");
      }
    }
    // Statuses HTTP/2 cannot carry as a final response (RFC 9113 §8.1).
    if (response.status < 200 || response.status > 999) {
      response = MockResponse{500, {{"Content-Type", "text/plain"}}, "Could not build the response"};
    }
    // HTTP/2 field names are lower case (RFC 9113 §8.2.1).
    std::vector<std::pair<std::string, std::string>> fields;
    fields.reserve(response.headers.size() + 3);
    fields.emplace_back(":status", std::to_string(response.status));
    bool has_date = false;
    for (auto& [name, value] : response.headers) {
      std::string lower(name);
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (dropped_in_http2(lower)) continue;
      has_date = has_date || lower == "date";
      fields.emplace_back(std::move(lower), std::move(value));
    }
    if (!has_date) fields.emplace_back("date", http_date());
    // 204 and 304 carry no body (RFC 9110 §6.4.1); HEAD gets the length of
    // the body it would have had, and no DATA.
    const bool bodiless = response.status == 204 || response.status == 304;
    if (!bodiless) fields.emplace_back("content-length", std::to_string(response.body.size()));
    std::vector<nghttp2_nv> nva;
    nva.reserve(fields.size());
    for (const auto& [name, value] : fields) nva.push_back(header(name, value));

    stream.response_body = bodiless || head ? std::string() : std::move(response.body);
    nghttp2_data_provider provider{};
    provider.source.ptr = &stream;  // std::map nodes stay put until on_stream_close
    provider.read_callback = &Http2Session::read_body;
    const bool with_data = !stream.response_body.empty();
    if (nghttp2_submit_response(session_.get(), stream_id, nva.data(), nva.size(), with_data ? &provider : nullptr) != 0) {
      nghttp2_submit_rst_stream(session_.get(), NGHTTP2_FLAG_NONE, stream_id, NGHTTP2_INTERNAL_ERROR);
    }
    return 0;
  }

  Stream stream_;
  std::shared_ptr<ServerState> state_;
  struct SessionDeleter {
    void operator()(nghttp2_session* session) const noexcept { nghttp2_session_del(session); }
  };
  std::unique_ptr<nghttp2_session, SessionDeleter> session_;
  std::map<int32_t, RequestStream> streams_;
  std::array<char, 16 * 1024> input_{};
  std::string output_;
  bool reading_ = false;
  bool writing_ = false;
  bool goaway_sent_ = false;
  bool closed_ = false;
};

template <typename Stream>
std::shared_ptr<Connection> serve(Stream stream, std::string received, std::shared_ptr<ServerState> state) {
  auto session = std::make_shared<Http2Session<Stream>>(std::move(stream), std::move(state));
  session->start(std::move(received));
  return session;
}

}  // namespace

std::shared_ptr<Connection> serve_http2(PlainStream stream, std::string received, std::shared_ptr<ServerState> state) {
  return serve(std::move(stream), std::move(received), std::move(state));
}

std::shared_ptr<Connection> serve_http2(TlsStream stream, std::string received, std::shared_ptr<ServerState> state) {
  return serve(std::move(stream), std::move(received), std::move(state));
}

}  // namespace pact::mock_server::detail

// HttpClient over one libcurl easy handle. The handle lives as long as the
// client: curl_easy_reset clears the options between requests but keeps the
// connection cache, so consecutive requests to one host share a connection
// (the reference's reqwest client pools connections the same way).

#include "verifier/http_client.hpp"

#include <curl/curl.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include "model/base64.hpp"
#include "support/text.hpp"

namespace pact::verifier {
namespace {

using support::ErrorCategory;
using support::make_error;

// curl_global_init is not thread-safe and must run before any other curl
// call; the first client of the process does it.
void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct EasyDeleter {
  void operator()(CURL* handle) const noexcept { curl_easy_cleanup(handle); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;

struct SlistDeleter {
  void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};
using HeaderSlist = std::unique_ptr<curl_slist, SlistDeleter>;

std::size_t append_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<std::string*>(user);
  body->append(data, size * count);
  return size * count;
}

bool has_header(const HeaderList& headers, std::string_view name) {
  for (const auto& [n, v] : headers) {
    if (support::iequals(n, name)) return true;
  }
  return false;
}

// curl drops a header given as "Name:" and sends an empty one only when it
// is written "Name;".
std::string header_line(const std::string& name, const std::string& value) {
  if (value.empty()) return name + ";";
  return name + ": " + value;
}

bool append(HeaderSlist& list, const std::string& line) {
  curl_slist* grown = curl_slist_append(list.get(), line.c_str());
  if (grown == nullptr) return false;
  static_cast<void>(list.release());
  list.reset(grown);
  return true;
}

// The cause in the words an operator expects: the OS error for refused or
// unreachable connections, "operation timed out" for timeouts (reqwest's
// wording), otherwise curl's detailed message.
std::string describe_failure(CURL* handle, CURLcode code, const char* detail) {
  if (code == CURLE_OPERATION_TIMEDOUT) return "operation timed out";
  if (code == CURLE_COULDNT_CONNECT) {
    long os_errno = 0;
    if (curl_easy_getinfo(handle, CURLINFO_OS_ERRNO, &os_errno) == CURLE_OK && os_errno != 0) {
      return std::strerror(static_cast<int>(os_errno));
    }
  }
  if (detail != nullptr && detail[0] != '\0') return detail;
  return curl_easy_strerror(code);
}

}  // namespace

std::optional<std::string_view> InboundResponse::header(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (support::iequals(n, name)) return std::string_view(v);
  }
  return std::nullopt;
}

struct HttpClient::Impl {
  HttpClientOptions options;
  EasyHandle handle;
};

HttpClient::HttpClient(HttpClientOptions options) : impl_(std::make_unique<Impl>()) {
  init_curl_once();
  impl_->options = std::move(options);
  impl_->handle.reset(curl_easy_init());
}

HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

const HttpClientOptions& HttpClient::options() const noexcept { return impl_->options; }

support::Result<InboundResponse> HttpClient::send(const OutboundRequest& request) {
  const std::string failure_prefix = "error sending request for url (" + request.url + "): ";
  CURL* handle = impl_->handle.get();
  if (handle == nullptr) return make_error(ErrorCategory::Internal, failure_prefix + "could not create a curl handle");
  const HttpClientOptions& options = impl_->options;

  // Reset keeps the connection cache, which is the point of one handle.
  curl_easy_reset(handle);
  char error_buffer[CURL_ERROR_SIZE] = {};
  InboundResponse response;

  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_URL, request.url.c_str());
  // HTTP/1.1 keeps header names as written; providers and test doubles
  // compare them as such.
  curl_easy_setopt(handle, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout.count()));
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, options.follow_redirects ? 1L : 0L);
  // A followed redirect carries the previous URL as Referer, as reqwest sends it.
  curl_easy_setopt(handle, CURLOPT_AUTOREFERER, 1L);
  curl_easy_setopt(handle, CURLOPT_MAXREDIRS, 10L);  // reqwest's default limit
  curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, options.verify_tls ? 1L : 0L);
  curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, options.verify_tls ? 2L : 0L);
  if (options.accept_compressed) curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
  if (!options.user_agent.empty() && !has_header(request.headers, "User-Agent")) {
    curl_easy_setopt(handle, CURLOPT_USERAGENT, options.user_agent.c_str());
  }
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &append_body);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);

  // POST goes through CURLOPT_POST so that curl turns it into a GET on a
  // 301/302/303 redirect as browsers and reqwest do; other methods are sent
  // verbatim.
  const std::string& method = request.method;
  const bool sends_fields = method != "HEAD" && (method == "POST" || request.body.has_value());
  if (method == "HEAD") {
    curl_easy_setopt(handle, CURLOPT_NOBODY, 1L);
  } else if (sends_fields) {
    // Both branches are lvalues, so `body` refers to the request's own text
    // (curl reads it during the transfer, it is not copied).
    static const std::string kNoBody;
    const std::string& body = request.body ? *request.body : kNoBody;
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body.data());
    if (method != "POST") curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method.c_str());
  } else {
    curl_easy_setopt(handle, CURLOPT_HTTPGET, 1L);
    if (method != "GET") curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method.c_str());
  }

  HeaderSlist header_list;
  bool headers_ok = true;
  for (const auto& [name, value] : request.headers) {
    headers_ok = headers_ok && append(header_list, header_line(name, value));
  }
  // curl would otherwise announce "Expect: 100-continue" for larger bodies
  // and label every body as a form; neither is part of the request.
  if (!has_header(request.headers, "Expect")) headers_ok = headers_ok && append(header_list, "Expect:");
  if (sends_fields && !has_header(request.headers, "Content-Type")) {
    headers_ok = headers_ok && append(header_list, "Content-Type:");
  }
  if (!headers_ok) return make_error(ErrorCategory::Internal, failure_prefix + "out of memory");
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, header_list.get());

  const CURLcode code = curl_easy_perform(handle);
  // The list must outlive the transfer only; drop the option before the list.
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, nullptr);
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, nullptr);
  if (code != CURLE_OK) {
    return make_error(ErrorCategory::Io, failure_prefix + describe_failure(handle, code, error_buffer));
  }

  long status = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
  response.status = static_cast<std::uint16_t>(status);
  // Request index -1 is the last response of a redirect chain; informational
  // (1xx) and CONNECT headers have other origins and are left out.
  curl_header* previous = nullptr;
  while (curl_header* header = curl_easy_nextheader(handle, CURLH_HEADER, -1, previous)) {
    response.headers.emplace_back(header->name, header->value);
    previous = header;
  }
  return response;
}

std::optional<std::string> authorization_header(std::string_view username, std::string_view password,
                                                std::string_view token) {
  if (!username.empty()) {
    std::string credentials(username);
    credentials += ':';
    credentials += password;
    return "Basic " + model::base64_encode(credentials);
  }
  if (!token.empty()) return "Bearer " + std::string(token);
  return std::nullopt;
}

}  // namespace pact::verifier

// The https transport: the process CA, server certificates it signs, and a
// TLS client that verifies the server against the CA PEM (mock-server.md §3).
#include "mock_server/tls.hpp"

#include <boost/asio/ssl.hpp>
#include <boost/beast/ssl.hpp>
#include <gtest/gtest.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "mock_server/mock_server.hpp"
#include "pacts.hpp"
#include "support/json.hpp"
#include "test_support.hpp"

namespace pact::mock_server {
namespace {

namespace ssl = boost::asio::ssl;
using testing::pact_from;

struct X509Free {
  void operator()(X509* x) const noexcept { X509_free(x); }
};
using CertPtr = std::unique_ptr<X509, X509Free>;

CertPtr parse_pem(const std::string& pem) {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
  return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

std::string ca_pem() {
  auto pem = ca_certificate_pem();
  EXPECT_TRUE(pem.ok()) << (pem.ok() ? "" : pem.error().message);
  return pem.ok() ? *pem : std::string();
}

/// X509_verify_cert of `leaf` against the CA alone (for a TLS server unless
/// `any_purpose`), at OpenSSL's strictest settings (X509_V_FLAG_X509_STRICT).
int verify(X509* leaf, X509* ca, bool any_purpose = false) {
  std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), &X509_STORE_free);
  X509_STORE_add_cert(store.get(), ca);
  std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
  X509_STORE_CTX_init(ctx.get(), store.get(), leaf, nullptr);
  if (!any_purpose) X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
  X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_X509_STRICT);
  if (X509_verify_cert(ctx.get()) == 1) return X509_V_OK;
  return X509_STORE_CTX_get_error(ctx.get());
}

TEST(TlsCertificates, CaIsASelfSignedCaCertificateAndStable) {
  const auto pem = ca_pem();
  EXPECT_TRUE(pem.starts_with("-----BEGIN CERTIFICATE-----\n"));
  EXPECT_TRUE(pem.ends_with("-----END CERTIFICATE-----\n"));
  const auto ca = parse_pem(pem);
  ASSERT_TRUE(ca);
  EXPECT_EQ(X509_check_ca(ca.get()), 1);
  EXPECT_EQ(verify(ca.get(), ca.get(), true), X509_V_OK);
  // It signs certificates, but is no server certificate itself.
  EXPECT_EQ(verify(ca.get(), ca.get()), X509_V_ERR_INVALID_PURPOSE);
  EXPECT_EQ(ca_pem(), pem);  // generated once per process
}

TEST(TlsCertificates, CaIsTheSameFromConcurrentFirstCallers) {
  std::vector<std::string> seen(8);
  std::vector<std::thread> threads;
  for (auto& slot : seen) threads.emplace_back([&slot] { slot = ca_pem(); });
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 1u);
}

TEST(TlsCertificates, ServerCertificateVerifiesAgainstTheCaWithItsAltNames) {
  auto issued = issue_server_certificate({"10.1.2.3", "mock.example.test"});
  ASSERT_TRUE(issued.ok()) << issued.error().message;
  const auto leaf = parse_pem(issued->certificate_pem);
  const auto ca = parse_pem(ca_pem());
  ASSERT_TRUE(leaf && ca);
  EXPECT_EQ(verify(leaf.get(), ca.get()), X509_V_OK);
  EXPECT_EQ(X509_check_ca(leaf.get()), 0);

  EXPECT_EQ(X509_check_host(leaf.get(), "localhost", 0, 0, nullptr), 1);
  EXPECT_EQ(X509_check_host(leaf.get(), "mock.example.test", 0, 0, nullptr), 1);
  EXPECT_EQ(X509_check_host(leaf.get(), "other.example.test", 0, 0, nullptr), 0);
  EXPECT_EQ(X509_check_ip_asc(leaf.get(), "127.0.0.1", 0), 1);
  EXPECT_EQ(X509_check_ip_asc(leaf.get(), "::1", 0), 1);
  EXPECT_EQ(X509_check_ip_asc(leaf.get(), "10.1.2.3", 0), 1);
  EXPECT_EQ(X509_check_ip_asc(leaf.get(), "10.1.2.4", 0), 0);

  // The key is the certificate's.
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(
      BIO_new_mem_buf(issued->private_key_pem.data(), static_cast<int>(issued->private_key_pem.size())), &BIO_free);
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr),
                                                          &EVP_PKEY_free);
  ASSERT_TRUE(key);
  EXPECT_EQ(X509_check_private_key(leaf.get(), key.get()), 1);
}

TEST(TlsCertificates, EachServerGetsAFreshKeyAndSerial) {
  auto a = issue_server_certificate();
  auto b = issue_server_certificate();
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a->private_key_pem, b->private_key_pem);
  const auto ca = parse_pem(a->certificate_pem);
  const auto cb = parse_pem(b->certificate_pem);
  EXPECT_NE(ASN1_INTEGER_cmp(X509_get0_serialNumber(ca.get()), X509_get0_serialNumber(cb.get())), 0);
}

TEST(TlsCertificates, HostNamesCannotInjectAltNames) {
  // A name with separators is not a DNS name: it is skipped, never parsed
  // as OpenSSL configuration ("DNS:evil.test" must not appear).
  auto issued = issue_server_certificate({"x,DNS:evil.test", "", "localhost"});
  ASSERT_TRUE(issued.ok()) << issued.error().message;
  const auto leaf = parse_pem(issued->certificate_pem);
  EXPECT_EQ(X509_check_host(leaf.get(), "evil.test", 0, 0, nullptr), 0);
  EXPECT_EQ(X509_check_host(leaf.get(), "localhost", 0, 0, nullptr), 1);
}

// --- over the wire

struct TlsReply {
  std::string alpn;
  testing::Reply reply;
};

/// One HTTP/1.1 request over TLS, verifying the server against the CA PEM
/// and the host name `verify_name`; `alpn` is the client's offer (wire
/// format, empty = no ALPN).
TlsReply tls_request(std::uint16_t port, const std::string& verify_name, std::string_view alpn,
                     const std::string& target) {
  namespace beast = testing::beast;
  namespace http = testing::http;
  boost::asio::io_context io;
  ssl::context ctx(ssl::context::tls_client);
  const auto pem = ca_pem();
  ctx.add_certificate_authority(boost::asio::buffer(pem));
  ctx.set_verify_mode(ssl::verify_peer);
  beast::ssl_stream<beast::tcp_stream> stream(io, ctx);
  stream.set_verify_callback(ssl::host_name_verification(verify_name));
  if (!alpn.empty()) {
    SSL_set_alpn_protos(stream.native_handle(), reinterpret_cast<const unsigned char*>(alpn.data()),
                        static_cast<unsigned>(alpn.size()));
  }
  beast::get_lowest_layer(stream).connect(testing::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
  stream.handshake(ssl::stream_base::client);
  TlsReply out;
  const unsigned char* selected = nullptr;
  unsigned int length = 0;
  SSL_get0_alpn_selected(stream.native_handle(), &selected, &length);
  out.alpn.assign(reinterpret_cast<const char*>(selected), length);
  if (out.alpn == "h2") return out;  // this client speaks HTTP/1.1 only
  http::request<http::string_body> req(http::verb::get, target, 11);
  req.set(http::field::host, "localhost");
  req.keep_alive(false);
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res);
  out.reply.status = res.result_int();
  out.reply.body = res.body();
  for (const auto& f : res) out.reply.headers.emplace_back(std::string(f.name_string()), std::string(f.value()));
  return out;
}

std::uint16_t start_tls(const char* pact_json) {
  ServerOptions options;
  options.tls = true;
  auto port = start(pact_from(pact_json), options);
  EXPECT_TRUE(port.ok()) << (port.ok() ? "" : port.error().message);
  return port.ok() ? *port : 0;
}

TEST(TlsServer, VerifyingClientIsServedAndMatches) {
  const auto port = start_tls(testing::kFooBarPact);
  ASSERT_NE(port, 0);
  const auto got = tls_request(port, "localhost", "\x08http/1.1", "/bar");
  EXPECT_EQ(got.alpn, "http/1.1");
  EXPECT_EQ(got.reply.status, 200u);
  EXPECT_EQ(got.reply.values("Access-Control-Allow-Origin"), std::vector<std::string>{"*"});
  // The same certificate also verifies for the IP the client dialled.
  EXPECT_EQ(tls_request(port, "127.0.0.1", "", "/bar").reply.status, 200u);
  EXPECT_TRUE(cleanup(port));
}

TEST(TlsServer, WrongHostNameFailsVerification) {
  const auto port = start_tls(testing::kEmptyPact);
  EXPECT_THROW(tls_request(port, "not-this-host.test", "", "/"), boost::system::system_error);
  // The server lives on.
  EXPECT_EQ(tls_request(port, "localhost", "", "/x").reply.status, 500u);
  EXPECT_TRUE(cleanup(port));
}

TEST(TlsServer, AlpnPrefersH2AndFallsBackToHttp11) {
  const auto port = start_tls(testing::kEmptyPact);
  EXPECT_EQ(tls_request(port, "localhost", std::string_view("\x08http/1.1\x02h2", 12), "/").alpn, "h2");
  EXPECT_EQ(tls_request(port, "localhost", "\x08http/1.1", "/").alpn, "http/1.1");
  // Nothing in common: no ALPN answer, HTTP/1.1 still works.
  const auto other = tls_request(port, "localhost", "\x06spdy/3", "/");
  EXPECT_EQ(other.alpn, "");
  EXPECT_EQ(other.reply.status, 500u);
  EXPECT_TRUE(cleanup(port));
}

TEST(TlsServer, PlainHttpClientIsRefusedWithoutHarm) {
  const auto port = start_tls(testing::kFooBarPact);
  {
    testing::Client plain(port);
    const auto answer = plain.raw_exchange("GET /bar HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(answer.find("HTTP/1.1 200"), std::string::npos);
  }
  EXPECT_EQ(tls_request(port, "localhost", "", "/bar").reply.status, 200u);
  EXPECT_TRUE(cleanup(port));
}

TEST(TlsServer, PactOfATlsServerIsWrittenAsV4) {
  const auto port = start_tls(testing::kFooBarPact);  // a V3 pact
  const auto dir = std::filesystem::path(::testing::TempDir()) / "tls_v4";
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(write_pact_file(port, dir, true).ok());
  std::ifstream in(dir / "ms-consumer-ms-provider.json");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto doc = json::parse(text);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(json::write(doc->at_pointer("/metadata/pactSpecification/version")), "\"4.0\"");
  EXPECT_TRUE(cleanup(port));
}

TEST(SocketAddress, LegacyHostPortForms) {
  auto v4 = parse_socket_address("127.0.0.1:0");
  ASSERT_TRUE(v4.ok());
  EXPECT_EQ(v4->address, "127.0.0.1");
  EXPECT_EQ(v4->port, 0);
  auto v6 = parse_socket_address("[::1]:8080");
  ASSERT_TRUE(v6.ok());
  EXPECT_EQ(v6->address, "::1");
  EXPECT_EQ(v6->port, 8080);
  for (const char* bad : {"", "127.0.0.1", "127.0.0.1:", "localhost:1234", "::1:80", "127.0.0.1:65536",
                          "127.0.0.1:-1", "u@127.0.0.1:1", "127.0.0.1:1x", "[::1]"}) {
    auto parsed = parse_socket_address(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().category, support::ErrorCategory::Parse) << bad;
  }
}

}  // namespace
}  // namespace pact::mock_server

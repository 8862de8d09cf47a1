#include "mock_server/tls.hpp"

#include <boost/asio/buffer.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/context.hpp>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace pact::mock_server {
namespace {

template <auto Free>
struct OpenSslFree {
  template <typename T>
  void operator()(T* p) const noexcept {
    Free(p);
  }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslFree<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree<X509_EXTENSION_free>>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslFree<GENERAL_NAMES_free>>;
using NamePtr = std::unique_ptr<GENERAL_NAME, OpenSslFree<GENERAL_NAME_free>>;
using StringPtr = std::unique_ptr<ASN1_STRING, OpenSslFree<ASN1_STRING_free>>;

// Clock skew between this process and a client must not make a fresh
// certificate "not yet valid".
constexpr long kBackdateSeconds = 60L * 60L;
constexpr int kCaValidityDays = 10 * 365;
constexpr int kServerValidityDays = 2 * 365;

/// A one-line message with what OpenSSL reported; drains its error queue so
/// a later failure on this thread is not blamed on this one.
support::Error openssl_error(std::string_view what) {
  std::string message = "TLS setup failed: " + std::string(what);
  bool first = true;
  while (const unsigned long code = ERR_get_error()) {
    std::array<char, 256> text{};
    ERR_error_string_n(code, text.data(), text.size());
    message += first ? ": " : "; ";
    message += text.data();
    first = false;
  }
  return support::make_error(support::ErrorCategory::Internal, std::move(message));
}

support::Result<KeyPtr> generate_key() {
  // EC P-256: fast to generate per server, accepted by every TLS client.
  KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  if (!key) return openssl_error("could not generate an EC P-256 key");
  return key;
}

std::string bio_text(BIO* bio) {
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

support::Result<std::string> certificate_pem(X509* cert) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1) return openssl_error("could not encode a certificate");
  return bio_text(bio.get());
}

support::Result<std::string> private_key_pem(EVP_PKEY* key) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
    return openssl_error("could not encode a private key");
  }
  return bio_text(bio.get());
}

/// A new v3 certificate for `key` with a random positive 127-bit serial,
/// the given subject CN and a validity starting an hour ago.
support::Result<CertPtr> new_certificate(EVP_PKEY* key, const char* common_name, int validity_days) {
  CertPtr cert(X509_new());
  if (!cert) return openssl_error("could not allocate a certificate");
  std::array<unsigned char, 16> serial{};
  if (RAND_bytes(serial.data(), static_cast<int>(serial.size())) != 1) return openssl_error("no random serial");
  serial[0] &= 0x7f;  // serial numbers are positive
  serial[0] |= 0x40;  // and never start with a zero byte
  BignumPtr bn(BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr));
  X509_NAME* name = X509_get_subject_name(cert.get());
  const auto add_entry = [&](const char* field, const char* value) {
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_ASC, reinterpret_cast<const unsigned char*>(value), -1,
                                      -1, 0) == 1;
  };
  if (X509_set_version(cert.get(), X509_VERSION_3) != 1 || !bn ||
      BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())) == nullptr ||
      X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kBackdateSeconds) == nullptr ||
      X509_time_adj_ex(X509_getm_notAfter(cert.get()), validity_days, 0, nullptr) == nullptr ||
      !add_entry("O", "pact-ffi-cpp") || !add_entry("CN", common_name) ||
      X509_set_pubkey(cert.get(), key) != 1) {
    return openssl_error("could not fill in a certificate");
  }
  return cert;
}

/// Adds one extension written in OpenSSL's configuration syntax (fixed
/// strings only: user input never goes through this parser).
bool add_extension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
  return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool is_dns_name(std::string_view host) {
  // Only plain ASCII host names go into a dNSName (an IA5String).
  return !host.empty() && host.size() <= 253 && std::all_of(host.begin(), host.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                  c == '.' || c == '_';
         });
}

/// Builds the subjectAltName entries from structured values (not from a
/// configuration string), so a host name can never inject extra entries.
support::Result<NamesPtr> alt_names(const std::vector<std::string>& hosts) {
  NamesPtr names(sk_GENERAL_NAME_new_null());
  if (!names) return openssl_error("could not allocate subjectAltName");
  std::vector<std::string> seen;
  for (const auto& host : hosts) {
    if (host.empty() || std::find(seen.begin(), seen.end(), host) != seen.end()) continue;
    seen.push_back(host);
    NamePtr entry(GENERAL_NAME_new());
    if (!entry) return openssl_error("could not allocate a subjectAltName entry");
    boost::system::error_code ec;
    const auto ip = boost::asio::ip::make_address(host, ec);
    if (!ec) {
      // a2i_IPADDRESS wants the address without a zone ("fe80::1%eth0").
      auto text = ip.to_string();
      text.resize(std::min(text.size(), text.find('%')));
      StringPtr octets(a2i_IPADDRESS(text.c_str()));
      if (!octets) return openssl_error("could not encode IP address '" + host + "'");
      GENERAL_NAME_set0_value(entry.get(), GEN_IPADD, octets.release());
    } else if (is_dns_name(host)) {
      StringPtr text(ASN1_IA5STRING_new());
      if (!text || ASN1_STRING_set(text.get(), host.data(), static_cast<int>(host.size())) != 1) {
        return openssl_error("could not encode host name '" + host + "'");
      }
      GENERAL_NAME_set0_value(entry.get(), GEN_DNS, text.release());
    } else {
      continue;  // not representable; clients use localhost or an IP then
    }
    if (sk_GENERAL_NAME_push(names.get(), entry.get()) == 0) return openssl_error("could not add a subjectAltName");
    entry.release();  // now owned by the stack
  }
  return names;
}

struct Authority {
  KeyPtr key;
  CertPtr cert;
  std::string pem;
};

support::Result<std::shared_ptr<const Authority>> make_authority() {
  auto key = generate_key();
  if (!key) return key.error();
  auto cert = new_certificate(key->get(), "pact-ffi-cpp mock server CA", kCaValidityDays);
  if (!cert) return cert.error();
  X509* const c = cert->get();
  // Self-signed: issuer = subject. basicConstraints and keyUsage critical and
  // a subjectKeyIdentifier, as strict verifiers (Python 3.13's
  // VERIFY_X509_STRICT, for one) require of a CA.
  if (X509_set_issuer_name(c, X509_get_subject_name(c)) != 1 ||
      !add_extension(c, c, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
      !add_extension(c, c, NID_key_usage, "critical,keyCertSign,cRLSign") ||
      !add_extension(c, c, NID_subject_key_identifier, "hash") ||
      X509_sign(c, key->get(), EVP_sha256()) == 0) {
    return openssl_error("could not create the CA certificate");
  }
  auto pem = certificate_pem(c);
  if (!pem) return pem.error();
  return std::make_shared<const Authority>(Authority{std::move(*key), std::move(*cert), std::move(*pem)});
}

/// The process CA. A function-local static: created once, on first use,
/// thread-safe (C++11 magic statics), never changed afterwards.
const support::Result<std::shared_ptr<const Authority>>& authority() {
  static const support::Result<std::shared_ptr<const Authority>> ca = make_authority();
  return ca;
}

// The ALPN choice (RFC 7301): the first of our protocols, in our order of
// preference, that the client offered. No overlap -> no ALPN answer, and
// the connection speaks HTTP/1.1.
int select_alpn(SSL* /*ssl*/, const unsigned char** out, unsigned char* out_len, const unsigned char* in,
                unsigned int in_len, void* /*arg*/) {
  static constexpr unsigned char kOffered[] = "\x02h2\x08http/1.1";
  unsigned char* selected = nullptr;
  if (SSL_select_next_proto(&selected, out_len, kOffered, sizeof kOffered - 1, in, in_len) !=
      OPENSSL_NPN_NEGOTIATED) {
    return SSL_TLSEXT_ERR_NOACK;
  }
  *out = selected;
  return SSL_TLSEXT_ERR_OK;
}

}  // namespace

support::Result<std::string> ca_certificate_pem() {
  const auto& ca = authority();
  if (!ca) return ca.error();
  return (*ca)->pem;
}

support::Result<ServerCredentials> issue_server_certificate(const std::vector<std::string>& extra_hosts) {
  const auto& ca = authority();
  if (!ca) return ca.error();
  const Authority& issuer = **ca;
  auto key = generate_key();
  if (!key) return key.error();
  auto cert = new_certificate(key->get(), "localhost", kServerValidityDays);
  if (!cert) return cert.error();
  std::vector<std::string> hosts = {"localhost", "127.0.0.1", "::1"};
  hosts.insert(hosts.end(), extra_hosts.begin(), extra_hosts.end());
  auto names = alt_names(hosts);
  if (!names) return names.error();
  X509* const c = cert->get();
  // The issuing CA is only read here (its name and key identifier) and its
  // key only signs, so issuing from several threads at once is safe.
  if (X509_set_issuer_name(c, X509_get_subject_name(issuer.cert.get())) != 1 ||
      !add_extension(c, issuer.cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
      !add_extension(c, issuer.cert.get(), NID_key_usage, "critical,digitalSignature") ||
      !add_extension(c, issuer.cert.get(), NID_ext_key_usage, "serverAuth") ||
      !add_extension(c, issuer.cert.get(), NID_subject_key_identifier, "hash") ||
      !add_extension(c, issuer.cert.get(), NID_authority_key_identifier, "keyid:always") ||
      X509_add1_ext_i2d(c, NID_subject_alt_name, names->get(), 0, X509V3_ADD_DEFAULT) != 1 ||
      X509_sign(c, issuer.key.get(), EVP_sha256()) == 0) {
    return openssl_error("could not issue the server certificate");
  }
  auto cert_pem = certificate_pem(c);
  if (!cert_pem) return cert_pem.error();
  auto key_pem = private_key_pem(key->get());
  if (!key_pem) return key_pem.error();
  return ServerCredentials{std::move(*cert_pem), std::move(*key_pem)};
}

namespace detail {

support::Result<std::shared_ptr<boost::asio::ssl::context>> server_tls_context(
    const std::vector<std::string>& extra_hosts) {
  namespace ssl = boost::asio::ssl;
  auto credentials = issue_server_certificate(extra_hosts);
  if (!credentials) return credentials.error();
  try {
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    // TLS 1.2 and later only (HTTP/2 requires 1.2+, RFC 9113 §9.2).
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                         ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    context->use_certificate_chain(boost::asio::buffer(credentials->certificate_pem));
    context->use_private_key(boost::asio::buffer(credentials->private_key_pem), ssl::context::pem);
    SSL_CTX_set_alpn_select_cb(context->native_handle(), &select_alpn, nullptr);
    return context;
  } catch (const boost::system::system_error& e) {
    ERR_clear_error();
    return support::make_error(support::ErrorCategory::Internal,
                               std::string("TLS setup failed: could not configure the TLS context: ") + e.what());
  }
}

}  // namespace detail
}  // namespace pact::mock_server

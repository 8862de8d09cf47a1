#pragma once
// TLS for the https transport (mock-server.md §3): one certificate authority
// per process, generated on first use, and a server certificate signed by it
// for each https mock server, so clients can verify the server against the
// PEM that pactffi_get_tls_ca_certificate returns.
//
// The reference bundles a fixed CA whose key ships inside the library; we
// generate ours instead, so no private key is ever published. The CA lives
// as long as the process: certificates of servers started earlier stay
// verifiable with the PEM handed out later.
//
// OpenSSL types stay in tls.cpp; Asio's ssl::context is only forward-declared
// here (CONVENTIONS.md §2.4).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "support/result.hpp"

namespace boost::asio::ssl {
class context;
}

namespace pact::mock_server {

/// The process CA certificate as PEM ("-----BEGIN CERTIFICATE-----...").
/// Generated once (EC P-256 key, self-signed, CA:TRUE) on the first call from
/// any thread; later calls return the same text. Error (Internal) only when
/// OpenSSL cannot generate a key or sign, which then stays the answer for the
/// life of the process.
support::Result<std::string> ca_certificate_pem();

/// A server certificate and its private key, both PEM.
struct ServerCredentials {
  std::string certificate_pem;  ///< leaf only; the CA is not part of the chain sent
  std::string private_key_pem;  ///< PKCS#8
};

/// Issues a fresh key and a certificate signed by the process CA for a TLS
/// server. Subject CN=localhost; subjectAltName DNS:localhost,
/// IP:127.0.0.1, IP:::1 plus each of `extra_hosts` (IP literals as IP
/// entries, anything else as a DNS entry; duplicates and empty strings are
/// skipped); extendedKeyUsage serverAuth. Thread-safe.
support::Result<ServerCredentials> issue_server_certificate(const std::vector<std::string>& extra_hosts = {});

/// ALPN protocol names the https transport offers, in preference order.
inline constexpr std::string_view kAlpnH2 = "h2";
inline constexpr std::string_view kAlpnHttp11 = "http/1.1";

namespace detail {

/// A TLS server context (TLS 1.2+) with a certificate issued for
/// `extra_hosts` and ALPN selection preferring "h2" over "http/1.1" (a client
/// offering neither gets no ALPN answer and speaks HTTP/1.1).
support::Result<std::shared_ptr<boost::asio::ssl::context>> server_tls_context(
    const std::vector<std::string>& extra_hosts);

}  // namespace detail
}  // namespace pact::mock_server

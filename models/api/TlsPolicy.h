// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QSslCertificate;
class QSslConfiguration;
class QSslError;
QT_END_NAMESPACE

namespace wpc {

// What one profile trusts beyond the system's certificate authorities: the authorities in a CA bundle file
// (a company's own CA), or one server certificate the user has looked at and accepted, pinned by its
// fingerprint. A pin is an exception for that certificate only: if the server presents another one that
// fails the usual checks, the failure is reported again (as a changed pin). A certificate the system
// trusts anyway needs no exception, so a pin never refuses it.
struct TlsPolicy
{
    QString caBundlePath; // PEM (one or more certificates) or a single DER certificate; empty = none
    QByteArray pinnedSha256; // lowercase hex SHA-256 of the DER certificate, no colons; empty = none

    friend bool operator==(const TlsPolicy &, const TlsPolicy &) = default;
};

// Why a TLS handshake failed on the server's certificate, in words for the person who must decide whether
// to trust it, with the facts they need to check it out of band (the fingerprint above all).
struct CertificateProblem
{
    enum class Reason {
        PinChanged, // a certificate was pinned for the profile and the server now presents another
        Expired,
        NotYetValid,
        WrongHost,
        Untrusted, // self-signed, or issued by an authority neither the system nor the CA bundle holds
        Other,
    };
    struct Issue
    {
        Reason reason = Reason::Other;
        QString text; // a translated sentence
    };

    QList<Issue> issues; // most telling first; each reason once, except Other
    QString host; // the name the connection was made to
    QString subject; // "CN=…, O=…"
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // lowercase hex of the DER certificate, as TlsPolicy::pinnedSha256 holds it
    bool pinMismatch = false;

    bool has(Reason reason) const;
    QStringList sentences() const;
    // One sentence naming the main reason, for ApiError::message ("The server's certificate has expired.").
    QString headline() const;
    // The reasons and the certificate's details as lines of plain text, for a dialog or the clipboard.
    QString toPlainText() const;

    // "ab12…" → "AB:12:…", the way browsers and `openssl x509 -fingerprint` show it.
    static QString formatFingerprint(const QByteArray &sha256Hex);
};

namespace Tls {
// The configuration every request of a profile uses: Qt's default plus the policy's CA bundle added to the
// system's authorities. Returns false with a translated reason in *why when the bundle cannot be read or
// holds no certificate; a bundle the user named must not be dropped without a word.
bool makeConfiguration(const TlsPolicy &policy, QSslConfiguration *configuration, QString *why);

// The lowercase hex SHA-256 of the certificate's DER form.
QByteArray sha256Of(const QSslCertificate &certificate);

// Whether the policy pins exactly this certificate; then every error the handshake reports about it is
// accepted, because the user trusted this certificate as it is.
bool isPinned(const TlsPolicy &policy, const QSslCertificate &peer);

// Describes a handshake's certificate errors for `peer` (the server's own certificate) reached as `host`.
CertificateProblem describe(
    const TlsPolicy &policy, const QList<QSslError> &errors, const QSslCertificate &peer, const QString &host);
} // namespace Tls

} // namespace wpc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/TlsPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <algorithm>

namespace wpc {

namespace {

QString displayDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QCoreApplication::translate("wpc::TlsPolicy", "unknown");
}

// QSslCertificate hands out a name's attributes sorted by their key, not in the certificate's order. Show
// the most specific first, as RFC 4514 and most tools do, so "CN=…" leads.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QList<QByteArray> attributes = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QList<QByteArray> ordered;
    for (const char *known : { "CN", "OU", "O", "L", "ST", "C" }) {
        if (attributes.removeAll(QByteArray(known)) > 0) {
            ordered.append(QByteArray(known));
        }
    }
    ordered += attributes;
    QStringList parts;
    for (const QByteArray &attribute : std::as_const(ordered)) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values) {
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
        }
    }
    return parts.join(QLatin1StringView(", "));
}

// The names the certificate is valid for: its subjectAltName entries, or the common name when it has none
// (which is how clients read a certificate that old).
QString certifiedHosts(const QSslCertificate &certificate)
{
    const auto alternatives = certificate.subjectAlternativeNames();
    // QMultiMap::values() lists the latest inserted first; reversed, they are in the certificate's order.
    QStringList hosts = alternatives.values(QSsl::DnsEntry);
    std::reverse(hosts.begin(), hosts.end());
    QStringList addresses = alternatives.values(QSsl::IpAddressEntry);
    std::reverse(addresses.begin(), addresses.end());
    hosts += addresses;
    if (hosts.isEmpty()) {
        hosts = certificate.subjectInfo(QSslCertificate::CommonName);
    }
    if (hosts.isEmpty()) {
        return QCoreApplication::translate("wpc::TlsPolicy", "no host name");
    }
    return hosts.join(QLatin1StringView(", "));
}

QString asSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.endsWith(QLatin1Char('.')) ? trimmed : trimmed + QLatin1Char('.');
}

QByteArray normalisedPin(const QByteArray &pin)
{
    QByteArray hex = pin.trimmed().toLower();
    hex.replace(':', QByteArray());
    return hex;
}

} // namespace

bool CertificateProblem::has(Reason reason) const
{
    return std::any_of(issues.cbegin(), issues.cend(), [reason](const Issue &issue) { return issue.reason == reason; });
}

QStringList CertificateProblem::sentences() const
{
    QStringList out;
    for (const Issue &issue : issues) {
        out.append(issue.text);
    }
    return out;
}

QString CertificateProblem::headline() const
{
    if (issues.isEmpty()) {
        return QCoreApplication::translate("wpc::TlsPolicy", "The server's certificate was refused.");
    }
    const Issue &first = issues.constFirst();
    switch (first.reason) {
    case Reason::PinChanged:
        return QCoreApplication::translate(
            "wpc::TlsPolicy", "The server's certificate has changed since it was trusted for this profile.");
    case Reason::Expired:
        return QCoreApplication::translate("wpc::TlsPolicy", "The server's certificate has expired.");
    case Reason::NotYetValid:
        return QCoreApplication::translate("wpc::TlsPolicy", "The server's certificate is not valid yet.");
    case Reason::WrongHost:
        return QCoreApplication::translate("wpc::TlsPolicy", "The server's certificate is not for %1.").arg(host);
    case Reason::Untrusted:
        return QCoreApplication::translate(
            "wpc::TlsPolicy", "The server's certificate is not trusted: it is self-signed or its issuer is unknown.");
    case Reason::Other:
        break;
    }
    return QCoreApplication::translate("wpc::TlsPolicy", "The server's certificate was refused: %1").arg(first.text);
}

QString CertificateProblem::toPlainText() const
{
    QStringList lines = sentences();
    lines.append(QString());
    const auto line = [](const char *label, const QString &value) {
        return QCoreApplication::translate("wpc::TlsPolicy", label).arg(value);
    };
    lines.append(line(QT_TRANSLATE_NOOP("wpc::TlsPolicy", "Server: %1"), host));
    lines.append(line(QT_TRANSLATE_NOOP("wpc::TlsPolicy", "Subject: %1"), subject));
    lines.append(line(QT_TRANSLATE_NOOP("wpc::TlsPolicy", "Issuer: %1"), issuer));
    lines.append(line(QT_TRANSLATE_NOOP("wpc::TlsPolicy", "Valid from: %1"), displayDate(notBefore)));
    lines.append(line(QT_TRANSLATE_NOOP("wpc::TlsPolicy", "Valid until: %1"), displayDate(notAfter)));
    lines.append(line(QT_TRANSLATE_NOOP("wpc::TlsPolicy", "SHA-256 fingerprint: %1"), formatFingerprint(sha256)));
    return lines.join(QLatin1Char('\n'));
}

QString CertificateProblem::formatFingerprint(const QByteArray &sha256Hex)
{
    const QByteArray hex = normalisedPin(sha256Hex).toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    }
    return pairs.join(QLatin1Char(':'));
}

namespace Tls {

bool makeConfiguration(const TlsPolicy &policy, QSslConfiguration *configuration, QString *why)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (policy.caBundlePath.isEmpty()) {
        *configuration = config;
        return true;
    }
    const QString shown = QDir::toNativeSeparators(policy.caBundlePath);
    QFile file(policy.caBundlePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why) {
            *why = QCoreApplication::translate("wpc::TlsPolicy", "The CA bundle %1 cannot be read: %2.")
                       .arg(shown, file.errorString());
        }
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> bundle = QSslCertificate::fromData(data, QSsl::Pem);
    if (bundle.isEmpty()) {
        bundle = QSslCertificate::fromData(data, QSsl::Der);
    }
    bundle.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (bundle.isEmpty()) {
        if (why) {
            *why = QCoreApplication::translate(
                "wpc::TlsPolicy", "The CA bundle %1 holds no certificate (a PEM or DER file is expected).")
                       .arg(shown);
        }
        return false;
    }
    // Setting authorities explicitly turns off Qt's on-demand loading of the system's, so they are listed
    // here too: the bundle adds to what the computer trusts, it does not replace it.
    QList<QSslCertificate> authorities = config.caCertificates();
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    for (const QSslCertificate &certificate : system) {
        if (!authorities.contains(certificate)) {
            authorities.append(certificate);
        }
    }
    authorities += bundle;
    config.setCaCertificates(authorities);
    *configuration = config;
    if (why) {
        why->clear();
    }
    return true;
}

QByteArray sha256Of(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
}

bool isPinned(const TlsPolicy &policy, const QSslCertificate &peer)
{
    const QByteArray pin = normalisedPin(policy.pinnedSha256);
    return !pin.isEmpty() && !peer.isNull() && pin == sha256Of(peer);
}

CertificateProblem describe(
    const TlsPolicy &policy, const QList<QSslError> &errors, const QSslCertificate &peer, const QString &host)
{
    using Reason = CertificateProblem::Reason;
    CertificateProblem problem;
    problem.host = host;
    problem.subject = distinguishedName(peer, false);
    problem.issuer = distinguishedName(peer, true);
    problem.notBefore = peer.effectiveDate();
    problem.notAfter = peer.expiryDate();
    problem.sha256 = sha256Of(peer);
    problem.pinMismatch = !normalisedPin(policy.pinnedSha256).isEmpty() && !isPinned(policy, peer);

    const auto add = [&problem](Reason reason, const QString &text) {
        if (reason == Reason::Other || !problem.has(reason)) {
            problem.issues.append({ reason, text });
        }
    };
    if (problem.pinMismatch) {
        add(Reason::PinChanged,
            QCoreApplication::translate("wpc::TlsPolicy", "The pinned certificate for this profile has changed."));
    }
    for (const QSslError &error : errors) {
        // An error about another certificate of the chain (an expired intermediate) is not about the one
        // the details below describe; Qt's own sentence names it best.
        const bool aboutPeer = error.certificate().isNull() || error.certificate() == peer;
        switch (error.error()) {
        case QSslError::CertificateExpired:
            if (aboutPeer) {
                add(Reason::Expired,
                    QCoreApplication::translate("wpc::TlsPolicy", "The certificate has expired (on %1).")
                        .arg(displayDate(peer.expiryDate())));
                continue;
            }
            break;
        case QSslError::CertificateNotYetValid:
            if (aboutPeer) {
                add(Reason::NotYetValid,
                    QCoreApplication::translate("wpc::TlsPolicy", "The certificate is not valid before %1.")
                        .arg(displayDate(peer.effectiveDate())));
                continue;
            }
            break;
        case QSslError::HostNameMismatch:
            add(Reason::WrongHost,
                QCoreApplication::translate("wpc::TlsPolicy", "The certificate is for %1, not %2.")
                    .arg(certifiedHosts(peer), host));
            continue;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            add(Reason::Untrusted,
                QCoreApplication::translate("wpc::TlsPolicy",
                    "The certificate was not issued by an authority this computer trusts (self-signed or unknown "
                    "issuer)."));
            continue;
        default:
            break;
        }
        add(Reason::Other, asSentence(error.errorString()));
    }
    std::stable_sort(problem.issues.begin(), problem.issues.end(),
        [](const CertificateProblem::Issue &a, const CertificateProblem::Issue &b) { return a.reason < b.reason; });
    return problem;
}

} // namespace Tls

} // namespace wpc

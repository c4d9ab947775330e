// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ApiClient.h"
#include "models/api/TlsPolicy.h"
#include "models/sim/Simulator.h"
#include "tests/api/ApiTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wpc;
using wpc::test::Outcome;

// The TLS policy end to end: the real client against the simulator serving https on loopback, with
// certificates made here by the openssl command line, so that what the client reports about a certificate
// is checked against what openssl says about the same file.
class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprintIsShownInPairs();
    void selfSignedIsRefusedWithItsDetails();
    void pinnedCertificateIsAccepted_data();
    void pinnedCertificateIsAccepted();
    void replacedPinnedCertificateIsRefused();
    void caBundleTrustsItsCertificates();
    void wrongHostIsRefused();
    void expiredIsRefused();
    void unusableCaBundleIsAnError_data();
    void unusableCaBundleIsAnError();

private:
    QString path(const QString &name) const
    {
        return m_dir.filePath(name);
    }
    bool openssl(const QStringList &arguments, QByteArray *output = nullptr);
    // What `openssl x509` prints for one field, without the "name=" in front.
    QString x509Field(const QString &certificate, const QStringList &options);
    std::unique_ptr<sim::Simulator> serve(const QString &name, quint16 port = 0);
    std::shared_ptr<Outcome> getMe(ApiClient &client);
    std::shared_ptr<Outcome> getMe(const QUrl &root, const TlsPolicy &policy);

    QTemporaryDir m_dir;
    QString m_opensslError;
};

namespace {

// Every certificate's extensions in one file, so that no system openssl.cnf changes what is made.
constexpr char kConfig[] = R"([req]
distinguished_name = dn
[dn]

[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[leaf_local]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1

[leaf_other]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:other.example

[ca]
default_ca = test_ca
[test_ca]
database = @DIR@/index.txt
new_certs_dir = @DIR@
serial = @DIR@/serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[policy_any]
organizationName = optional
commonName = supplied
)";

const QStringList kEcKey { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };

ApiClient::Options optionsFor(const TlsPolicy &policy)
{
    ApiClient::Options options;
    options.maxGetRetries = 0;
    options.transferTimeoutMs = 10000;
    options.tls = policy;
    return options;
}

TlsPolicy caBundle(const QString &file)
{
    TlsPolicy policy;
    policy.caBundlePath = file;
    return policy;
}

TlsPolicy pinned(const QByteArray &sha256)
{
    TlsPolicy policy;
    policy.pinnedSha256 = sha256;
    return policy;
}

} // namespace

bool TestTls::openssl(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_opensslError = QLatin1StringView("openssl ") + arguments.join(QLatin1Char(' ')) + QLatin1StringView(": ")
            + process.errorString() + QLatin1Char('\n') + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    if (output) {
        *output = process.readAllStandardOutput();
    }
    return true;
}

QString TestTls::x509Field(const QString &certificate, const QStringList &options)
{
    QByteArray out;
    if (!openssl(
            QStringList { QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-in"), path(certificate) }
                + options,
            &out)) {
        return m_opensslError;
    }
    const QString text = QString::fromUtf8(out).trimmed();
    return text.mid(text.indexOf(QLatin1Char('=')) + 1);
}

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QByteArray config = kConfig;
    config.replace("@DIR@", m_dir.path().toUtf8());
    QFile configFile(path(QStringLiteral("openssl.cnf")));
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write(config);
    configFile.close();
    QFile index(path(QStringLiteral("index.txt")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.close();
    QFile serial(path(QStringLiteral("serial")));
    QVERIFY(serial.open(QIODevice::WriteOnly));
    serial.write("1000\n");
    serial.close();

    const QString cnf = path(QStringLiteral("openssl.cnf"));
    const auto selfSigned = [&](const QString &name, const QString &subject, const QString &extensions) {
        return openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), cnf,
                           QStringLiteral("-extensions"), extensions, QStringLiteral("-subj"), subject,
                           QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-keyout"), name + u".key",
                           QStringLiteral("-out"), name + u".pem" }
            + kEcKey);
    };
    const auto request = [&](const QString &name, const QString &subject) {
        return openssl(QStringList { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), cnf,
                           QStringLiteral("-subj"), subject, QStringLiteral("-keyout"), name + u".key",
                           QStringLiteral("-out"), name + u".csr" }
            + kEcKey);
    };
    const auto signByCa = [&](const QString &name, const QString &extensions, const QString &serialNumber) {
        return openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + u".csr",
            QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
            QStringLiteral("-set_serial"), serialNumber, QStringLiteral("-days"), QStringLiteral("30"),
            QStringLiteral("-sha256"), QStringLiteral("-extfile"), cnf, QStringLiteral("-extensions"), extensions,
            QStringLiteral("-out"), name + u".pem" });
    };

    QVERIFY2(selfSigned(QStringLiteral("ca"), QStringLiteral("/O=WPC Test/CN=WPC Test CA"), QStringLiteral("ca_ext")),
        qPrintable(m_opensslError));
    QVERIFY2(request(QStringLiteral("good"), QStringLiteral("/O=WPC Test/CN=localhost")), qPrintable(m_opensslError));
    QVERIFY2(signByCa(QStringLiteral("good"), QStringLiteral("leaf_local"), QStringLiteral("2")),
        qPrintable(m_opensslError));
    QVERIFY2(
        request(QStringLiteral("other"), QStringLiteral("/O=WPC Test/CN=other.example")), qPrintable(m_opensslError));
    QVERIFY2(signByCa(QStringLiteral("other"), QStringLiteral("leaf_other"), QStringLiteral("3")),
        qPrintable(m_opensslError));
    // `openssl x509 -req` on OpenSSL 3.0 cannot date a certificate in the past; `openssl ca` can.
    QVERIFY2(
        request(QStringLiteral("expired"), QStringLiteral("/O=WPC Test/CN=localhost")), qPrintable(m_opensslError));
    QVERIFY2(openssl({ QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), cnf,
                 QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"),
                 QStringLiteral("ca.key"), QStringLiteral("-in"), QStringLiteral("expired.csr"), QStringLiteral("-out"),
                 QStringLiteral("expired.pem"), QStringLiteral("-notext"), QStringLiteral("-preserveDN"),
                 QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                 QStringLiteral("20200201000000Z"), QStringLiteral("-extensions"), QStringLiteral("leaf_local") }),
        qPrintable(m_opensslError));
    QVERIFY2(selfSigned(QStringLiteral("selfA"), QStringLiteral("/O=WPC Test/CN=wpc self-signed A"),
                 QStringLiteral("leaf_local")),
        qPrintable(m_opensslError));
    QVERIFY2(selfSigned(QStringLiteral("selfB"), QStringLiteral("/O=WPC Test/CN=wpc self-signed B"),
                 QStringLiteral("leaf_local")),
        qPrintable(m_opensslError));
    QFile notABundle(path(QStringLiteral("not-a-bundle.pem")));
    QVERIFY(notABundle.open(QIODevice::WriteOnly));
    notABundle.write("This is a README, not a certificate.\n");
}

std::unique_ptr<sim::Simulator> TestTls::serve(const QString &name, quint16 port)
{
    sim::Simulator::Config config;
    config.resourceCount = 3;
    auto simulator = std::make_unique<sim::Simulator>(config);
    if (!simulator->listen(QHostAddress::LocalHost, port, path(name + u".pem"), path(name + u".key"))) {
        qWarning().noquote() << "cannot serve" << name << simulator->errorString();
        return {};
    }
    return simulator;
}

std::shared_ptr<Outcome> TestTls::getMe(ApiClient &client)
{
    QObject context;
    auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/users/me/")), &context);
    (void)QTest::qWaitFor([&] { return outcome->called; }, 15000); // the caller checks `called`
    return outcome;
}

std::shared_ptr<Outcome> TestTls::getMe(const QUrl &root, const TlsPolicy &policy)
{
    QNetworkAccessManager network;
    ApiClient client(&network, root, sim::Simulator::staffToken(), optionsFor(policy));
    return getMe(client);
}

void TestTls::fingerprintIsShownInPairs()
{
    QCOMPARE(CertificateProblem::formatFingerprint("0a1bff"), QStringLiteral("0A:1B:FF"));
    QCOMPARE(CertificateProblem::formatFingerprint(""), QString());
}

void TestTls::selfSignedIsRefusedWithItsDetails()
{
    const auto simulator = serve(QStringLiteral("selfA"));
    QVERIFY(simulator);
    QCOMPARE(simulator->url().scheme(), QStringLiteral("https"));

    const auto outcome = getMe(simulator->url(), {});
    QVERIFY(outcome->called);
    QVERIFY2(outcome->error.kind == ApiError::Kind::Tls, test::describe(outcome->error));
    QVERIFY(!outcome->error.requestMayHaveArrived);
    QVERIFY(simulator->requests().isEmpty()); // the token never went to the untrusted server
    QVERIFY(outcome->error.certificate);
    const CertificateProblem &problem = *outcome->error.certificate;
    QCOMPARE(outcome->error.message, problem.headline());
    QVERIFY2(outcome->error.message.contains(QLatin1StringView("self-signed")), qPrintable(outcome->error.message));

    QVERIFY(problem.has(CertificateProblem::Reason::Untrusted));
    QVERIFY(!problem.has(CertificateProblem::Reason::WrongHost));
    QVERIFY(!problem.has(CertificateProblem::Reason::Expired));
    QVERIFY(!problem.pinMismatch);
    QCOMPARE(problem.host, QStringLiteral("127.0.0.1"));

    const QString certificate = QStringLiteral("selfA.pem");
    const QString nameOptions = QStringLiteral("RFC2253");
    const QString fingerprint
        = x509Field(certificate, { QStringLiteral("-fingerprint"), QStringLiteral("-sha256") }).trimmed();
    QCOMPARE(CertificateProblem::formatFingerprint(problem.sha256), fingerprint);
    QCOMPARE(problem.sha256, fingerprint.toLower().remove(QLatin1Char(':')).toLatin1());
    QCOMPARE(problem.subject,
        x509Field(certificate, { QStringLiteral("-subject"), QStringLiteral("-nameopt"), nameOptions })
            .split(QLatin1Char(','))
            .join(QLatin1StringView(", ")));
    QCOMPARE(problem.subject, QStringLiteral("CN=wpc self-signed A, O=WPC Test"));
    QCOMPARE(problem.issuer, problem.subject);
    const QString dateFormat = QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'");
    QCOMPARE(problem.notBefore.toUTC().toString(dateFormat),
        x509Field(certificate, { QStringLiteral("-startdate") }).simplified());
    QCOMPARE(problem.notAfter.toUTC().toString(dateFormat),
        x509Field(certificate, { QStringLiteral("-enddate") }).simplified());

    const QString text = problem.toPlainText();
    QVERIFY2(text.contains(fingerprint), qPrintable(text));
    QVERIFY2(text.contains(problem.subject), qPrintable(text));
    QVERIFY2(text.contains(QLatin1StringView("not issued by an authority this computer trusts")), qPrintable(text));
}

void TestTls::pinnedCertificateIsAccepted_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::newRow("self-signed") << QStringLiteral("selfA");
    // Untrusted issuer and another host name: the pin accepts every error about the pinned certificate.
    QTest::newRow("unknown CA, other host") << QStringLiteral("other");
}

void TestTls::pinnedCertificateIsAccepted()
{
    QFETCH(QString, certificate);
    const auto simulator = serve(certificate);
    QVERIFY(simulator);
    const auto refused = getMe(simulator->url(), {});
    QVERIFY(refused->called && refused->error.certificate);

    const auto outcome = getMe(simulator->url(), pinned(refused->error.certificate->sha256));
    QVERIFY(outcome->called);
    QVERIFY2(!outcome->error.isError(), test::describe(outcome->error));
    QCOMPARE(outcome->response.httpStatus, 200);
    QCOMPARE(outcome->response.json.object().value(QLatin1StringView("username")).toString(),
        QStringLiteral("stella.admin"));
    QCOMPARE(simulator->requests().size(), 1);
    QCOMPARE(simulator->requests().constFirst().user, QStringLiteral("staff"));
}

void TestTls::replacedPinnedCertificateIsRefused()
{
    auto simulator = serve(QStringLiteral("selfA"));
    QVERIFY(simulator);
    const QUrl root = simulator->url();
    const QByteArray pinA = Tls::sha256Of(QSslCertificate::fromPath(path(QStringLiteral("selfA.pem"))).value(0));
    const QByteArray pinB = Tls::sha256Of(QSslCertificate::fromPath(path(QStringLiteral("selfB.pem"))).value(0));
    QCOMPARE(pinA.size(), 64);
    QVERIFY(pinA != pinB);

    QNetworkAccessManager network;
    ApiClient client(&network, root, sim::Simulator::staffToken(), optionsFor(pinned(pinA)));
    const auto before = getMe(client);
    QVERIFY(before->called);
    QVERIFY2(!before->error.isError(), test::describe(before->error));

    // The same address now answers with another certificate.
    const quint16 port = simulator->port();
    simulator.reset();
    simulator = serve(QStringLiteral("selfB"), port);
    QVERIFY(simulator);
    const auto after = getMe(client);
    QVERIFY(after->called);
    QVERIFY2(after->error.kind == ApiError::Kind::Tls, test::describe(after->error));
    QVERIFY(after->error.certificate);
    const CertificateProblem &problem = *after->error.certificate;
    QVERIFY(problem.pinMismatch);
    QVERIFY(problem.has(CertificateProblem::Reason::PinChanged));
    QCOMPARE(problem.issues.constFirst().reason, CertificateProblem::Reason::PinChanged);
    QCOMPARE(problem.sha256, pinB);
    QCOMPARE(problem.subject, QStringLiteral("CN=wpc self-signed B, O=WPC Test"));
    QVERIFY2(after->error.message.contains(QLatin1StringView("changed")), qPrintable(after->error.message));
    QVERIFY(problem.sentences().contains(QStringLiteral("The pinned certificate for this profile has changed.")));
    QVERIFY(simulator->requests().isEmpty());
}

void TestTls::caBundleTrustsItsCertificates()
{
    QSslConfiguration configuration;
    QString why;
    QVERIFY2(Tls::makeConfiguration(caBundle(path(QStringLiteral("ca.pem"))), &configuration, &why), qPrintable(why));
    const QSslCertificate ca = QSslCertificate::fromPath(path(QStringLiteral("ca.pem"))).value(0);
    QVERIFY(!ca.isNull());
    QVERIFY(configuration.caCertificates().contains(ca));
    // The bundle adds to the system's authorities; it does not replace them.
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    for (const QSslCertificate &authority : system) {
        QVERIFY(configuration.caCertificates().contains(authority));
    }

    const auto simulator = serve(QStringLiteral("good"));
    QVERIFY(simulator);
    const auto withoutBundle = getMe(simulator->url(), {});
    QVERIFY(withoutBundle->called);
    QVERIFY2(withoutBundle->error.kind == ApiError::Kind::Tls, test::describe(withoutBundle->error));
    QVERIFY(withoutBundle->error.certificate);
    QCOMPARE(withoutBundle->error.certificate->issuer, QStringLiteral("CN=WPC Test CA, O=WPC Test"));

    const auto outcome = getMe(simulator->url(), caBundle(path(QStringLiteral("ca.pem"))));
    QVERIFY(outcome->called);
    QVERIFY2(!outcome->error.isError(), test::describe(outcome->error));
    QCOMPARE(outcome->response.httpStatus, 200);
    QCOMPARE(simulator->requests().size(), 1);
}

void TestTls::wrongHostIsRefused()
{
    const auto simulator = serve(QStringLiteral("other"));
    QVERIFY(simulator);
    const auto outcome = getMe(simulator->url(), caBundle(path(QStringLiteral("ca.pem"))));
    QVERIFY(outcome->called);
    QVERIFY2(outcome->error.kind == ApiError::Kind::Tls, test::describe(outcome->error));
    QVERIFY(outcome->error.certificate);
    const CertificateProblem &problem = *outcome->error.certificate;
    // The CA bundle made the issuer trusted; only the name is wrong.
    QCOMPARE(
        problem.sentences(), QStringList { QStringLiteral("The certificate is for other.example, not 127.0.0.1.") });
    QCOMPARE(problem.issues.constFirst().reason, CertificateProblem::Reason::WrongHost);
    QCOMPARE(outcome->error.message, QStringLiteral("The server's certificate is not for 127.0.0.1."));
    QVERIFY(simulator->requests().isEmpty());
}

void TestTls::expiredIsRefused()
{
    const auto simulator = serve(QStringLiteral("expired"));
    QVERIFY(simulator);
    const auto outcome = getMe(simulator->url(), caBundle(path(QStringLiteral("ca.pem"))));
    QVERIFY(outcome->called);
    QVERIFY2(outcome->error.kind == ApiError::Kind::Tls, test::describe(outcome->error));
    QVERIFY(outcome->error.certificate);
    const CertificateProblem &problem = *outcome->error.certificate;
    QCOMPARE(problem.issues.size(), 1);
    QCOMPARE(problem.issues.constFirst().reason, CertificateProblem::Reason::Expired);
    QVERIFY2(problem.issues.constFirst().text.startsWith(QLatin1StringView("The certificate has expired (on ")),
        qPrintable(problem.issues.constFirst().text));
    QCOMPARE(problem.notBefore, QDateTime::fromString(QStringLiteral("2020-01-01T00:00:00Z"), Qt::ISODate));
    QCOMPARE(problem.notAfter, QDateTime::fromString(QStringLiteral("2020-02-01T00:00:00Z"), Qt::ISODate));
    QCOMPARE(outcome->error.message, QStringLiteral("The server's certificate has expired."));
    QVERIFY(simulator->requests().isEmpty());
}

void TestTls::unusableCaBundleIsAnError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing") << QStringLiteral("no-such-bundle.pem") << QStringLiteral("cannot be read");
    QTest::newRow("no certificate") << QStringLiteral("not-a-bundle.pem") << QStringLiteral("holds no certificate");
}

void TestTls::unusableCaBundleIsAnError()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const TlsPolicy policy = caBundle(path(file));
    QSslConfiguration configuration;
    QString why;
    QVERIFY(!Tls::makeConfiguration(policy, &configuration, &why));
    QVERIFY2(why.contains(says) && why.contains(QDir::toNativeSeparators(path(file))), qPrintable(why));

    const auto simulator = serve(QStringLiteral("good"));
    QVERIFY(simulator);
    const auto outcome = getMe(simulator->url(), policy);
    QVERIFY(outcome->called);
    QVERIFY2(outcome->error.kind == ApiError::Kind::Tls, test::describe(outcome->error));
    QCOMPARE(outcome->error.message, why);
    QVERIFY(!outcome->error.requestMayHaveArrived);
    QVERIFY(!outcome->error.certificate);
    QVERIFY(simulator->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"

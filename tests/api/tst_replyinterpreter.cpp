// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ReplyInterpreter.h"

#include <QTest>

using namespace wpc;

Q_DECLARE_METATYPE(wpc::RawReply)
Q_DECLARE_METATYPE(wpc::ApiError::Kind)

// The one place that reads transport errors and statuses, fed with RawReply values: each DRF error shape,
// each status, proxy pages, broken JSON, empty bodies, transport failures and the transfer timeout.
class TestReplyInterpreter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
    void success_data();
    void success();
    void malformedJson();
    void requestIdIsKept();
    void pagingHeadersReachTheResponse();
    void htmlTitle_data();
    void htmlTitle();
};

namespace {
RawReply reply(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    RawReply raw;
    raw.httpStatus = status;
    raw.body = body;
    raw.contentType = contentType;
    raw.url = QUrl(QStringLiteral("http://waldur.test:8000/api/marketplace-provider-resources/"));
    if (status >= 400) {
        raw.networkError = QNetworkReply::ProtocolInvalidOperationError; // what Qt sets for HTTP errors
    }
    return raw;
}

RawReply transport(QNetworkReply::NetworkError error, const QString &text, bool timedOut = false)
{
    RawReply raw;
    raw.networkError = error;
    raw.networkErrorString = text;
    raw.timedOut = timedOut;
    raw.url = QUrl(QStringLiteral("http://waldur.test:8000/api/marketplace-provider-resources/"));
    return raw;
}
} // namespace

void TestReplyInterpreter::errors_data()
{
    QTest::addColumn<RawReply>("raw");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QStringList>("fieldLines");
    QTest::addColumn<QString>("message");

    using K = ApiError::Kind;
    const QStringList none;

    QTest::newRow("401 detail") << reply(401, R"({"detail":"Invalid token."})") << K::Unauthorized
                                << QStringLiteral("Invalid token.") << none
                                << QStringLiteral("The server did not accept the API token: Invalid token.");
    // The server's words get one full stop, never two and never none.
    QTest::newRow("401 detail without a full stop")
        << reply(401, R"({"detail":"Token has expired"})") << K::Unauthorized << QStringLiteral("Token has expired")
        << none << QStringLiteral("The server did not accept the API token: Token has expired.");
    QTest::newRow("403 detail") << reply(403, R"({"detail":"You do not have permission to perform this action."})")
                                << K::Forbidden << QStringLiteral("You do not have permission to perform this action.")
                                << none
                                << QStringLiteral("You do not have permission to do this: You do not have "
                                                  "permission to perform this action.");
    QTest::newRow("404 detail") << reply(404, R"({"detail":"Not found."})") << K::NotFound
                                << QStringLiteral("Not found.") << none
                                << QStringLiteral("The resource was not found; it may have been deleted.");
    QTest::newRow("404 empty") << reply(404, "", "") << K::NotFound << QString() << none
                               << QStringLiteral("The resource was not found; it may have been deleted.");
    QTest::newRow("409 detail") << reply(409, R"({"detail":"Valid states for operation: OK, Erred."})") << K::Conflict
                                << QStringLiteral("Valid states for operation: OK, Erred.") << none
                                << QStringLiteral("The server refused the action in the resource's current state: "
                                                  "Valid states for operation: OK, Erred.");
    QTest::newRow("409 error_message (move)")
        << reply(409, R"({"error_message":"Resource moving is not possible."})") << K::Conflict
        << QStringLiteral("Resource moving is not possible.") << none
        << QStringLiteral("The server refused the action in the resource's current state: Resource moving is not "
                          "possible.");
    QTest::newRow("400 field errors")
        << reply(400, R"({"slug":["Enter a valid slug."],"name":["Too long.","Not unique."]})") << K::Validation
        << QString()
        << QStringList { QStringLiteral("name: Too long. Not unique."), QStringLiteral("slug: Enter a valid slug.") }
        << QStringLiteral("The server rejected the request: name: Too long. Not unique.; slug: Enter a valid slug.");
    QTest::newRow("400 nested field errors")
        << reply(400, R"({"project":{"url":["Invalid hyperlink - Object does not exist."]}})") << K::Validation
        << QString() << QStringList { QStringLiteral("project.url: Invalid hyperlink - Object does not exist.") }
        << QStringLiteral("The server rejected the request: project.url: Invalid hyperlink - Object does not exist.");
    QTest::newRow("400 list of child errors")
        << reply(400, R"({"report":[{},{"header":["This field may not be blank."]}]})") << K::Validation << QString()
        << QStringList { QStringLiteral("report.1.header: This field may not be blank.") }
        << QStringLiteral("The server rejected the request: report.1.header: This field may not be blank.");
    QTest::newRow("400 non_field_errors")
        << reply(400, R"({"non_field_errors":["Dates overlap."]})") << K::Validation << QStringLiteral("Dates overlap.")
        << none << QStringLiteral("The server rejected the request: Dates overlap.");
    QTest::newRow("400 nested non_field_errors")
        << reply(400, R"({"project":{"non_field_errors":["Blocked."]}})") << K::Validation << QString()
        << QStringList { QStringLiteral("project: Blocked.") }
        << QStringLiteral("The server rejected the request: project: Blocked.");
    QTest::newRow("400 bare list") << reply(400, R"(["Resource does not have backend ID."])") << K::Validation
                                   << QStringLiteral("Resource does not have backend ID.") << none
                                   << QStringLiteral(
                                          "The server rejected the request: Resource does not have backend ID.");
    QTest::newRow("400 bare list of two")
        << reply(400, R"(["One.","Two."])") << K::Validation << QStringLiteral("One. Two.") << none
        << QStringLiteral("The server rejected the request: One. Two.");
    QTest::newRow("400 string value") << reply(400, R"({"end_date":"Bad date."})") << K::Validation << QString()
                                      << QStringList { QStringLiteral("end_date: Bad date.") }
                                      << QStringLiteral("The server rejected the request: end_date: Bad date.");
    QTest::newRow("400 plain text (glauth)")
        << reply(400, "Offering does not allow service provider to create offering users.", "text/plain")
        << K::Validation << QStringLiteral("Offering does not allow service provider to create offering users.") << none
        << QStringLiteral("The server rejected the request: Offering does not allow service provider to create "
                          "offering users.");
    QTest::newRow("400 empty") << reply(400, "") << K::Validation << QString() << none
                               << QStringLiteral("The server rejected the request as invalid.");
    QTest::newRow("405") << reply(405, R"({"detail":"Method \"DELETE\" not allowed."})") << K::Server
                         << QStringLiteral("Method \"DELETE\" not allowed.") << none
                         << QStringLiteral("The server answered with the unexpected status HTTP 405: Method "
                                           "\"DELETE\" not allowed.");
    QTest::newRow("500 empty") << reply(500, "") << K::Server << QString() << none
                               << QStringLiteral("The server failed while handling the request (HTTP 500).");
    QTest::newRow("503 detail") << reply(503, R"({"detail":"Maintenance."})") << K::Server
                                << QStringLiteral("Maintenance.") << none
                                << QStringLiteral(
                                       "The server failed while handling the request (HTTP 503): Maintenance.");
    QTest::newRow("502 html page")
        << reply(502,
               "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
               "<p>nginx</p></body></html>",
               "text/html; charset=utf-8")
        << K::Server << QStringLiteral("502 Bad Gateway") << none
        << QStringLiteral("The server answered with a web page instead of data (HTTP 502, \"502 Bad Gateway\"). A "
                          "proxy or gateway in front of Waldur may be failing.");
    QTest::newRow("html without content type")
        << reply(504, "  <html><body><h1>Gateway &amp; Timeout</h1></body></html>", "") << K::Server
        << QStringLiteral("Gateway & Timeout") << none
        << QStringLiteral("The server answered with a web page instead of data (HTTP 504, \"Gateway & Timeout\"). A "
                          "proxy or gateway in front of Waldur may be failing.");
    QTest::newRow("html 401 stays unauthorized")
        << reply(401, "<html><head><title>Login</title></head></html>", "text/html") << K::Unauthorized
        << QStringLiteral("Login") << none
        << QStringLiteral("The server answered with a web page instead of data (HTTP 401, \"Login\"). A proxy or "
                          "gateway in front of Waldur may be failing.");
    QTest::newRow("2xx html page") << reply(200, "<html><head><title>Sign in</title></head></html>", "text/html")
                                   << K::Protocol << QStringLiteral("Sign in") << none
                                   << QStringLiteral("The server answered with a web page instead of data (HTTP 200, "
                                                     "\"Sign in\"). A proxy or gateway in front of Waldur may be "
                                                     "failing.");
    QTest::newRow("connection refused") << transport(
        QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"))
                                        << K::Network << QString() << none
                                        << QStringLiteral("Could not connect to waldur.test:8000: Connection refused");
    QTest::newRow("host not found") << transport(
        QNetworkReply::HostNotFoundError, QStringLiteral("Host waldur.test not found"))
                                    << K::Network << QString() << none
                                    << QStringLiteral(
                                           "Could not connect to waldur.test:8000: Host waldur.test not found");
    QTest::newRow("remote closed") << transport(
        QNetworkReply::RemoteHostClosedError, QStringLiteral("Remote host closed the connection"))
                                   << K::Network << QString() << none
                                   << QStringLiteral("The connection to the server was closed before it answered.");
    QTest::newRow("re-send refused") << transport(QNetworkReply::ContentReSendError, QStringLiteral("Unable to resend"))
                                     << K::Network << QString() << none
                                     << QStringLiteral("The connection to the server was closed before it answered.");
    RawReply notResent = reply(307, "");
    notResent.networkError = QNetworkReply::ContentReSendError;
    QTest::newRow("307 whose body cannot be sent again")
        << notResent << K::Redirect << QString() << none
        << QStringLiteral("The server answered with a redirect (HTTP 307) that was not followed.");
    QTest::newRow("transfer timeout") << transport(
        QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"), true)
                                      << K::Timeout << QString() << none
                                      << QStringLiteral(
                                             "The server did not answer in time. Check the connection and try again.");
    QTest::newRow("timeout error") << transport(QNetworkReply::TimeoutError, QStringLiteral("timed out")) << K::Timeout
                                   << QString() << none
                                   << QStringLiteral("The server did not answer in time. Check the connection and try "
                                                     "again.");
    QTest::newRow("user cancel") << transport(
        QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"))
                                 << K::Cancelled << QString() << none << QStringLiteral("The request was cancelled.");
    QTest::newRow("tls") << transport(
        QNetworkReply::SslHandshakeFailedError, QStringLiteral("The certificate is self-signed, and untrusted"))
                         << K::Tls << QString() << none
                         << QStringLiteral("A secure connection to waldur.test:8000 could not be established: The "
                                           "certificate is self-signed, and untrusted");
    RawReply truncated = reply(200, R"([{"uuid":)");
    truncated.networkError = QNetworkReply::RemoteHostClosedError;
    QTest::newRow("closed in the middle of a 200 body")
        << truncated << K::Network << QString() << none
        << QStringLiteral("The connection to the server was closed before it answered.");
}

void TestReplyInterpreter::errors()
{
    QFETCH(RawReply, raw);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, detail);
    QFETCH(QStringList, fieldLines);
    QFETCH(QString, message);

    ApiResponse response;
    response.httpStatus = -7; // must stay untouched on failure
    const ApiError error = ReplyInterpreter::interpret(raw, &response);
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(kind));
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus, raw.networkError == QNetworkReply::RemoteHostClosedError ? 0 : raw.httpStatus);
    QCOMPARE(error.detail, detail);
    QCOMPARE(error.fieldErrorLines(), fieldLines);
    QCOMPARE(error.message, message);
    QVERIFY(!error.message.contains(QLatin1Char('<')));
    QCOMPARE(response.httpStatus, -7);
}

void TestReplyInterpreter::success_data()
{
    QTest::addColumn<RawReply>("raw");
    QTest::addColumn<bool>("jsonNull");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("object") << reply(200, R"({"status":"Report is submitted"})") << false
                            << QByteArray(R"({"status":"Report is submitted"})");
    QTest::newRow("array") << reply(200, R"([])") << false << QByteArray("[]");
    QTest::newRow("empty 200") << reply(200, "", "") << true << QByteArray();
    QTest::newRow("whitespace 200") << reply(200, " \n", "") << true << QByteArray(" \n");
    QTest::newRow("204") << reply(204, "", "") << true << QByteArray();
    QTest::newRow("202 detail") << reply(202, R"({"detail":"Pull operation was successfully scheduled."})") << false
                                << QByteArray(R"({"detail":"Pull operation was successfully scheduled."})");
    RawReply text = reply(200, "[[users]]\n  name = \"alice\"\n", "text/plain");
    text.accept = ApiRequest::Accept::Text;
    QTest::newRow("text reply is not parsed") << text << true << QByteArray("[[users]]\n  name = \"alice\"\n");
}

void TestReplyInterpreter::success()
{
    QFETCH(RawReply, raw);
    QFETCH(bool, jsonNull);
    QFETCH(QByteArray, body);

    ApiResponse response;
    const ApiError error = ReplyInterpreter::interpret(raw, &response);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(response.httpStatus, raw.httpStatus);
    QCOMPARE(response.json.isNull(), jsonNull);
    QCOMPARE(response.body, body);
    QCOMPARE(response.contentType, raw.contentType);
}

void TestReplyInterpreter::malformedJson()
{
    const QByteArray body = R"([{"uuid": "a", "name": )";
    QJsonParseError expected;
    QJsonDocument::fromJson(body, &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);

    ApiResponse response;
    const ApiError error = ReplyInterpreter::interpret(reply(200, body), &response);
    QCOMPARE(error.kind, ApiError::Kind::Protocol);
    QCOMPARE(error.httpStatus, 200);
    QCOMPARE(error.detail, expected.errorString());
    QCOMPARE(error.message,
        QStringLiteral("The server's reply could not be read: %1 at offset %2")
            .arg(expected.errorString(), QString::number(expected.offset)));
    QVERIFY(response.json.isNull());
}

void TestReplyInterpreter::requestIdIsKept()
{
    RawReply raw = reply(409, R"({"detail":"Busy."})");
    raw.requestIdHeader = "req-123";
    QCOMPARE(ReplyInterpreter::interpret(raw, nullptr).requestId, QStringLiteral("req-123"));
    RawReply broken = reply(200, "{");
    broken.requestIdHeader = "req-9";
    QCOMPARE(ReplyInterpreter::interpret(broken, nullptr).requestId, QStringLiteral("req-9"));
}

void TestReplyInterpreter::pagingHeadersReachTheResponse()
{
    RawReply raw = reply(200, "[]");
    raw.linkHeader = R"(<http://h/api/x/?page=2>; rel="next")";
    raw.resultCountHeader = "11";
    ApiResponse response;
    QVERIFY(!ReplyInterpreter::interpret(raw, &response).isError());
    QCOMPARE(response.page.totalCount, qint64(11));
    QCOMPARE(response.page.next, QUrl(QStringLiteral("http://h/api/x/?page=2")));
}

void TestReplyInterpreter::htmlTitle_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::newRow("title") << QByteArray("<html><head><title> 503 Service\n Unavailable </title>")
                           << QStringLiteral("503 Service Unavailable");
    QTest::newRow("title with attributes and tags")
        << QByteArray("<TITLE lang=en>Error <b>502</b> &#8211; &lt;proxy&gt;</TITLE>")
        << QString::fromUtf8("Error 502 \u2013 <proxy>");
    QTest::newRow("heading fallback") << QByteArray("<body><h1 class=x>Bad Gateway</h1>")
                                      << QStringLiteral("Bad Gateway");
    QTest::newRow("nothing") << QByteArray("<body><p>oops</p></body>") << QString();
    QTest::newRow("long title is cut") << (QByteArray("<title>") + QByteArray(300, 'x') + "</title>")
                                       << (QString(119, QLatin1Char('x')) + QChar(0x2026));
}

void TestReplyInterpreter::htmlTitle()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QCOMPARE(ReplyInterpreter::htmlTitle(html), title);
}

QTEST_GUILESS_MAIN(TestReplyInterpreter)
#include "tst_replyinterpreter.moc"

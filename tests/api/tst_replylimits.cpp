// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ReplyDecoders.h"
#include "models/api/ReplyInterpreter.h"

#include <QTest>

#include <climits>

using namespace wpc;

// What the client accepts from a server whatever it sends (ReplyInterpreter's Limits), each broken limit a
// Protocol error that names it; and the fixes of what the fuzzers (tests/fuzz) and their review found.
class TestReplyLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longHeaderIsRefusedByName_data();
    void longHeaderIsRefusedByName();
    void nestingUpToTheLimitIsRead();
    void nestingPastTheLimitIsRefused();
    void errorBodyPastTheLimitIsShownAsText();
    void tooManyContainersAreRefused();
    void bodyCutByTheClientIsRefused();
    void tooManyRowsAreRefused();
    void errorDetailAndFieldsAreBounded();
    void hugeRetryAfterDoesNotOverflow();
    void htmlEntitiesAreDecodedOnce();
    void linkOfAPageFilteredBySixtyOfferingsIsRead();
    void cutTextNeverSplitsACharacter();
};

namespace {
RawReply ok(const QByteArray &body)
{
    RawReply raw;
    raw.httpStatus = 200;
    raw.contentType = "application/json";
    raw.body = body;
    return raw;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}
} // namespace

void TestReplyLimits::longHeaderIsRefusedByName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("Link") << QByteArray("Link");
    QTest::newRow("X-Result-Count") << QByteArray("X-Result-Count");
    QTest::newRow("Retry-After") << QByteArray("Retry-After");
    QTest::newRow("X-Request-ID") << QByteArray("X-Request-ID");
}

void TestReplyLimits::longHeaderIsRefusedByName()
{
    QFETCH(QByteArray, name);
    RawReply raw = ok("[]");
    const QByteArray longValue(Limits::kMaxHeaderBytes + 1, '1');
    QByteArray *header = name == "Link" ? &raw.linkHeader
        : name == "X-Result-Count"      ? &raw.resultCountHeader
        : name == "Retry-After"         ? &raw.retryAfterHeader
                                        : &raw.requestIdHeader;
    *header = QByteArray(Limits::kMaxHeaderBytes, '1');
    QVERIFY(!ReplyInterpreter::interpret(raw, nullptr).isError());

    *header = longValue;
    const ApiError error = ReplyInterpreter::interpret(raw, nullptr);
    QCOMPARE(error.kind, ApiError::Kind::Protocol);
    QVERIFY2(error.message.contains(QString::fromLatin1(name)), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(Limits::kMaxHeaderBytes + 1)), qPrintable(error.message));
}

void TestReplyLimits::nestingUpToTheLimitIsRead()
{
    ApiResponse response;
    const ApiError error = ReplyInterpreter::interpret(ok(nested(Limits::kMaxNestingDepth)), &response);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(response.json.isArray());
    // Brackets inside strings are text, not nesting.
    const QByteArray inString = "[\"" + QByteArray(500, '[') + "\\\"" + QByteArray(500, '{') + "\"]";
    QVERIFY(!ReplyInterpreter::interpret(ok(inString), &response).isError());
}

void TestReplyLimits::nestingPastTheLimitIsRefused()
{
    const ApiError error = ReplyInterpreter::interpret(ok(nested(Limits::kMaxNestingDepth + 1)), nullptr);
    QCOMPARE(error.kind, ApiError::Kind::Protocol);
    QVERIFY2(error.message.contains(QStringLiteral("nested deeper than 64 levels")), qPrintable(error.message));
    // Far past Qt's own limit too (1,024), the message is still ours.
    QVERIFY(ReplyInterpreter::interpret(ok(nested(100'000)), nullptr).message.contains(QStringLiteral("64")));
}

void TestReplyLimits::errorBodyPastTheLimitIsShownAsText()
{
    RawReply raw = ok("{\"detail\": " + nested(200) + "}");
    raw.httpStatus = 500;
    raw.networkError = QNetworkReply::InternalServerError;
    const ApiError error = ReplyInterpreter::interpret(raw, nullptr);
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.httpStatus, 500);
    QVERIFY2(error.detail.startsWith(QStringLiteral("{\"detail\": [[[")), qPrintable(error.detail));
}

void TestReplyLimits::tooManyContainersAreRefused()
{
    QByteArray body = "[";
    for (qsizetype i = 0; i < Limits::kMaxJsonContainers; ++i) {
        body += "{},";
    }
    body += "{}]"; // one array and kMax + 1 objects
    const ApiError error = ReplyInterpreter::interpret(ok(body), nullptr);
    QCOMPARE(error.kind, ApiError::Kind::Protocol);
    QVERIFY2(error.message.contains(QStringLiteral("objects and arrays")), qPrintable(error.message));
}

void TestReplyLimits::bodyCutByTheClientIsRefused()
{
    RawReply raw = ok("[{\"uuid\": \"a");
    raw.bodyCutAt = qint64(2) * 1024 * 1024 * 1024; // a "page" that announced 2 GiB
    const ApiError error = ReplyInterpreter::interpret(raw, nullptr);
    QCOMPARE(error.kind, ApiError::Kind::Protocol);
    QVERIFY2(error.message.contains(QStringLiteral("larger than 64 MiB")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("2147483648")), qPrintable(error.message));
}

void TestReplyLimits::tooManyRowsAreRefused()
{
    QByteArray body = "[{\"uuid\": \"x\"}";
    for (qsizetype i = 1; i < Limits::kMaxRowsPerPage; ++i) {
        body += ",{\"uuid\": \"x\"}";
    }
    body += "]";
    ApiResponse response;
    QVERIFY(!ReplyInterpreter::interpret(ok(body), &response).isError());
    ResourcePage page;
    QString problem;
    QVERIFY2(ReplyDecoders::resourcePage(response, 1, nullptr, &page, &problem), qPrintable(problem));
    QCOMPARE(page.resources.size(), Limits::kMaxRowsPerPage);

    body.chop(1);
    body += ",{\"uuid\": \"x\"}]";
    QVERIFY(!ReplyInterpreter::interpret(ok(body), &response).isError());
    ResourcePage tooLong;
    QVERIFY(!ReplyDecoders::resourcePage(response, 1, nullptr, &tooLong, &problem));
    QVERIFY2(problem.contains(QStringLiteral("10001 items")), qPrintable(problem));
    QVERIFY(tooLong.resources.isEmpty());
}

void TestReplyLimits::errorDetailAndFieldsAreBounded()
{
    QByteArray body = "{\"detail\": [";
    for (int i = 0; i < 5000; ++i) {
        body += "\"Something is wrong with this resource.\",";
    }
    body += "\"end\"]";
    for (int i = 0; i < 500; ++i) {
        body += ",\"field" + QByteArray::number(i) + "\": [\"bad\", \"worse\"]";
    }
    body += "}";
    RawReply raw = ok(body);
    raw.httpStatus = 400;
    raw.networkError = QNetworkReply::ProtocolInvalidOperationError;
    const ApiError error = ReplyInterpreter::interpret(raw, nullptr);
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.detail.size(), 2000);
    QVERIFY(error.detail.endsWith(QChar(0x2026)));
    QCOMPARE(error.fieldErrors.size(), 100);
}

void TestReplyLimits::linkOfAPageFilteredBySixtyOfferingsIsRead()
{
    // Waldur's Link names the request's URL four times; with sixty offerings in the filter each is 2 KiB.
    QByteArray offerings;
    for (int i = 0; i < 60; ++i) {
        offerings += (i > 0 ? "," : "") + QByteArray::number(0x1000 + i, 16).repeated(8);
    }
    const QByteArray url = "https://waldur.example.org/api/marketplace-provider-resources/?offering_uuid=" + offerings
        + "&field=uuid&field=name&field=state&page_size=300&page=";
    RawReply raw = ok("[]");
    raw.linkHeader = "<" + url + "1>; rel=\"first\", <" + url + "2>; rel=\"prev\", <" + url + "4>; rel=\"next\", <"
        + url + "9>; rel=\"last\"";
    QVERIFY(raw.linkHeader.size() > 8 * 1024);
    ApiResponse response;
    const ApiError error = ReplyInterpreter::interpret(raw, &response);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(response.page.next.toString(QUrl::FullyEncoded).toLatin1(), url + "4");
}

void TestReplyLimits::cutTextNeverSplitsACharacter()
{
    // The cut falls inside an emoji (two UTF-16 units): the whole emoji goes, not half of it.
    const QString detail = QString(1998, QLatin1Char('x')) + QStringLiteral("\U0001F600 and more");
    RawReply raw = ok(R"({"detail": ")" + detail.toUtf8() + R"("})");
    raw.httpStatus = 409;
    raw.networkError = QNetworkReply::ContentConflictError;
    const ApiError error = ReplyInterpreter::interpret(raw, nullptr);
    QCOMPARE(error.detail, QString(1998, QLatin1Char('x')) + QChar(0x2026));
    for (qsizetype i = 0; i < error.message.size(); ++i) {
        QVERIFY(!error.message.at(i).isHighSurrogate()
            || (i + 1 < error.message.size() && error.message.at(i + 1).isLowSurrogate()));
    }
}

void TestReplyLimits::hugeRetryAfterDoesNotOverflow()
{
    // Seconds times 1,000 overflowed a 64-bit integer here (undefined behaviour, a negative delay).
    QCOMPARE(ReplyInterpreter::retryAfterMs("9223372036854775807"), INT_MAX / 1000 * 1000);
    QCOMPARE(ReplyInterpreter::retryAfterMs("120"), 120'000);
    QCOMPARE(ReplyInterpreter::retryAfterMs("-5"), -1);
    QCOMPARE(ReplyInterpreter::retryAfterMs("soon"), -1);
}

void TestReplyLimits::htmlEntitiesAreDecodedOnce()
{
    // "&#38;" is "&": what it makes is text, not the start of another entity.
    QCOMPARE(
        ReplyInterpreter::htmlTitle("<title>&#38;#60; &amp;lt; &lt;b&gt;</title>"), QStringLiteral("&#60; &lt; <b>"));
    QCOMPARE(ReplyInterpreter::htmlTitle("<title>&#128512; &#0; &#55296;</title>"),
        QString::fromUtf8("\xF0\x9F\x98\x80 \xEF\xBF\xBD \xEF\xBF\xBD"));
}

QTEST_GUILESS_MAIN(TestReplyLimits)
#include "tst_replylimits.moc"

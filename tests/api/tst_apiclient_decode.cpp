// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ApiClient.h"
#include "tests/api/ApiTestHelpers.h"
#include "tests/api/LocalHttpServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace wpc;
using wpc::test::LocalHttpServer;
using wpc::test::Outcome;

// A call's decoder: where it runs (a worker thread for large bodies, so that a 300-row page never stalls
// the GUI thread), what it hands the handler, and that a context or client that dies while a worker
// decodes still silences the handler.
class TestApiClientDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decoderRunsWhereTheBodySizeSays_data();
    void decoderRunsWhereTheBodySizeSays();
    void decoderErrorReachesTheHandler();
    void errorRepliesAreNotDecoded();
    void contextDestroyedWhileDecoding();
    void clientDestroyedWhileDecoding();
};

namespace {
// A JSON list of `count` objects, about 60 bytes each.
QByteArray listBody(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        array.append(QJsonObject { { QStringLiteral("uuid"), QString::number(i).repeated(8) },
            { QStringLiteral("name"), QStringLiteral("resource %1").arg(i) } });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// A local server that gives every request the same reply, and a client of it.
struct Served
{
    Served(int status, const QByteArray &body)
        : server([status, body](const LocalHttpServer::Request &) { return LocalHttpServer::json(status, body); })
    {
        if (server.listen()) {
            client = std::make_unique<ApiClient>(&network, server.url(), "token");
        }
    }

    LocalHttpServer server;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
};

// Counts the names in a list reply; records the thread it ran on.
ApiClient::Decoder namesDecoder(std::shared_ptr<std::atomic<QThread *>> ranOn)
{
    return [ranOn](ApiResponse &response) {
        ranOn->store(QThread::currentThread());
        QStringList names;
        const QJsonArray array = response.json.array();
        for (const QJsonValue item : array) {
            names.append(item.toObject().value(QLatin1StringView("name")).toString());
        }
        response.decoded = names;
        return ApiError();
    };
}

std::shared_ptr<Outcome> sendDecoded(ApiClient &client, QObject *context, ApiClient::Decoder decoder)
{
    auto outcome = std::make_shared<Outcome>();
    client.send(
        test::getRequest(QStringLiteral("api/list/")), context,
        [outcome](const ApiResponse &response, const ApiError &error) {
            outcome->called = true;
            ++outcome->calls;
            outcome->response = response;
            outcome->error = error;
        },
        std::move(decoder));
    return outcome;
}

// A decoder that waits for the test's go-ahead, so the test can act while a worker holds the reply.
struct Gate
{
    std::atomic<bool> entered { false };
    QSemaphore release;
    std::atomic<bool> finished { false };
};

ApiClient::Decoder gatedDecoder(std::shared_ptr<Gate> gate)
{
    return [gate](ApiResponse &response) {
        gate->entered = true;
        gate->release.acquire();
        response.decoded = response.json.array().size();
        gate->finished = true;
        return ApiError();
    };
}
} // namespace

void TestApiClientDecode::decoderRunsWhereTheBodySizeSays_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("onWorker");
    QTest::newRow("3 rows, on the GUI thread") << 3 << false;
    QTest::newRow("2000 rows, on a worker") << 2000 << true;
}

void TestApiClientDecode::decoderRunsWhereTheBodySizeSays()
{
    QFETCH(int, rows);
    QFETCH(bool, onWorker);
    Served served(200, listBody(rows));
    QVERIFY(served.client);
    ApiClient &client = *served.client;
    auto ranOn = std::make_shared<std::atomic<QThread *>>(nullptr);
    const auto outcome = sendDecoded(client, this, namesDecoder(ranOn));
    QTRY_VERIFY(outcome->called);

    QVERIFY2(!outcome->error.isError(), test::describe(outcome->error));
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(ranOn->load() != QThread::currentThread(), onWorker);
    const auto *names = std::any_cast<QStringList>(&outcome->response.decoded);
    QVERIFY(names);
    QCOMPARE(names->size(), rows);
    QCOMPARE(names->last(), QStringLiteral("resource %1").arg(rows - 1));
    QCOMPARE(client.inFlightCount(), 0);
}

void TestApiClientDecode::decoderErrorReachesTheHandler()
{
    Served served(200, listBody(2000));
    QVERIFY(served.client);
    ApiClient &client = *served.client;
    const auto outcome = sendDecoded(client, this, [](ApiResponse &) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.message = QStringLiteral("item 7 has no uuid");
        return error;
    });
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Protocol);
    QCOMPARE(outcome->error.message, QStringLiteral("item 7 has no uuid"));
    QVERIFY(!outcome->response.decoded.has_value());
}

void TestApiClientDecode::errorRepliesAreNotDecoded()
{
    // A large 404 page: the error is the server's, and the decoder never sees a body it cannot parse.
    Served served(404, R"({"detail":")" + QByteArray(40000, 'x') + R"("})");
    QVERIFY(served.client);
    ApiClient &client = *served.client;
    auto ranOn = std::make_shared<std::atomic<QThread *>>(nullptr);
    const auto outcome = sendDecoded(client, this, namesDecoder(ranOn));
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(ranOn->load(), nullptr);
}

void TestApiClientDecode::contextDestroyedWhileDecoding()
{
    Served served(200, listBody(2000));
    QVERIFY(served.client);
    ApiClient &client = *served.client;
    auto gate = std::make_shared<Gate>();
    auto context = std::make_unique<QObject>();
    const auto outcome = sendDecoded(client, context.get(), gatedDecoder(gate));
    QTRY_VERIFY(gate->entered);

    context.reset();
    QCOMPARE(client.inFlightCount(), 0);
    gate->release.release();
    QTRY_VERIFY(gate->finished);
    // A later call's answer arrives after the decoded one was delivered (or dropped).
    const auto later = test::sendTracked(client, test::getRequest(QStringLiteral("api/list/")), this);
    QTRY_VERIFY(later->called);
    QVERIFY(!outcome->called);
}

void TestApiClientDecode::clientDestroyedWhileDecoding()
{
    Served served(200, listBody(2000));
    QVERIFY(served.client);
    auto gate = std::make_shared<Gate>();
    const auto outcome = sendDecoded(*served.client, this, gatedDecoder(gate));
    QTRY_VERIFY(gate->entered);

    served.client.reset();
    gate->release.release();
    QTRY_VERIFY(gate->finished);
    ApiClient other(&served.network, served.server.url(), "token");
    const auto later = test::sendTracked(other, test::getRequest(QStringLiteral("api/list/")), this);
    QTRY_VERIFY(later->called);
    QVERIFY(!outcome->called);
}

QTEST_GUILESS_MAIN(TestApiClientDecode)
#include "tst_apiclient_decode.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"

#include <QTest>

#include <memory>
#include <optional>

namespace wpc::test {

// What one ApiClient::send produced, filled by the handler; tests wait on `called`.
struct Outcome
{
    bool called = false;
    int calls = 0;
    ApiResponse response;
    ApiError error;
};

inline std::shared_ptr<Outcome> sendTracked(ApiClient &client, const ApiRequest &request, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    client.send(request, context, [outcome](const ApiResponse &response, const ApiError &error) {
        outcome->called = true;
        ++outcome->calls;
        outcome->response = response;
        outcome->error = error;
    });
    return outcome;
}

inline ApiRequest getRequest(const QString &path, const QUrlQuery &query = {})
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

// Runs one typed call and waits for its result: start(context, callback). nullopt when it never answered.
template <typename T, typename Start> std::optional<Result<T>> await(Start start, int timeoutMs = 15000)
{
    auto result = std::make_shared<std::optional<Result<T>>>();
    QObject context;
    start(&context, [result](const Result<T> &r) { *result = r; });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs); // nullopt tells the caller
    return *result;
}

inline const char *describe(const ApiError &error)
{
    static QByteArray text;
    text = (ApiError::kindName(error.kind) + QLatin1StringView(": ") + error.message).toUtf8();
    return text.constData();
}

} // namespace wpc::test

// Fails the test unless the optional result arrived and is a success.
#define WPC_VERIFY_OK(result)                                                                                          \
    do {                                                                                                               \
        QVERIFY2((result).has_value(), "no reply");                                                                    \
        QVERIFY2((result)->ok(), wpc::test::describe((result)->error));                                                \
    } while (false)

// Fails the test unless the optional result arrived with an error of the given kind.
#define WPC_VERIFY_ERROR(result, errorKind)                                                                            \
    do {                                                                                                               \
        QVERIFY2((result).has_value(), "no reply");                                                                    \
        QVERIFY2((result)->error.kind == (errorKind), wpc::test::describe((result)->error));                           \
    } while (false)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/secrets/TokenStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QTest>

#include <optional>

// What the token store tests share: waiting for one answer, status names in failure messages, and running
// tokenstore_probe (a process of its own, for conditions a test cannot make in its own process).
namespace wpc {

inline const char *statusName(TokenStoreResult::Status status)
{
    switch (status) {
    case TokenStoreResult::Status::Ok:
        return "Ok";
    case TokenStoreResult::Status::NotFound:
        return "NotFound";
    case TokenStoreResult::Status::Unavailable:
        return "Unavailable";
    case TokenStoreResult::Status::Denied:
        return "Denied";
    case TokenStoreResult::Status::Failed:
        return "Failed";
    }
    return "?";
}

// QCOMPARE finds it by argument-dependent lookup.
inline char *toString(TokenStoreResult::Status status)
{
    return qstrdup(statusName(status));
}

// Starts one operation, start(context, callback), with a context of its own and waits for the answer;
// nullopt when none came within the time.
template <typename Start> std::optional<TokenStoreResult> answerOf(Start &&start, int timeoutMs = 30000)
{
    std::optional<TokenStoreResult> answer;
    QObject context;
    start(&context, [&answer](const TokenStoreResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs)) {
        return std::nullopt;
    }
    return answer;
}

// Runs tokenstore_probe with these arguments (and environment, when given): what each step said, from its
// "N.key=value" lines; empty when the probe failed.
inline QList<QHash<QString, QString>> runProbe(
    const QStringList &args, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/tokenstore_probe"), args);
    QList<QHash<QString, QString>> steps;
    if (!process.waitForFinished(90000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("tokenstore_probe failed: exit code %d", process.exitCode());
        return steps;
    }
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const int dot = line.indexOf('.');
        const int equals = line.indexOf('=');
        if (dot <= 0 || equals <= dot) {
            continue;
        }
        const int step = line.left(dot).toInt();
        while (steps.size() < step) {
            steps.append(QHash<QString, QString>());
        }
        if (step > 0) {
            steps[step - 1].insert(
                QString::fromUtf8(line.mid(dot + 1, equals - dot - 1)), QString::fromUtf8(line.mid(equals + 1)));
        }
    }
    return steps;
}

} // namespace wpc

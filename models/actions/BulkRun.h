// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/actions/ActionRunner.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace wpc {

struct CurrentUser;

enum class BulkStatus { Pending, Running, Succeeded, Failed, Unknown, Gone, Skipped, Cancelled };

// One resource of a bulk run and what became of it; `message` is the server's answer or the skip reason.
struct BulkItem
{
    QString uuid;
    QString name;
    BulkStatus status = BulkStatus::Pending;
    QString message {};
    bool resentAfterSignIn = false; // refused with a 401 (so not applied) and queued again, once
};

// Why a bulk run's parameters would not change a row ("already in this project"); empty to act on it.
using BulkSkipRule = std::function<QString(const Resource &row)>;

// Which of the chosen rows an operation would act on, and which it skips and why, by the same rules that
// disable the single action (ActionCatalog::availability).
struct BulkPreview
{
    QList<BulkItem> items; // every row: Pending (will be acted on) or Skipped with its reason
    int acting = 0;
    int skipped = 0;
    QList<std::pair<QString, int>> skipReasons; // reason → how many, most frequent first

    static BulkPreview of(Operation operation, const QList<Resource> &rows, const CurrentUser *user);
    // Skips the rows still to act on for which `reason` says why (the chosen parameters would not change
    // them), and counts again.
    void skipWhere(const std::function<QString(const QString &uuid)> &reason);

private:
    void count();
};

// One operation over many resources, every request through the ActionRunner: at most `concurrency`
// requests in flight (1–16), the re-reads of changed rows included; a 429 slows everyone down (dispatch pauses for its
// Retry-After and the concurrency halves), and the refused row is reported failed rather than sent again; cancel()
// sends nothing more and lets the requests in flight finish. Outcomes that never got an answer are "unknown" and their
// rows are re-read. retryFailed() makes a run over the failed rows only.
class BulkRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kMaxConcurrency = 16;
    using Builder = std::function<ResourceAction(const QString &uuid)>;

    struct Counts
    {
        int total = 0;
        int succeeded = 0;
        int failed = 0; // refused, or gone (404)
        int unknown = 0; // sent, but no answer came: neither failed nor succeeded
        int skipped = 0;
        int cancelled = 0;
        int pending = 0;
        int inFlight = 0;
        int done() const
        {
            return succeeded + failed + unknown;
        }
    };

    BulkRun(ActionRunner *runner, Operation operation, QList<BulkItem> items, Builder build, QObject *parent = nullptr);
    ~BulkRun() override;

    Operation operation() const
    {
        return m_operation;
    }
    // Unique to this run (a retry is a run of its own): how the journal groups its entries.
    QString id() const
    {
        return m_id;
    }
    void setConcurrency(int concurrency); // clamped to 1–16
    // The journal entry each target's change undoes (uuid → its key), for a run that undoes others.
    void setUndoes(QHash<QString, QString> undoes)
    {
        m_undoes = std::move(undoes);
    }
    int concurrency() const
    {
        return m_concurrency;
    }
    void start();
    void cancel();
    bool isRunning() const
    {
        return m_started && !m_finished;
    }
    bool isFinished() const
    {
        return m_finished;
    }
    const QList<BulkItem> &items() const
    {
        return m_items;
    }
    Counts counts() const;
    // Milliseconds until the pending rows are done at the pace so far; -1 before anything finished.
    qint64 etaMs() const;
    int maxInFlightSeen() const
    {
        return m_maxInFlight;
    }
    // The server stopped accepting the token: nothing more is sent until the user signs in again, and then
    // the rows it refused with that 401 (not applied) are sent once more.
    bool isWaitingForSignIn() const;
    // A new run, not started, over the rows that failed (not the unknown ones: they may have been applied).
    BulkRun *retryFailed(QObject *parent) const;
    // One line per resource: uuid, name, result, message (RFC 4180, a header line first).
    QByteArray reportCsv() const;
    static QString statusName(BulkStatus status); // translated: "OK", "Failed", "Skipped"…

Q_SIGNALS:
    void itemChanged(int index);
    void progressed();
    void slowedDown(int pauseMs, int concurrency);
    void waitingForSignIn();
    void finished();

private:
    void dispatch();
    void onFinished(int index, RunOutcome outcome, const Result<ActionOutcome> &result);
    void finishIfDone();
    void unplanNotSent(const QString &why);

    QPointer<ActionRunner> m_runner; // may go before a run left open at exit
    Operation m_operation;
    QList<BulkItem> m_items;
    Builder m_build;
    QString m_id;
    QHash<QString, QString> m_undoes;
    QStringList m_journalKeys; // per item, once the journal has planned them; empty without a journal
    bool m_planning = false; // waiting for the journal to write the plan: nothing is sent before
    int m_concurrency = kDefaultConcurrency;
    int m_next = 0; // the next item to look at
    QList<QString> m_rereads; // rows to read again after their change, within the same bound
    int m_inFlight = 0; // changes and re-reads
    int m_maxInFlight = 0;
    int m_completed = 0; // answered requests, for the ETA
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QTimer m_pause; // while it runs, nothing new is sent (Retry-After)
    QElapsedTimer m_clock;
};

// What a bulk run sends, as the operation's dialog chose it: the action for one target, whose body goes to
// every target; or, when each target's body depends on its own values (set limits sends each resource's
// whole limits object), a builder per target and the change it makes to each, for the preview.
struct BulkParameters
{
    ResourceAction action;
    BulkRun::Builder perTarget; // null: `action`'s body for every target
    std::function<QString(const QString &uuid)> change; // "cpu 10 → 20"; null unless perTarget is set
};

} // namespace wpc

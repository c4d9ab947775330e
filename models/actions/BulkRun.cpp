// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/BulkRun.h"

#include "models/actions/ActionCatalog.h"
#include "models/actions/ActionRunner.h"
#include "models/api/ApiClient.h"
#include "models/domain/Csv.h"
#include "models/domain/Entities.h"
#include "models/domain/Resource.h"

#include <QHash>
#include <QUuid>

#include <algorithm>

namespace wpc {

namespace {
constexpr int kDefaultPauseMs = 1000; // a 429 without Retry-After
} // namespace

BulkPreview BulkPreview::of(Operation operation, const QList<Resource> &rows, const CurrentUser *user)
{
    BulkPreview preview;
    preview.items.reserve(rows.size());
    for (const Resource &row : rows) {
        BulkItem item { row.uuid, row.name.isEmpty() ? row.uuid : row.name, BulkStatus::Pending, {} };
        const ActionAvailability availability = ActionCatalog::availability(operation, &row, user);
        if (!availability.enabled) {
            item.status = BulkStatus::Skipped;
            item.message = availability.reason;
        }
        preview.items.append(item);
    }
    preview.count();
    return preview;
}

void BulkPreview::skipWhere(const std::function<QString(const QString &uuid)> &reason)
{
    for (BulkItem &item : items) {
        if (item.status == BulkStatus::Pending) {
            if (QString why = reason(item.uuid); !why.isEmpty()) {
                item.status = BulkStatus::Skipped;
                item.message = std::move(why);
            }
        }
    }
    count();
}

void BulkPreview::count()
{
    QHash<QString, int> reasons;
    acting = 0;
    skipped = 0;
    for (const BulkItem &item : std::as_const(items)) {
        if (item.status == BulkStatus::Skipped) {
            ++reasons[item.message];
            ++skipped;
        } else {
            ++acting;
        }
    }
    skipReasons.clear();
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        skipReasons.append({ it.key(), it.value() });
    }
    std::sort(skipReasons.begin(), skipReasons.end(),
        [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
}

BulkRun::BulkRun(ActionRunner *runner, Operation operation, QList<BulkItem> items, Builder build, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_operation(operation)
    , m_items(std::move(items))
    , m_build(std::move(build))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &BulkRun::dispatch);
    connect(m_runner->api()->client(), &ApiClient::signedIn, this, [this] {
        dispatch();
        Q_EMIT progressed();
    });
}

bool BulkRun::isWaitingForSignIn() const
{
    return m_runner && m_runner->api()->client()->signInState() != ApiClient::SignInState::SignedIn;
}

BulkRun::~BulkRun()
{
    unplanNotSent(tr("Not sent: the run was closed before its turn came."));
}

void BulkRun::unplanNotSent(const QString &why)
{
    QStringList keys;
    for (int i = 0; i < m_journalKeys.size(); ++i) {
        const BulkStatus status = m_items.at(i).status;
        if (!m_journalKeys.at(i).isEmpty() && (status == BulkStatus::Pending || status == BulkStatus::Cancelled)) {
            keys.append(std::exchange(m_journalKeys[i], QString()));
        }
    }
    if (m_runner) {
        m_runner->unplan(keys, why);
    }
}

void BulkRun::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, kMaxConcurrency);
}

void BulkRun::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_clock.start();
    // Every target is in the journal ("queued") before the first request leaves: a crash mid-run leaves
    // none of them without an entry.
    QList<PlannedTarget> targets;
    for (const BulkItem &item : std::as_const(m_items)) {
        if (item.status == BulkStatus::Pending) {
            targets.append({ item.uuid, item.name, m_undoes.value(item.uuid) });
        }
    }
    m_planning = true;
    m_runner->plan(m_operation, targets, m_id, this, [this](const QStringList &keys) {
        m_planning = false;
        if (!keys.isEmpty()) {
            auto key = keys.cbegin();
            m_journalKeys.reserve(m_items.size());
            for (const BulkItem &item : std::as_const(m_items)) {
                m_journalKeys.append(
                    item.status == BulkStatus::Pending || item.status == BulkStatus::Cancelled ? *key++ : QString());
            }
        }
        if (m_cancelled) {
            unplanNotSent(tr("Not sent: the run was cancelled."));
        }
        dispatch();
        finishIfDone(); // nothing to send at all
    });
}

void BulkRun::cancel()
{
    if (!isRunning() || m_cancelled) {
        return;
    }
    m_cancelled = true;
    m_pause.stop();
    dispatch(); // re-reads still due
    for (int i = m_next; i < m_items.size(); ++i) {
        if (m_items[i].status == BulkStatus::Pending) {
            m_items[i].status = BulkStatus::Cancelled;
            m_items[i].message = tr("Not sent: the run was cancelled.");
            Q_EMIT itemChanged(i);
        }
    }
    unplanNotSent(tr("Not sent: the run was cancelled."));
    Q_EMIT progressed();
    finishIfDone();
}

void BulkRun::dispatch()
{
    // Re-reads first, cancelled or not: a changed row must show the server's values.
    while (!m_pause.isActive() && m_inFlight < m_concurrency && !m_rereads.isEmpty()) {
        ++m_inFlight;
        m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
        m_runner->reread(m_rereads.takeFirst(), this, [this] {
            --m_inFlight;
            dispatch();
            finishIfDone();
        });
    }
    while (!m_cancelled && !m_planning && !m_pause.isActive() && !isWaitingForSignIn() && m_inFlight < m_concurrency
        && m_next < m_items.size()) {
        const int index = m_next++;
        BulkItem &item = m_items[index];
        if (item.status != BulkStatus::Pending) {
            continue; // skipped in the preview
        }
        item.status = BulkStatus::Running;
        ++m_inFlight;
        m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
        Q_EMIT itemChanged(index);
        m_runner->run(m_build(item.uuid), this,
            [this, index](
                RunOutcome outcome, const Result<ActionOutcome> &result) { onFinished(index, outcome, result); },
            ActionRunner::Reread::ByCaller, { m_id, m_journalKeys.value(index), m_undoes.value(item.uuid) });
    }
}

void BulkRun::onFinished(int index, RunOutcome outcome, const Result<ActionOutcome> &result)
{
    --m_inFlight;
    ++m_completed;
    BulkItem &item = m_items[index];
    switch (outcome) {
    case RunOutcome::Succeeded:
        item.status = BulkStatus::Succeeded;
        item.message = result.value.status;
        if (item.message.isEmpty() && !result.value.orderUuid.isEmpty()) {
            item.message = tr("Order %1 was created.").arg(result.value.orderUuid); // terminate
        }
        // Only a row the table shows is read again: thousands of targets collected from the server ("all
        // matching") are not in the table, and a read of each would double the requests for nothing.
        if (OperationTable::facts(m_operation).afterSuccess == AfterSuccess::Reread && m_runner->isShown(item.uuid)) {
            m_rereads.append(item.uuid);
        }
        break;
    case RunOutcome::Failed:
        if (result.error.kind == ApiError::Kind::Unauthorized && !item.resentAfterSignIn && isWaitingForSignIn()
            && !m_cancelled) {
            // Authentication comes first on the server: a 401 means nothing was applied, so this one row is
            // sent again once, after sign-in.
            item.status = BulkStatus::Pending;
            item.resentAfterSignIn = result.error.requestMayHaveArrived;
            item.message = tr("Not applied yet: waiting for sign-in, then sent again.");
            m_next = std::min(m_next, index);
            Q_EMIT itemChanged(index);
            Q_EMIT waitingForSignIn();
            Q_EMIT progressed();
            dispatch(); // re-reads still due
            return;
        }
        item.status = BulkStatus::Failed;
        item.message = result.error.message;
        break;
    case RunOutcome::Unknown:
        item.status = BulkStatus::Unknown;
        item.message = tr("No answer came (%1); the change may or may not have been applied. The row was read "
                          "again.")
                           .arg(result.error.message);
        m_rereads.append(item.uuid);
        break;
    case RunOutcome::Gone:
        item.status = BulkStatus::Gone;
        item.message = tr("The resource no longer exists.");
        break;
    }
    Q_EMIT itemChanged(index);
    if (result.error.httpStatus == 429 && !m_cancelled) {
        // Slow down for everyone: nothing new until the server's Retry-After, then fewer at once.
        const int pauseMs = result.error.retryAfterMs >= 0 ? result.error.retryAfterMs : kDefaultPauseMs;
        m_concurrency = std::max(1, m_concurrency / 2);
        m_pause.start(pauseMs);
        Q_EMIT slowedDown(pauseMs, m_concurrency);
    }
    Q_EMIT progressed();
    dispatch();
    finishIfDone();
}

void BulkRun::finishIfDone()
{
    if (m_finished || !m_started || m_planning || m_inFlight > 0 || !m_rereads.isEmpty()) {
        return;
    }
    const bool more = !m_cancelled && std::any_of(m_items.cbegin() + m_next, m_items.cend(), [](const BulkItem &item) {
        return item.status == BulkStatus::Pending;
    });
    if (more) {
        return; // paused by a 429; the timer resumes it
    }
    m_finished = true;
    Q_EMIT finished();
}

BulkRun::Counts BulkRun::counts() const
{
    Counts c;
    c.total = int(m_items.size());
    for (const BulkItem &item : m_items) {
        switch (item.status) {
        case BulkStatus::Pending:
            ++c.pending;
            break;
        case BulkStatus::Running:
            ++c.inFlight;
            break;
        case BulkStatus::Succeeded:
            ++c.succeeded;
            break;
        case BulkStatus::Failed:
        case BulkStatus::Gone:
            ++c.failed;
            break;
        case BulkStatus::Unknown:
            ++c.unknown;
            break;
        case BulkStatus::Skipped:
            ++c.skipped;
            break;
        case BulkStatus::Cancelled:
            ++c.cancelled;
            break;
        }
    }
    return c;
}

qint64 BulkRun::etaMs() const
{
    if (m_completed == 0 || !m_clock.isValid()) {
        return -1;
    }
    const Counts c = counts();
    const qint64 perItem = m_clock.elapsed() / m_completed;
    return perItem * (c.pending + c.inFlight);
}

BulkRun *BulkRun::retryFailed(QObject *parent) const
{
    QList<BulkItem> again;
    for (const BulkItem &item : m_items) {
        if (item.status == BulkStatus::Failed) {
            again.append({ item.uuid, item.name, BulkStatus::Pending, {} });
        }
    }
    auto *run = new BulkRun(m_runner, m_operation, again, m_build, parent);
    run->setConcurrency(m_concurrency);
    return run;
}

QString BulkRun::statusName(BulkStatus status)
{
    switch (status) {
    case BulkStatus::Pending:
        return tr("Waiting");
    case BulkStatus::Running:
        return tr("Sending");
    case BulkStatus::Succeeded:
        return tr("OK");
    case BulkStatus::Failed:
        return tr("Failed");
    case BulkStatus::Unknown:
        return tr("Unknown");
    case BulkStatus::Gone:
        return tr("Gone");
    case BulkStatus::Skipped:
        return tr("Skipped");
    case BulkStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QByteArray BulkRun::reportCsv() const
{
    QString csv = QStringLiteral("uuid,name,result,message\r\n");
    for (const BulkItem &item : m_items) {
        csv += Csv::line({ item.uuid, item.name, statusName(item.status), item.message });
    }
    return csv.toUtf8();
}

} // namespace wpc

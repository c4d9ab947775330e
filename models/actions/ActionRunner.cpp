// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/ActionRunner.h"

#include "models/ResourceTableModel.h"
#include "models/actions/OperationTable.h"

#include <QPointer>
#include <QScopeGuard>

namespace wpc {

ActionRunner::ActionRunner(ProviderResourcesApi *api, ResourceTableModel *model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
}

ActionRunner::~ActionRunner() = default;

RunOutcome ActionRunner::classify(const Result<ActionOutcome> &result)
{
    if (result.ok()) {
        return RunOutcome::Succeeded;
    }
    switch (result.error.kind) {
    case ApiError::Kind::NotFound:
        return RunOutcome::Gone;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return result.error.requestMayHaveArrived ? RunOutcome::Unknown : RunOutcome::Failed;
    default:
        return RunOutcome::Failed;
    }
}

quint64 ActionRunner::run(const ResourceAction &action, QObject *context, const Done &done, Reread rereadPolicy)
{
    const quint64 id = m_nextId++;
    const QString uuid = action.resourceUuid;
    ++m_running[uuid];
    m_model->setRowBusy(uuid, true);
    Q_EMIT started(id, uuid);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const AfterSuccess after = OperationTable::facts(action.operation).afterSuccess;
    m_api->perform(action, this,
        [this, id, uuid, guard, hasContext, done, after, rereadPolicy, action](const Result<ActionOutcome> &result) {
            if (auto it = m_running.find(uuid); it != m_running.end() && --it.value() <= 0) {
                m_running.erase(it);
            }
            m_model->setRowBusy(uuid, false);
            const RunOutcome outcome = classify(result);
            if (done && (!hasContext || guard)) {
                done(outcome, result);
            }
            switch (outcome) {
            case RunOutcome::Succeeded:
                switch (after) {
                case AfterSuccess::RemoveRow:
                    m_model->removeResource(uuid);
                    Q_EMIT rowGone(uuid);
                    break;
                case AfterSuccess::WriteFlag:
                    if (writeFlag(action)) {
                        Q_EMIT rowRefreshed(uuid);
                    }
                    break;
                case AfterSuccess::Reread:
                    if (rereadPolicy == Reread::Now) {
                        reread(uuid);
                    }
                    break;
                }
                break;
            case RunOutcome::Unknown:
                if (rereadPolicy == Reread::Now) {
                    reread(uuid);
                }
                break;
            case RunOutcome::Gone:
                m_model->removeResource(uuid);
                Q_EMIT rowGone(uuid);
                break;
            case RunOutcome::Failed:
                break;
            }
            Q_EMIT finished(id, uuid, outcome, result.error);
        });
    return id;
}

bool ActionRunner::writeFlag(const ResourceAction &action)
{
    // The body is the one flag sent, e.g. {"paused": true}; Waldur sets exactly that and nothing else.
    const QJsonObject body = action.body ? action.body->object() : QJsonObject();
    if (body.size() != 1 || !body.constBegin().value().isBool()) {
        return false;
    }
    const bool value = body.constBegin().value().toBool();
    const ToggledFlag flag = OperationTable::facts(action.operation).toggles;
    return m_model->modifyResource(action.resourceUuid, [flag, value](Resource &row) {
        switch (flag) {
        case ToggledFlag::Paused:
            row.paused = value;
            break;
        case ToggledFlag::Downscaled:
            row.downscaled = value;
            break;
        case ToggledFlag::RestrictMemberAccess:
            row.restrictMemberAccess = value;
            break;
        case ToggledFlag::None:
            break;
        }
    });
}

bool ActionRunner::isShown(const QString &uuid) const
{
    return m_model->rowOf(uuid) >= 0;
}

void ActionRunner::reread(const QString &uuid, QObject *context, const std::function<void()> &done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_api->retrieve(
        uuid, m_model->rowFields(), this, [this, uuid, guard, hasContext, done](const Result<Resource> &result) {
            const auto tell = qScopeGuard([&] {
                if (done && (!hasContext || guard)) {
                    done();
                }
            });
            if (result.ok()) {
                m_model->updateResource(result.value);
                Q_EMIT rowRefreshed(uuid);
            } else if (result.error.kind == ApiError::Kind::NotFound) {
                m_model->removeResource(uuid);
                Q_EMIT rowGone(uuid);
            } else {
                Q_EMIT rereadFailed(uuid, result.error);
            }
        });
}

} // namespace wpc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/actions/ActionsFixture.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

namespace wpc::test {

bool isUsable(const Resource &resource)
{
    return resource.state != ResourceState::Terminated && !resource.name.isEmpty();
}

ActionsFixture::ActionsFixture() = default;

ActionsFixture::~ActionsFixture()
{
    // Dialogs and pending callbacks go with the window, before the API they use.
    m_window.reset();
}

bool ActionsFixture::start(Token token, int transferTimeoutMs)
{
    m_server = std::make_unique<TestServer>();
    if (!m_server->isValid()) {
        m_why = m_server->errorString();
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    ApiClient::Options options;
    options.transferTimeoutMs = transferTimeoutMs;
    m_client = std::make_unique<ApiClient>(m_network.get(), m_server->url(),
        token == Token::Staff ? m_server->staffToken() : m_server->ownerToken(), options);
    m_api = std::make_unique<ProviderResourcesApi>(m_client.get());

    m_window = std::make_unique<QWidget>();
    m_window->resize(1000, 600);
    auto *layout = new QVBoxLayout(m_window.get());
    m_model = new ResourceTableModel(m_api.get(), m_window.get());
    m_view = new QTableView(m_window.get());
    m_view->setObjectName(QStringLiteral("resourceTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setModel(m_model);
    layout->addWidget(m_view);
    m_controller = new ResourceActionsController(m_api.get(), m_model, m_view, m_window.get());

    ResourceQuery query = ResourceQuery::defaults();
    query.states.clear(); // every state, Terminated too
    QSignalSpy finished(m_model, &ResourceTableModel::loadAllFinished);
    QSignalSpy first(m_model, &ResourceTableModel::firstPageLoaded);
    m_model->setQuery(query);
    if (!first.wait(15000)) {
        m_why = QStringLiteral("the first page did not load: ") + m_model->lastError().message;
        return false;
    }
    m_model->loadAll();
    if (m_model->isLoadingAll() && !finished.wait(30000)) {
        m_why = QStringLiteral("the remaining pages did not load");
        return false;
    }

    auto done = std::make_shared<bool>(false);
    m_api->currentUser(m_window.get(), [this, done](const Result<CurrentUser> &result) {
        if (result.ok()) {
            m_controller->setCurrentUser(result.value);
        } else {
            m_why = result.error.message;
        }
        *done = true;
    });
    if (!QTest::qWaitFor([done] { return *done; }, 10000) || !m_why.isEmpty()) {
        m_why = QStringLiteral("the current user did not load: ") + m_why;
        return false;
    }
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

std::optional<Resource> ActionsFixture::select(const std::function<bool(const Resource &)> &match)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Resource *resource = m_model->resourceAt(r);
        if (resource && match(*resource)) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            return *resource;
        }
    }
    return std::nullopt;
}

QStringList ActionsFixture::selectMany(const std::function<bool(const Resource &)> &match, int count)
{
    QStringList uuids;
    QItemSelectionModel *selection = m_view->selectionModel();
    selection->clearSelection();
    for (int r = 0; r < m_model->rowCount() && uuids.size() < count; ++r) {
        const Resource *resource = m_model->resourceAt(r);
        if (!resource || !match(*resource)) {
            continue;
        }
        const QModelIndex index = m_model->index(r, 0);
        const auto how = uuids.isEmpty() ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select;
        if (uuids.isEmpty()) {
            selection->setCurrentIndex(index, how | QItemSelectionModel::Rows);
        } else {
            selection->select(index, how | QItemSelectionModel::Rows);
        }
        uuids.append(resource->uuid);
    }
    return uuids;
}

std::optional<Resource> ActionsFixture::row(const QString &uuid) const
{
    const int r = m_model->rowOf(uuid);
    const Resource *resource = r < 0 ? nullptr : m_model->resourceAt(r);
    return resource ? std::optional<Resource>(*resource) : std::nullopt;
}

QList<sim::RecordedRequest> ActionsFixture::requests(const QByteArray &method, const QString &pathSuffix) const
{
    QList<sim::RecordedRequest> matching;
    if (!simulator()) {
        return matching;
    }
    const QList<sim::RecordedRequest> all = simulator()->requests();
    for (const sim::RecordedRequest &request : all) {
        if (request.method == method && request.path.endsWith(pathSuffix)) {
            matching.append(request);
        }
    }
    return matching;
}

QJsonDocument ActionsFixture::onlyBody(const QByteArray &method, const QString &pathSuffix) const
{
    const QList<sim::RecordedRequest> matching = requests(method, pathSuffix);
    if (matching.size() != 1) {
        return {};
    }
    return QJsonDocument::fromJson(matching.first().body);
}

QDialog *ActionsFixture::openDialog(Operation operation)
{
    QAction *action = m_controller->action(operation);
    if (!action->isEnabled()) {
        qWarning("%s is disabled: %s", qPrintable(action->objectName()), qPrintable(action->toolTip()));
        return nullptr;
    }
    action->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("dialog_") + QString(Endpoints::info(operation).name));
    if (!dialog || !QTest::qWaitFor([dialog] { return isIdle(dialog); }, 10000)) {
        qWarning("the dialog of %s did not become ready", qPrintable(action->objectName()));
        return nullptr;
    }
    return dialog;
}

bool ActionsFixture::submitAndWait(QDialog *dialog, const QString &uuid)
{
    QSignalSpy refreshed(m_controller, &ResourceActionsController::resourceRefreshed);
    QPointer<QDialog> guard(dialog);
    if (!okButton(dialog)->isEnabled()) {
        qWarning("OK is disabled: %s", qPrintable(okButton(dialog)->toolTip()));
        return false;
    }
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    return refreshed.wait(10000) && refreshed.last().at(0).toString() == uuid
        && QTest::qWaitFor([guard] { return guard.isNull(); }, 5000); // closed and deleted
}

void ActionsFixture::clearRequests() const
{
    if (simulator()) {
        simulator()->clearRequests();
    }
}

void ActionsFixture::fail(const QByteArray &method, const QString &pathPart, int status, const QByteArray &body) const
{
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Status;
    fault.method = method;
    fault.pathPattern = QRegularExpression::escape(pathPart);
    fault.status = status;
    fault.body = body;
    simulator()->injectFault(fault);
}

void ActionsFixture::stall(const QByteArray &method, const QString &pathPart) const
{
    inject(sim::Fault::Kind::Stall, method, pathPart);
}

void ActionsFixture::drop(const QByteArray &method, const QString &pathPart) const
{
    inject(sim::Fault::Kind::Drop, method, pathPart);
}

void ActionsFixture::inject(sim::Fault::Kind kind, const QByteArray &method, const QString &pathPart) const
{
    sim::Fault fault;
    fault.kind = kind;
    fault.method = method;
    fault.pathPattern = QRegularExpression::escape(pathPart);
    simulator()->injectFault(fault);
}

QPushButton *okButton(const QDialog *dialog)
{
    const auto *box = dialog ? dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox")) : nullptr;
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

QString visibleText(const QDialog *dialog, const char *name)
{
    const auto *label = dialog ? dialog->findChild<QLabel *>(QLatin1StringView(name)) : nullptr;
    return label && label->isVisible() ? label->text() : QString();
}

bool isIdle(const QDialog *dialog)
{
    const auto *busy = dialog ? dialog->findChild<QLabel *>(QStringLiteral("busyLabel")) : nullptr;
    return busy && busy->isHidden();
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty()) {
        QTest::keyClick(field, Qt::Key_Backspace);
    } else {
        QTest::keyClicks(field, text);
    }
}

QString shownText(const QWidget *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field)) {
        return line->text();
    }
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(field)) {
        return spin->text();
    }
    return {};
}

QWidget *calendarCell(const QCalendarWidget *calendar, const QDate &)
{
    const auto *view = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    return view ? view->viewport() : nullptr;
}

QPoint calendarCellCenter(const QCalendarWidget *calendar, const QDate &day)
{
    // Row 0 holds the day names; the first "1" in the next two rows is the first of the shown month (the
    // days of the month before are all 22 or more).
    const auto *view = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    const QAbstractItemModel *model = view->model();
    const QDate first(calendar->yearShown(), calendar->monthShown(), 1);
    int firstCell = -1;
    for (int cell = 0; cell < 14 && firstCell < 0; ++cell) {
        if (model->index(1 + cell / 7, cell % 7).data().toInt() == 1) {
            firstCell = cell;
        }
    }
    const int cell = firstCell + int(first.daysTo(day));
    return view->visualRect(model->index(1 + cell / 7, cell % 7)).center();
}

} // namespace wpc::test

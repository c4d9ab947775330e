// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "tests/support/TestServer.h"
#include "ui/actions/ResourceActionsController.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace wpc::test {

// What every actions GUI test needs: a server (the in-process simulator, or WPC_TEST_SERVER_URL), the real
// client, a ResourceTableModel in a QTableView with every resource of every state loaded, the signed-in user
// and a ResourceActionsController on a plain window. Helpers pick rows and read what reached the simulator.
class ActionsFixture
{
public:
    enum class Token { Staff, Owner };

    ActionsFixture();
    ~ActionsFixture();

    // Builds everything and waits for the rows and the current user; false with why() on failure.
    bool start(Token token = Token::Staff, int transferTimeoutMs = 10000);
    QString why() const
    {
        return m_why;
    }

    TestServer *server() const
    {
        return m_server.get();
    }
    sim::Simulator *simulator() const
    {
        return m_server ? m_server->simulator() : nullptr;
    }
    ProviderResourcesApi *api() const
    {
        return m_api.get();
    }
    ResourceTableModel *model() const
    {
        return m_model;
    }
    QTableView *view() const
    {
        return m_view;
    }
    QWidget *window() const
    {
        return m_window.get();
    }
    ResourceActionsController *controller() const
    {
        return m_controller;
    }
    QAction *action(Operation operation) const
    {
        return m_controller->action(operation);
    }

    // Makes the first row that matches current in the view; nullopt when none does.
    std::optional<Resource> select(const std::function<bool(const Resource &)> &match);
    // Selects the rows that match (at most `count`), the first of them current; their uuids in row order.
    QStringList selectMany(const std::function<bool(const Resource &)> &match, int count);
    // The row's values as the model holds them now.
    std::optional<Resource> row(const QString &uuid) const;

    // Requests that reached the simulator with this method whose path ends with pathSuffix (e.g.
    // "<uuid>/set_paused/"); empty when the server is external.
    QList<sim::RecordedRequest> requests(const QByteArray &method, const QString &pathSuffix) const;
    // The JSON body of the only such request; an invalid document when there is not exactly one.
    QJsonDocument onlyBody(const QByteArray &method, const QString &pathSuffix) const;
    void clearRequests() const;
    // Injects a fault for the next request with `method` whose path contains pathPart.
    void fail(const QByteArray &method, const QString &pathPart, int status, const QByteArray &body) const;
    void drop(const QByteArray &method, const QString &pathPart) const;
    // The next such request is never answered: the client gives up after its transfer timeout.
    void stall(const QByteArray &method, const QString &pathPart) const;

    // The dialog the controller opened last for this operation, found among the window's children.
    template <typename T> T *dialog(Operation operation) const
    {
        return m_window->findChild<T *>(QStringLiteral("dialog_") + QString(Endpoints::info(operation).name));
    }
    // Triggers the operation's action and waits until its dialog has loaded; nullptr (with a warning) when
    // the action is disabled or the dialog does not become ready.
    template <typename T> T *open(Operation operation)
    {
        return qobject_cast<T *>(openDialog(operation));
    }
    QDialog *openDialog(Operation operation);
    // Clicks OK and waits for the row to be refreshed and the dialog to close and be deleted.
    bool submitAndWait(QDialog *dialog, const QString &uuid);

    ApiClient *client() const
    {
        return m_client.get();
    }

private:
    void inject(sim::Fault::Kind kind, const QByteArray &method, const QString &pathPart) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProviderResourcesApi> m_api;
    std::unique_ptr<QWidget> m_window;
    ResourceTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ResourceActionsController *m_controller = nullptr;
    QString m_why;
};

// A row that a test may change: not Terminated and with a name.
bool isUsable(const Resource &resource);

} // namespace wpc::test

class QPushButton;

namespace wpc::test {

// The OK button of an action dialog's buttonBox.
QPushButton *okButton(const QDialog *dialog);
// The text of the dialog's label `name` when it is shown, else an empty string.
QString visibleText(const QDialog *dialog, const char *name);
// True once the dialog has finished loading (its busy line is hidden) or failed to.
bool isIdle(const QDialog *dialog);

// Typing as a person does: focus the field, select all (Ctrl+A), type the text key by key.
void typeInto(QWidget *field, const QString &text);
// What a line edit or a spin box (a QDateEdit too) shows.
QString shownText(const QWidget *field);
// A calendar's day cell, for a mouse click: the widget to click and the point in it. The day must be on
// the month the calendar shows.
QWidget *calendarCell(const QCalendarWidget *calendar, const QDate &day);
QPoint calendarCellCenter(const QCalendarWidget *calendar, const QDate &day);

} // namespace wpc::test

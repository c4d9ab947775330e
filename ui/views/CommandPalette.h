// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMainWindow;
class QMenu;
class QTimer;

namespace wpc {

class ProviderResourcesApi;
class ViewsPanel;

// Ctrl+K: one line that reaches everything, by keyboard alone. It fuzzily matches every action of the
// window's menus (the resource actions come from the operation table, so nothing is listed here by hand),
// a disabled one with the reason it is disabled; the saved views; the columns to show or hide; and,
// through the server's `query` filter, resources by name, slug, UUID or backend ID, to jump to. The
// commands used last come first. Enter runs the highlighted entry, Escape closes.
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kMaxShown = 200; // of any number of matches, the best
    static constexpr int kResourceSearchDelayMs = 300;
    static constexpr int kResourceMatches = 8;
    static constexpr int kRecentKept = 12;

    CommandPalette(QMainWindow *window, ProviderResourcesApi *api, ViewsPanel *views);

    QAction *action() const
    {
        return m_action;
    }
    void popUp();
    // What a resource entry does when run: the window selects it, loading it first when it is not shown.
    void setJumpToResource(std::function<void(const QString &uuid)> jump)
    {
        m_jump = std::move(jump);
    }
    QListWidget *list() const
    {
        return m_list;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QString key; // stable: for the recent list
        QString title;
        QString detail; // a shortcut, or why it is disabled, or where a resource is
        bool enabled = true;
        std::function<void()> run;
    };

    void collect(); // every entry but resources, afresh each time the palette opens
    void addMenu(const QString &path, const QMenu *menu);
    void filter();
    void searchResources();
    void showEntries(const QList<Entry> &entries);
    void runCurrent();
    void remember(const QString &key);
    void place();

    QMainWindow *m_window;
    ProviderResourcesApi *m_api;
    ViewsPanel *m_views;
    QAction *m_action;
    QLineEdit *m_input;
    QListWidget *m_list;
    QLabel *m_hint;
    QTimer *m_resourceTimer;
    QList<Entry> m_entries;
    QList<Entry> m_resources; // for the current text
    QList<Entry> m_shown;
    QStringList m_recent;
    quint64 m_generation = 0;
    QObject *m_requests = nullptr;
    std::function<void(const QString &uuid)> m_jump;
};

} // namespace wpc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace wpc {

// A filter's picker for lists too long to load whole (thousands of customers): a combo box whose item 0 is
// "All …" and whose items are what has been chosen or loaded, but whose popup searches the server. Typing
// asks for names containing the text (after kSearchDelayMs of quiet), a page at a time with "Load more";
// with nothing typed it lists the recent choices first. A choice becomes the combo's current item, so
// currentData() is its uuid and currentIndexChanged() fires as for any combo box.
class SearchableComboBox : public QComboBox
{
    Q_OBJECT

public:
    struct Item
    {
        QString uuid;
        QString name;
        QString detail; // a tooltip: offering type, customer abbreviation…
    };
    // Answers a search: the page's items, and whether another page may follow; or an error message.
    using Reply = std::function<void(const QList<Item> &items, bool more, const QString &error)>;
    // Runs one search: text (may be empty), 1-based page, a context whose death drops the reply.
    using Search = std::function<void(const QString &text, int page, QObject *context, Reply reply)>;
    // Finds the name of one uuid (a choice restored from a view); an empty name when it cannot.
    using NameLookup
        = std::function<void(const QString &uuid, QObject *context, std::function<void(const QString &name)>)>;

    static constexpr int kSearchDelayMs = 250;
    static constexpr int kRecentKept = 5;

    // recentKey: where the recent choices are kept in QSettings (per picker); empty keeps none.
    SearchableComboBox(const QString &allText, const QString &recentKey, QWidget *parent = nullptr);

    void setSearch(Search search)
    {
        m_search = std::move(search);
    }
    void setRecentKey(const QString &key)
    {
        m_recentKey = key;
    }
    // A choice still known only by its uuid is named as soon as there is a lookup.
    void setNameLookup(NameLookup lookup);
    // Selects the item with that uuid, adding it (named `name`, or the uuid while unknown) when missing.
    void choose(const QString &uuid, const QString &name = {});
    // Like choose(), for a choice from elsewhere (a view, the settings): an empty uuid selects "All …", and
    // an unnamed new item is renamed once the name lookup answers.
    void keep(const QString &uuid, const QString &name = {});
    QString currentUuid() const
    {
        return currentData().toString();
    }
    void showPopup() override;
    void hidePopup() override;

    // For tests and the palette: the popup's parts.
    QLineEdit *searchEdit() const
    {
        return m_edit;
    }
    QListWidget *resultList() const
    {
        return m_list;
    }
    QPushButton *loadMoreButton() const
    {
        return m_more;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startSearch(int page);
    void showResults(const QList<Item> &items, bool more, bool append);
    void pick(int row);
    void remember(const Item &item);
    QList<Item> recent() const;

    QString m_allText;
    QString m_recentKey;
    Search m_search;
    NameLookup m_nameLookup;
    QFrame *m_popup;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QPushButton *m_more;
    QLabel *m_status;
    QTimer *m_delay;
    QList<Item> m_shown;
    int m_page = 1;
    QObject *m_requests = nullptr;
};

} // namespace wpc

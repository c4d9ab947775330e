// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FilterBar.h"

#include "models/domain/Entities.h"
#include "ui/StateFilterButton.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wpc {

namespace {

QComboBox *makeFlagCombo(const QString &objectName, const QString &any, const QString &yes, const QString &no)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(any, QString());
    combo->addItem(yes, QStringLiteral("true"));
    combo->addItem(no, QStringLiteral("false"));
    return combo;
}

std::optional<bool> flagValue(const QComboBox *combo)
{
    const QString value = combo->currentData().toString();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    return value == QLatin1StringView("true");
}

QString flagData(const std::optional<bool> &flag)
{
    return flag ? (*flag ? QStringLiteral("true") : QStringLiteral("false")) : QString();
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_states(new StateFilterButton(this))
    , m_includeTerminated(new QCheckBox(tr("Include &terminated"), this))
    , m_offering(new SearchableComboBox(tr("All offerings"), QStringLiteral("recentOfferings"), this))
    , m_customer(new SearchableComboBox(tr("All customers"), QStringLiteral("recentCustomers"), this))
    , m_project(new QLineEdit(this))
    , m_paused(makeFlagCombo(QStringLiteral("pausedCombo"), tr("Paused: any"), tr("Paused"), tr("Not paused")))
    , m_downscaled(makeFlagCombo(
          QStringLiteral("downscaledCombo"), tr("Downscaled: any"), tr("Downscaled"), tr("Not downscaled")))
    , m_restricted(
          makeFlagCombo(QStringLiteral("restrictedCombo"), tr("Access: any"), tr("Restricted"), tr("Not restricted")))
    , m_search(new QLineEdit(this))
    , m_more(new QToolButton(this))
    , m_moreRow(new QWidget(this))
    , m_debounce(new QTimer(this))
{
    m_includeTerminated->setObjectName(QStringLiteral("includeTerminatedCheck"));
    m_includeTerminated->setToolTip(tr("Also list resources whose termination has finished"));

    // Pickers are as wide as a short name, whatever the longest name in them: a long offering name must
    // not widen the window, and the row must fit 960 pixels with a 12-point font. They grow with the
    // window; the open list shows names in full.
    for (QComboBox *combo : { m_offering, m_customer }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        combo->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    m_offering->setObjectName(QStringLiteral("offeringCombo"));
    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_project->setObjectName(QStringLiteral("projectEdit"));
    m_project->setPlaceholderText(tr("Project name"));
    m_project->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, slug, UUID or backend ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_search->installEventFilter(this); // Escape clears it

    // The rarely used filters live in a second row that "More filters" shows; the button counts the
    // active ones while the row is hidden.
    m_more->setObjectName(QStringLiteral("moreFiltersButton"));
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_more->setToolTip(tr("Project, paused, downscaled and member-access filters"));
    m_moreRow->setObjectName(QStringLiteral("moreFiltersRow"));
    auto *moreLayout = new QHBoxLayout(m_moreRow);
    moreLayout->setContentsMargins(0, 0, 0, 0);
    moreLayout->addWidget(m_project, 1);
    moreLayout->addWidget(m_paused);
    moreLayout->addWidget(m_downscaled);
    moreLayout->addWidget(m_restricted);
    moreLayout->addStretch(2);
    m_moreRow->hide();
    connect(m_more, &QToolButton::toggled, this, [this](bool shown) {
        m_moreRow->setVisible(shown);
        updateMoreButton();
    });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::filtersChanged);

    auto *firstRow = new QHBoxLayout;
    firstRow->setContentsMargins(0, 0, 0, 0);
    firstRow->addWidget(m_states);
    firstRow->addWidget(m_includeTerminated);
    firstRow->addWidget(m_offering, 1);
    firstRow->addWidget(m_customer, 1);
    firstRow->addWidget(m_search, 2);
    firstRow->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(firstRow);
    layout->addWidget(m_moreRow);

    const auto changedNow = [this] {
        updateMoreButton();
        if (!m_applying) {
            m_debounce->stop();
            Q_EMIT filtersChanged();
        }
    };
    const auto changedSoon = [this] {
        updateMoreButton();
        if (!m_applying) {
            m_debounce->start();
        }
    };
    connect(m_states, &StateFilterButton::statesChanged, this, changedNow);
    connect(m_includeTerminated, &QCheckBox::toggled, this, changedNow);
    for (QComboBox *combo :
        std::initializer_list<QComboBox *> { m_offering, m_customer, m_paused, m_downscaled, m_restricted }) {
        connect(combo, &QComboBox::currentIndexChanged, this, changedNow);
    }
    connect(m_project, &QLineEdit::textChanged, this, changedSoon);
    connect(m_search, &QLineEdit::textChanged, this, changedSoon);
    connect(m_search, &QLineEdit::returnPressed, this, changedNow);
    connect(m_project, &QLineEdit::returnPressed, this, changedNow);
    updateMoreButton();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        m_debounce->stop();
        Q_EMIT filtersChanged();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int FilterBar::hiddenActiveCount() const
{
    return int(!m_project->text().trimmed().isEmpty()) + int(m_paused->currentIndex() > 0)
        + int(m_downscaled->currentIndex() > 0) + int(m_restricted->currentIndex() > 0);
}

bool FilterBar::hasActiveFilters() const
{
    return m_states->checkedStates().size() != StateFilterButton::selectableStates().size()
        || m_includeTerminated->isChecked() || m_offering->currentIndex() > 0 || m_customer->currentIndex() > 0
        || !m_search->text().trimmed().isEmpty() || hiddenActiveCount() > 0;
}

void FilterBar::clear()
{
    setQuery(ResourceQuery::defaults());
    Q_EMIT filtersChanged();
}

void FilterBar::updateMoreButton()
{
    const int hidden = hiddenActiveCount();
    m_more->setText(hidden > 0 && !m_more->isChecked() ? tr("More filters (%1)").arg(hidden) : tr("More filters"));
}

ResourceQuery FilterBar::applyTo(ResourceQuery query) const
{
    QList<ResourceState> states = m_states->checkedStates();
    if (m_includeTerminated->isChecked()) {
        states.append(ResourceState::Terminated);
    }
    // Every state ticked is no state filter at all.
    if (states.size() == StateFilterButton::selectableStates().size() + 1) {
        states.clear();
    }
    query.states = states;
    // A restored choice counts before the picker's list has arrived.
    const QString offering = m_offering->currentData().toString();
    query.offeringUuids = offering.isEmpty() ? QStringList() : QStringList { offering };
    query.customerUuid = m_customer->currentData().toString();
    query.projectName = m_project->text().trimmed();
    query.paused = flagValue(m_paused);
    query.downscaled = flagValue(m_downscaled);
    query.restrictMemberAccess = flagValue(m_restricted);
    query.search = m_search->text().trimmed();
    return query;
}

void FilterBar::setQuery(const ResourceQuery &query)
{
    m_applying = true;
    const bool allStates = query.states.isEmpty();
    m_states->setCheckedStates(query.states);
    m_includeTerminated->setChecked(allStates || query.states.contains(ResourceState::Terminated));
    selectData(m_offering, query.offeringUuids.value(0));
    selectData(m_customer, query.customerUuid);
    m_project->setText(query.projectName);
    selectData(m_paused, flagData(query.paused));
    selectData(m_downscaled, flagData(query.downscaled));
    selectData(m_restricted, flagData(query.restrictMemberAccess));
    m_search->setText(query.search);
    m_debounce->stop();
    // Hidden filters that are set are shown, so that nothing filters the list unseen.
    if (hiddenActiveCount() > 0) {
        m_more->setChecked(true);
    }
    updateMoreButton();
    m_applying = false;
}

void FilterBar::selectData(QComboBox *combo, const QString &value)
{
    if (combo == m_offering || combo == m_customer) {
        keepChoice(static_cast<SearchableComboBox *>(combo), value); // named once the server says
        return;
    }
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void FilterBar::setOfferings(const QList<NamedRef> &offerings)
{
    m_applying = true;
    const QString current = m_offering->currentData().toString();
    const QString currentName = m_offering->currentText();
    while (m_offering->count() > 1) {
        m_offering->removeItem(1);
    }
    for (const NamedRef &offering : offerings) {
        m_offering->addItem(offering.name, offering.uuid);
        m_offering->setItemData(m_offering->count() - 1, offering.extra, Qt::ToolTipRole);
    }
    keepChoice(m_offering, current, currentName);
    m_applying = false;
}

void FilterBar::setCustomers(const QList<NamedRef> &customers)
{
    m_applying = true;
    const QString current = m_customer->currentData().toString();
    const QString currentName = m_customer->currentText();
    while (m_customer->count() > 1) {
        m_customer->removeItem(1);
    }
    for (const NamedRef &customer : customers) {
        m_customer->addItem(customer.name, customer.uuid);
    }
    keepChoice(m_customer, current, currentName);
    m_applying = false;
}

// A choice that is not among the first page (a site with thousands of customers) stays chosen: it is added
// under its uuid and renamed once the server says its name.
void FilterBar::keepChoice(SearchableComboBox *picker, const QString &uuid, const QString &name)
{
    if (uuid.isEmpty()) {
        picker->setCurrentIndex(0);
        return;
    }
    const bool known = picker->findData(uuid) >= 0 || (!name.isEmpty() && name != uuid);
    picker->choose(uuid, name == uuid ? QString() : name);
    const Named &named = picker == m_offering ? m_offeringName : m_customerName;
    if (!known && named) {
        named(uuid, picker, [picker, uuid](const QString &found) {
            if (const int index = picker->findData(uuid); index >= 0 && !found.isEmpty()) {
                picker->setItemText(index, found);
            }
        });
    }
}

void FilterBar::setPickerSearch(const SearchableComboBox::Search &offerings,
    const SearchableComboBox::Search &customers,
    const Named &offeringName,
    const Named &customerName,
    const QString &settingsGroup)
{
    m_offering->setSearch(offerings);
    m_customer->setSearch(customers);
    m_offering->setRecentKey(settingsGroup + QStringLiteral("/recentOfferings"));
    m_customer->setRecentKey(settingsGroup + QStringLiteral("/recentCustomers"));
    m_offeringName = offeringName;
    m_customerName = customerName;
}

void FilterBar::save(QSettings &settings) const
{
    const ResourceQuery query = applyTo({});
    QStringList states;
    for (ResourceState state : query.states) {
        states << ResourceStates::toWire(state);
    }
    settings.setValue(QStringLiteral("filters/allStates"), query.states.isEmpty());
    settings.setValue(QStringLiteral("filters/states"), states);
    settings.setValue(QStringLiteral("filters/offering"), query.offeringUuids.value(0));
    settings.setValue(QStringLiteral("filters/customer"), query.customerUuid);
    settings.setValue(QStringLiteral("filters/project"), query.projectName);
    settings.setValue(QStringLiteral("filters/paused"), flagData(query.paused));
    settings.setValue(QStringLiteral("filters/downscaled"), flagData(query.downscaled));
    settings.setValue(QStringLiteral("filters/restricted"), flagData(query.restrictMemberAccess));
    settings.setValue(QStringLiteral("filters/search"), query.search);
}

void FilterBar::restore(const QSettings &settings)
{
    if (!settings.contains(QStringLiteral("filters/states"))) {
        setQuery(ResourceQuery::defaults());
        return;
    }
    ResourceQuery query;
    if (!settings.value(QStringLiteral("filters/allStates")).toBool()) {
        for (const QString &wire : settings.value(QStringLiteral("filters/states")).toStringList()) {
            const ResourceState state = ResourceStates::fromWire(wire);
            if (state != ResourceState::Unknown) {
                query.states.append(state);
            }
        }
    }
    const auto readFlag = [&settings](const QString &key) -> std::optional<bool> {
        const QString value = settings.value(key).toString();
        return value.isEmpty() ? std::nullopt : std::optional<bool>(value == QLatin1StringView("true"));
    };
    const QString offering = settings.value(QStringLiteral("filters/offering")).toString();
    query.offeringUuids = offering.isEmpty() ? QStringList() : QStringList { offering };
    query.customerUuid = settings.value(QStringLiteral("filters/customer")).toString();
    query.projectName = settings.value(QStringLiteral("filters/project")).toString();
    query.paused = readFlag(QStringLiteral("filters/paused"));
    query.downscaled = readFlag(QStringLiteral("filters/downscaled"));
    query.restrictMemberAccess = readFlag(QStringLiteral("filters/restricted"));
    query.search = settings.value(QStringLiteral("filters/search")).toString();
    setQuery(query);
}

} // namespace wpc

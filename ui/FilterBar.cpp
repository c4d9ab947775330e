// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FilterBar.h"

#include "models/domain/Entities.h"
#include "ui/StateFilterButton.h"
#include "ui/filters/FilterCatalog.h"
#include "ui/filters/FilterChips.h"
#include "ui/filters/MoreFiltersPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wpc {

namespace {
// The panel takes at most this share of the window's height; it scrolls beyond that.
constexpr double kPanelHeightShare = 0.4;

const FilterSpec *specOf(const QString &id)
{
    for (const FilterSpec &spec : moreFilters()) {
        if (id == QLatin1StringView(spec.id)) {
            return &spec;
        }
    }
    return nullptr;
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_states(new StateFilterButton(this))
    , m_includeTerminated(new QCheckBox(tr("Include &terminated"), this))
    , m_offering(new SearchableComboBox(tr("All offerings"), QStringLiteral("recentOfferings"), this))
    , m_customer(new SearchableComboBox(tr("All customers"), QStringLiteral("recentCustomers"), this))
    , m_search(new QLineEdit(this))
    , m_moreAction(new QAction(this))
    , m_more(new QToolButton(this))
    , m_panel(new MoreFiltersPanel(this))
    , m_chips(new FilterChips(this))
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
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, slug, UUID or backend ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_search->installEventFilter(this); // Escape clears it

    // The other filters live in a panel that "More filters" shows; the button counts the active ones, and
    // chips name them, while the panel is hidden.
    m_moreAction->setObjectName(QStringLiteral("moreFiltersAction"));
    m_moreAction->setCheckable(true);
    m_moreAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_moreAction->setToolTip(tr("Every other filter: project, provider, category, plan, dates, flags… (Ctrl+Shift+F)"));
    m_more->setObjectName(QStringLiteral("moreFiltersButton"));
    m_more->setDefaultAction(m_moreAction);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_panel->hide();
    connect(m_moreAction, &QAction::toggled, this, [this](bool shown) {
        m_panel->setVisible(shown);
        limitPanelHeight();
        updateMoreFilters();
        if (shown) {
            m_panel->focusFirst();
        }
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
    layout->addWidget(m_chips);
    layout->addWidget(m_panel);

    const auto changedNow = [this] {
        updateMoreFilters();
        if (!m_applying) {
            m_debounce->stop();
            Q_EMIT filtersChanged();
        }
    };
    const auto changedSoon = [this] {
        updateMoreFilters();
        if (!m_applying) {
            m_debounce->start();
        }
    };
    connect(m_states, &StateFilterButton::statesChanged, this, changedNow);
    connect(m_includeTerminated, &QCheckBox::toggled, this, changedNow);
    connect(m_offering, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_customer, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_search, &QLineEdit::textChanged, this, changedSoon);
    connect(m_search, &QLineEdit::returnPressed, this, changedNow);
    connect(m_panel, &MoreFiltersPanel::edited, this,
        [changedNow, changedSoon](bool typing) { typing ? changedSoon() : changedNow(); });
    connect(m_chips, &FilterChips::removeRequested, this, [this](const QString &id) {
        if (const FilterSpec *spec = specOf(id)) {
            m_panel->clearFilter(*spec);
        }
    });
    connect(m_chips, &FilterChips::activated, this, [this](const QString &id) {
        showMoreFilters(true);
        if (const FilterSpec *spec = specOf(id)) {
            m_panel->focusFilter(*spec);
        }
    });
    connect(m_chips, &FilterChips::clearAllRequested, this, [this] {
        ResourceQuery query = applyTo({});
        for (const FilterSpec &spec : moreFilters()) {
            spec.clear(&query);
        }
        setQuery(query);
        Q_EMIT filtersChanged();
    });
    updateMoreFilters();
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
    if (watched == window() && event->type() == QEvent::Resize) {
        limitPanelHeight();
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::limitPanelHeight()
{
    QWidget *top = window();
    if (top == this) {
        return;
    }
    if (!m_watchingWindow) { // its resizes change the limit
        top->installEventFilter(this);
        m_watchingWindow = true;
    }
    m_panel->setMaximumHeight(std::max(m_panel->minimumSizeHint().height(), int(top->height() * kPanelHeightShare)));
}

void FilterBar::showMoreFilters(bool shown)
{
    m_moreAction->setChecked(shown);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int FilterBar::hiddenActiveCount() const
{
    ResourceQuery query;
    m_panel->applyTo(&query);
    return activeMoreFilters(query);
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

void FilterBar::updateMoreFilters()
{
    ResourceQuery query;
    m_panel->applyTo(&query);
    QList<FilterChips::Chip> chips;
    for (const FilterSpec &spec : moreFilters()) {
        if (!spec.isSet(query)) {
            continue;
        }
        const QString value = m_panel->valueText(spec);
        // A flag's value says what it is ("Not paused"); the others need their label.
        const QString text
            = spec.editor == FilterSpec::Editor::Flag ? value : tr("%1: %2").arg(spec.labelText(), value);
        chips.append({ QLatin1StringView(spec.id), text, spec.toolTipText() });
    }
    m_chips->setChips(chips);
    const int hidden = int(chips.size());
    m_moreAction->setText(
        hidden > 0 && !m_moreAction->isChecked() ? tr("More filters (%1)").arg(hidden) : tr("More filters"));
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
    const QString offering = m_offering->currentUuid();
    query.offeringUuids = offering.isEmpty() ? QStringList() : QStringList { offering };
    query.customerUuid = m_customer->currentUuid();
    query.search = m_search->text().trimmed();
    m_panel->applyTo(&query);
    return query;
}

void FilterBar::setQuery(const ResourceQuery &query)
{
    m_applying = true;
    const bool allStates = query.states.isEmpty();
    m_states->setCheckedStates(query.states);
    m_includeTerminated->setChecked(allStates || query.states.contains(ResourceState::Terminated));
    m_offering->keep(query.offeringUuids.value(0));
    m_customer->keep(query.customerUuid);
    m_search->setText(query.search);
    m_panel->setQuery(query);
    m_debounce->stop();
    updateMoreFilters();
    m_applying = false;
}

void FilterBar::setOfferings(const QList<NamedRef> &offerings)
{
    m_applying = true;
    const QString current = m_offering->currentUuid();
    const QString currentName = m_offering->currentText();
    while (m_offering->count() > 1) {
        m_offering->removeItem(1);
    }
    for (const NamedRef &offering : offerings) {
        m_offering->addItem(offering.name, offering.uuid);
        m_offering->setItemData(m_offering->count() - 1, offering.extra, Qt::ToolTipRole);
    }
    m_offering->keep(current, currentName);
    m_applying = false;
}

void FilterBar::setCustomers(const QList<NamedRef> &customers)
{
    m_applying = true;
    const QString current = m_customer->currentUuid();
    const QString currentName = m_customer->currentText();
    while (m_customer->count() > 1) {
        m_customer->removeItem(1);
    }
    for (const NamedRef &customer : customers) {
        m_customer->addItem(customer.name, customer.uuid);
    }
    m_customer->keep(current, currentName);
    m_applying = false;
}

void FilterBar::setSources(const FilterSources &sources)
{
    m_offering->setSearch(sources.offerings);
    m_customer->setSearch(sources.customers);
    m_offering->setNameLookup(sources.offeringName);
    m_customer->setNameLookup(sources.customerName);
    m_offering->setRecentKey(sources.settingsGroup + QStringLiteral("/recentOfferings"));
    m_customer->setRecentKey(sources.settingsGroup + QStringLiteral("/recentCustomers"));
    m_panel->setSources(sources, [this] { return m_offering->currentUuid(); });
}

// The filters are kept as the query string a view keeps, so that every filter is saved the same way.
void FilterBar::save(QSettings &settings) const
{
    const ResourceQuery query = applyTo({});
    settings.setValue(QStringLiteral("filters/query"), query.toUrlQuery().toString(QUrl::FullyEncoded));
}

void FilterBar::restore(const QSettings &settings)
{
    setQuery(restoredQuery(settings));
}

ResourceQuery FilterBar::restoredQuery(const QSettings &settings)
{
    if (settings.contains(QStringLiteral("filters/query"))) {
        return ResourceQuery::fromUrlQuery(QUrlQuery(settings.value(QStringLiteral("filters/query")).toString()));
    }
    if (!settings.contains(QStringLiteral("filters/states"))) {
        return ResourceQuery::defaults();
    }
    // Settings of an earlier version: one key per filter.
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
    return query;
}

} // namespace wpc

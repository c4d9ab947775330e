// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/sim/Simulator.h"
#include "models/views/SavedView.h"
#include "tests/ui/MainWindowTesting.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/filters/FilterCatalog.h"
#include "ui/filters/MoreFiltersPanel.h"
#include "ui/widgets/SearchableComboBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace wpc;
using namespace Qt::StringLiterals;

// The "More filters" panel against the simulator: every filter in it, set through its own widget, reaches
// the server under Waldur's name and narrows the table to exactly the resources the filter means (counted
// here from the resources' JSON, not by the simulator's filter code); it shows as a chip that removes it;
// it is kept in the settings and in views; and the category and plan pickers list what the server has.
class TestMoreFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFilterNarrowsTheTableAsWaldurDoes_data();
    void everyFilterNarrowsTheTableAsWaldurDoes();
    void chipsNameTheFiltersWhileThePanelIsClosed();
    void filtersLiveInViewsAndSettings();
    void categoryAndPlanPickersListTheServersChoices();

private:
    struct Case
    {
        QString id; // the FilterSpec id
        QString key; // Waldur's parameter
        // Sets the editor; returns the value the request must carry.
        std::function<QString(QWidget *editor)> set;
        std::function<bool(const QJsonObject &resource, const QString &value)> expected;
    };
    void startWindow();
    QList<sim::RecordedRequest> listRequests() const;
    // Whether a list request after the first `from` carried key=value (no key: value empty). Requests sent
    // at once may reach the server in any order, so "the last one" proves nothing.
    bool sentSince(qsizetype from, const QString &key, const QString &value) const;
    QWidget *editor(const QString &id) const;
    SearchableComboBox *picker(const QString &id) const
    {
        return qobject_cast<SearchableComboBox *>(editor(id));
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Simulator> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProviderResourcesApi> m_api;
    std::unique_ptr<MainWindow> m_window;
    QList<QJsonObject> m_truth; // every resource, as the server renders it
    QList<Case> m_cases;
};

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

int componentsOf(const QJsonObject &o, const QString &billing = {})
{
    int count = 0;
    for (const QJsonValue &c : o.value("offering_components"_L1).toArray()) {
        count += billing.isEmpty() || c.toObject().value("billing_type"_L1).toString() == billing;
    }
    return count;
}

QString setText(QWidget *editor, const QString &text)
{
    static_cast<QLineEdit *>(editor)->setText(text);
    return text;
}

QString setFlag(QWidget *editor, bool value)
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(value ? u"true"_s : u"false"_s));
    return value ? u"true"_s : u"false"_s;
}

QString choose(QWidget *editor, const QString &uuid)
{
    static_cast<SearchableComboBox *>(editor)->choose(uuid, u"chosen"_s);
    return uuid;
}

// The time set, as the request says it: UTC with "Z", to the minute the editor shows.
QString setTime(QWidget *editor, const QString &iso)
{
    auto *edit = static_cast<QDateTimeEdit *>(editor);
    const QString id = edit->objectName().chopped(int(qstrlen("Filter")));
    edit->parentWidget()->findChild<QCheckBox *>(id + u"Check"_s)->setChecked(true);
    edit->setDateTime(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime());
    return edit->dateTime().toUTC().toString(Qt::ISODate);
}

bool flagIs(const QJsonObject &o, const char *key, const QString &value)
{
    return o.value(QLatin1StringView(key)).toBool() == (value == u"true");
}
} // namespace

void TestMoreFilters::initTestCase()
{
    test::useTestSettings(m_settingsDir);
    sim::Simulator::Config config;
    config.resourceCount = 600;
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<ApiClient>(&m_network, m_sim->url(), sim::Simulator::staffToken());
    m_api = std::make_unique<ProviderResourcesApi>(m_client.get());
    for (const QString &uuid : m_sim->resourceUuids()) {
        const QJsonObject resource = m_sim->resourceJson(uuid);
        if (str(resource, "state") != u"Terminated") { // the default view
            m_truth.append(resource);
        }
    }
    const auto find = [this](const std::function<bool(const QJsonObject &)> &test) {
        const auto it = std::find_if(m_truth.cbegin(), m_truth.cend(), test);
        return it == m_truth.cend() ? QJsonObject() : *it;
    };
    const QJsonObject slurm = find([](const QJsonObject &o) {
        return str(o, "offering_type") == u"Marketplace.Slurm" && !str(o, "backend_id").isEmpty()
            && !str(o, "plan_uuid").isEmpty();
    });
    const QJsonObject instance
        = find([](const QJsonObject &o) { return str(o, "offering_type") == u"OpenStack.Instance"; });
    const QJsonObject child = find([](const QJsonObject &o) { return !str(o, "parent_offering_uuid").isEmpty(); });
    const QJsonObject running = find([](const QJsonObject &o) {
        return !o.value("backend_metadata"_L1).toObject().value("runtime_state"_L1).toString().isEmpty();
    });
    const QJsonObject limited = find([](const QJsonObject &o) { return componentsOf(o, u"limit"_s) > 0; });
    QVERIFY(!slurm.isEmpty() && !instance.isEmpty() && !child.isEmpty() && !running.isEmpty() && !limited.isEmpty());
    const QString created = str(m_truth.at(m_truth.size() / 2), "created");
    const auto eq = [](const char *key) {
        return [key](const QJsonObject &o, const QString &value) { return str(o, key) == value; };
    };
    const auto flag = [](const char *key) {
        return [key](const QJsonObject &o, const QString &value) { return flagIs(o, key, value); };
    };
    const auto usage = [](const QJsonObject &o) { return componentsOf(o, u"usage"_s) > 0; };
    const auto limit = [](const QJsonObject &o) { return componentsOf(o, u"limit"_s) > 0; };
    const auto truth = [](bool b) { return b ? u"true"_s : u"false"_s; };
    m_cases = {
        { u"name"_s, u"name"_s, [](QWidget *e) { return setText(e, u"hpc"_s); },
            [](const QJsonObject &o, const QString &v) { return str(o, "name").contains(v, Qt::CaseInsensitive); } },
        { u"nameExact"_s, u"name_exact"_s, [=](QWidget *e) { return setText(e, str(slurm, "name")); }, eq("name") },
        { u"backendId"_s, u"backend_id"_s, [=](QWidget *e) { return setText(e, str(slurm, "backend_id")); },
            eq("backend_id") },
        { u"runtimeState"_s, u"runtime_state"_s,
            [=](QWidget *e) {
                return setText(e, running.value("backend_metadata"_L1).toObject().value("runtime_state"_L1).toString());
            },
            [](const QJsonObject &o, const QString &v) {
                return o.value("backend_metadata"_L1).toObject().value("runtime_state"_L1).toString() == v;
            } },
        { u"project"_s, u"project_uuid"_s, [=](QWidget *e) { return choose(e, str(instance, "project_uuid")); },
            eq("project_uuid") },
        { u"projectName"_s, u"project_name"_s, [=](QWidget *e) { return setText(e, str(instance, "project_name")); },
            eq("project_name") },
        { u"createdAfter"_s, u"created"_s, [=](QWidget *e) { return setTime(e, created); },
            [](const QJsonObject &o, const QString &v) {
                return QDateTime::fromString(str(o, "created"), Qt::ISODateWithMs)
                    >= QDateTime::fromString(v, Qt::ISODate);
            } },
        { u"modifiedAfter"_s, u"modified"_s, [=](QWidget *e) { return setTime(e, created); },
            [](const QJsonObject &o, const QString &v) {
                return QDateTime::fromString(str(o, "modified"), Qt::ISODateWithMs)
                    >= QDateTime::fromString(v, Qt::ISODate);
            } },
        { u"hasEndDate"_s, u"has_terminate_date"_s, [](QWidget *e) { return setFlag(e, true); },
            [](const QJsonObject &o, const QString &) { return !o.value("end_date"_L1).isNull(); } },
        { u"provider"_s, u"provider_uuid"_s, [=](QWidget *e) { return choose(e, str(instance, "provider_uuid")); },
            eq("provider_uuid") },
        { u"category"_s, u"category_uuid"_s, [=](QWidget *e) { return choose(e, str(instance, "category_uuid")); },
            eq("category_uuid") },
        { u"offeringType"_s, u"offering_type"_s,
            [](QWidget *e) {
                static_cast<QComboBox *>(e)->setEditText(u"OpenStack.Instance"_s);
                return u"OpenStack.Instance"_s;
            },
            eq("offering_type") },
        { u"plan"_s, u"plan_uuid"_s,
            [=, this](QWidget *e) {
                // Plans belong to the offering chosen above the table.
                m_window->findChild<SearchableComboBox *>(u"offeringCombo"_s)->choose(str(slurm, "offering_uuid"));
                return choose(e, str(slurm, "plan_uuid"));
            },
            [=](const QJsonObject &o, const QString &v) {
                return str(o, "plan_uuid") == v && str(o, "offering_uuid") == str(slurm, "offering_uuid");
            } },
        { u"parentOffering"_s, u"parent_offering_uuid"_s,
            [=](QWidget *e) { return choose(e, str(child, "parent_offering_uuid")); }, eq("parent_offering_uuid") },
        { u"billable"_s, u"offering_billable"_s, [](QWidget *e) { return setFlag(e, false); },
            flag("offering_billable") },
        { u"shared"_s, u"offering_shared"_s, [](QWidget *e) { return setFlag(e, false); }, flag("offering_shared") },
        { u"componentCount"_s, u"component_count"_s,
            [=](QWidget *e) {
                static_cast<QSpinBox *>(e)->setValue(componentsOf(limited));
                return QString::number(componentsOf(limited));
            },
            [](const QJsonObject &o, const QString &v) { return componentsOf(o) == v.toInt(); } },
        { u"limitComponentCount"_s, u"limit_component_count"_s,
            [=](QWidget *e) {
                static_cast<QSpinBox *>(e)->setValue(componentsOf(limited, u"limit"_s));
                return QString::number(componentsOf(limited, u"limit"_s));
            },
            [](const QJsonObject &o, const QString &v) { return componentsOf(o, u"limit"_s) == v.toInt(); } },
        { u"paused"_s, u"paused"_s, [](QWidget *e) { return setFlag(e, true); }, flag("paused") },
        { u"downscaled"_s, u"downscaled"_s, [](QWidget *e) { return setFlag(e, true); }, flag("downscaled") },
        { u"restricted"_s, u"restrict_member_access"_s, [](QWidget *e) { return setFlag(e, true); },
            flag("restrict_member_access") },
        { u"usageBased"_s, u"usage_based"_s, [](QWidget *e) { return setFlag(e, false); },
            [=](const QJsonObject &o, const QString &v) { return truth(usage(o)) == v; } },
        { u"limitBased"_s, u"limit_based"_s, [](QWidget *e) { return setFlag(e, true); },
            [=](const QJsonObject &o, const QString &v) { return truth(limit(o)) == v; } },
        { u"onlyUsageBased"_s, u"only_usage_based"_s, [](QWidget *e) { return setFlag(e, true); },
            [=](const QJsonObject &o, const QString &v) { return truth(usage(o) && !limit(o)) == v; } },
        { u"onlyLimitBased"_s, u"only_limit_based"_s, [](QWidget *e) { return setFlag(e, true); },
            [=](const QJsonObject &o, const QString &v) { return truth(limit(o) && !usage(o)) == v; } },
    };
}

void TestMoreFilters::init()
{
    QSettings().clear();
    startWindow();
}

void TestMoreFilters::cleanup()
{
    m_window.reset();
}

void TestMoreFilters::startWindow()
{
    m_sim->clearRequests();
    test::startMainWindow(&m_window, m_api.get(), u"moreFiltersTest"_s);
    QVERIFY(m_window);
}

QList<sim::RecordedRequest> TestMoreFilters::listRequests() const
{
    QList<sim::RecordedRequest> list;
    for (const auto &request : m_sim->requests()) {
        if (request.path == "/api/marketplace-provider-resources/"_L1 && request.method == "GET") {
            list.append(request);
        }
    }
    return list;
}

bool TestMoreFilters::sentSince(qsizetype from, const QString &key, const QString &value) const
{
    const QList<sim::RecordedRequest> list = listRequests();
    return std::any_of(list.cbegin() + std::min(from, list.size()), list.cend(), [&](const sim::RecordedRequest &r) {
        return r.query.queryItemValue(key, QUrl::FullyDecoded) == value
            && (!value.isEmpty() || !r.query.hasQueryItem(key));
    });
}

QWidget *TestMoreFilters::editor(const QString &id) const
{
    return m_window->findChild<QWidget *>(id + u"Filter"_s);
}

void TestMoreFilters::everyFilterNarrowsTheTableAsWaldurDoes_data()
{
    QTest::addColumn<int>("row");
    // The panel offers no filter this test leaves out.
    QCOMPARE(m_cases.size(), moreFilters().size());
    for (int i = 0; i < m_cases.size(); ++i) {
        QTest::newRow(qPrintable(m_cases.at(i).id)) << i;
    }
}

void TestMoreFilters::everyFilterNarrowsTheTableAsWaldurDoes()
{
    QFETCH(int, row);
    const Case &c = m_cases.at(row);
    m_window->findChild<QAction *>(u"moreFiltersAction"_s)->setChecked(true);
    QWidget *widget = editor(c.id);
    QVERIFY2(widget && widget->isVisible(), qPrintable(c.id));
    QTRY_VERIFY(!m_window->model()->isLoading());
    const qsizetype before = listRequests().size();
    const QString value = c.set(widget);
    QVERIFY(!value.isEmpty());
    QTRY_VERIFY(sentSince(before, c.key, value));
    QTRY_VERIFY(!m_window->model()->isLoading());

    const qsizetype expected
        = std::count_if(m_truth.cbegin(), m_truth.cend(), [&](const QJsonObject &o) { return c.expected(o, value); });
    QVERIFY2(expected > 0 && expected < m_truth.size(), "the data set should have a narrowing match");
    QCOMPARE(m_window->model()->totalCount(), expected);

    // It shows as a chip; the chip's × removes it.
    auto *chip = m_window->findChild<QWidget *>(c.id + u"Chip"_s);
    QVERIFY(chip && chip->isVisible());
    const qsizetype withFilter = listRequests().size();
    QTest::mouseClick(chip->findChild<QToolButton *>(u"chipRemove"_s), Qt::LeftButton);
    QTRY_VERIFY(sentSince(withFilter, c.key, QString()));
    QTRY_VERIFY(!m_window->findChild<QWidget *>(c.id + u"Chip"_s));
}

void TestMoreFilters::chipsNameTheFiltersWhileThePanelIsClosed()
{
    QAction *more = m_window->findChild<QAction *>(u"moreFiltersAction"_s);
    auto *panel = m_window->findChild<MoreFiltersPanel *>();
    QVERIFY(more && panel && !panel->isVisible());
    QCOMPARE(more->text(), u"More filters"_s);
    more->trigger(); // as Ctrl+Shift+F or the palette would
    QVERIFY(panel->isVisible());
    // The panel never takes more than 40 % of the window.
    QVERIFY(panel->height() <= m_window->height() * 0.4 + 1);

    setFlag(editor(u"paused"_s), false);
    setText(editor(u"backendId"_s), u"backend-x"_s);
    static_cast<QSpinBox *>(editor(u"componentCount"_s))->setValue(3);
    more->trigger();
    QVERIFY(!panel->isVisible());
    QCOMPARE(more->text(), u"More filters (3)"_s);
    auto *paused = m_window->findChild<QWidget *>(u"pausedChip"_s);
    auto *backend = m_window->findChild<QWidget *>(u"backendIdChip"_s);
    auto *components = m_window->findChild<QWidget *>(u"componentCountChip"_s);
    QVERIFY(paused && paused->isVisible() && backend && backend->isVisible() && components);
    QCOMPARE(paused->findChild<QToolButton *>(u"chipText"_s)->text(), u"Not paused"_s);
    QCOMPARE(backend->findChild<QToolButton *>(u"chipText"_s)->text(), u"Backend ID: backend-x"_s);
    QCOMPARE(components->findChild<QToolButton *>(u"chipText"_s)->text(), u"Components: 3"_s);
    QTRY_VERIFY(sentSince(0, u"backend_id"_s, u"backend-x"_s));

    // A chip's text opens the panel at its filter.
    QTest::mouseClick(backend->findChild<QToolButton *>(u"chipText"_s), Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), editor(u"backendId"_s));

    // "Clear these filters" removes every one of them, and only them.
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    qsizetype sent = listRequests().size();
    search->setText(u"vm"_s);
    QTRY_VERIFY(sentSince(sent, u"query"_s, u"vm"_s));
    QTRY_VERIFY(!m_window->model()->isLoading());
    sent = listRequests().size();
    m_window->findChild<QToolButton *>(u"clearChipsButton"_s)->click();
    QTRY_VERIFY(sentSince(sent, u"backend_id"_s, QString()));
    const QUrlQuery last = listRequests().at(sent).query; // the one request the click sent
    QVERIFY(!last.hasQueryItem(u"paused"_s) && !last.hasQueryItem(u"component_count"_s));
    QCOMPARE(last.queryItemValue(u"query"_s), u"vm"_s);
    QTRY_VERIFY(!m_window->findChild<QWidget *>(u"pausedChip"_s));
    QCOMPARE(more->text(), u"More filters"_s);
}

void TestMoreFilters::filtersLiveInViewsAndSettings()
{
    m_window->findChild<QAction *>(u"moreFiltersAction"_s)->setChecked(true);
    const QString project = str(m_truth.first(), "project_uuid");
    choose(editor(u"project"_s), project);
    setFlag(editor(u"billable"_s), true);
    static_cast<QSpinBox *>(editor(u"limitComponentCount"_s))->setValue(0);
    const QString after = setTime(editor(u"createdAfter"_s), u"2024-03-01T10:30:00Z"_s);
    static_cast<QComboBox *>(editor(u"offeringType"_s))->setEditText(u"Marketplace.Slurm"_s);
    QTRY_VERIFY(sentSince(0, u"offering_type"_s, u"Marketplace.Slurm"_s));

    // A view keeps them all.
    const SavedView view = m_window->currentView();
    QCOMPARE(view.query.projectUuid, project);
    QCOMPARE(view.query.offeringBillable, std::optional<bool>(true));
    QCOMPARE(view.query.limitComponentCount, std::optional<int>(0));
    QCOMPARE(view.query.createdAfter.toUTC().toString(Qt::ISODate), after);
    QCOMPARE(view.query.offeringType, u"Marketplace.Slurm"_s);
    const QUrlQuery wire = view.query.toUrlQuery();
    QCOMPARE(ResourceQuery::fromUrlQuery(QUrlQuery(wire.toString(QUrl::FullyEncoded))), view.query);

    // Back to the default view, then the saved one: the widgets show its filters again.
    qsizetype sent = listRequests().size();
    m_window->findChild<FilterBar *>()->clear();
    QTRY_VERIFY(sentSince(sent, u"offering_type"_s, QString()));
    QCOMPARE(picker(u"project"_s)->currentIndex(), 0);
    sent = listRequests().size();
    m_window->openView(view);
    QTRY_VERIFY(sentSince(sent, u"project_uuid"_s, project));
    QCOMPARE(picker(u"project"_s)->currentUuid(), project);
    QCOMPARE(static_cast<QSpinBox *>(editor(u"limitComponentCount"_s))->value(), 0);

    // The settings keep them for the next start.
    m_window.reset();
    startWindow();
    const QUrlQuery first = listRequests().first().query;
    QCOMPARE(first.queryItemValue(u"project_uuid"_s), project);
    QCOMPARE(first.queryItemValue(u"offering_billable"_s), u"true"_s);
    QCOMPARE(first.queryItemValue(u"limit_component_count"_s), u"0"_s);
    QCOMPARE(first.queryItemValue(u"created"_s), after);
    QCOMPARE(first.queryItemValue(u"offering_type"_s), u"Marketplace.Slurm"_s);
    QVERIFY(m_window->findChild<QWidget *>(u"projectChip"_s));
    // The project's name comes from the server.
    QTRY_COMPARE(picker(u"project"_s)->currentText(), str(m_truth.first(), "project_name"));
}

void TestMoreFilters::categoryAndPlanPickersListTheServersChoices()
{
    m_window->findChild<QAction *>(u"moreFiltersAction"_s)->setChecked(true);
    const QJsonObject instance = *std::find_if(m_truth.cbegin(), m_truth.cend(),
        [](const QJsonObject &o) { return str(o, "offering_type") == u"OpenStack.Instance"; });

    // Categories: those of the provider's offerings, searched by title.
    SearchableComboBox *category = picker(u"category"_s);
    category->showPopup();
    const QString title = str(instance, "category_title");
    const QString part = title.left(4).toLower();
    QSet<QString> all;
    QSet<QString> matching;
    for (const QJsonObject &o : std::as_const(m_truth)) {
        all.insert(str(o, "category_title"));
        if (str(o, "category_title").contains(part, Qt::CaseInsensitive)) {
            matching.insert(str(o, "category_title"));
        }
    }
    QVERIFY(matching.size() < all.size()); // the search narrows
    category->searchEdit()->setText(part);
    // "Any" and the categories whose title contains the text, once the search for it has answered.
    QTRY_COMPARE(category->resultList()->count(), 1 + matching.size());
    category->resultList()->setCurrentItem(category->resultList()->findItems(title, Qt::MatchExactly).first());
    QTest::keyClick(category->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(sentSince(0, u"category_uuid"_s, str(instance, "category_uuid")));

    // Offering types: those in use, in the editable list.
    auto *types = static_cast<QComboBox *>(editor(u"offeringType"_s));
    QTRY_VERIFY(types->findText(u"OpenStack.Instance"_s) >= 0);
    QVERIFY(types->findText(u"Marketplace.Slurm"_s) >= 0);

    // Plans: none until one offering is chosen; then that offering's.
    SearchableComboBox *plan = picker(u"plan"_s);
    plan->showPopup();
    const auto says = [plan](const QString &text) {
        const QList<QLabel *> labels = plan->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text().contains(text); });
    };
    QTRY_VERIFY(says(u"Choose an offering above the table first"_s));
    QCOMPARE(plan->resultList()->findItems(u"Standard"_s, Qt::MatchContains).size(), 0);
    plan->hidePopup();
    const QJsonObject slurm = *std::find_if(m_truth.cbegin(), m_truth.cend(), [](const QJsonObject &o) {
        return str(o, "offering_type") == u"Marketplace.Slurm" && !str(o, "plan_uuid").isEmpty();
    });
    m_window->findChild<SearchableComboBox *>(u"offeringCombo"_s)->choose(str(slurm, "offering_uuid"));
    plan->showPopup();
    QTRY_VERIFY(!plan->resultList()->findItems(str(slurm, "plan_name"), Qt::MatchExactly).isEmpty());
    plan->hidePopup();
}

QTEST_MAIN(TestMoreFilters)
#include "tst_morefilters.moc"

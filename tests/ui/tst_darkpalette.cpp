// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/actions/ActionCatalog.h"
#include "models/api/Endpoints.h"
#include "tests/support/TestConnection.h"
#include "tests/ui/PixelContrast.h"
#include "ui/MainWindow.h"
#include "ui/details/OverviewTab.h"
#include "ui/details/ResourceDetailsPane.h"
#include "ui/details/UsageTab.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wpc;
using namespace wpc::test::PixelContrast;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("WPC_SHOT_DIR"));
    if (!dir.isEmpty() && QDir().mkpath(dir)) {
        widget->grab().save(QDir(dir).filePath(name));
    }
}

// plan_periods of a resource billed monthly for `months` months up to this one, as Waldur answers them.
QByteArray planHistory(int months)
{
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QJsonArray periods;
    for (int i = months - 1; i >= 0; --i) {
        const QDate month = thisMonth.addMonths(-i);
        const QString start = month.startOfDay(QTimeZone::utc()).toString(Qt::ISODate);
        QJsonArray components;
        const QList<std::pair<QString, QString>> kinds { { QStringLiteral("cpu"), QStringLiteral("CPU hours") },
            { QStringLiteral("storage"), QStringLiteral("Storage") } };
        for (const auto &[type, name] : kinds) {
            components.append(QJsonObject { { QStringLiteral("uuid"), QStringLiteral("%1%2").arg(type).arg(i) },
                { QStringLiteral("created"), start }, { QStringLiteral("description"), QString() },
                { QStringLiteral("type"), type }, { QStringLiteral("name"), name },
                { QStringLiteral("measured_unit"), QStringLiteral("hours") },
                { QStringLiteral("usage"), QString::number(1200 + 37 * ((i * 7) % 11)) },
                { QStringLiteral("date"), start }, { QStringLiteral("recurring"), false } });
        }
        periods.append(QJsonObject { { QStringLiteral("uuid"), QStringLiteral("period%1").arg(i) },
            { QStringLiteral("plan_name"), QStringLiteral("Standard") },
            { QStringLiteral("plan_uuid"), QStringLiteral("plan") }, { QStringLiteral("start"), start },
            { QStringLiteral("end"),
                i == 0 ? QJsonValue()
                       : QJsonValue(month.addMonths(1).startOfDay(QTimeZone::utc()).toString(Qt::ISODate)) },
            { QStringLiteral("components"), components } });
    }
    return QJsonDocument(periods).toJson(QJsonDocument::Compact);
}

// Every piece of text the chart shows (axis labels, title, legend) whole, inside the view and clear of the
// others; every axis says it truncated nothing, and the category axis names its first category.
bool chartTextIsWhole(QChartView *view, QString *why)
{
    const QRect viewRect = view->viewport()->rect();
    QList<std::pair<QString, QRectF>> shown;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty()) {
            continue;
        }
        const QString plain = text->toPlainText();
        const QRectF rect = text->sceneBoundingRect();
        if (plain.contains(QLatin1StringView("...")) || plain.contains(QChar(0x2026))) {
            *why = QStringLiteral("\"%1\" is cut").arg(plain);
            return false;
        }
        if (!viewRect.contains(view->mapFromScene(rect.adjusted(1, 1, -1, -1)).boundingRect())) {
            *why = QStringLiteral("\"%1\" lies outside the view").arg(plain);
            return false;
        }
        for (const auto &[other, otherRect] : std::as_const(shown)) {
            if (rect.adjusted(1, 1, -1, -1).intersects(otherRect.adjusted(1, 1, -1, -1))) {
                *why = QStringLiteral("\"%1\" overlaps \"%2\"").arg(plain, other);
                return false;
            }
        }
        shown.append({ plain, rect });
    }
    QStringList shownTexts;
    for (const auto &entry : std::as_const(shown)) {
        shownTexts.append(entry.first);
    }
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (axis->labelsTruncated()) {
            *why = QStringLiteral("an axis truncated its labels");
            return false;
        }
        QStringList labels;
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis)) {
            labels = bars->categories(); // every category has its label
        } else if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
            labels = categories->categoriesLabels(); // the labels chosen (every k-th category)
        }
        for (const QString &label : std::as_const(labels)) {
            if (!shownTexts.contains(label)) {
                *why = QStringLiteral("the axis label \"%1\" is not shown").arg(label);
                return false;
            }
        }
    }
    return true;
}

// Every chart has its plot area and its texts placed.
bool chartsLaidOut(UsageTab *usage)
{
    const auto charts = usage->findChildren<QChartView *>(QStringLiteral("usageChart"));
    return !charts.isEmpty() && std::all_of(charts.cbegin(), charts.cend(), [](QChartView *view) {
        const auto items = view->scene()->items();
        return view->chart()->size().toSize() == view->viewport()->size() && !view->chart()->plotArea().isEmpty()
            && std::any_of(items.cbegin(), items.cend(), [](QGraphicsItem *item) {
                   auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                   return text && text->isVisible() && !text->toPlainText().isEmpty();
               });
    });
}

bool chartsTextIsWhole(UsageTab *usage, QString *why)
{
    const auto charts = usage->findChildren<QChartView *>(QStringLiteral("usageChart"));
    if (charts.isEmpty()) {
        *why = QStringLiteral("no chart");
        return false;
    }
    return std::all_of(charts.cbegin(), charts.cend(), [why](QChartView *view) { return chartTextIsWhole(view, why); });
}

// Waits until the charts have taken their size and their labels have settled. Whether the labels are whole is
// for chartLabelsAreWhole to judge: the colours are checked either way.
void settle(UsageTab *usage)
{
    QString why;
    if (!QTest::qWaitFor([usage, &why] { return chartsTextIsWhole(usage, &why); }, 3000)) {
        qWarning("the chart's labels are not whole: %s", qPrintable(why));
    }
    QTRY_VERIFY(chartsLaidOut(usage));
}

} // namespace

// The application on a dark desktop, and on the default light one: the state badges, the error banner,
// a dialog's error labels and the usage charts read (WCAG 2.x, 4.5:1 for text), measured on the pixels
// of a real render of the main window against the simulator; the charts follow the palette, also when it
// changes while they are shown, and their axis labels stay whole with a larger font.
class TestDarkPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void badgesRead_data();
    void badgesRead();
    void errorBannerReads_data();
    void errorBannerReads();
    void dialogErrorLabelsRead_data();
    void dialogErrorLabelsRead();
    void overLimitBarReads_data();
    void overLimitBarReads();
    void chartFollowsThePalette_data();
    void chartFollowsThePalette();
    void chartFollowsAPaletteChange();
    void chartLabelsAreWhole_data();
    void chartLabelsAreWhole();

private:
    void addPalettes();
    void applyPalette(bool dark);
    void startWindow();
    UsageTab *showUsage(QList<QChartView *> *charts);
    void checkChartColours(QChartView *view, bool dark);

    QTemporaryDir m_settingsDir;
    QPalette m_lightPalette;
    QFont m_font;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestDarkPalette::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    m_font = QApplication::font();
}

void TestDarkPalette::cleanup()
{
    m_window.reset();
    m_connection.reset();
    QApplication::setPalette(m_lightPalette);
    QApplication::setFont(m_font);
}

void TestDarkPalette::addPalettes()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestDarkPalette::applyPalette(bool dark)
{
    QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
}

void TestDarkPalette::startWindow()
{
    QSettings().clear();
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
    m_window = std::make_unique<MainWindow>(m_connection->api(),
        MainWindow::Options { QStringLiteral("test"), QStringLiteral("https://waldur.example.org/") });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy first(m_window->model(), &ResourceTableModel::firstPageLoaded);
    m_window->start();
    QVERIFY(first.wait(10000));
}

// Selects rows until the usage tab shows charts; nullptr when none of the first rows has usage.
UsageTab *TestDarkPalette::showUsage(QList<QChartView *> *charts)
{
    ResourceDetailsPane *pane = m_window->detailsPane();
    UsageTab *usage = pane->usageTab();
    pane->tabs()->setCurrentWidget(usage);
    QTableView *table = m_window->table();
    for (int row = 0; row < std::min(40, m_window->model()->rowCount()); ++row) {
        table->setCurrentIndex(m_window->model()->index(row, 0));
        const bool settled = QTest::qWaitFor(
            [usage] {
                return usage->status() != DetailsTab::Status::Loading && usage->status() != DetailsTab::Status::Idle;
            },
            10000);
        if (settled && usage->status() == DetailsTab::Status::Content) {
            *charts = usage->findChildren<QChartView *>(QStringLiteral("usageChart"));
            if (!charts->isEmpty()) {
                return usage;
            }
        }
    }
    return nullptr;
}

// The chart's background is the palette's (dark on a dark desktop), its texts read on it and the bars
// stand out from it (3:1, as for any graphic that carries meaning).
void TestDarkPalette::checkChartColours(QChartView *view, bool dark)
{
    QChart *chart = view->chart();
    const QImage image = view->grab().toImage();
    const QColor background = mostFrequent(image, image.rect());
    if (dark) {
        QVERIFY2(luminance(background) < 0.1,
            qPrintable(QStringLiteral("the chart is %1 on a dark desktop").arg(background.name())));
    } else {
        QVERIFY2(luminance(background) > 0.6,
            qPrintable(QStringLiteral("the chart is %1 on a light desktop").arg(background.name())));
    }
    const QColor legend = chart->legend()->labelColor();
    QVERIFY2(contrast(legend, background) >= 4.5,
        qPrintable(QStringLiteral("legend: %1 on %2").arg(legend.name(), background.name())));
    // The chart's title, in the chart or above it.
    if (auto *caption = view->parentWidget()->findChild<QLabel *>(QStringLiteral("usageChartTitle"))) {
        const TextContrast title = measureLabel(view->parentWidget(), caption);
        QVERIFY2(title.reads(), qPrintable(title.describe(QStringLiteral("chart title"))));
    } else {
        QVERIFY2(contrast(chart->titleBrush().color(), background) >= 4.5, "chart title");
    }
    for (QAbstractAxis *axis : chart->axes()) {
        const QColor labels = axis->labelsBrush().color();
        QVERIFY2(contrast(labels, background) >= 4.5,
            qPrintable(QStringLiteral("axis labels: %1 on %2 is %3:1")
                           .arg(labels.name(), background.name())
                           .arg(contrast(labels, background), 0, 'f', 2)));
    }
    for (QAbstractSeries *series : chart->series()) {
        for (QBarSet *set : static_cast<QBarSeries *>(series)->barSets()) {
            QVERIFY2(contrast(set->color(), background) >= 3.0,
                qPrintable(
                    QStringLiteral("bars \"%1\": %2 on %3").arg(set->label(), set->color().name(), background.name())));
        }
    }
    // The axis labels as drawn: each visible label's pixels against the chart's background.
    int measured = 0;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        // A bare "..." has too few pixels to measure; cut labels are chartLabelsAreWhole's concern.
        if (!text || !text->isVisible() || text->toPlainText().isEmpty()
            || text->toPlainText() == QLatin1StringView("...")) {
            continue;
        }
        const QRect rect = view->mapFromScene(text->sceneBoundingRect()).boundingRect();
        const TextContrast label = measureText(image, rect, background);
        QVERIFY2(
            label.reads(), qPrintable(label.describe(QStringLiteral("chart text \"%1\"").arg(text->toPlainText()))));
        ++measured;
    }
    QVERIFY(measured >= 3);
}

void TestDarkPalette::badgesRead_data()
{
    addPalettes();
}

// Each state's badge (and the paused mark) as the table paints it: the badge's text on the badge's own
// colour, measured in a grab of the table.
void TestDarkPalette::badgesRead()
{
    QFETCH(bool, dark);
    applyPalette(dark);
    startWindow();
    ResourceTableModel *model = m_window->model();
    QTableView *table = m_window->table();
    const int stateColumn = static_cast<int>(Column::State);
    QMap<ResourceState, int> rowOf;
    int pausedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Resource *resource = model->resourceAt(row);
        if (!rowOf.contains(resource->state)) {
            rowOf.insert(resource->state, row);
        }
        if (resource->paused && pausedRow < 0) {
            pausedRow = row;
        }
    }
    for (ResourceState state :
        { ResourceState::OK, ResourceState::Erred, ResourceState::Creating, ResourceState::Terminating }) {
        QVERIFY2(rowOf.contains(state), qPrintable(QStringLiteral("no row in state %1").arg(int(state))));
    }
    QVERIFY2(pausedRow >= 0, "no paused row");
    QList<int> rows = rowOf.values();
    rows.append(pausedRow);
    table->setCurrentIndex(model->index(rows.first(), 0));
    for (int row : std::as_const(rows)) {
        const QModelIndex index = model->index(row, stateColumn);
        const QString what = QStringLiteral("badge \"%1\"").arg(index.data().toString());
        table->scrollTo(index);
        const QRect cell = table->visualRect(index);
        QVERIFY(table->viewport()->rect().contains(cell));
        const QImage image = table->viewport()->grab(cell).toImage();
        const QColor cellBackground(image.pixel(1, image.height() / 2));
        const QColor badge = mostFrequent(image, image.rect().adjusted(3, 0, 0, 0), { cellBackground.rgb() });
        const QRect box = boxOf(image, image.rect(), badge);
        QVERIFY2(box.width() > box.height() && box.height() >= 10, qPrintable(what + QStringLiteral(": no badge")));
        // Inside the round ends, so that the corners' blend with the cell is not taken for text.
        const TextContrast text = measureText(image, box.adjusted(box.height() / 2, 2, -box.height() / 2, -2), badge);
        QVERIFY2(text.reads(), qPrintable(text.describe(what)));
        if (model->resourceAt(row)->paused) {
            // The paused mark right of the badge: a glyph on a round of its own colour (3:1 for a graphic).
            const QRect right(box.right() + 2, 0, image.width() - box.right() - 2, image.height());
            const QColor markColor = mostFrequent(image, right, { cellBackground.rgb() });
            const QRect mark = boxOf(image, right, markColor);
            QVERIFY2(mark.width() >= 8, "no paused mark");
            const TextContrast glyph = measureText(image, mark.adjusted(2, 2, -2, -2), markColor);
            QVERIFY2(glyph.ratio >= 3.0, qPrintable(glyph.describe(QStringLiteral("paused mark"))));
        }
    }
    saveShot(m_window.get(), dark ? QStringLiteral("dark-mainwindow.png") : QStringLiteral("light-mainwindow.png"));
}

void TestDarkPalette::errorBannerReads_data()
{
    addPalettes();
}

// A server's refusal in the banner above the table.
void TestDarkPalette::errorBannerReads()
{
    QFETCH(bool, dark);
    applyPalette(dark);
    startWindow();
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Status;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    fault.status = 403;
    fault.body = R"({"detail":"You do not have permission to perform this action."})";
    m_connection->simulator()->injectFault(fault);
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    auto *text = banner->findChild<QLabel *>(QStringLiteral("errorBannerText"));
    QVERIFY(text->text().contains(QStringLiteral("permission")));
    const TextContrast measured = measureLabel(m_window.get(), text);
    QVERIFY2(measured.reads(), qPrintable(measured.describe(QStringLiteral("error banner"))));
    // The banner stands apart from the window: its background is not the window's.
    QVERIFY(measured.background != m_window->palette().color(QPalette::Window));
    saveShot(m_window.get(), dark ? QStringLiteral("dark-banner.png") : QStringLiteral("light-banner.png"));
}

void TestDarkPalette::dialogErrorLabelsRead_data()
{
    addPalettes();
}

// Set slug… with a slug Waldur refuses: the reason under the field and why OK is disabled.
void TestDarkPalette::dialogErrorLabelsRead()
{
    QFETCH(bool, dark);
    applyPalette(dark);
    startWindow();
    QAction *action = m_window->findChild<QAction *>(ActionCatalog::objectName(Operation::SetSlug));
    QVERIFY(action);
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(
                     QStringLiteral("dialog_") + QString(Endpoints::info(Operation::SetSlug).name))));
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("slugEdit"));
    QTRY_VERIFY(edit->isEnabled() && !edit->text().isEmpty()); // the current slug has arrived
    edit->setText(QStringLiteral("bad slug!"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("slugError"));
    QTRY_VERIFY(error->isVisible());
    const TextContrast measured = measureLabel(dialog, error);
    QVERIFY2(measured.reads(), qPrintable(measured.describe(QStringLiteral("slug error"))));
    if (auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel")); problem && problem->isVisible()) {
        const TextContrast why = measureLabel(dialog, problem);
        QVERIFY2(why.reads(), qPrintable(why.describe(QStringLiteral("why OK is disabled"))));
    }
    dialog->reject();
}

void TestDarkPalette::overLimitBarReads_data()
{
    addPalettes();
}

// A usage above its limit: a full bar in the error colour, its text on it.
void TestDarkPalette::overLimitBarReads()
{
    QFETCH(bool, dark);
    applyPalette(dark);
    startWindow();
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    int overRow = -1;
    for (int row = 0; row < m_window->model()->rowCount() && overRow < 0; ++row) {
        const QJsonObject json = m_connection->simulator()->resourceJson(m_window->model()->resourceAt(row)->uuid);
        const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
        const QJsonObject usages = json.value(QStringLiteral("current_usages")).toObject();
        for (auto it = usages.begin(); it != usages.end(); ++it) {
            if (limits.contains(it.key()) && it.value().toDouble() > limits.value(it.key()).toDouble()) {
                overRow = row;
            }
        }
    }
    QVERIFY2(overRow >= 0, "no resource over a limit among the loaded ones");
    ResourceDetailsPane *pane = m_window->detailsPane();
    pane->tabs()->setCurrentWidget(pane->overviewTab());
    m_window->table()->setCurrentIndex(m_window->model()->index(overRow, 0));
    QProgressBar *bar = nullptr;
    QTRY_VERIFY((bar = [pane]() -> QProgressBar * {
        for (QProgressBar *candidate : pane->overviewTab()->findChildren<QProgressBar *>()) {
            if (candidate->property("overLimit").toBool() && candidate->isVisible()) {
                return candidate;
            }
        }
        return nullptr;
    }()));
    for (bool turnedDark : { false, true }) {
        if (turnedDark) {
            if (dark) {
                break;
            }
            applyPalette(true); // and the desktop turns dark while the bar is shown
        }
        const QImage image = bar->grab().toImage();
        const TextContrast text = measureText(image, image.rect().adjusted(3, 3, -3, -3));
        QVERIFY2(text.reads(), qPrintable(text.describe(QStringLiteral("over-limit bar"))));
        // The bar is drawn in the error hue (red), not the palette's highlight.
        QVERIFY2(text.background.hslHue() <= 20 || text.background.hslHue() >= 340,
            qPrintable(QStringLiteral("the bar is %1").arg(text.background.name())));
    }
}

void TestDarkPalette::chartFollowsThePalette_data()
{
    addPalettes();
}

void TestDarkPalette::chartFollowsThePalette()
{
    QFETCH(bool, dark);
    applyPalette(dark);
    startWindow();
    QList<QChartView *> charts;
    UsageTab *usage = showUsage(&charts);
    QVERIFY2(usage, "no resource with usage among the first rows");
    settle(usage);
    charts = usage->findChildren<QChartView *>(QStringLiteral("usageChart"));
    for (QChartView *view : std::as_const(charts)) {
        checkChartColours(view, dark);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    saveShot(usage, dark ? QStringLiteral("dark-usage.png") : QStringLiteral("light-usage.png"));
}

// The desktop turns dark while the charts are shown: they turn with it.
void TestDarkPalette::chartFollowsAPaletteChange()
{
    applyPalette(false);
    startWindow();
    QList<QChartView *> charts;
    UsageTab *usage = showUsage(&charts);
    QVERIFY2(usage, "no resource with usage among the first rows");
    settle(usage);
    checkChartColours(usage->findChild<QChartView *>(QStringLiteral("usageChart")), false);
    if (QTest::currentTestFailed()) {
        return;
    }
    applyPalette(true);
    QTRY_VERIFY(
        luminance(usage->findChild<QChartView *>(QStringLiteral("usageChart"))->chart()->backgroundBrush().color())
        < 0.1);
    charts = usage->findChildren<QChartView *>(QStringLiteral("usageChart"));
    for (QChartView *view : std::as_const(charts)) {
        checkChartColours(view, true);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

void TestDarkPalette::chartLabelsAreWhole_data()
{
    QTest::addColumn<int>("pointSize"); // 0: the default font
    QTest::addColumn<int>("months"); // 0: what the simulator serves (this month)
    for (int pointSize : { 0, 14 }) {
        for (int months : { 0, 12, 36 }) {
            QTest::addRow("%s, %d months", pointSize ? "14pt" : "default font", months) << pointSize << months;
        }
    }
}

// At the window's first size, with the default font and with a 14 pt one, a year or three of history:
// the axis labels are whole (rotated or every k-th one shown), inside the chart and apart from each other.
void TestDarkPalette::chartLabelsAreWhole()
{
    QFETCH(int, pointSize);
    QFETCH(int, months);
    if (pointSize > 0) {
        QFont font = QApplication::font();
        font.setPointSize(pointSize);
        QApplication::setFont(font);
    }
    startWindow();
    if (months > 0) {
        WPC_REQUIRE_SIMULATOR(m_connection->server());
        sim::Fault history;
        history.kind = sim::Fault::Kind::Status;
        history.method = "GET";
        history.pathPattern = QStringLiteral("/plan_periods/$");
        history.status = 200;
        history.body = planHistory(months);
        history.count = 1000;
        m_connection->simulator()->injectFault(history);
    }
    QList<QChartView *> charts;
    UsageTab *usage = showUsage(&charts);
    QVERIFY2(usage, "no resource with usage among the first rows");
    if (months > 0) {
        QCOMPARE(usage->periods().size(), months);
    }
    // The tab may render again (a refreshed row): the charts are looked up at every try.
    QString why;
    QTRY_VERIFY2(chartsTextIsWhole(usage, &why), qPrintable(why));
    saveShot(usage, QStringLiteral("usage-%1pt-%2months.png").arg(pointSize).arg(months));
}

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"

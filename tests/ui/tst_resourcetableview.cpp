// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CachedTextDelegate.h"
#include "ui/ResourceTableView.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace wpc;

// The resource table's view and its cell delegate, offscreen. Rows appended below the last row on screen
// repaint nothing; rows that may be on screen, and every other change, repaint as QTableView does. The
// delegate draws every cell exactly as QStyledItemDelegate does (compared pixel for pixel, in the styles it
// takes the fast way in), from text it laid out once.
class TestResourceTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendedRowsBelowTheViewportRepaintNothing();
    void appendedRowsOnScreenAreShown();
    void removedRowsRepaint();
    void delegatePaintsLikeTheStyle_data();
    void delegatePaintsLikeTheStyle();
    void delegateKeepsLayoutsOfTextItDrew();
};

namespace {

// Counts the viewport's Paint events.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

void appendRows(QStandardItemModel *model, int count)
{
    const int first = model->rowCount();
    for (int i = 0; i < count; ++i) {
        QList<QStandardItem *> row;
        for (int column = 0; column < model->columnCount(); ++column) {
            row << new QStandardItem(QStringLiteral("row %1, column %2").arg(first + i).arg(column));
        }
        model->appendRow(row);
    }
}

struct Shown
{
    QStandardItemModel model;
    ResourceTableView view;
    PaintCounter counter;

    explicit Shown(int rows)
    {
        model.setColumnCount(3);
        appendRows(&model, rows);
        view.setModel(&model);
        view.setWordWrap(false); // as the console's table
        view.verticalHeader()->hide();
        view.resize(500, 300);
        view.show();
        view.viewport()->installEventFilter(&counter);
    }
    // Lets pending layouts and paints happen, then the paints since the last call.
    int settle()
    {
        QTest::qWait(50);
        return std::exchange(counter.paints, 0);
    }
};

} // namespace

void TestResourceTableView::appendedRowsBelowTheViewportRepaintNothing()
{
    Shown shown(100);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.view));
    QVERIFY(shown.settle() > 0);
    const int maximum = shown.view.verticalScrollBar()->maximum();
    QVERIFY(maximum > 0);
    for (int batch = 0; batch < 5; ++batch) {
        appendRows(&shown.model, 300);
        QCOMPARE(shown.settle(), 0);
    }
    // The scroll bar knows the new rows, and scrolling there paints them.
    QTRY_VERIFY(shown.view.verticalScrollBar()->maximum() > maximum);
    shown.view.scrollToBottom();
    QVERIFY(shown.settle() > 0);
    QCOMPARE(shown.view.rowAt(shown.view.viewport()->height() - 1), shown.model.rowCount() - 1);
    // A change on screen still repaints.
    shown.model.setData(shown.model.index(shown.model.rowCount() - 1, 0), QStringLiteral("changed"));
    QVERIFY(shown.settle() > 0);
}

void TestResourceTableView::appendedRowsOnScreenAreShown()
{
    Shown shown(3); // the viewport ends below the last row
    QVERIFY(QTest::qWaitForWindowExposed(&shown.view));
    shown.settle();
    QCOMPARE(shown.view.rowAt(shown.view.viewport()->height() - 1), -1);
    appendRows(&shown.model, 2);
    QVERIFY(shown.settle() > 0);
    const QRect fifth = shown.view.visualRect(shown.model.index(4, 0));
    QVERIFY(shown.view.viewport()->rect().intersects(fifth));
}

void TestResourceTableView::removedRowsRepaint()
{
    Shown shown(100);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.view));
    shown.settle();
    appendRows(&shown.model, 50); // below: nothing to paint yet
    shown.model.removeRow(0); // but this moves every row on screen
    QVERIFY(shown.settle() > 0);
    shown.model.insertRow(0, new QStandardItem(QStringLiteral("first"))); // inserted above: repaints
    QVERIFY(shown.settle() > 0);
}

void TestResourceTableView::delegatePaintsLikeTheStyle_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("width"); // of the text column: narrow ones elide
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<bool>("focused");
    for (const QString &style : { QStringLiteral("fusion"), QStringLiteral("windows") }) {
        if (!QStyleFactory::keys().contains(style, Qt::CaseInsensitive)) {
            continue;
        }
        const QByteArray name = style.toLatin1();
        QTest::newRow(QByteArray(name + " wide").constData())
            << style << 260 << int(Qt::AlignLeft | Qt::AlignVCenter) << false << true;
        QTest::newRow(QByteArray(name + " elided").constData())
            << style << 70 << int(Qt::AlignLeft | Qt::AlignVCenter) << false << true;
        QTest::newRow(QByteArray(name + " right").constData())
            << style << 150 << int(Qt::AlignRight | Qt::AlignVCenter) << false << false;
        QTest::newRow(QByteArray(name + " centred").constData())
            << style << 90 << int(Qt::AlignCenter) << false << false;
        QTest::newRow(QByteArray(name + " right to left").constData())
            << style << 80 << int(Qt::AlignLeft | Qt::AlignVCenter) << true << true;
    }
}

// One table drawn twice, with QStyledItemDelegate and with CachedTextDelegate (twice, the second time from
// its cache): every pixel the same. Rows are plain, alternate, selected, disabled, empty, with a line break
// (drawn the style's way), and in another font.
void TestResourceTableView::delegatePaintsLikeTheStyle()
{
    QFETCH(QString, style);
    QFETCH(int, width);
    QFETCH(int, alignment);
    QFETCH(bool, rightToLeft);
    QFETCH(bool, focused);
    std::unique_ptr<QStyle> theStyle(QStyleFactory::create(style));
    QVERIFY(theStyle);
    QStandardItemModel model(0, 2);
    const QStringList texts { QStringLiteral("A resource with a rather long name"), QStringLiteral("short"),
        QStringLiteral("2025-01-31 14:05"), QString(), QStringLiteral("two\nlines"), QStringLiteral("Ünïcödé – ✓ 名前"),
        QStringLiteral("disabled row"), QStringLiteral("bold and long enough to be cut off") };
    for (int i = 0; i < texts.size(); ++i) {
        auto *item = new QStandardItem(texts.at(i));
        item->setTextAlignment(Qt::Alignment(alignment));
        if (i == 6) {
            item->setEnabled(false);
        }
        if (i == 7) {
            QFont bold;
            bold.setBold(true);
            item->setFont(bold);
        }
        model.appendRow({ item, new QStandardItem(QStringLiteral("second column %1").arg(i)) });
    }
    ResourceTableView view;
    view.setStyle(theStyle.get());
    view.setModel(&model);
    view.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.setShowGrid(false);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.horizontalHeader()->resizeSection(0, width);
    view.resize(width + 200, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectRow(2);
    view.setCurrentIndex(model.index(focused ? 1 : 2, 0));
    if (focused) {
        view.setFocus();
    }
    QCoreApplication::processEvents();

    auto *plain = new QStyledItemDelegate(&view);
    view.setItemDelegate(plain);
    const QImage expected = view.viewport()->grab().toImage();
    auto *cached = new CachedTextDelegate(&view);
    view.setItemDelegate(cached);
    const QImage first = view.viewport()->grab().toImage();
    const qsizetype kept = cached->cache().size();
    const QImage again = view.viewport()->grab().toImage();
    QVERIFY2(kept > 0, "the delegate drew nothing from its cache");
    QCOMPARE(cached->cache().size(), kept); // the second paint laid out nothing new
    QCOMPARE(first.size(), expected.size());
    int differing = 0;
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x) {
            differing += first.pixel(x, y) != expected.pixel(x, y) ? 1 : 0;
        }
    }
    if (differing > 0) {
        expected.save(QDir::tempPath() + QStringLiteral("/wpc-delegate-expected.png"));
        first.save(QDir::tempPath() + QStringLiteral("/wpc-delegate-cached.png"));
    }
    QCOMPARE(differing, 0);
    QCOMPARE(again, expected);
}

void TestResourceTableView::delegateKeepsLayoutsOfTextItDrew()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
    Shown shown(40);
    shown.view.setStyle(fusion.get());
    auto *delegate = new CachedTextDelegate(&shown.view);
    shown.view.setItemDelegate(delegate);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.view));
    shown.settle();
    const qsizetype drawn = delegate->cache().size();
    QVERIFY(drawn > 0);
    // A repaint draws from the cache; a narrower column lays out (and elides) again.
    shown.view.viewport()->repaint();
    QCOMPARE(delegate->cache().size(), drawn);
    shown.view.horizontalHeader()->resizeSection(0, 40);
    shown.settle();
    QVERIFY(delegate->cache().size() > drawn);
}

QTEST_MAIN(TestResourceTableView)
#include "tst_resourcetableview.moc"

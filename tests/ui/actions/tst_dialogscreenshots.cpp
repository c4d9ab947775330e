// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/actions/MoveResourceDialog.h"
#include "ui/actions/SetLimitsDialog.h"
#include "ui/actions/TerminateDialog.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

// Renders the Set limits, Move and Terminate dialogs filled with simulator data and saves them as PNG:
// into WPC_SCREENSHOT_DIR when set (resources/screenshots/ for the README), otherwise into a temporary
// directory. Each image must have the dialog's size and more than a handful of colours (not blank).
class TestDialogScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setLimits();
    void move();
    void terminate();

private:
    void save(QDialog *dialog, const QString &fileName);

    ActionsFixture m_fx;
    QTemporaryDir m_temp;
    QString m_dir;
};

void TestDialogScreenshots::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.why()));
    m_dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("WPC_SCREENSHOT_DIR"), m_temp.path());
    QVERIFY(QDir().mkpath(m_dir));
}

void TestDialogScreenshots::save(QDialog *dialog, const QString &fileName)
{
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QImage image = dialog->grab().toImage();
    QCOMPARE(image.size(), dialog->size() * dialog->devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 8, "the dialog rendered blank");
    const QString path = QDir(m_dir).filePath(fileName);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("saved %s", qPrintable(path));
    dialog->reject();
}

void TestDialogScreenshots::setLimits()
{
    QVERIFY(m_fx.select([](const Resource &r) {
        return r.state == ResourceState::OK && r.offeringName.contains(QStringLiteral("OpenStack Tenant"));
    }));
    auto *dialog = m_fx.open<SetLimitsDialog>(Operation::SetLimits);
    QVERIFY(dialog);
    auto *cores = dialog->findChild<QSpinBox *>(QStringLiteral("limitSpin_cores"));
    cores->setValue(cores->value() * 2);
    auto *storage = dialog->findChild<QSpinBox *>(QStringLiteral("limitSpin_storage"));
    storage->setValue(storage->value() + 1000);
    save(dialog, QStringLiteral("dialog-set-limits.png"));
}

void TestDialogScreenshots::move()
{
    QVERIFY(m_fx.select([](const Resource &r) { return r.state == ResourceState::OK; }));
    auto *dialog = m_fx.open<MoveResourceDialog>(Operation::MoveResource);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("projectList"));
    QTRY_VERIFY(list->count() > 3);
    // Search for part of a listed project's name, as a user would.
    const QString term = list->item(1)->text().section(QStringLiteral(" / "), 1).left(7);
    dialog->findChild<QLineEdit *>(QStringLiteral("projectSearchEdit"))->setText(term);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("listStatusLabel"));
    QTRY_VERIFY(list->count() > 0 && list->count() < 50 && status->text().contains(QStringLiteral("shown")));
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->flags() & Qt::ItemIsSelectable) {
            list->setCurrentRow(i);
            break;
        }
    }
    save(dialog, QStringLiteral("dialog-move.png"));
}

void TestDialogScreenshots::terminate()
{
    QVERIFY(m_fx.select([](const Resource &r) {
        return r.state == ResourceState::OK && r.offeringName.contains(QStringLiteral("Virtual Machine"));
    }));
    auto *dialog = m_fx.open<TerminateDialog>(Operation::Terminate);
    QVERIFY(dialog);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("attributesEdit"))
        ->setPlainText(QStringLiteral("{\"delete_volumes\": true}"));
    save(dialog, QStringLiteral("dialog-terminate.png"));
}

QTEST_MAIN(TestDialogScreenshots)
#include "tst_dialogscreenshots.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/details/DetailsFixture.h"

#include <QDir>
#include <QImage>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;

// Renders the details pane (700×650) on Overview, Usage and Team with simulator data and saves PNGs: into
// WPC_SCREENSHOT_DIR when set (resources/screenshots/ for the README), otherwise into a temporary directory.
class TestDetailsScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.why()));
    }
    void overviewUsageAndTeam();

private:
    test::DetailsFixture m_fx;
};

void TestDetailsScreenshots::overviewUsageAndTeam()
{
    QTemporaryDir temp;
    const QString dir
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("WPC_SCREENSHOT_DIR"), temp.path());
    QVERIFY(QDir().mkpath(dir));
    // A resource that fills all three: two or more usage components, a team with offering usernames.
    const Resource *withUsage = m_fx.findWith([this](const Resource &r) {
        const auto periods
            = m_fx.fetch<QList<PlanPeriod>>([&](QObject *c, auto cb) { m_fx.api()->planPeriods(r.uuid, c, cb); });
        const auto team = m_fx.fetch<QList<TeamMember>>([&](QObject *c, auto cb) { m_fx.api()->team(r.uuid, c, cb); });
        return r.state == ResourceState::OK && periods.ok() && !periods.value.isEmpty()
            && periods.value.first().components.size() >= 2 && team.ok() && team.value.size() >= 3
            && std::count_if(team.value.cbegin(), team.value.cend(),
                   [](const TeamMember &m) { return !m.offeringUserUsername.isEmpty(); })
            >= 2;
    });
    QVERIFY(withUsage);
    const QList<QPair<const char *, QString>> shots = { { "overviewTab", QStringLiteral("details-overview.png") },
        { "usageTab", QStringLiteral("details-usage.png") }, { "teamTab", QStringLiteral("details-team.png") } };
    for (const auto &shot : shots) {
        QVERIFY(m_fx.show(*withUsage, shot.first));
        const QImage image = m_fx.pane()->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 8, "the pane rendered blank");
        QVERIFY(image.save(QDir(dir).filePath(shot.second)));
    }
}

QTEST_MAIN(TestDetailsScreenshots)
#include "tst_detailsscreenshots.moc"

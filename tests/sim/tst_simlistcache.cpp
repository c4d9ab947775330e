// SPDX-License-Identifier: GPL-3.0-or-later
// SimListCache on its own: which query parameters make a key, and least-recently-used eviction.

#include "models/sim/SimListCache.h"

#include <QTest>

using namespace wpc;

namespace {

sim::SimListCache::Key key(int user, const char *rawQuery)
{
    return sim::SimListCache::keyOf(user, sim::QueryParams::parse(QByteArray(rawQuery)));
}

sim::SimListCache::Rows rows(std::vector<int> values)
{
    return std::make_shared<const std::vector<int>>(std::move(values));
}

} // namespace

class tst_SimListCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void findAfterInsert();
    void insertReplacesSameKey();
    void evictsLeastRecentlyUsed();
    void clear();
};

void tst_SimListCache::keys_data()
{
    QTest::addColumn<int>("userA");
    QTest::addColumn<QByteArray>("queryA");
    QTest::addColumn<int>("userB");
    QTest::addColumn<QByteArray>("queryB");
    QTest::addColumn<bool>("same");
    QTest::newRow("paging and fields ignored")
        << 0 << QByteArray("o=name") << 0 << QByteArray("page=3&o=name&page_size=300&field=uuid&field=name") << true;
    QTest::newRow("order between names ignored")
        << 0 << QByteArray("state=OK&o=name&state=Erred") << 0 << QByteArray("o=name&state=OK&state=Erred") << true;
    QTest::newRow("percent-encoding decoded")
        << 0 << QByteArray("o=-created%2Cname") << 0 << QByteArray("o=-created,name") << true;
    QTest::newRow("users differ") << 0 << QByteArray("o=name") << 1 << QByteArray("o=name") << false;
    QTest::newRow("ordering differs") << 0 << QByteArray("o=name") << 0 << QByteArray("o=-name") << false;
    QTest::newRow("filter differs") << 0 << QByteArray("o=name&state=OK") << 0 << QByteArray("o=name") << false;
    // value() reads the last of repeated names, so their order can change the result.
    QTest::newRow("order within a name kept")
        << 0 << QByteArray("o=name&o=created") << 0 << QByteArray("o=created&o=name") << false;
    QTest::newRow("unknown parameters kept") << 0 << QByteArray("o=name&x=1") << 0 << QByteArray("o=name") << false;
}

void tst_SimListCache::keys()
{
    QFETCH(int, userA);
    QFETCH(QByteArray, queryA);
    QFETCH(int, userB);
    QFETCH(QByteArray, queryB);
    QFETCH(bool, same);
    QCOMPARE(key(userA, queryA.constData()) == key(userB, queryB.constData()), same);

    sim::SimListCache cache;
    cache.insert(key(userA, queryA.constData()), rows({ 1, 2, 3 }));
    const sim::SimListCache::Rows found = cache.find(key(userB, queryB.constData()));
    QCOMPARE(found != nullptr, same);
}

void tst_SimListCache::findAfterInsert()
{
    sim::SimListCache cache;
    QVERIFY(!cache.find(key(0, "o=name")));
    cache.insert(key(0, "o=name"), rows({ 5, 3, 9 }));
    const sim::SimListCache::Rows found = cache.find(key(0, "o=name&page=2"));
    QVERIFY(found);
    QCOMPARE(*found, std::vector<int>({ 5, 3, 9 }));
    QCOMPARE(cache.size(), 1);
}

void tst_SimListCache::insertReplacesSameKey()
{
    sim::SimListCache cache;
    cache.insert(key(0, "o=name"), rows({ 1 }));
    cache.insert(key(0, "o=name"), rows({ 2, 3 }));
    QCOMPARE(cache.size(), 1);
    QCOMPARE(*cache.find(key(0, "o=name")), std::vector<int>({ 2, 3 }));
}

void tst_SimListCache::evictsLeastRecentlyUsed()
{
    sim::SimListCache cache(2);
    cache.insert(key(0, "o=name"), rows({ 1 }));
    cache.insert(key(0, "o=created"), rows({ 2 }));
    QVERIFY(cache.find(key(0, "o=name"))); // now o=created is the least recently used
    cache.insert(key(0, "o=state"), rows({ 3 }));
    QCOMPARE(cache.size(), 2);
    QVERIFY(!cache.find(key(0, "o=created")));
    QCOMPARE(*cache.find(key(0, "o=name")), std::vector<int>({ 1 }));
    QCOMPARE(*cache.find(key(0, "o=state")), std::vector<int>({ 3 }));

    // Rows handed out stay valid after their entry is evicted.
    const sim::SimListCache::Rows held = cache.find(key(0, "o=name"));
    cache.insert(key(1, "o=name"), rows({ 4 }));
    cache.insert(key(1, "o=created"), rows({ 5 }));
    QVERIFY(!cache.find(key(0, "o=name")));
    QCOMPARE(*held, std::vector<int>({ 1 }));
}

void tst_SimListCache::clear()
{
    sim::SimListCache cache;
    cache.insert(key(0, "o=name"), rows({ 1 }));
    cache.insert(key(1, "o=name"), rows({ 2 }));
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.find(key(0, "o=name")));
    QVERIFY(!cache.find(key(1, "o=name")));
}

QTEST_GUILESS_MAIN(tst_SimListCache)
#include "tst_simlistcache.moc"

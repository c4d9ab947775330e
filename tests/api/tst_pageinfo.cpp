// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ApiRequest.h"

#include <QTest>

using namespace wpc;

// Link and X-Result-Count as Waldur's LinkHeaderPagination writes them, plus what proxies and other
// servers do to them: spacing, quoting, several relations in one value, garbage.
class TestPageInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkHeader_data();
    void linkHeader();
    void resultCount_data();
    void resultCount();
    void hasNextNeedsAValidUrl();
};

void TestPageInfo::linkHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("prev");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("last");

    const QString p1 = QStringLiteral("http://h/api/r/?page_size=10");
    const QString p2 = QStringLiteral("http://h/api/r/?page=2&page_size=10");
    const QString p3 = QStringLiteral("http://h/api/r/?page=3&page_size=10");
    const QString p9 = QStringLiteral("http://h/api/r/?page=9&page_size=10");

    QTest::newRow("empty") << QByteArray() << QString() << QString() << QString() << QString();
    QTest::newRow("waldur first page") << QByteArray(
        "<http://h/api/r/?page_size=10>; rel=\"first\", <http://h/api/r/?page=2&page_size=10>; "
        "rel=\"next\", <http://h/api/r/?page=9&page_size=10>; rel=\"last\"")
                                       << p1 << QString() << p2 << p9;
    QTest::newRow("waldur middle page") << QByteArray(
        "<http://h/api/r/?page_size=10>; rel=\"first\", <http://h/api/r/?page_size=10>; rel=\"prev\", "
        "<http://h/api/r/?page=3&page_size=10>; rel=\"next\", <http://h/api/r/?page=9&page_size=10>; "
        "rel=\"last\"") << p1 << p1 << p3
                                        << p9;
    QTest::newRow("no spaces, unquoted rel")
        << QByteArray("<http://h/api/r/?page=2&page_size=10>;rel=next,<http://h/api/r/?page=9&page_size=10>;rel=last")
        << QString() << QString() << p2 << p9;
    QTest::newRow("extra spaces") << QByteArray("  <http://h/api/r/?page=2&page_size=10>  ;   rel = \"next\"  ,   ")
                                  << QString() << QString() << p2 << QString();
    QTest::newRow("REL in upper case and other params")
        << QByteArray("<http://h/api/r/?page=2&page_size=10>; title=\"Next, please\"; REL=\"NEXT\"") << QString()
        << QString() << p2 << QString();
    QTest::newRow("several relations in one value")
        << QByteArray("<http://h/api/r/?page=9&page_size=10>; rel=\"next last\"") << QString() << QString() << p9 << p9;
    QTest::newRow("unknown relations ignored")
        << QByteArray("<http://h/api/r/?page=2&page_size=10>; rel=\"alternate\", <http://h/x>; rel=\"self\"")
        << QString() << QString() << QString() << QString();
    QTest::newRow("comma inside the URL")
        << QByteArray("<http://h/api/r/?offering_uuid=a,b&page=2>; rel=\"next\"") << QString() << QString()
        << QStringLiteral("http://h/api/r/?offering_uuid=a,b&page=2") << QString();
    QTest::newRow("previous is prev") << QByteArray("<http://h/api/r/?page_size=10>; rel=previous") << QString() << p1
                                      << QString() << QString();
    QTest::newRow("garbage") << QByteArray("this is not a link header, at all; rel=next") << QString() << QString()
                             << QString() << QString();
    QTest::newRow("missing closing bracket")
        << QByteArray("<http://h/api/r/?page=2; rel=\"next\"") << QString() << QString() << QString() << QString();
    QTest::newRow("relative URL ignored")
        << QByteArray("</api/r/?page=2>; rel=\"next\"") << QString() << QString() << QString() << QString();
    QTest::newRow("no rel") << QByteArray("<http://h/api/r/?page=2&page_size=10>") << QString() << QString()
                            << QString() << QString();
    QTest::newRow("garbage then a good value")
        << QByteArray("junk, <http://h/api/r/?page=2&page_size=10>; rel=\"next\"") << QString() << QString() << p2
        << QString();
}

void TestPageInfo::linkHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, first);
    QFETCH(QString, prev);
    QFETCH(QString, next);
    QFETCH(QString, last);

    const PageInfo info = PageInfo::fromHeaders(header, {});
    QCOMPARE(info.first.toString(), first);
    QCOMPARE(info.prev.toString(), prev);
    QCOMPARE(info.next.toString(), next);
    QCOMPARE(info.last.toString(), last);
    QCOMPARE(info.hasNext(), !next.isEmpty());
    QCOMPARE(info.totalCount, qint64(-1));
}

void TestPageInfo::resultCount_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("count");

    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("number") << QByteArray("300") << qint64(300);
    QTest::newRow("spaces") << QByteArray(" 42 ") << qint64(42);
    QTest::newRow("large") << QByteArray("987654321") << qint64(987654321);
    QTest::newRow("the largest believed") << QByteArray("1000000000") << qint64(1000000000);
    QTest::newRow("absurd") << QByteArray("9876543210") << qint64(-1);
    QTest::newRow("overflows qint64") << QByteArray("99999999999999999999") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("not a number") << QByteArray("many") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
}

void TestPageInfo::resultCount()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, count);
    QCOMPARE(PageInfo::fromHeaders({}, header).totalCount, count);
}

void TestPageInfo::hasNextNeedsAValidUrl()
{
    PageInfo info;
    QVERIFY(!info.hasNext());
    info.next = QUrl(QStringLiteral("http://h/api/r/?page=2"));
    QVERIFY(info.hasNext());
}

QTEST_GUILESS_MAIN(TestPageInfo)
#include "tst_pageinfo.moc"

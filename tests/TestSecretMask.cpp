#include "SecretMask.h"

#include <QtTest>

class TestSecretMask : public QObject
{
    Q_OBJECT

private slots:
    void masks_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("shown");
        const QString dots = QStringLiteral("\u2022\u2022\u2022\u2022");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("1 char") << QStringLiteral("a") << dots;
        QTest::newRow("8 chars") << QStringLiteral("abcdefgh") << dots;
        QTest::newRow("9 chars") << QStringLiteral("abcdefghi") << QStringLiteral("abcd\u2026fghi");
        QTest::newRow("long token") << QStringLiteral("abcd0123456789wxyz")
                                    << QStringLiteral("abcd\u2026wxyz");
        QTest::newRow("bearer-like") << QStringLiteral("sk_live_51HxYzSECRETPART9Q2k")
                                     << QStringLiteral("sk_l\u20269Q2k");
    }

    void masks()
    {
        QFETCH(QString, secret);
        QFETCH(QString, shown);
        const QString masked = SecretMask::mask(secret);
        QCOMPARE(masked, shown);
        // The hidden middle never shows.
        if (secret.size() > 8)
            QVERIFY(!masked.contains(secret.mid(4, secret.size() - 8)));
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "TestSecretMask.moc"

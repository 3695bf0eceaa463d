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
        // Ends are shown only while at least half the secret stays hidden.
        QTest::newRow("9 chars") << QStringLiteral("abcdefghi") << dots;
        QTest::newRow("15 chars") << QStringLiteral("abcdefghijklmno") << dots;
        QTest::newRow("16 chars") << QStringLiteral("abcdefghijklmnop") << QStringLiteral("abcd\u2026mnop");
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
        // The hidden middle never shows, and at most half of the secret's characters do.
        if (secret.size() > 8)
            QVERIFY(!masked.contains(secret.mid(4, secret.size() - 8)));
        const int shownChars =
            int(masked.size()) - int(masked.count(QChar(0x2026))) - int(masked.count(QChar(0x2022)));
        QVERIFY2(shownChars * 2 <= secret.size(), qPrintable(masked));
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "TestSecretMask.moc"

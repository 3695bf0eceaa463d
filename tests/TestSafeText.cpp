#include "SafeText.h"

#include <QTextDocument>
#include <QtTest>

// Network text (CRM names, lead ids, errors) shown where Qt or a notification server may read
// markup must come out as exactly the characters given.
class TestSafeText : public QObject
{
    Q_OBJECT

    static QString hostile()
    {
        return QStringLiteral("<b>Eve</b> & <a href=\"https://evil.example/\">click</a> <img src='x'>");
    }

private slots:
    void toolTipRendersAsThePlainText_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::newRow("markup") << hostile();
        QTest::newRow("entity") << QStringLiteral("Tom &amp; Jerry");
        QTest::newRow("script") << QStringLiteral("</script><script>alert(1)</script>");
        QTest::newRow("rtl and emoji")
            << QString::fromUtf8("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xF0\x9F\x91\x8B");
    }

    void toolTipRendersAsThePlainText()
    {
        QFETCH(QString, plain);
        const QString tip = SafeText::toolTip(plain);
        // Qt treats the tooltip as rich text (it starts with <qt>), and what it renders is the input.
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument document;
        document.setHtml(tip);
        QCOMPARE(document.toPlainText(), plain);
    }

    void multiLineToolTipKeepsItsLines()
    {
        QTextDocument document;
        document.setHtml(SafeText::toolTip(QStringLiteral("a <i>\nb")));
        // The <br> comes back as a line break.
        QCOMPARE(document.toPlainText(), QStringLiteral("a <i>\nb"));
    }

    void escapedMarkupLeavesNoTags()
    {
        const QString escaped = SafeText::escapedMarkup(hostile());
        QVERIFY(!escaped.contains(QLatin1Char('<')));
        QVERIFY(!escaped.contains(QLatin1Char('>')));
        QVERIFY(!escaped.contains(QLatin1Char('"')));
        QVERIFY(!escaped.contains(QLatin1Char('\'')));
        QTextDocument document;
        document.setHtml(escaped);
        QCOMPARE(document.toPlainText(), hostile());
    }

    void notificationBodyIsEscapedOnLinux()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        QCOMPARE(SafeText::notificationBody(hostile()), SafeText::escapedMarkup(hostile()));
        QVERIFY(SafeText::notificationBody(hostile()) != hostile());
#else
        QCOMPARE(SafeText::notificationBody(hostile()), hostile());
#endif
        QCOMPARE(SafeText::notificationBody(QStringLiteral("plain words")), QStringLiteral("plain words"));
    }
};

QTEST_MAIN(TestSafeText)
#include "TestSafeText.moc"

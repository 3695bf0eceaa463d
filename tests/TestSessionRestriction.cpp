// The pause after a WhatsApp warning: its text, kept across restarts until a person resumes.
#include "SessionRestriction.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSessionRestriction : public QObject
{
    Q_OBJECT

    static QString readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void aPauseSurvivesARestartUntilAPersonResumes()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles/sdr_john/restricted.txt"));
        {
            SessionRestriction restriction(file);
            QVERIFY(!restriction.isActive());
            QSignalSpy changed(&restriction, &SessionRestriction::changed);
            QVERIFY(restriction.restrict(QStringLiteral("  Your account\n  is restricted  ")));
            QCOMPARE(changed.size(), 1);
            QVERIFY(restriction.isActive());
            QCOMPARE(restriction.text(), QStringLiteral("Your account is restricted"));
        }
        QCOMPARE(readFile(file), QStringLiteral("Your account is restricted"));
        SessionRestriction restarted(file);
        QVERIFY(restarted.isActive());
        QCOMPARE(restarted.text(), QStringLiteral("Your account is restricted"));
        QSignalSpy changed(&restarted, &SessionRestriction::changed);
        QVERIFY(restarted.resume());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!restarted.isActive());
        QVERIFY(!QFile::exists(file));
        QVERIFY(!restarted.resume()); // nothing to resume
        QVERIFY(!SessionRestriction(file).isActive());
    }

    void theTextThatPausedStaysTheReason()
    {
        QTemporaryDir dir;
        SessionRestriction restriction(dir.filePath(QStringLiteral("restricted.txt")));
        QVERIFY(restriction.restrict(QStringLiteral("Account restricted until Friday")));
        QSignalSpy changed(&restriction, &SessionRestriction::changed);
        QVERIFY(!restriction.restrict(QStringLiteral("Another dialog")));
        QVERIFY(!restriction.restrict(QString()));
        QCOMPARE(restriction.text(), QStringLiteral("Account restricted until Friday"));
        QCOMPARE(changed.size(), 0);
    }

    void aPauseWithoutTextTakesTheTextWhenItIsRead()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("restricted.txt"));
        SessionRestriction restriction(file);
        // Send refused under a dialog before the page reported what it says.
        QVERIFY(restriction.restrict(QStringLiteral("   ")));
        const QString generic = restriction.text();
        QVERIFY(!generic.isEmpty());
        QVERIFY(!restriction.restrict(QString())); // still nothing to say
        QVERIFY(restriction.restrict(QStringLiteral("You can't send messages right now")));
        QCOMPARE(restriction.text(), QStringLiteral("You can't send messages right now"));
        QCOMPARE(readFile(file), QStringLiteral("You can't send messages right now"));
        QVERIFY(restriction.text() != generic);
    }

    void aLongTextIsKeptShortAndOnOneLine()
    {
        SessionRestriction restriction{QString()}; // no profile folder: only in memory
        QVERIFY(restriction.restrict(QStringLiteral("line one\nline two ") + QString(500, QLatin1Char('x'))));
        QCOMPARE(restriction.text().size(), 300);
        QVERIFY(restriction.text().startsWith(QStringLiteral("line one line two x")));
        QVERIFY(restriction.resume());
    }
};

QTEST_GUILESS_MAIN(TestSessionRestriction)
#include "TestSessionRestriction.moc"

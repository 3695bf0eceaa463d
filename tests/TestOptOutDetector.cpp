#include "OptOutDetector.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The shipped phrases, whole-word and accent-/case-insensitive, and the data-directory override.
class TestOptOutDetector : public QObject
{
    Q_OBJECT

private slots:
    void shippedPhrasesDecideLikeAPerson_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("optOut");

        // English: whole words, any case, any punctuation around them.
        QTest::newRow("STOP") << "STOP" << true;
        QTest::newRow("Stop!") << "Stop!" << true;
        QTest::newRow("spaces around") << "  stop  " << true;
        QTest::newRow("stop in a sentence") << "Please stop." << true;
        QTest::newRow("unsubscribe") << "unsubscribe me please" << true;
        QTest::newRow("no more messages") << "No more messages, thanks" << true;
        QTest::newRow("stop messaging me") << "pls STOP MESSAGING ME" << true;
        QTest::newRow("remove me") << "Remove me from your list" << true;
        QTest::newRow("don't contact me (curly apostrophe)") << QString::fromUtf8("Don’t contact me") << true;
        QTest::newRow("stopped is another word") << "I stopped by yesterday" << false;
        QTest::newRow("unstoppable") << "Your offer is unstoppable" << false;
        QTest::newRow("a normal reply") << "Yes, Monday works" << false;
        QTest::newRow("end inside a sentence") << "At the end of the week" << false;
        QTest::newRow("end alone") << "END" << true;
        // Español
        QTest::newRow("BAJA") << "BAJA" << true;
        QTest::newRow("baja in a sentence is a word about size") << "la baja de precios" << false;
        QTest::newRow("darme de baja") << "Quiero darme de baja" << true;
        QTest::newRow("no me escribas") << "No me escribas más" << true;
        QTest::newRow("no mas mensajes without accent") << "no mas mensajes" << true;
        QTest::newRow("no más mensajes with accent") << QString::fromUtf8("NO MÁS MENSAJES") << true;
        // Português (Brasil)
        QTest::newRow("PARAR") << "PARAR" << true;
        QTest::newRow("SAIR") << "Sair" << true;
        QTest::newRow("sair in a sentence means going out") << "vou sair agora, te ligo depois" << false;
        QTest::newRow("não quero alone") << QString::fromUtf8("Não quero.") << true;
        QTest::newRow("nao quero without tilde") << "nao quero" << true;
        QTest::newRow("não quero mais") << QString::fromUtf8("não quero mais receber isso") << true;
        QTest::newRow("me tire da lista") << "Me tire da lista por favor" << true;
        // Türkçe: dotted and dotless i in every case.
        QTest::newRow("DUR") << "DUR" << true;
        QTest::newRow("dur in a sentence means wait") << "bir dakika dur, geliyorum" << false;
        QTest::newRow("İPTAL") << QString::fromUtf8("İPTAL") << true;
        QTest::newRow("IPTAL") << "IPTAL" << true;
        QTest::newRow("iptal") << "iptal!" << true;
        QTest::newRow("ıptal (dotless)") << QString::fromUtf8("ıptal") << true;
        QTest::newRow("mesaj atma") << "Lütfen mesaj atma" << true;
        QTest::newRow("MESAJ ATMAYIN") << QString::fromUtf8("MESAJ ATMAYIN") << true;
        QTest::newRow("beni listeden çıkar, ASCII") << "beni listeden cikar" << true;
        QTest::newRow("BENİ LİSTEDEN ÇIKAR") << QString::fromUtf8("BENİ LİSTEDEN ÇIKAR") << true;
        // Text from the network is data: markup and emoji are just characters.
        QTest::newRow("markup around stop") << "<script>stop</script>" << true;
        QTest::newRow("emoji around stop") << QString::fromUtf8("\U0001F621STOP\U0001F621") << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("only punctuation") << "!!! ... ???" << false;
    }
    void shippedPhrasesDecideLikeAPerson()
    {
        QFETCH(QString, reply);
        QFETCH(bool, optOut);
        const OptOutDetector detector;
        QVERIFY(detector.phraseCount() > 40);
        QCOMPARE(detector.isOptOut(reply), optOut);
    }

    void foldingDropsAccentsCaseAndPunctuation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("plain") << "Stop" << " stop ";
        QTest::newRow("punctuation collapses") << "  Stop!!  now... " << " stop now ";
        QTest::newRow("accents") << QString::fromUtf8("NÃO Más") << " nao mas ";
        QTest::newRow("dotted capital I") << QString::fromUtf8("İ") << " i ";
        QTest::newRow("dotless small i") << QString::fromUtf8("ı") << " i ";
        QTest::newRow("apostrophes join") << QString::fromUtf8("don't don’t") << " dont dont ";
        QTest::newRow("full-width letters") << QString::fromUtf8("ＳＴＯＰ") << " stop ";
        QTest::newRow("empty") << "" << " ";
    }
    void foldingDropsAccentsCaseAndPunctuation()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(OptOutDetector::fold(text), folded);
    }

    void dataDirectoryFileReplacesTheShippedPhrases()
    {
        QTemporaryDir dir;
        OptOutDetector detector;
        QVERIFY(!detector.loadOverride(dir.path())); // no file: shipped list stays
        QVERIFY(detector.isOptOut("STOP"));

        QFile file(dir.filePath(QString::fromLatin1(OptOutDetector::OverrideFileName)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# our own words\n\nbasta ya\n=chega\n");
        file.close();
        QVERIFY(detector.loadOverride(dir.path()));
        QCOMPARE(detector.source(), file.fileName());
        QVERIFY(detector.isOptOut("Basta ya!"));
        QVERIFY(detector.isOptOut("CHEGA"));
        QVERIFY(!detector.isOptOut("chega de papo, vamos fechar")); // "=": alone only
        QVERIFY(!detector.isOptOut("STOP"));                        // replaced, not added to
    }

    void anEmptyOverrideNeverSwitchesDetectionOff()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QString::fromLatin1(OptOutDetector::OverrideFileName)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# nothing but comments\n   \n=!!!\n");
        file.close();
        OptOutDetector detector;
        QVERIFY(!detector.loadOverride(dir.path()));
        QVERIFY(detector.isOptOut("STOP"));
    }
};

QTEST_GUILESS_MAIN(TestOptOutDetector)
#include "TestOptOutDetector.moc"

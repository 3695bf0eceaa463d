#include "Phone.h"

#include <QtTest>

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty = rejected
        QTest::addColumn<int>("error");

        using E = Phone::Error;
        QTest::newRow("e164") << "+905454031918"
                              << "+905454031918" << int(E::None);
        QTest::newRow("digits without plus") << "905454031918"
                                             << "+905454031918" << int(E::None);
        QTest::newRow("spaces") << "+90 545 403 19 18"
                                << "+905454031918" << int(E::None);
        QTest::newRow("dashes parens dots") << "+1 (555) 123-45.67"
                                            << "+15551234567" << int(E::None);
        QTest::newRow("surrounding whitespace") << "  \t+15551234567 "
                                                << "+15551234567" << int(E::None);
        QTest::newRow("nbsp from a web page")
            << QString::fromUtf8("+90\u00a0545\u00a04031918") << "+905454031918" << int(E::None);
        QTest::newRow("7 digits") << "1234567"
                                  << "+1234567" << int(E::None);
        QTest::newRow("15 digits") << "123456789012345"
                                   << "+123456789012345" << int(E::None);
        QTest::newRow("plus after spaces") << "  +15551234567"
                                           << "+15551234567" << int(E::None);

        QTest::newRow("empty") << ""
                               << "" << int(E::Empty);
        QTest::newRow("only separators") << " - ( ) . "
                                         << "" << int(E::Empty);
        QTest::newRow("only plus") << "+"
                                   << "" << int(E::Empty);
        QTest::newRow("6 digits") << "123456"
                                  << "" << int(E::TooFewDigits);
        QTest::newRow("16 digits") << "1234567890123456"
                                   << "" << int(E::TooManyDigits);
        QTest::newRow("letters") << "+1555CALLNOW"
                                 << "" << int(E::BadCharacter);
        QTest::newRow("letter x extension") << "+15551234567x12"
                                            << "" << int(E::BadCharacter);
        QTest::newRow("arabic-indic digits")
            << QString::fromUtf8("+٩٠٥٤٥٤٠٣١٩١٨") << "" << int(E::BadCharacter);
        QTest::newRow("fullwidth digits")
            << QString::fromUtf8("+９０５４５４０３１９１８") << "" << int(E::BadCharacter);
        QTest::newRow("devanagari digit mixed")
            << QString::fromUtf8("+90545403191८") << "" << int(E::BadCharacter);
        QTest::newRow("plus in the middle") << "90+5454031918"
                                            << "" << int(E::MisplacedPlus);
        QTest::newRow("plus at the end") << "905454031918+"
                                         << "" << int(E::MisplacedPlus);
        QTest::newRow("double plus") << "++905454031918"
                                     << "" << int(E::MisplacedPlus);
        QTest::newRow("plus after digit and space") << "9 +05454031918"
                                                    << "" << int(E::MisplacedPlus);
        QTest::newRow("leading zero national") << "05454031918"
                                               << "" << int(E::LeadingZero);
        QTest::newRow("00 international prefix") << "00905454031918"
                                                 << "" << int(E::LeadingZero);
        QTest::newRow("slash") << "+90/5454031918"
                               << "" << int(E::BadCharacter);
        QTest::newRow("newline") << "+9054540\n31918"
                                 << "" << int(E::BadCharacter);
        QTest::newRow("nul") << QString::fromUtf8("+90545403\0"
                                                  "1918",
                                                  14)
                             << "" << int(E::BadCharacter);
        QTest::newRow("huge digits") << QString(100000, QLatin1Char('9')) << "" << int(E::TooLong);
        QTest::newRow("huge spaces around")
            << QString(70, QLatin1Char(' ')) + "+15551234567" << "" << int(E::TooLong);
        QTest::newRow("emoji") << QString::fromUtf8("+1555123456\U0001F600") << "" << int(E::BadCharacter);
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(int, error);
        Phone::Error why = Phone::Error::None;
        const auto result = Phone::normalize(input, &why);
        QCOMPARE(int(why), error);
        if (expected.isEmpty()) {
            QVERIFY(!result.has_value());
            QVERIFY(!Phone::reasonText(why).isEmpty());
            QVERIFY(Phone::digits(input).isEmpty());
        } else {
            QVERIFY(result.has_value());
            QCOMPARE(*result, expected);
            QCOMPARE(Phone::digits(input), expected.mid(1));
            // Normalising is idempotent.
            QCOMPARE(Phone::normalize(*result).value_or(QString()), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "TestPhone.moc"

#pragma once

#include <QString>
#include <QStringList>

// Tells whether a reply asks not to be contacted again. The phrases come from the resource
// :/optout/optout-phrases.txt, or from optout-phrases.txt in the data directory when there is one
// (so a team can add its own words without a rebuild). Format: see the resource file.
//
// Matching is on folded text: Unicode compatibility-decomposed (NFKD) with combining marks
// dropped, Turkish dotless ı as i, case-folded, and every run of non-letters/non-digits one
// space. A phrase matches as whole words ("stop" in "Stop!" but not in "unstoppable"); a phrase
// starting with "=" only when the whole reply is that phrase. The reply is data: it is only
// compared, never interpreted.
class OptOutDetector
{
public:
    static constexpr const char* OverrideFileName = "optout-phrases.txt";
    static constexpr const char* ResourcePath = ":/optout/optout-phrases.txt";

    // The shipped phrases.
    OptOutDetector();

    // Uses <dataDirectory>/optout-phrases.txt instead of the shipped list when it exists and holds
    // at least one phrase; otherwise keeps the shipped list. True when the override was taken.
    bool loadOverride(const QString& dataDirectory);
    // Replaces the phrases with those of `text` (the file format). False when it holds none.
    bool setPhrases(const QString& text);

    bool isOptOut(const QString& reply) const { return !matchedPhrase(reply).isEmpty(); }
    // The phrase (as folded) that matched, empty when none did.
    QString matchedPhrase(const QString& reply) const;
    QString source() const { return m_source; }
    int phraseCount() const { return int(m_anywhere.size() + m_whole.size()); }

    // " word word " — the folded form both sides are compared in (with a space at each end so a
    // whole-word search is a plain substring search).
    static QString fold(const QString& text);

private:
    QStringList m_anywhere; // folded, with the surrounding spaces
    QStringList m_whole;
    QString m_source;
};

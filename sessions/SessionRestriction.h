#pragma once

#include <QObject>
#include <QString>

// The pause of one SDR's sending after WhatsApp showed a warning or an unknown dialog: its text,
// kept in the profile's folder (restricted.txt) so it survives restarts until a person resumes.
class SessionRestriction : public QObject
{
    Q_OBJECT
public:
    // file: where the pause is kept (empty: only in memory). Reads a pause kept there.
    explicit SessionRestriction(const QString& file, QObject* parent = nullptr);

    bool isActive() const { return !m_text.isEmpty(); }
    QString text() const { return m_text; }
    // Pauses with the dialog's text (a generic reason when it is empty). The text that paused stays
    // the reason until resume(); only a pause whose text was not known yet takes a text later.
    // False when nothing changed.
    bool restrict(const QString& dialogText);
    // A person resumes: the pause and its file are gone. False when there was none.
    bool resume();

signals:
    void changed();

private:
    QString genericText() const;

    QString m_file;
    QString m_text;
};

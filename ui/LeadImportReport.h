#pragma once

#include <QString>
#include <QVector>
#include <functional>

// What importing a CSV of leads gives back to the dialog. The importer itself lives in the core
// (CsvLeadImporter); the composition root adapts its result to this shape.
struct LeadImportProblem
{
    int line = 0;   // 1-based line in the file (the header is line 1)
    QString leadId; // empty when the row had none
    QString reason; // plain text for people
};

struct LeadImportReport
{
    int imported = 0;
    int duplicates = 0; // rows already known (same lead id), left as they were
    QVector<LeadImportProblem> problems;
    QString fatalError; // the file as a whole was refused (unreadable, no header, ...)
    // A person cancelled: the `imported` leads written before stay, the rest was not imported.
    bool cancelled = false;
};

// How an import running in the background reports to the dialog.
struct LeadImportCallbacks
{
    std::function<void(int percent)> progress;
    std::function<void(const LeadImportReport& report)> done; // exactly once
};
using LeadImportCancel = std::function<void()>;
// Starts importing filePath and returns at once (done may also be called before it returns); the
// returned function asks the import to stop (empty: it cannot be stopped).
using LeadImporter =
    std::function<LeadImportCancel(const QString& filePath, const LeadImportCallbacks& callbacks)>;

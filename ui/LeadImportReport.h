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
};

using LeadImporter = std::function<LeadImportReport(const QString& filePath)>;

#pragma once

#include "SlicedImportJob.h"
#include "SuppressionList.h"

#include <memory>

// Imports a CSV of phones into the suppression list without stalling the UI thread, as
// CsvLeadImportJob does for leads (SlicedImportJob; SuppressionList::planCsvFile reads with the
// leads' CSV reader). After a cancel the committed slices stay (a phone listed is protected at once)
// and the result says how many. Importing the same file again adds only what is missing.
class SuppressionImportJob : public SlicedImportJob
{
    Q_OBJECT
public:
    explicit SuppressionImportJob(SuppressionList* list, QObject* parent = nullptr);

    // False when an import is already running.
    bool start(const QString& path);

signals:
    // Once per start(). result.cancelled: stopped by cancel(); result.added were written.
    void finished(const SuppressionList::ImportResult& result);

private:
    qsizetype acceptPlan() override;
    bool writeRows(qsizetype first, qsizetype count) override;
    void end(Ending ending) override;

    SuppressionList* m_list;
    std::shared_ptr<SuppressionList::ImportPlan> m_plan;
    SuppressionList::ImportResult m_result;
};

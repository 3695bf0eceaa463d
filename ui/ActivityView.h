#pragma once

#include <QWidget>

class ActivityModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class SdrRepository;

// The activity log with an SDR filter, a kind filter and a CSV export of what the filters show.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    ActivityView(ActivityModel* model, SdrRepository* sdrs, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QComboBox* sdrFilterBox() const { return m_sdrBox; }
    QComboBox* kindFilterBox() const { return m_kindBox; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    void showSdr(const QString& sdrId); // sets the SDR filter (empty = all)
    // Writes the filtered log to filePath and reports the result under the table.
    bool exportTo(const QString& filePath);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillSdrBox();
    void fillKindBox();
    void chooseExportFile();

    ActivityModel* m_model;
    SdrRepository* m_sdrs;
    QLabel* m_sdrLabel;
    QComboBox* m_sdrBox;
    QLabel* m_kindLabel;
    QComboBox* m_kindBox;
    QPushButton* m_exportButton;
    QTableView* m_table;
    QLabel* m_status;
};

#pragma once

#include <QListView>

class SdrListModel;

// The list of SDRs on the left of the main window. Selecting one asks to show its session.
class SdrSidebar : public QListView
{
    Q_OBJECT
public:
    explicit SdrSidebar(SdrListModel* model, QWidget* parent = nullptr);

    QString currentSdrId() const;
    SdrListModel* sdrModel() const { return m_model; }

public slots:
    void selectSdr(const QString& sdrId); // empty clears the selection

signals:
    void sdrSelected(const QString& sdrId); // empty when nothing is selected

private:
    SdrListModel* m_model;
    bool m_removingRows = false;
};

#pragma once

#include <QWidget>

class DashboardModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
class QGroupBox;
class QHBoxLayout;
class SendsChart;

// The team lead's screen: totals at the top, the table of all SDRs (right click on its header to
// show or hide columns), the per-hour chart of today's
// sends and replies and, when there are any, the leads held as uncertain after a crash with Resend / Drop.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(DashboardModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    SendsChart* chart() const { return m_chart; }
    QTreeWidget* uncertainList() const { return m_uncertainList; }

signals:
    void sdrActivated(const QString& sdrId);
    void resendRequested(const QString& leadId);
    void dropRequested(const QString& leadId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Tile
    {
        QLabel* value = nullptr;
        QLabel* caption = nullptr;
    };
    Tile addTile(QHBoxLayout* row, const QString& objectName);
    void retranslateUi();
    void onRefreshed();
    QString reasonText(bool held) const;
    // Fits the columns to what they show, until the person resizes one by hand.
    void fitColumns();
    QString selectedLeadId() const;

    DashboardModel* m_model;
    QSortFilterProxyModel* m_proxy;
    Tile m_connectedTile;
    Tile m_attentionTile;
    Tile m_queuedTile;
    Tile m_sentTile;
    Tile m_repliedTile;
    Tile m_failedTile;
    QTableView* m_table;
    bool m_fittingColumns = false;
    bool m_columnsSizedByUser = false;
    QLabel* m_chartTitle;
    SendsChart* m_chart;
    QGroupBox* m_uncertainBox;
    QLabel* m_uncertainHelp;
    QTreeWidget* m_uncertainList;
    QPushButton* m_resendButton;
    QPushButton* m_dropButton;
};

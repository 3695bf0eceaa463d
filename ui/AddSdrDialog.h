#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SdrRepository;

// Adds an SDR to the local store (the CRM-less mode; with a CRM, its SDR list is the source).
// The new SDR gets its WhatsApp session at once; its leads can then be imported from CSV.
class AddSdrDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddSdrDialog(SdrRepository* sdrs, QWidget* parent = nullptr);

    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLabel* errorLabel() const { return m_error; }

    // Why the form cannot be saved as it is; empty when it can.
    QString validationError() const;

public slots:
    // Saves the SDR and closes the dialog; shows why not otherwise.
    void accept() override;

signals:
    void sdrAdded(const QString& sdrId);

private:
    SdrRepository* m_sdrs;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

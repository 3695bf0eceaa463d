#include "AddSdrDialog.h"

#include "Phone.h"
#include "SdrRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
// Ids become profile folder names and CRM keys: keep them to what every file system and URL takes.
const QRegularExpression kIdPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
} // namespace

AddSdrDialog::AddSdrDialog(SdrRepository* sdrs, QWidget* parent)
    : QDialog(parent)
    , m_sdrs(sdrs)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add SDR"));
    m_id->setPlaceholderText(tr("e.g. sdr_john"));
    m_name->setPlaceholderText(tr("e.g. John Smith"));
    m_phone->setPlaceholderText(tr("optional, e.g. +15551234567"));
    m_phone->setToolTip(tr("The number this SDR's WhatsApp should be linked to. When set, a session "
                           "linked to another number is flagged and does not send."));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("SDR id:"), m_id);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("WhatsApp number:"), m_phone);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSdrDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddSdrDialog::reject);
    resize(420, sizeHint().height());
}

QString AddSdrDialog::validationError() const
{
    const QString id = m_id->text().trimmed();
    if (!kIdPattern.match(id).hasMatch())
        return tr("The SDR id must be 1 to 64 letters, digits, '_', '-' or '.'.");
    if (m_sdrs->find(id))
        return tr("There is already an SDR with the id \"%1\".").arg(id);
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the SDR's name.");
    const QString phone = m_phone->text().trimmed();
    Phone::Error error = Phone::Error::None;
    if (!phone.isEmpty() && !Phone::normalize(phone, &error))
        return tr("The WhatsApp number is not valid: %1").arg(Phone::reasonText(error));
    return {};
}

void AddSdrDialog::accept()
{
    const QString problem = validationError();
    if (problem.isEmpty()) {
        SdrRecord sdr;
        sdr.id = m_id->text().trimmed();
        sdr.name = m_name->text().trimmed();
        sdr.expectedPhone =
            m_phone->text().trimmed().isEmpty() ? QString() : *Phone::normalize(m_phone->text().trimmed());
        sdr.source = QStringLiteral("local");
        if (m_sdrs->upsert(sdr)) {
            emit sdrAdded(sdr.id);
            QDialog::accept();
            return;
        }
        m_error->setText(m_sdrs->errorString());
    } else {
        m_error->setText(problem);
    }
    m_error->show();
}

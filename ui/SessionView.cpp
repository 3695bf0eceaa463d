#include "SessionView.h"

#include "StatePresentation.h"
#include "UiLogging.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace {
QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and errors come from the network
    return label;
}
} // namespace

SessionView::SessionView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    m_nameLabel = plainLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("sessionName"));
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_nameLabel->setFont(big);
    m_phoneLabel = plainLabel(this);
    m_phoneLabel->setObjectName(QStringLiteral("sessionPhone"));
    m_stateLabel = plainLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("sessionState"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setMargin(3);
    header->addWidget(m_nameLabel);
    header->addSpacing(8);
    header->addWidget(m_phoneLabel);
    header->addStretch(1);
    header->addWidget(m_stateLabel);
    layout->addLayout(header);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("sessionBanner"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 8, 8);
    m_bannerText = plainLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("sessionAdvice"));
    m_bannerText->setWordWrap(true);
    m_useHereButton = new QPushButton(m_banner);
    m_useHereButton->setObjectName(QStringLiteral("useHereButton"));
    m_resumeButton = new QPushButton(m_banner);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_useHereButton);
    bannerLayout->addWidget(m_resumeButton);
    layout->addWidget(m_banner);

    m_errorLabel = plainLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("sessionError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_errorLabel);

    auto* buttons = new QHBoxLayout;
    m_connectButton = new QPushButton(this);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_disconnectButton = new QPushButton(this);
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_disconnectButton);
    buttons->addStretch(1);
    buttons->addWidget(m_removeButton);
    layout->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    m_placeholder = plainLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("sessionPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(m_placeholder);
    layout->addWidget(m_stack, 1);

    connect(m_connectButton, &QPushButton::clicked, this, [this] { emit connectRequested(m_sdrId); });
    connect(m_disconnectButton, &QPushButton::clicked, this, [this] { emit disconnectRequested(m_sdrId); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { emit removeRequested(m_sdrId); });
    connect(m_useHereButton, &QPushButton::clicked, this, [this] { emit useHereRequested(m_sdrId); });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { emit resumeRequested(m_sdrId); });

    retranslateUi();
    updateState();
}

void SessionView::setSdr(const QString& sdrId, const QString& name)
{
    if (sdrId != m_sdrId) {
        m_phone.clear();
        m_lastError.clear();
        m_state = ConnectionState::Loading;
    }
    m_sdrId = sdrId;
    m_name = name.isEmpty() ? sdrId : name;
    updateState();
}

void SessionView::setState(ConnectionState state)
{
    m_state = state;
    updateState();
}

void SessionView::setPhone(const QString& phone)
{
    m_phone = phone;
    updateState();
}

void SessionView::setLastError(const QString& error)
{
    m_lastError = error;
    updateState();
}

void SessionView::setPage(QWebEnginePage* page)
{
    if (page == m_page && (page || m_stack->currentWidget() == m_placeholder))
        return;
    if (m_page)
        disconnect(m_page, nullptr, this, nullptr);
    m_page = page;
    if (!page) {
        if (m_view)
            m_view->setPage(nullptr);
        m_stack->setCurrentWidget(m_placeholder);
        updateState();
        return;
    }
    if (!m_view) {
        m_view = new QWebEngineView(m_stack);
        m_view->setObjectName(QStringLiteral("sessionWebView"));
        m_stack->addWidget(m_view);
    }
    // The session owns its page and may discard it (hibernation, renderer crash): fall back to the
    // placeholder rather than keep a view on a dead page.
    connect(page, &QObject::destroyed, this, [this] {
        m_stack->setCurrentWidget(m_placeholder);
        updateState();
    });
    m_view->setPage(page);
    m_stack->setCurrentWidget(m_view);
    updateState();
}

void SessionView::clear()
{
    setPage(nullptr);
    m_sdrId.clear();
    m_name.clear();
    m_phone.clear();
    m_lastError.clear();
    m_state = ConnectionState::Loading;
    updateState();
}

void SessionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SessionView::retranslateUi()
{
    m_useHereButton->setText(tr("Use here"));
    m_useHereButton->setToolTip(tr("Take this WhatsApp session back from the other window"));
    m_resumeButton->setText(tr("Resume sending"));
    m_resumeButton->setToolTip(tr("You have read WhatsApp's warning: send this SDR's leads again"));
    m_connectButton->setText(tr("Connect"));
    m_connectButton->setToolTip(
        tr("Open this SDR's WhatsApp Web (and show the QR code if it is not linked)"));
    m_disconnectButton->setText(tr("Disconnect"));
    m_disconnectButton->setToolTip(
        tr("Log this SDR out of WhatsApp Web and wipe this SDR's browser profile"));
    m_removeButton->setText(tr("Remove SDR…"));
    m_removeButton->setToolTip(tr("Remove this SDR and its WhatsApp session from this app"));
    updateState();
}

void SessionView::updateState()
{
    const bool hasSdr = !m_sdrId.isEmpty();
    m_nameLabel->setText(hasSdr ? m_name : tr("No SDR selected"));
    m_phoneLabel->setText(m_phone);
    m_phoneLabel->setVisible(!m_phone.isEmpty());

    const QColor color = StatePresentation::color(m_state);
    m_stateLabel->setText(StatePresentation::label(m_state));
    m_stateLabel->setVisible(hasSdr);
    m_stateLabel->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                               "padding: 2px 8px; font-weight: 600; }")
                                    .arg(color.name()));

    QColor tint = color;
    tint.setAlpha(38);
    m_banner->setStyleSheet(
        QStringLiteral("QFrame#sessionBanner { background: rgba(%1, %2, %3, %4); border: 1px solid %5; "
                       "border-radius: 6px; }")
            .arg(tint.red())
            .arg(tint.green())
            .arg(tint.blue())
            .arg(tint.alpha())
            .arg(color.name()));
    m_bannerText->setText(StatePresentation::advice(m_state));
    m_banner->setVisible(hasSdr);
    m_useHereButton->setVisible(m_state == ConnectionState::Conflict);
    m_resumeButton->setVisible(m_state == ConnectionState::Restricted);

    m_errorLabel->setText(m_lastError.isEmpty() ? QString() : tr("Last error: %1").arg(m_lastError));
    m_errorLabel->setVisible(hasSdr && !m_lastError.isEmpty());

    const bool linkedOrLinking =
        m_state != ConnectionState::LoggedOut && m_state != ConnectionState::Hibernated;
    m_connectButton->setVisible(hasSdr);
    m_connectButton->setEnabled(!m_page || m_state == ConnectionState::LoggedOut ||
                                m_state == ConnectionState::Hibernated || m_state == ConnectionState::Error ||
                                m_state == ConnectionState::Unreachable);
    m_disconnectButton->setVisible(hasSdr);
    m_disconnectButton->setEnabled(linkedOrLinking || m_page);
    m_removeButton->setVisible(hasSdr);

    if (!hasSdr)
        m_placeholder->setText(tr("Select an SDR on the left to see their WhatsApp."));
    else if (m_state == ConnectionState::Hibernated)
        m_placeholder->setText(tr("%1's session is hibernated to save memory. It wakes up when there is "
                                  "something to send, or press Connect.")
                                   .arg(m_name));
    else
        m_placeholder->setText(tr("%1's WhatsApp Web is not open. Press Connect to open it.").arg(m_name));
}

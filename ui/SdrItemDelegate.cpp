#include "SdrItemDelegate.h"

#include "ConnectionState.h"
#include "SdrListModel.h"
#include "StatePresentation.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kPadding = 8;
constexpr int kDot = 10;
} // namespace

QSize SdrItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {200, fm.height() * 2 + kPadding * 2 + 2};
}

void SdrItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background and focus only: the text is drawn below as plain text.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = ConnectionState(index.data(SdrListModel::StateRole).toInt());
    const bool active = index.data(SdrListModel::ActiveRole).toBool();
    const QString name = index.data(SdrListModel::NameRole).toString();
    const QString phone = index.data(SdrListModel::PhoneRole).toString();
    const int unread = index.data(SdrListModel::UnreadRole).toInt();
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics fm(option.font);

    // State dot, vertically centred on the name line.
    QColor dot = StatePresentation::color(state);
    if (!active)
        dot = StatePresentation::color(StatePresentation::Severity::Idle);
    painter->setPen(QPen(dot.darker(125), 1));
    painter->setBrush(dot);
    const int dotY = r.top() + (fm.height() - kDot) / 2;
    painter->drawEllipse(QRectF(r.left() + 0.5, dotY + 0.5, kDot, kDot));

    int right = r.right();
    if (unread > 0) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        const QFontMetrics bfm(badgeFont);
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int w = qMax(bfm.height() + 2, bfm.horizontalAdvance(count) + 10);
        const QRect badge(right - w + 1, r.top() + (fm.height() - bfm.height() - 2) / 2, w, bfm.height() + 2);
        QPainterPath pill;
        pill.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->fillPath(pill, StatePresentation::color(StatePresentation::Severity::Ok));
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, count);
        right = badge.left() - 6;
    }

    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QColor textColor = option.palette.color(active ? QPalette::Active : QPalette::Disabled, textRole);
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    const int textLeft = r.left() + kDot + 8;
    const QRect nameRect(textLeft, r.top(), right - textLeft, fm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));

    // Second line: the number when connected, otherwise what is wrong (in the state's colour).
    QString detail;
    QColor detailColor = textColor;
    if (state == ConnectionState::Connected) {
        detail = phone.isEmpty() ? StatePresentation::label(state) : phone;
        detailColor.setAlpha(170);
    } else {
        detail = StatePresentation::label(state);
        if (!phone.isEmpty())
            detail += QStringLiteral(" · ") + phone;
        if (!selected && active)
            detailColor = StatePresentation::color(state).darker(115);
    }
    if (!active)
        detail = tr("Inactive") + QStringLiteral(" · ") + detail;
    painter->setFont(option.font);
    painter->setPen(detailColor);
    const QRect detailRect(textLeft, r.top() + fm.height() + 2, r.right() - textLeft, fm.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

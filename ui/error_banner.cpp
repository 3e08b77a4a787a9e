// SPDX-License-Identifier: MIT
#include "ui/error_banner.h"

#include "ui/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ferry {

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    auto *mark = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    mark->setPixmap(icon("state-error").pixmap(size, size));
    mark->setAlignment(Qt::AlignTop);
    layout->addWidget(mark);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("errorBannerClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Hide this message"));
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString &text)
{
    m_text->setText(text);
    show();
}

QString ErrorBanner::text() const { return m_text->text(); }

} // namespace ferry

// SPDX-License-Identifier: MIT
#include "ui/icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>

namespace ferry {

namespace {

/// True when the application palette is a dark one (light text on a dark window).
bool isDarkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::WindowText).lightness()
        > palette.color(QPalette::Window).lightness();
}

/**
 * Draws the light or the dark variant of an icon, chosen from the application palette each time
 * the icon is painted, so icons follow a palette change without being created again. Both
 * variants are SVG icons (Qt's SVG icon engine renders them at the requested size and device
 * pixel ratio). Thread: GUI thread.
 */
class ThemedIconEngine final : public QIconEngine
{
public:
    ThemedIconEngine(QIcon light, QIcon dark) : m_light(std::move(light)), m_dark(std::move(dark))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        current().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return current().actualSize(size, mode, state);
    }

    // QIcon asks for device pixels (size times the device pixel ratio) and sets the ratio on
    // the result itself, so this is also the high-DPI path.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return current().pixmap(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return current().availableSizes(mode, state);
    }

    QString key() const override { return QStringLiteral("ferry-themed"); }
    QIconEngine *clone() const override { return new ThemedIconEngine(m_light, m_dark); }
    bool isNull() override { return m_light.isNull(); }

private:
    const QIcon &current() const { return isDarkPalette() ? m_dark : m_light; }

    QIcon m_light;
    QIcon m_dark;
};

} // namespace

QIcon icon(const char *name)
{
    static QHash<QString, QIcon> cache;
    const QString key = QString::fromLatin1(name);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QString lightPath = QStringLiteral(":/icons/%1.svg").arg(key);
    const QString darkPath = QStringLiteral(":/icons/dark/%1.svg").arg(key);
    QIcon result;
    if (QFile::exists(lightPath)) {
        QIcon light(lightPath);
        QIcon dark = QFile::exists(darkPath) ? QIcon(darkPath) : light;
        result = QIcon(new ThemedIconEngine(std::move(light), std::move(dark)));
    } else {
        qWarning("ferry: no icon named %s in the resources", name);
    }
    cache.insert(key, result);
    return result;
}

} // namespace ferry

// SPDX-License-Identifier: MIT
// Build-time tool: renders an SVG file to a square PNG of the given size, e.g. the hicolor
// application icons (packaging/packaging.cmake). Usage: ferry_render_svg IN.svg OUT.png SIZE
// Exits 1 with a message when the SVG cannot be read or the PNG cannot be written.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = arguments.size() == 4 ? arguments.at(3).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 4096) {
        std::fprintf(stderr, "usage: ferry_render_svg IN.svg OUT.png SIZE (1 to 4096)\n");
        return 2;
    }
    const QString input = arguments.at(1);
    const QString output = arguments.at(2);
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "ferry_render_svg: cannot read the SVG file %s\n",
                     qPrintable(QDir::toNativeSeparators(input)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QDir().mkpath(QFileInfo(output).absolutePath());
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "ferry_render_svg: cannot write the PNG file %s\n",
                     qPrintable(QDir::toNativeSeparators(output)));
        return 1;
    }
    return 0;
}

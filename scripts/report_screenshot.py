"""Render HTML reports to PNG images (QtWebKit), to look at them as a reader would.

    python3 scripts/report_screenshot.py report.html [report_ko.html ...] --out docs/

Each ``<name>.html`` becomes ``<out>/<name>.png``, the whole page at 1000 px wide.
"""
import argparse
import os
import sys
from pathlib import Path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="+")
    parser.add_argument("--out", default=".")
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.PyQt.QtCore import QEventLoop, QSize, QUrl
    from qgis.PyQt.QtGui import QImage, QPainter
    from qgis.PyQt.QtWidgets import QApplication
    from PyQt5.QtWebKitWidgets import QWebPage
    app = QApplication(sys.argv)
    for page_path in arguments.pages:
        page = QWebPage()
        loop = QEventLoop()
        page.mainFrame().loadFinished.connect(loop.quit)
        page.mainFrame().load(QUrl.fromLocalFile(str(Path(page_path).resolve())))
        loop.exec_()
        page.setViewportSize(QSize(1000, 800))
        size = page.mainFrame().contentsSize()
        page.setViewportSize(QSize(1000, size.height()))
        image = QImage(QSize(1000, size.height()), QImage.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        page.mainFrame().render(painter)
        painter.end()
        target = Path(arguments.out) / (Path(page_path).stem + ".png")
        image.save(str(target))
        print(target)
    del app


if __name__ == "__main__":
    main()

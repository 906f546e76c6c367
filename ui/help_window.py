"""The user guide (docs/user-guide.zh.md) in a window, opened at a section (F1 in context).

The guide is Markdown rendered by QTextBrowser.setMarkdown; headings carry no anchors there, so
sections are found by their heading text, and in-guide links (#slug, GitHub style) by the slug
of each heading.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QVBoxLayout, QWidget

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDE = DOCS / "user-guide.zh.md"
MAX_IMAGE_WIDTH = 640


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def headings(markdown: str) -> list[str]:
    return [m.group(2).strip() for m in re.finditer(r"^(#{1,6})\s+(.+)$", markdown, re.MULTILINE)]


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None, guide: Path = GUIDE):
        super().__init__(parent)
        self.setObjectName("HelpWindow")
        self.setWindowTitle(self.tr("使用说明 - 村计生服务室登记系统"))
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.find = QLineEdit()
        self.find.setObjectName("help_find")
        self.find.setPlaceholderText(self.tr("在说明中查找（回车找下一处）"))
        self.find.setClearButtonEnabled(True)
        self.find.returnPressed.connect(self.find_next)
        layout.addWidget(self.find)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find.setFocus)
        self.load(guide)

    def load(self, guide: Path) -> None:
        self._folder = guide.parent
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(guide.parent) + "/"))
        if guide.is_file():
            self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
            self._shrink_images()
        else:
            self.browser.setPlainText(self.tr("找不到使用说明文件：{p}").format(p=guide))

    def _shrink_images(self) -> None:
        """Screenshots are full size; fit them to the text width (click-free reading)."""
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    size = QImageReader(str(self._folder / image.name())).size()
                    if size.width() > MAX_IMAGE_WIDTH:
                        scaled = QTextImageFormat(image)
                        scaled.setWidth(MAX_IMAGE_WIDTH)
                        scaled.setHeight(size.height() * MAX_IMAGE_WIDTH / size.width())
                        cursor = QTextCursor(doc)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(scaled)
                it += 1
            block = block.next()

    def section_titles(self) -> list[str]:
        titles = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                titles.append(block.text().strip())
            block = block.next()
        return titles

    def show_section(self, heading: str) -> bool:
        """Scroll so that `heading` is at the top; False (and the start) if there is none."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == heading:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = self.browser.document().documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        self.browser.verticalScrollBar().setValue(0)
        return False

    def current_section(self) -> str:
        """The heading at (or last above) the top of the view."""
        top = self.browser.verticalScrollBar().value()
        layout = self.browser.document().documentLayout()
        found = ""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                if layout.blockBoundingRect(block).top() > top + 2:
                    break
                found = block.text().strip()
            block = block.next()
        return found

    def _link(self, url: QUrl) -> None:
        if url.hasFragment() and not url.path():
            wanted = url.fragment()
            for title in self.section_titles():
                if slug(title) == wanted:
                    self.show_section(title)
                    return
        elif url.scheme() in ("http", "https", "file"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)

    def find_next(self) -> None:
        text = self.find.text()
        if text and not self.browser.find(text):
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # wrap around
            self.browser.find(text)

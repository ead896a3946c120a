"""Photos of flip charts: Ctrl+O adds image files (each re-encoded and size-limited, a 200 MB
file refused at once, the console never waits), the list shows them, F2 gives a caption,
Delete removes; Ctrl+P shows the chosen photo on the projector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QListView,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from facilitator_app.capture import limits
from facilitator_app.services.capture import photos as service
from facilitator_app.ui.capture.base import CapturePanelBase
from facilitator_app.ui.capture.images import NotAnImage, PhotoLoader, PhotoTooLarge, check_size
from facilitator_app.ui.capture.records import _Keys
from facilitator_app.ui.live.output_scene import IMAGE, OutputScene

ID_ROLE = Qt.ItemDataRole.UserRole


class PhotosPanel(CapturePanelBase):
    panel_id = "photos"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.found: list[service.PhotoView] = []
        self.loader = PhotoLoader(self)
        self.loader.done.connect(self._encoded)
        layout = QVBoxLayout(self)
        add = QPushButton(self.tr("Add photos… (Ctrl+O)"))
        add.setObjectName("photoAdd")
        add.clicked.connect(self.choose)
        layout.addWidget(add)
        self.list = _Keys({Qt.Key.Key_Delete: "delete", Qt.Key.Key_F2: "caption"}, self._key)
        self.list.setObjectName("photoList")
        self.list.setAccessibleName(self.tr("Photos"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(120, 90))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+O"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.choose)
        self.addAction(action)
        self.list.currentRowChanged.connect(lambda _row: self.env.scene_changed())

    def title(self) -> str:
        return self.tr("P&hotos")

    def tables(self) -> tuple[str, ...]:
        return ("photo",)

    def reload(self) -> None:
        self.found = service.photos_of(self.db, self.env.workshop_id, self.item_id)
        row = self.list.currentRow()
        self.list.clear()
        for photo in self.found:
            pixmap = QPixmap()
            pixmap.loadFromData(service.photo_content(self.db, photo.id))
            entry = QListWidgetItem(
                QIcon(
                    pixmap.scaled(
                        120,
                        90,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                ),
                photo.caption or photo.filename,
            )
            entry.setData(ID_ROLE, photo.id)
            self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (*.jpg *.jpeg *.png *.webp *.heic)")
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Refuses a file too large at once; encodes the others on a worker thread."""
        accepted = []
        for path in paths:
            try:
                check_size(path)
            except PhotoTooLarge:
                self.env.say(
                    self.tr(
                        "{name} is too large to be a photo (more than {mb} MB): not added."
                    ).format(name=path.name, mb=limits.PHOTO_FILE_BYTES // (1024 * 1024)),
                    True,
                )
                continue
            except OSError as exc:
                self.env.say(
                    self.tr("{name} cannot be read: {error}").format(
                        name=path.name, error=exc.strerror or exc
                    ),
                    True,
                )
                continue
            accepted.append(path)
        if accepted:
            self.env.say(self.tr("Reading %n photo(s)…", "", len(accepted)), False)
            self.loader.load(accepted)

    def _encoded(self, path: Path, content: bytes | None, error: Exception | None) -> None:
        if content is None:
            reason = (
                self.tr("not an image this application reads")
                if isinstance(error, NotAnImage)
                else str(error)
            )
            self.env.say(self.tr("{name}: {reason}").format(name=path.name, reason=reason), True)
            return
        self.perform(
            service.add_photo,
            self.env.workshop_id,
            self.item_id,
            content,
            filename=path.name,
            caption=path.stem,
        )

    def _key(self, entry: QListWidgetItem, what: str) -> None:
        photo_id = int(entry.data(ID_ROLE))
        if what == "delete":
            self.perform(service.remove_photo, photo_id)
            return
        caption, ok = QInputDialog.getText(
            self, self.tr("Caption"), self.tr("Caption:"), text=entry.text()
        )
        if ok:
            self.perform(service.caption_photo, photo_id, caption)

    def focus_entry(self) -> None:
        self.list.setFocus()

    def scene(self) -> OutputScene | None:
        entry = self.list.currentItem()
        if entry is None:
            return None
        photo_id = int(entry.data(ID_ROLE))
        return OutputScene(IMAGE, entry.text(), image=service.photo_content(self.db, photo_id))

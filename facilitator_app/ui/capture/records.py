"""The records one tool produces: the weather check-in (each person present in turn, 1 to 6
picks a weather, the comment field above takes a word; the next person comes), the desert
island (each one's object and why, then K puts an object in the group's shared kit) and the
collaborative portrait (traits under the portrait's headings, then the composite portrait)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from facilitator_app.capture import limits
from facilitator_app.capture.words import WEATHERS
from facilitator_app.services.capture import records as service
from facilitator_app.ui.autosave import AutoSave
from facilitator_app.ui.capture.base import (
    CapturePanelBase,
    LimitedLine,
    LimitedText,
    PeopleCombo,
    labelled,
    own_keys,
    people_of,
    short,
)
from facilitator_app.ui.live.output_scene import BARS, LINES, OutputScene, Tile, TileGroup

ID_ROLE = Qt.ItemDataRole.UserRole
WEATHER_KEYS = {getattr(Qt.Key, f"Key_{n}"): code for n, code in enumerate(WEATHERS, start=1)}


class _Keys(QListWidget):
    def __init__(self, keys: dict[Any, Any], handle: Any) -> None:
        super().__init__()
        self.handled, self.handle = keys, handle
        self.setWordWrap(True)
        own_keys(self, keys)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self.handled and self.currentItem() is not None:
            self.handle(self.currentItem(), self.handled[key])
        else:
            super().keyPressEvent(event)


class WeatherPanel(CapturePanelBase):
    panel_id = "weather"
    follows_people = True

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.found: list[service.RecordView] = []
        layout = QVBoxLayout(self)
        legend = "   ".join(  # each entry kept on one line
            f"{n}\u00a0{w.symbol}\u00a0{w.text(self.language).replace(' ', chr(160))}"
            for n, w in enumerate(WEATHERS.values(), 1)
        )
        hint = QLabel(legend)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.comment = LimitedLine(500, self.tr("A word of comment (before the weather)"))
        self.comment.setObjectName("weatherComment")
        self.comment.returnPressed.connect(self._comment_only)
        layout.addWidget(self.comment)
        self.people = _Keys({**WEATHER_KEYS, Qt.Key.Key_Delete: None}, self._key)
        self.people.setObjectName("weatherPeople")
        layout.addWidget(self.people, 1)

    def title(self) -> str:
        return self.tr("W&eather")

    def tables(self) -> tuple[str, ...]:
        return ("tool_record",)

    def reload(self) -> None:
        self.found = service.records_of(self.db, self.env.workshop_id, self.item_id, "weather")
        row = max(0, self.people.currentRow())
        self.people.clear()
        mine = {(r.participant_id, r.author): r for r in self.found}
        by_person = {pid: r for (pid, _a), r in mine.items() if pid is not None}
        present = self.env.present()
        names = {name for _pid, name in present}
        rows: list[tuple[int | None, str, service.RecordView | None]] = [
            (pid, name, by_person.get(pid)) for pid, name in present
        ]
        rows += [
            (None, r.author, r)
            for r in self.found
            if r.participant_id is None and r.author not in names
        ]
        for pid, name, record in rows:
            if record is not None:
                word = WEATHERS[record["weather"]]
                label = f"{word.symbol} {name} - {word.text(self.language)}"
                if record["comment"]:
                    label += f" ({record['comment']})"
            else:
                label = f"   {name}"
            entry = QListWidgetItem(label)
            entry.setData(ID_ROLE, (pid, name, record.id if record else None))
            self.people.addItem(entry)
        if self.people.count():
            self.people.setCurrentRow(min(row, self.people.count() - 1))

    def _key(self, entry: QListWidgetItem, weather: str | None) -> None:
        pid, name, record_id = entry.data(ID_ROLE)
        if weather is None:
            if record_id is not None:
                self.perform(service.remove_record, record_id)
            return
        row = self.people.currentRow()
        self.perform(
            service.set_weather,
            self.env.workshop_id,
            self.item_id,
            weather,
            participant_id=pid,
            author="" if pid else name,
            comment=self.comment.text(),
        )
        if self.last_ok:
            self.comment.clear()
            self.people.setCurrentRow(min(row + 1, self.people.count() - 1))

    def _comment_only(self) -> None:
        entry = self.people.currentItem()
        if entry is None:
            return
        _pid, _name, record_id = entry.data(ID_ROLE)
        if record_id is None:
            self.env.say(self.tr("Pick the weather with 1 to 6 in the list."), True)
            self.people.setFocus()
            return
        self.perform(service.edit_record, record_id, {"comment": self.comment.text()})
        if self.last_ok:
            self.comment.clear()

    def focus_entry(self) -> None:
        self.people.setFocus()

    def scene(self) -> OutputScene:
        counts = {code: [r for r in self.found if r["weather"] == code] for code in WEATHERS}
        most = max((len(v) for v in counts.values()), default=1) or 1
        tiles = tuple(
            Tile(
                WEATHERS[code].text(self.language),
                symbol=WEATHERS[code].symbol,
                value=str(len(found)),
                share=len(found) / most,
                note=short(", ".join(r.author for r in found), 80),
            )
            for code, found in counts.items()
        )
        return OutputScene(BARS, self.tr("The room's weather"), groups=(TileGroup("", tiles),))


class DesertIslandPanel(CapturePanelBase):
    panel_id = "desert_island"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.found: list[service.RecordView] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = PeopleCombo(self.tr("who (optional)"))
        self.person.setObjectName("islandPerson")
        form.addRow(self.tr("&Who:"), self.person)
        self.group = LimitedLine(limits.GROUP_LABEL, self.tr("group (optional)"))
        self.group.setObjectName("islandGroup")
        form.addRow(self.tr("&Group:"), self.group)
        self.object = LimitedLine(300, self.tr("The object, Enter adds it"))
        self.object.setObjectName("islandObject")
        self.object.returnPressed.connect(self.add)
        form.addRow(self.tr("&Object:"), self.object)
        self.reason = LimitedLine(2000, self.tr("Why"))
        self.reason.setObjectName("islandReason")
        self.reason.returnPressed.connect(self.add)
        form.addRow(self.tr("W&hy:"), self.reason)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("K: in the shared kit or not; Delete removes.")))
        self.list = _Keys({Qt.Key.Key_K: "kit", Qt.Key.Key_Delete: "delete"}, self._key)
        self.list.setObjectName("islandList")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)

    def title(self) -> str:
        return self.tr("Desert &island")

    def tables(self) -> tuple[str, ...]:
        return ("tool_record",)

    def reload(self) -> None:
        self.person.set_people(people_of(self.db, self.env.workshop_id))
        self.found = service.records_of(
            self.db, self.env.workshop_id, self.item_id, "desert_island"
        )
        row = self.list.currentRow()
        self.list.clear()
        for record in self.found:
            mark = "★" if record["kit"] else "○"
            text = f"{mark} {record['object']}"
            if record["reason"]:
                text += f" - {record['reason']}"
            if record.author:
                text += f" ({record.author})"
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, record.id)
            self.list.addItem(entry)
        if row >= 0 and self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def add(self) -> None:
        if not self.object.text().strip():
            return
        person, name = self.person.person()
        self.perform(
            service.add_object,
            self.env.workshop_id,
            self.item_id,
            self.object.text(),
            reason=self.reason.text(),
            participant_id=person,
            author=name if person is None else "",
            group_label=self.group.text(),
            kit=bool(self.spec and self.spec.get("stage") == "kit"),
        )
        if self.last_ok:
            self.object.clear()
            self.reason.clear()
            self.object.setFocus()

    def _key(self, entry: QListWidgetItem, what: str) -> None:
        record_id = int(entry.data(ID_ROLE))
        if what == "delete":
            self.perform(service.remove_record, record_id)
            return
        record = next(r for r in self.found if r.id == record_id)
        self.perform(service.edit_record, record_id, {"kit": not record["kit"]})

    def focus_entry(self) -> None:
        self.object.setFocus()

    def scene(self) -> OutputScene:
        kit = tuple(
            Tile(r["object"], symbol="★", note=short(r["reason"], 80))
            for r in self.found
            if r["kit"]
        )
        others = tuple(
            Tile(r["object"], symbol="○", note=r.author) for r in self.found if not r["kit"]
        )
        groups = []
        if kit:
            groups.append(TileGroup(self.tr("The shared kit"), kit))
        if others:
            groups.append(TileGroup(self.tr("Everyone's objects"), others))
        return OutputScene(LINES, self.tr("The desert island"), groups=tuple(groups))


class PortraitPanel(CapturePanelBase):
    panel_id = "portrait"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.found: list[service.RecordView] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.heading = QComboBox()
        self.heading.setObjectName("portraitHeading")
        self.heading.setEditable(True)
        line = self.heading.lineEdit()
        if line is not None:
            line.setMaxLength(200)
        form.addRow(self.tr("&Heading:"), self.heading)
        self.trait = LimitedLine(4000, self.tr("A trait, Enter adds it"))
        self.trait.setObjectName("portraitTrait")
        self.trait.returnPressed.connect(self.add)
        form.addRow(self.tr("&Trait:"), self.trait)
        layout.addLayout(form)
        self.list = _Keys({Qt.Key.Key_Delete: "delete"}, self._key)
        self.list.setObjectName("portraitList")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("The composite portrait:")))
        self.composite = LimitedText(4000, self.tr("What the group writes from the traits"))
        self.composite.setObjectName("portraitComposite")
        self.composite_saver = AutoSave(self.composite, self._save_composite)
        layout.addWidget(self.composite)

    def title(self) -> str:
        return self.tr("&Portrait")

    def tables(self) -> tuple[str, ...]:
        return ("tool_record",)

    def _headings(self) -> dict[str, str]:
        labels = self.spec.labels("headings") if self.spec is not None else ()
        return {label.key: label.text(self.language) for label in labels}

    def reload(self) -> None:
        headings = self._headings()
        current = self.heading.currentText()
        self.heading.clear()
        for key, text in headings.items():
            self.heading.addItem(text, key)
        if current:
            self.heading.setEditText(current)
        self.found = service.records_of(self.db, self.env.workshop_id, self.item_id, "portrait")
        self.list.clear()
        for record in self.found:
            if record["composite"]:
                continue
            heading = headings.get(record["heading"], record["heading"])
            text = labelled(heading, record["trait"], self.language) if heading else record["trait"]
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, record.id)
            self.list.addItem(entry)
        composite = self._composite()
        if composite is not None and not self.composite_saver.pending():
            self.composite_saver.set_text(composite["trait"])
        if self.spec is not None and self.spec.get("stage") == "composite":
            self.composite.setFocus()

    def _composite(self) -> service.RecordView | None:
        return next((r for r in self.found if r["composite"]), None)

    def add(self) -> None:
        text = self.trait.text().strip()
        if not text:
            return
        index = self.heading.findText(self.heading.currentText())
        key = self.heading.itemData(index) if index >= 0 else self.heading.currentText()
        self.perform(
            service.add_trait, self.env.workshop_id, self.item_id, text, heading=str(key or "")
        )
        if self.last_ok:
            self.trait.clear()

    def _save_composite(self, text: str) -> None:
        composite = self._composite()
        if composite is None:
            if text.strip():
                self.perform(
                    service.add_trait, self.env.workshop_id, self.item_id, text, composite=True
                )
        elif text.strip():
            self.perform(service.edit_record, composite.id, {"trait": text})

    def _key(self, entry: QListWidgetItem, what: str) -> None:
        self.perform(service.remove_record, int(entry.data(ID_ROLE)))

    def focus_entry(self) -> None:
        self.trait.setFocus()

    def flush(self) -> None:
        self.composite_saver.flush()

    def scene(self) -> OutputScene:
        headings = self._headings()
        groups: dict[str, list[Tile]] = {}
        for record in self.found:
            if not record["composite"]:
                name = headings.get(record["heading"], record["heading"])
                groups.setdefault(name, []).append(Tile(short(record["trait"], 120)))
        result = [TileGroup(name, tuple(tiles)) for name, tiles in groups.items()]
        composite = self._composite()
        if composite is not None:
            result.insert(
                0, TileGroup(self.tr("Our portrait"), (Tile(short(composite["trait"], 500)),))
            )
        return OutputScene(LINES, self.tr("Collaborative portrait"), groups=tuple(result))

"""A page's rule findings: errors say why Next is off, warnings need a tick."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app.rules import Finding, Level
from ui.wizard import set_level


class FindingsView(QWidget):
    """Lists findings; each warning carries its own acknowledgement box.

    Signals:
        acknowledged_changed(): a warning was ticked or unticked.
    """

    acknowledged_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._acks: list[str] = []
        self._shown: list[Finding] | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self.setAccessibleName(self.tr("Rule findings"))

    def show_findings(self, found: list[Finding], acknowledged: list[str]) -> None:
        """Replace the list; *acknowledged* is the deployment's list, kept live."""
        self._acks = acknowledged
        if found == self._shown:
            # Unchanged: keep the rows, so a tick box keeps its keyboard focus.
            for key, box in self.boxes.items():
                box.setChecked(key in acknowledged)
            return
        self._shown = list(found)
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                # Hidden at once: deletion waits for the event loop.
                widget.hide()
                widget.deleteLater()
        self.boxes = {}
        for finding in found:
            row = self._row(finding)
            self._layout.addWidget(row)
            row.show()  # at once, not at the next turn of the event loop
        self.setVisible(bool(found))

    def _row(self, finding: Finding) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = f"{finding.level.mark} {finding.rule}: {finding.message}"
        if finding.remedy:
            text += "\n" + self.tr("What to do: {remedy}").format(remedy=finding.remedy)
        label.setText(text)
        label.setAccessibleName(self.tr("{level} {rule}").format(
            level=finding.level.value, rule=finding.rule))
        set_level(label, {Level.ERROR: "error", Level.WARNING: "warning",
                          Level.INFO: "info"}[finding.level])
        layout.addWidget(label)
        if finding.level is Level.WARNING and finding.key:
            box = QCheckBox(self.tr("I have checked this with the customer; "
                                    "continue anyway"))
            box.setAccessibleDescription(finding.message)
            box.setChecked(finding.key in self._acks)
            box.toggled.connect(lambda on, key=finding.key: self._toggle(key, on))
            self.boxes[finding.key] = box
            layout.addWidget(box)
        return row

    def _toggle(self, key: str, on: bool) -> None:
        if on and key not in self._acks:
            self._acks.append(key)
        elif not on and key in self._acks:
            self._acks.remove(key)
        self.acknowledged_changed.emit()

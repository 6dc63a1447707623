"""The setup wizard: one :class:`~app.model.Deployment`, filled page by page.

Every page writes its widgets into the shared deployment as the technician
types (so rules and checks can answer live) and reads them back when it is
shown. The superuser's password stays in memory, in :attr:`SetupWizard.password`,
until Apply hands it to the credential store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui import pagehelp

# Qt's namespace, QKeyEvent and QMessageBox are reached through their modules
# when used: the first use of Qt's namespace creates its ~100 enum types
# (about 14 ms), which the welcome page is painted without.

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from app.demo import DemoServer
    from app.hostfacts import HostFacts
    from app.model import Deployment, FieldProblem
    from app.probes import TestReport
    from ui.worker import Task

log = logging.getLogger(__name__)

PageT = TypeVar("PageT", bound="Page")

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


class Page(QWizardPage):
    """A wizard page bound to the shared deployment."""

    def wizard_(self) -> SetupWizard:
        """The wizard this page belongs to, typed."""
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard

    @property
    def dep(self) -> Deployment:
        """The deployment being configured."""
        return self.wizard_().deployment


def scroll_layout(page: QWidget) -> QVBoxLayout:
    """A layout for *page* whose content scrolls when findings outgrow it."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
    area.viewport().setAutoFillBackground(False)
    inner = QWidget(area)
    inner.setAutoFillBackground(False)
    area.setWidget(inner)
    outer.addWidget(area)
    return QVBoxLayout(inner)


def note(text: str = "", name: str = "note", *, selectable: bool = True) -> QLabel:
    """A wrapping explanation (styled by its object *name*).

    It is *selectable* by the mouse, to copy it into a ticket; the welcome
    page makes its notes selectable after the first paint (see above).
    """
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if selectable:
        make_selectable(label)
    return label


def make_selectable(label: QLabel) -> None:
    """Let the mouse select *label*'s text."""
    label.setTextInteractionFlags(
        QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)


def give_help(widget: QWidget, text: str) -> None:
    """Give *widget* its help text, as tooltip and for screen readers."""
    widget.setToolTip(text)
    widget.setAccessibleDescription(text)


def set_level(label: QLabel, level: str) -> None:
    """Restyle *label* for ``ok``, ``info`` or ``error`` (the text says it too)."""
    label.setProperty("level", level)
    # Re-polishing alone keeps the old padding (the label stays squashed); a
    # style sheet of the widget's own makes Qt apply the rules from scratch.
    label.setStyleSheet(f"/* {level} */")


def show_store_note(label: QLabel, sentence: Callable[[str], str]) -> None:
    """Say on *label* where a secret will be kept, or why nothing can keep it.

    *sentence* makes the page's own (translated) text from the store's name.
    """
    from app import secrets  # noqa: PLC0415 - keyring is slow to load

    try:
        secrets.check_store()
    except secrets.CredentialStoreError as exc:
        set_level(label, "error")
        label.setText("✘ " + str(exc))
        return
    set_level(label, "info")
    label.setText(sentence(secrets.backend_name()))


class ProblemLabel(QLabel):
    """Shows field problems as text with a mark, never by colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setWordWrap(True)
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Problems on this page"))
        self.hide()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """List *problems*, or hide when there are none."""
        self.setText("\n".join(f"✘ {p}" for p in problems))
        self.setVisible(bool(problems))


class SetupWizard(QWizard):
    """The umconnect setup wizard; see the module docstring."""

    def __init__(self, *, deployment: Deployment | None = None,
                 config_path: Path | None = None, state_dir: Path | None = None,
                 demo: DemoServer | None = None,
                 host_facts: HostFacts | None = None,
                 resolver: Callable[[str], tuple[str, ...]] | None = None,
                 parent: QWidget | None = None, lazy: bool = False) -> None:
        """*lazy*: build only the welcome page now and the others in
        :meth:`complete` (the program calls it right after the first paint,
        so the window shows before every page's back end is loaded)."""
        super().__init__(parent)
        self._deployment = deployment
        self.password = ""
        self.demo = demo
        self._config_path = config_path
        self._state_dir = state_dir
        self.report: TestReport | None = None
        self.tasks: list[Task] = []
        #: Ask before Cancel throws answers away (scripts turn it off).
        self.confirm_cancel = True
        #: Set by shutdown(): pages start no new background work.
        self.closed = False
        #: Facts about this computer, read once (tests pass them in).
        self.host_facts = host_facts
        self.resolver = resolver or _resolve

        self.setWindowTitle(self.tr("umconnect — connect voicemail to mail"))
        self.setWindowIcon(QIcon(str(RESOURCES / "umconnect.svg")))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Apply"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setMinimumSize(780, 600)

        # Imported here: the pages import this module for Page.
        from ui.welcome import WelcomePage  # noqa: PLC0415

        self.pages: list[Page] = [WelcomePage()]
        self._ids: dict[type[Page], int] = {WelcomePage: self.addPage(self.pages[0])}
        self._complete = False
        pagehelp.install(self)
        # Enter means Next: a page's own buttons take Space (or their Alt+letter),
        # so Enter never opens a file dialog or reruns a test by surprise.
        self._no_auto_default(self.pages)
        if not lazy:
            self.complete()
        # Nor does Enter on the Apply button itself: Apply takes Alt+A or Space.
        self.button(QWizard.WizardButton.CommitButton).installEventFilter(self)

    @property
    def deployment(self) -> Deployment:
        """The answers being collected (an empty set until the first is given)."""
        if self._deployment is None:
            from app.model import Deployment  # noqa: PLC0415 - see complete()

            self._deployment = Deployment()
        return self._deployment

    @deployment.setter
    def deployment(self, dep: Deployment) -> None:
        self._deployment = dep

    @property
    def config_path(self) -> Path:
        """Where Apply writes the configuration."""
        if self._config_path is None:
            from app import config  # noqa: PLC0415 - see complete()

            self._config_path = config.default_config_path()
        return self._config_path

    @config_path.setter
    def config_path(self, path: Path) -> None:
        self._config_path = path

    @property
    def state_dir(self) -> Path:
        """The service's journal, status and log folder."""
        if self._state_dir is None:
            from app import config  # noqa: PLC0415 - see complete()

            self._state_dir = config.state_dir()
        return self._state_dir

    @state_dir.setter
    def state_dir(self, path: Path) -> None:
        self._state_dir = path

    def complete(self) -> None:
        """Build every page after the welcome page (once; see ``lazy``)."""
        if self._complete:
            return
        self._complete = True
        from ui import details  # noqa: PLC0415
        from ui.computerpage import ComputerPage  # noqa: PLC0415
        from ui.finishpage import FinishPage  # noqa: PLC0415
        from ui.gatewaypages import (  # noqa: PLC0415
            ExchangeServersPage,
            GatewayAccountsPage,
        )
        from ui.oauthpages import GooglePage, Office365Page  # noqa: PLC0415
        from ui.pages import (  # noqa: PLC0415
            AccountsPage,
            ServerPage,
            SitePage,
            SummaryPage,
            UsersPage,
        )
        from ui.testpage import ConnectionTestPage  # noqa: PLC0415

        rest: list[Page] = [
            SitePage(), ComputerPage(), ExchangeServersPage(),
            GatewayAccountsPage(), ServerPage(), AccountsPage(),
            Office365Page(), GooglePage(),
            UsersPage(), ConnectionTestPage(), SummaryPage(), FinishPage()]
        for page in rest:
            self._ids[type(page)] = self.addPage(page)
            if not page.whatsThis():
                page.setWhatsThis(pagehelp.page_help(type(page).__name__))
        self.pages += rest
        details.install(self)
        self._no_auto_default(rest)
        from ui.welcome import WelcomePage  # noqa: PLC0415 - see __init__

        welcome = self.pages[0]
        assert isinstance(welcome, WelcomePage)
        welcome.finish_after_paint()
        # Walking a page's focus chain loads the enum types of every kind of
        # widget on it: the welcome page places its focus itself.
        self.currentIdChanged.connect(self._focus_first_field)

    def _no_auto_default(self, pages: list[Page]) -> None:
        for page in pages:
            for button in page.findChildren(QPushButton):
                button.setAutoDefault(False)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """Before the other pages are built, the welcome page still leads on (to
        the id the first of them will get), so Next shows rather than Finish."""
        if not self._complete:
            return max(self._ids.values()) + 1
        return super().nextId()

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        """Next from the welcome page needs the other pages: build them first."""
        self.complete()
        return super().validateCurrentPage()

    def _focus_first_field(self) -> None:
        """A new page starts with the keyboard in its first field (a push
        button only where the page has nothing else), unless the page has put
        it somewhere already (e.g. the test page's Test button)."""
        page = self.currentPage()
        focused = QApplication.focusWidget()
        if page is None or (focused is not None and page.isAncestorOf(focused)
                            and focused.isVisible()):
            return
        controls: list[QWidget] = []
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isVisible()
                    and widget.isEnabled()
                    and widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus):
                controls.append(widget)
            widget = widget.nextInFocusChain()
        # "Find from an email address…" comes before the host name it fills
        # in, but typing goes to the host name.
        fields = [c for c in controls if not isinstance(c, QPushButton)]
        for first in (fields or controls)[:1]:
            first.setFocus(QtCore.Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Swallow Enter on the Apply button (see :meth:`keyPressEvent`)."""
        if (event.type() == QEvent.Type.KeyPress
                and isinstance(event, QtGui.QKeyEvent)
                and event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
                and watched is self.button(QWizard.WizardButton.CommitButton)):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter goes to the next page, but never applies: Apply takes Alt+A."""
        page = self.currentPage()
        enter = event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
        if (enter and page is not None and page.isCommitPage()
                and event.modifiers() == QtCore.Qt.KeyboardModifier.NoModifier):
            event.accept()
            return
        super().keyPressEvent(event)

    def page_id(self, kind: type[Page]) -> int:
        """The id of the page of class *kind*."""
        if kind not in self._ids:
            self.complete()
        return self._ids[kind]

    def page(self, kind: type[PageT]) -> PageT:  # type: ignore[override]
        """The page of class *kind*, typed."""
        found = QWizard.page(self, self.page_id(kind))
        assert isinstance(found, kind)
        return found

    def track(self, task: Task) -> Task:
        """Keep *task* alive until it ends; it is cancelled when the wizard closes."""
        self.tasks.append(task)
        task.ended.connect(lambda: self.tasks.remove(task) if task in self.tasks
                           else None)
        return task

    def shutdown(self) -> None:
        """Cancel background work and stop the demo server (idempotent)."""
        self.closed = True
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            task.wait(5.0)
        if self.demo is not None:
            self.demo.stop()

    def reject(self) -> None:
        """Cancel asks first once answers were given and nothing was applied."""
        from ui.finishpage import FinishPage  # noqa: PLC0415 - see __init__

        started = self.currentId() not in (-1, self.startId())
        applied = isinstance(self.currentPage(), FinishPage)
        if started and not applied and self.confirm_cancel:
            box = QtWidgets.QMessageBox
            answer = box.question(
                self, self.tr("Leave the wizard?"),
                self.tr("Nothing has been written or started yet. Leave the "
                        "wizard and lose the answers given so far?"),
                box.StandardButton.Yes | box.StandardButton.No,
                box.StandardButton.No)
            if answer != box.StandardButton.Yes:
                return
        super().reject()

    def done(self, result: int) -> None:
        """Closing by any button or by Escape ends background work too."""
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the window ends background work too."""
        self.shutdown()
        super().closeEvent(event)


def _resolve(name: str) -> tuple[str, ...]:
    """This computer's resolver, as the rules use it (loaded when first used)."""
    from app import rules  # noqa: PLC0415 - see SetupWizard.complete

    return rules.resolve(name)

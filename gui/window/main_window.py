"""`MainWindow`: the comparison window that journalists use.

Assembles the parts: headers and repair panels above the `ComparisonView`, an inline
`MessageBar` for errors and notices, a status bar with the summary and progress. Requests go
to the `CompareController`, which compares on the thread pool; the window shows each result
when it lands and keeps the previous one when a request fails. Settings come from the
`QSettings` the caller passes (tests pass a temporary one). The window holds no commands of its
own: it builds its parts, puts them in a `WindowContext` and hands that to command objects
(`files`, `navigation`, `appearance`, `web`, `finder`, `exports`, `printing`, `help`), whose
methods the actions call and tests call directly, without showing the window. On close it asks
all work in flight to stop, then waits for the thread pool once.

May import every `gui` module except `gui.cli.main`/`gui.window.app`, `core`, PySide6 and the
standard library.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.result import Side
from wirediff.gui.models.comparison_model import ComparisonModel
from wirediff.gui.models.settings import Preferences
from wirediff.gui.presentation.furniture_verdicts import paragraph_key, with_verdicts
from wirediff.gui.presentation.reading_order import in_reading_order
from wirediff.gui.render.icons import themed_icon
from wirediff.gui.tasks.controller import CompareController
from wirediff.gui.tasks.file_watch import FileWatch
from wirediff.gui.tasks.runner import wait_for_pool
from wirediff.gui.widgets.comparison.document_header import DocumentHeader, HeaderBar, side_column
from wirediff.gui.widgets.comparison.message_bar import Level, MessageBar
from wirediff.gui.widgets.comparison.repair_panel import RepairPanel
from wirediff.gui.widgets.comparison.summary_label import SummaryLabel
from wirediff.gui.widgets.comparison.view import ComparisonView
from wirediff.gui.widgets.versions.dock import VersionsDock
from wirediff.gui.window.actions import (
    MAIN_TOOLBAR,
    CommandSet,
    apply_icons,
    create_actions,
    install_menus,
)
from wirediff.gui.window.appearance import AppearanceCommands
from wirediff.gui.window.context import WindowContext
from wirediff.gui.window.export_actions import ExportCommands, export_actions, view_style
from wirediff.gui.window.files import FileCommands
from wirediff.gui.window.find_commands import FindCommands
from wirediff.gui.window.help_commands import HelpCommands, install_help_menu
from wirediff.gui.window.menus import EDIT_MENU, FILE_MENU, VIEW_MENU, menu_named
from wirediff.gui.window.navigation import NavigationCommands
from wirediff.gui.window.printing import PrintCommands, print_action
from wirediff.gui.window.prompts import Prompts
from wirediff.gui.window.styles import apply_window_theme
from wirediff.gui.window.web import WebCommands, web_actions

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent

    from wirediff.core.result import Comparison
    from wirediff.gui.render.theme import Theme

DEFAULT_SIZE = (1400, 900)
VERSIONS_PANEL_SHORTCUT = "F9"
TOOLBAR_WORDS_MIN_WIDTH_PX = 1100
COMPARING_NOTE = "Comparing…"
FIRST_RUN_SCREEN_SHARE = 0.9
MAX_FIRST_RUN_SIZE = (1800, 1150)


class MainWindow(QMainWindow):
    """Two versions of an article side by side."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = Preferences(settings)
        self.controller = CompareController(self)
        self.model = ComparisonModel(self)
        self.watch = FileWatch(self)
        self._build_widgets()
        self.context = WindowContext(
            window=self,
            controller=self.controller,
            preferences=self.preferences,
            model=self.model,
            view=self.view,
            headers=self.headers,
            message_bar=self.message_bar,
            status_bar=self.statusBar(),
            summary_label=self.summary_label,
            position_label=self.position_label,
            versions=self.versions,
            prompts=Prompts(self),
        )
        self._build_commands()
        self._connect()
        self._restore_preferences()
        self._update_title()

    # -- construction ---------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.view = ComparisonView(self)
        self.view.set_model(self.model)
        self.headers = {side: DocumentHeader(side) for side in Side}
        self.repair_panels = {side: RepairPanel() for side in Side}
        self.header_bar = HeaderBar(
            side_column(self.headers[Side.LEFT], self.repair_panels[Side.LEFT]),
            side_column(self.headers[Side.RIGHT], self.repair_panels[Side.RIGHT]),
        )
        self.message_bar = MessageBar()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.header_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.view.legend)
        self._central_layout = layout
        self.setCentralWidget(central)
        self.summary_label = SummaryLabel("Open two versions to compare")
        self.position_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.statusBar().addWidget(self.summary_label, 1)
        self.statusBar().addPermanentWidget(self.position_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.versions = VersionsDock(self.controller, self.view)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.versions)
        self.versions.hide()
        self.resize(*DEFAULT_SIZE)
        self.view.setFocus()

    def _build_commands(self) -> None:
        context = self.context
        self.files = FileCommands(context)
        self.navigation = NavigationCommands(context)
        self.appearance = AppearanceCommands(context, self._restyle, self._show_furniture_choice)
        self.web = WebCommands(context, self.files)
        self.finder = FindCommands(context)
        self._central_layout.addWidget(self.finder.find_bar)
        self._central_layout.addWidget(self.finder.go_to_bar)
        self.exports = ExportCommands(
            self, self.comparison, lambda: view_style(self.view), self.view.visible_rows
        )
        self.printing = PrintCommands(context)
        self.window_actions = create_actions(
            self, CommandSet(self.files, self.navigation, self.appearance, self.close)
        )
        install_menus(self, self.window_actions, self.appearance)
        self.export_actions = self._install_exports()
        edit_menu = menu_named(self, EDIT_MENU)
        edit_menu.addSeparator()
        edit_menu.addActions(self.finder.actions())
        self.web_actions = self._install_web()
        self.help = HelpCommands(context)
        install_help_menu(self, self.help)

    def _install_exports(self) -> list[QAction]:
        """File > Export… and Copy Image, drawn by the same row painter as the view."""
        actions = export_actions(self, self.exports)
        file_menu = menu_named(self, FILE_MENU)
        file_menu.insertActions(self.window_actions.quit, [*actions, print_action(self.printing)])
        file_menu.insertSeparator(self.window_actions.quit)
        view_menu = menu_named(self, VIEW_MENU)
        view_menu.addSeparator()
        versions_toggle = self.versions.toggleViewAction()
        versions_toggle.setText("&Versions Panel")
        # F9 as in file managers' side panels: Ctrl+Shift+V is Paste as Right.
        versions_toggle.setShortcut(VERSIONS_PANEL_SHORTCUT)
        view_menu.addAction(versions_toggle)
        toolbar = self.findChild(QToolBar, MAIN_TOOLBAR)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(actions[0])
        return actions

    def _install_web(self) -> list[QAction]:
        """Open URL…, History, Web Archive and Stop in the File menu, after Open Right."""
        actions = web_actions(self.web)
        file_menu = menu_named(self, FILE_MENU)
        entries = file_menu.actions()
        after = entries.index(self.window_actions.open_right) + 1
        file_menu.insertActions(entries[after], actions)
        return actions

    def _connect(self) -> None:
        self.controller.comparison_ready.connect(self._on_comparison_ready)
        self.controller.comparison_failed.connect(self._on_comparison_failed)
        self.controller.progressed.connect(self._on_progress)
        self.controller.busy_changed.connect(self._on_busy)
        self.view.files_dropped.connect(self.files.open_dropped)
        self.view.zoom_requested.connect(self.appearance.zoom)
        self.view.furniture_verdict.connect(self._on_furniture_verdict)
        self.view.current_row_changed.connect(self.navigation.update_position)
        # Scrolling changes what is in view, and so what the counter and Next speak of.
        self.view.verticalScrollBar().valueChanged.connect(self.navigation.update_position)
        self.files.pending_names_shown.connect(self._update_title)
        self.appearance.minor_shown.connect(self.window_actions.show_minor.setChecked)
        self.appearance.minor_shown.connect(self.navigation.update_position)
        self.appearance.furniture_shown.connect(self.window_actions.show_furniture.setChecked)
        self.web.runner.progressed.connect(self._on_progress)
        self.web.runner.busy_changed.connect(self._on_busy)
        self.view.layout_changed.connect(self._align_headers)
        self.watch.file_changed.connect(self._on_file_changed)
        for side in Side:
            header = self.headers[side]
            panel = self.repair_panels[side]
            header.open_requested.connect(lambda s=side: self.files.open_dialog(s))
            header.files_dropped.connect(lambda paths, s=side: self.files.open_path(s, paths[0]))
            header.encoding_chosen.connect(
                lambda codec, s=side: self.controller.update_source(s, encoding=codec or None)
            )
            header.repairs_toggled.connect(panel.setVisible)
            panel.unrepaired_toggled.connect(
                lambda off, s=side: self.controller.update_source(s, repair=not off)
            )
            panel.save_requested.connect(lambda s=side: self.files.save_dialog(s))
        # A bound method makes this window the connection's context: the app-wide signal
        # forgets a window once it is deleted (a lambda would call into the deleted window).
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.versions.follow_controller()
        self.versions.watch_window_width()
        self.versions.closed_by_user.connect(self.preferences.set_versions_panel_closed)

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.appearance.apply_theme()

    def _restyle(self, theme: Theme) -> None:
        """Give `theme` to everything drawn: rows, Versions dock, style sheet and icons."""
        self.view.set_theme(theme)
        self.versions.set_theme(theme)
        apply_window_theme(self, theme)
        apply_icons(self.window_actions, theme)
        self.export_actions[0].setIcon(themed_icon("export", theme))

    def _align_headers(self) -> None:
        columns = self.view.row_painter().columns(self.view.viewport().width())
        right_margin = self.view.width() - self.view.viewport().width() + columns.left.left()
        self.header_bar.align_to(columns.left.left(), columns.gutter.width(), right_margin)

    def _fit_first_run_size(self) -> None:
        """On a large screen, open larger than the default: two columns of prose and the
        Versions panel need the room. Never smaller than the default, never past the screen."""
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        width = min(MAX_FIRST_RUN_SIZE[0], int(available.width() * FIRST_RUN_SCREEN_SHARE))
        height = min(MAX_FIRST_RUN_SIZE[1], int(available.height() * FIRST_RUN_SCREEN_SHARE))
        self.resize(max(DEFAULT_SIZE[0], width), max(DEFAULT_SIZE[1], height))

    def _restore_preferences(self) -> None:
        preferences = self.preferences
        geometry = preferences.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._fit_first_run_size()
        self.versions.set_user_closed(preferences.versions_panel_closed())
        self.window_actions.show_minor.setChecked(preferences.show_minor())
        self.window_actions.show_furniture.setChecked(preferences.show_furniture())
        self.view.set_show_minor(preferences.show_minor())
        for action in self.window_actions.fonts.actions():
            action.setChecked(action.data() == preferences.font_choice())
        for action in self.window_actions.schemes.actions():
            action.setChecked(action.data() == preferences.color_scheme())
        self.appearance.apply_font()
        self.appearance.set_color_scheme(preferences.color_scheme())

    # -- results --------------------------------------------------------------------------

    def comparison(self) -> Comparison | None:
        return self.model.comparison()

    def _on_comparison_ready(self, comparison: Comparison) -> None:
        if self.message_bar.level() is Level.ERROR:
            self.message_bar.dismiss()
        comparison = with_verdicts(comparison, self.preferences.furniture_verdicts())
        comparison = comparison.with_furniture_shown(self.preferences.show_furniture())
        self.model.set_comparison(in_reading_order(comparison))
        sources = self.controller.sources
        for side in Side:
            self.headers[side].set_document(comparison.document(side), sources[side])
            self.repair_panels[side].set_document(comparison.document(side), sources[side])
        self.summary_label.setText(comparison.summary.describe())
        paths = [source.path for source in sources.values() if source and source.path]
        self.watch.watch(paths)
        if len(paths) == 2:
            self.preferences.add_recent_pair(paths[0], paths[1])
        self._update_title()
        self.navigation.update_position()

    def _on_comparison_failed(self, message: str) -> None:
        self.message_bar.show_message(message, Level.ERROR)
        if self.controller.comparison is None:
            self.files.show_pending_names()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        # Busy (an empty range) until the first progress report: reading a large page or a
        # long PDF reports none, and a bar standing at zero would look stuck.
        self.progress.setRange(0, 0 if busy else 1000)
        self.progress.setValue(0)
        sources = self.controller.sources
        if busy:
            self.statusBar().showMessage(COMPARING_NOTE)
            left, right = sources[Side.LEFT], sources[Side.RIGHT]
            if left is not None and right is not None:
                self.view.set_comparing(left.name, right.name)
            return
        self.view.set_comparing(None, None)
        if self.statusBar().currentMessage() == COMPARING_NOTE:
            # Only our own note goes: one shown meanwhile (how to open the Versions panel,
            # say) stays for its time.
            self.statusBar().clearMessage()

    def _on_file_changed(self, path: str) -> None:
        self.message_bar.show_message(
            f"{Path(path).name} changed on disk.",
            Level.WARNING,
            action="Reload",
            on_action=self.files.reload,
        )

    def _update_title(self) -> None:
        """The versions compared, or those chosen while the first comparison runs."""
        comparison = self.comparison()
        if comparison is not None:
            names = [comparison.left.name, comparison.right.name]
        else:
            names = [source.name for source in self.controller.sources.values() if source]
        self.setWindowTitle(f"{' ↔ '.join(names)} — wirediff" if names else "wirediff")

    def _on_furniture_verdict(
        self, paragraphs: tuple[tuple[Side, int], ...], as_furniture: bool
    ) -> None:
        """Remember the user's word on paragraphs by their content and show it applied."""
        comparison = self.controller.comparison
        if comparison is None:
            return
        for side, paragraph in paragraphs:
            text = comparison.document(side).paragraphs[paragraph]
            self.preferences.remember_furniture_verdict(paragraph_key(text), as_furniture)
        self._show_furniture_choice()

    def _show_furniture_choice(self) -> None:
        """Show the comparison again with page furniture folded or shown, at the same row."""
        if self.controller.comparison is not None:
            current = self.view.current_row()
            self._on_comparison_ready(self.controller.comparison)
            if current >= 0:
                self.view.set_current_row(current, jump=True)

    # -- size ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Below this width the tool bar's words would push Export into the overflow menu:
        # icons alone (with tooltips) keep every command in sight.
        toolbar = self.findChild(QToolBar, MAIN_TOOLBAR)
        if toolbar is not None:
            narrow = self.width() < TOOLBAR_WORDS_MIN_WIDTH_PX
            toolbar.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if narrow
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preferences.set_geometry(self.saveGeometry())
        # Every runner is told to stop before the one wait, so the wait covers them all at once.
        self.versions.cancel_work()
        self.controller.cancel()
        self.web.runner.cancel()
        wait_for_pool()
        self.preferences.sync()
        super().closeEvent(event)

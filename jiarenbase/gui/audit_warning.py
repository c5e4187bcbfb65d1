"""A red warning in the status bar when the audit log's hash chain is broken
(操作日志校验链断开), for administrators only.

`install(window, ctx)` runs the core's check (services/audit_integrity.check_audit_chain,
which walks the whole log: seconds for half a million entries) off the GUI thread
through ctx.ops. A broken chain leaves a permanent red label in the window's status
bar for as long as the window is open, like the failed-backup warning; its tooltip
names the first broken entry and what to do. Staff and mentors see nothing (the check
is the administrator's business, and the service refuses them anyway). Calling it
again (a new sign-in in the same window) takes the old label away first.

# zh_CN: English → 中文
#   "Audit log changed or incomplete (entry %1)" → "操作日志被改动或缺失（第 %1 条）"
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from ..core.errors import JiarenError
from ..core.services.audit_integrity import ChainCheck, check_audit_chain
from .context import AppContext

log = logging.getLogger(__name__)

OBJECT_NAME = "auditChainWarning"
STYLE = "color: #b71c1c; font-weight: bold;"  # as the failed-backup warning (gui/app.py)


def install(window: QMainWindow, ctx: AppContext) -> None:
    """Check the chain in the background when `ctx` is an administrator's."""
    _remove(window)
    if not ctx.is_admin:
        return

    def done(check: ChainCheck) -> None:
        if not check.ok:
            _show(window, ctx, check)

    def failed(exc: JiarenError) -> None:  # e.g. the server went away: the connection banner says so
        log.warning("The audit chain could not be checked: %s", exc.en)

    ctx.ops.run(window, check_audit_chain, ctx.db, ctx.actor, success=done, failure=failed, latest="audit-chain")


def _remove(window: QMainWindow) -> None:
    old = window.findChild(QLabel, OBJECT_NAME)
    if old is not None:
        window.statusBar().removeWidget(old)
        old.setParent(None)  # not found again while its deletion is pending
        old.deleteLater()


def _show(window: QMainWindow, ctx: AppContext, check: ChainCheck) -> None:
    _remove(window)
    text = QCoreApplication.translate("AuditWarning", "Audit log changed or incomplete (entry %1)")
    label = QLabel(text.replace("%1", str(check.first_broken_id)), window)
    label.setObjectName(OBJECT_NAME)
    label.setStyleSheet(STYLE)
    label.setToolTip(check.en if ctx.lang == "en" else check.zh)
    window.statusBar().addPermanentWidget(label)

"""证书 → 核验: check a 结业证书 from its QR code (a USB scanner types the text and
Enter) or from the number and code typed off the paper. The result shows only the
masked facts the register gives (services/completion_certificates.verify); an
administrator may revoke a valid certificate from here, with a written reason."""
# zh_CN: English → 中文
#   Verify a completion certificate → 核验结业证书
#   Scan the QR code on the certificate, or type the certificate number and the verification code printed beside it,
#     then press Enter.
#     → 请扫描证书上的二维码，或输入证书编号和旁边印的核验码，然后按回车。
#   JRBCERT:… or JRB-ZB202406-01-003 K7P2Q9XM → JRBCERT:… 或 JRB-ZB202406-01-003 K7P2Q9XM
#   Verify → 核验
#   Certificate number → 证书编号
#   Holder → 持证人
#   ID number → 身份证号
#   Cohort → 批次
#   Completed on → 结业日期
#   Revoked on → 撤销日期
#   Reason → 撤销原因
#   Revoke certificate… → 撤销证书…
#   Checking… → 正在核验…
#   Valid → 有效
#   Revoked → 已撤销
#   Not found → 未找到
#   Code does not match → 核验码不符
#   This certificate is registered and valid. → 该证书已登记，真实有效。
#   This certificate was revoked and is no longer valid. → 该证书已被撤销，不再有效。
#   No certificate with this number is registered. Check the number, or ask the base that issued it.
#     → 登记簿中没有这个证书编号。请核对编号，或向出具单位询问。
#   The code does not match the register: the certificate may have been altered, or the code was mistyped.
#     → 核验码与登记不符：证书内容可能被改动，或核验码抄错。
#   Revoke certificate %1 → 撤销证书 %1
#   Why is this certificate revoked? (at least 6 characters; kept in the register and the audit log)
#     → 撤销原因（至少6个字；记入证书登记和操作日志）：
#   Certificate %1 has been revoked. → 证书 %1 已撤销。
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QWidget

from ...core.errors import JiarenError
from ...core.services import completion_certificates
from ...core.services.completion_certificates import RegisterEntry, Verification, VerifyStatus
from ..context import AppContext
from ..forms.ui_certificate_verify_dialog import Ui_CertificateVerifyDialog
from ..theme import is_dark

# (light, dark): readable on either theme
GOOD = ("#2e7d32", "#81c784")
BAD = ("#c62828", "#ef9a9a")


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """The administrator's reason for revoking (None when cancelled); tests replace it."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "")
    return text if ok else None


class CertificateVerifyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_shown: Verification | None = None
        self.ui = Ui_CertificateVerifyDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Verify a completion certificate"))
        ui.status.setStyleSheet("font-size: 18px; font-weight: 700;")
        self._fact_rows = ((ui.numberLabel, ui.numberValue), (ui.holderLabel, ui.holderValue),
                           (ui.idLabel, ui.idValue), (ui.cohortLabel, ui.cohortValue),
                           (ui.issuedLabel, ui.issuedValue), (ui.revokedLabel, ui.revokedValue),
                           (ui.reasonLabel, ui.reasonValue))
        ui.resultPanel.hide()
        ui.message.hide()
        ui.revokeButton.hide()
        close = ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter (a scanner's last key) verifies; it never closes the dialog
        ui.buttons.rejected.connect(self.reject)
        ui.verifyButton.clicked.connect(self.verify)
        ui.revokeButton.clicked.connect(self.revoke)
        self.resize(560, 380)
        ui.verifyText.setFocus(Qt.FocusReason.OtherFocusReason)

    def _colour(self, good: bool) -> str:
        pair = GOOD if good else BAD
        return pair[1] if is_dark(QApplication.instance()) else pair[0]

    # -- verifying -----------------------------------------------------------------------
    def verify(self) -> None:
        text = self.ui.verifyText.text().strip()
        if not text:
            return
        self._say("")
        self.ctx.ops.run(self, completion_certificates.verify, self.ctx.db, text, success=self.show_result,
                         failure=self._failed, latest="verify", busy=[self.ui.verifyButton])

    def _failed(self, exc: JiarenError) -> None:
        self.ui.resultPanel.hide()
        self.ui.revokeButton.hide()
        self._say(self.ctx.message(exc))
        self._ready_for_next_scan()

    def _say(self, text: str, good: bool = False) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(f"color: {self._colour(good)};")
        self.ui.message.setVisible(bool(text))

    def _status_text(self, status: VerifyStatus) -> tuple[str, str]:
        return {
            VerifyStatus.VALID: (self.tr("Valid"), self.tr("This certificate is registered and valid.")),
            VerifyStatus.REVOKED: (self.tr("Revoked"),
                                   self.tr("This certificate was revoked and is no longer valid.")),
            VerifyStatus.UNKNOWN: (self.tr("Not found"), self.tr(
                "No certificate with this number is registered. Check the number, or ask the base that issued it.")),
            VerifyStatus.MISMATCH: (self.tr("Code does not match"), self.tr(
                "The code does not match the register: the certificate may have been altered, "
                "or the code was mistyped.")),
        }[status]

    def show_result(self, v: Verification) -> None:
        self.result_shown = v
        ui = self.ui
        title, note = self._status_text(v.status)
        colour = self._colour(v.valid)
        ui.status.setText(("✓ " if v.valid else "✗ ") + title)
        ui.status.setStyleSheet(f"font-size: 18px; font-weight: 700; color: {colour};")
        ui.note.setText(note)
        cohort = f"{v.cohort_name}（{v.cohort_code}）" if v.cohort_code else v.cohort_name
        values = (v.number, v.holder, v.id_number, cohort,
                  f"{v.issued_on:%Y-%m-%d}" if v.issued_on else "",
                  f"{v.revoked_on:%Y-%m-%d}" if v.revoked_on else "", v.revoke_reason)
        for (label, value), text in zip(self._fact_rows, values, strict=True):
            value.setText(text)
            label.setVisible(bool(text))
            value.setVisible(bool(text))
        ui.resultPanel.show()
        ui.revokeButton.setVisible(self.ctx.is_admin and v.valid)
        self._ready_for_next_scan()

    def _ready_for_next_scan(self) -> None:
        """The next scan replaces the text instead of running on after it."""
        self.ui.verifyText.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.verifyText.selectAll()

    # -- revoking ------------------------------------------------------------------------
    def revoke(self) -> None:
        v = self.result_shown
        if v is None or not v.valid or not self.ctx.is_admin:
            return
        reason = ask_reason(self, self.tr("Revoke certificate %1").replace("%1", v.number), self.tr(
            "Why is this certificate revoked? (at least 6 characters; kept in the register and the audit log)"))
        if reason is None:
            return
        self.ctx.ops.run(self, completion_certificates.revoke, self.ctx.db, self.ctx.actor, v.number, reason,
                         success=self._revoked, failure=self._failed_revoke, busy=[self.ui.revokeButton])

    def _revoked(self, entry: RegisterEntry) -> None:
        self.ctx.ops.run(self, completion_certificates.verify, self.ctx.db, entry.qr, success=self.show_result,
                         failure=self._failed, latest="verify")
        self._say(self.tr("Certificate %1 has been revoked.").replace("%1", entry.number), good=True)

    def _failed_revoke(self, exc: JiarenError) -> None:
        self._say(self.ctx.message(exc))


def open_verify_dialog(parent: QWidget, ctx: AppContext) -> CertificateVerifyDialog:
    """证书 → 核验…: the dialog, non-modal, deleted when closed."""
    dialog = CertificateVerifyDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

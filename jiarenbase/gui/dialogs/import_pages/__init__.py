"""The pages of the roster import wizard (名单导入向导), one class per module."""
from .confirm_page import ImportConfirmPage
from .file_page import ImportFilePage
from .preview_page import ImportPreviewPage
from .summary_page import ImportSummaryPage
from .target_page import ImportTargetPage

__all__ = ["ImportFilePage", "ImportTargetPage", "ImportPreviewPage", "ImportConfirmPage", "ImportSummaryPage"]

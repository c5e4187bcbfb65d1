"""Pictures people bring in (the base's logo, students' ID photos), decoded with
Pillow and stored in one normal form, so a report never meets a 12-megapixel phone
photo turned on its side or a CMYK JPEG.

    png = logo_png(data)       # the logo: a PNG at most 600 px wide and high
    jpeg = id_photo_jpeg(data)  # a photo: 360 × 480 (3:4) JPEG, quality 85
"""
from __future__ import annotations

import hashlib
import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import ValidationError

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_SIDE = 600
PHOTO_MAX_BYTES = 20 * 1024 * 1024
PHOTO_SIZE = (360, 480)  # width × height: the 3:4 of a 一寸/二寸 ID photo
PHOTO_QUALITY = 85
FORMATS = ("PNG", "JPEG")


class NotAnImage(ValueError):
    """The bytes are not a PNG or JPEG that Pillow can read (the message says why, in Chinese)."""


def sha256(data: bytes | None) -> str:
    """What the audit log keeps of a picture: its hash, never its bytes."""
    return hashlib.sha256(data).hexdigest() if data else ""


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def _open(data: bytes, draft: tuple[int, int] | None = None) -> Image.Image:
    """A fully decoded, upright image; NotAnImage for anything else."""
    if not data:
        raise NotAnImage("文件是空的")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            if draft is not None and image.format == "JPEG":
                image.draft("RGB", draft)  # let the JPEG decoder scale down: much faster on phone photos
            image.load()
            return ImageOps.exif_transpose(image)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise NotAnImage("图片像素太多（超过约 9000 万像素）") from None
    except UnidentifiedImageError:
        raise NotAnImage("不是 PNG 或 JPEG 图片") from None
    except (OSError, ValueError, SyntaxError, EOFError):  # truncated or damaged data
        raise NotAnImage("图片已损坏或不完整，无法读取") from None


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)


def _on_white(image: Image.Image) -> Image.Image:
    """RGB, transparent parts on white paper."""
    if _has_alpha(image):
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image.convert("RGB")


def logo_png(data: bytes, field: str = "标志", field_en: str = "logo") -> bytes:
    """The logo as stored: a PNG (transparency kept) at most 600 px wide and high.
    ValidationError naming `field` for a file too big or not a PNG/JPEG."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError.of(field, f"图片太大（{size_text(len(data))}），最大 2 MB，请换一个较小的文件。",
                                 f"the picture is too big ({size_text(len(data))}); at most 2 MB.", field_en)
    try:
        image = _open(data)
    except NotAnImage as exc:
        raise ValidationError.of(field, f"{exc}：请选择 PNG 或 JPEG 格式的图片文件。",
                                 "not a readable PNG or JPEG picture; choose a PNG or JPEG file.", field_en) from None
    image = image.convert("RGBA") if _has_alpha(image) else image.convert("RGB")
    if image.width > LOGO_MAX_SIDE or image.height > LOGO_MAX_SIDE:
        image.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def id_photo_jpeg(data: bytes) -> bytes:
    """A student's photo as stored: upright (EXIF), RGB, the centre cut to 3:4 and
    scaled to 360 × 480, JPEG quality 85. NotAnImage when it cannot be read."""
    image = _on_white(_open(data, draft=(PHOTO_SIZE[0] * 2, PHOTO_SIZE[1] * 2)))
    image = ImageOps.fit(image, PHOTO_SIZE, Image.Resampling.LANCZOS, centering=(0.5, 0.5))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True)
    return out.getvalue()

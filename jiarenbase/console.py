"""What the command line prints, whatever the console can show (控制台输出).

A Chinese Windows console redirected to a file writes GBK (`JiarenBase.exe check >
log.txt`), a server with `LANG=C` writes ASCII, and a roster may quote any
character (𠮷 is not in GBK). Python's own streams raise UnicodeEncodeError on the
first character they cannot encode, which ended a command half-way. While
`safe_streams()` is active, stdout and stderr go through `ConsoleWriter`, which
never fails:

- ✔ and ✘ become OK and FAIL where the console cannot show them; the common Chinese
  punctuation becomes its ASCII twin; any other character it cannot encode becomes "?";
- a reader that went away (`jiarenbase summary | head`), or a full disk under
  `> log.txt`, ends the output quietly instead of the command;
- stderr (errors, tracebacks under --debug, warnings, log records) has its ID numbers
  and mobile numbers masked (sensitive.mask_sensitive), whoever wrote to it; stdout,
  the command's own output, is left as it is.
"""
from __future__ import annotations

import codecs
import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from .core.sensitive import mask_sensitive

HANDLER = "jiarenbase-console"
# What a character becomes where the console cannot encode it (else "?").
FALLBACK = {"✔": "OK", "✘": "FAIL", "“": '"', "”": '"', "‘": "'", "’": "'", "，": ",", "：": ":", "；": ";",
            "（": "(", "）": ")", "。": ".", "、": ",", "—": "-", "…": "...", "→": "->", "–": "-", "\u3000": " "}


def _fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(FALLBACK.get(ch, "?") for ch in bad), exc.end


codecs.register_error(HANDLER, _fallback)


def fit(text: str, encoding: str) -> str:
    """`text` as the console with `encoding` can show it."""
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        return text.encode(encoding, HANDLER).decode(encoding, "replace")
    except LookupError:  # an encoding Python does not know: plain ASCII is safe everywhere
        return text.encode("ascii", HANDLER).decode("ascii")


def can_show(text: str, stream: TextIO | None = None) -> bool:
    """Whether the console behind `stream` (stdout by default) shows `text` unchanged."""
    stream = sys.stdout if stream is None else stream
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


class ConsoleWriter(io.TextIOBase):
    """A text stream over `stream` whose write never raises: not for a character the
    console cannot encode, nor for a closed pipe or stream, nor for a full disk.
    `masked`: every write has its ID numbers and mobiles masked (stderr)."""

    def __init__(self, stream: TextIO, masked: bool = False) -> None:
        super().__init__()
        self.stream = stream
        self.masked = masked
        self._encoding = getattr(stream, "encoding", None) or "utf-8"
        self._gone = False  # the reader went away: what follows is dropped

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    @property
    def errors(self) -> str:  # type: ignore[override]
        return HANDLER

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        try:
            return self.stream.isatty()
        except (OSError, ValueError, AttributeError):
            return False

    def fileno(self) -> int:
        return self.stream.fileno()

    def write(self, text: str) -> int:
        if self._gone or not text:
            return len(text)
        given = len(text)
        if self.masked:  # a write is a whole line or message (print, traceback, logging): IDs are not split
            text = mask_sensitive(text)
        try:
            self.stream.write(fit(text, self._encoding))
        except UnicodeEncodeError:  # the stream's own encoding differs from what it says
            self._guard(lambda: self.stream.write(text.encode("ascii", HANDLER).decode("ascii")))
        except (OSError, ValueError) as exc:
            self._lost(exc)
        return given

    def flush(self) -> None:
        if not self._gone:
            self._guard(self.stream.flush)

    def _guard(self, call) -> None:
        try:
            call()
        except (OSError, ValueError) as exc:
            self._lost(exc)

    def _lost(self, _exc: BaseException) -> None:
        """A closed pipe (`| head`), a closed stream or a full disk under `> log.txt`
        ends the output, not the command (whose work is its own transaction)."""
        self._gone = True
        # Python flushes the real stream again at exit; point it at nothing so that
        # flush cannot complain about the closed pipe ("Exception ignored … BrokenPipeError").
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())
            os.close(devnull)


@contextlib.contextmanager
def safe_streams() -> Iterator[None]:
    """Route sys.stdout and sys.stderr through ConsoleWriter (stderr masked) until the
    block ends (streams that are None — a windowed program — stay None)."""
    saved = sys.stdout, sys.stderr
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, ConsoleWriter):
            setattr(sys, name, ConsoleWriter(stream, masked=name == "stderr"))
    try:
        yield
    finally:
        for writer in (sys.stdout, sys.stderr):
            if isinstance(writer, ConsoleWriter):
                writer.flush()
        sys.stdout, sys.stderr = saved


def decode_text_args(args: object, names: tuple[str, ...]) -> None:
    """Text options (a school's name, a cohort's code) typed on a console whose locale
    Python could not decode (LANG=C) arrive as escaped bytes; read them as UTF-8.
    File paths are left as they are: the same bytes open the same file."""
    for name in names:
        value = getattr(args, name, None)
        if isinstance(value, str) and any("\udc80" <= ch <= "\udcff" for ch in value):
            with contextlib.suppress(UnicodeDecodeError):  # not UTF-8 either: left as typed
                setattr(args, name, os.fsencode(value).decode("utf-8"))

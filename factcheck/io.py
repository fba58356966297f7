"""Load: bytes → text, with encoding detection and clear errors for bad input.

UTF-8 (with or without BOM), UTF-16/32 with a BOM, GB18030 and Big5 are read;
anything else fails with one line naming the problem. Decoding is strict: a file
that decodes only with replacement characters is reported, not guessed at.
"""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "LoadedText", "decode_bytes", "read_text"]

#: Inputs larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK_LEGACY = ("gb18030", "big5")
_BINARY_SAMPLE = 8192


@dataclass(frozen=True)
class LoadedText:
    """A decoded input text and where it came from."""

    text: str
    encoding: str
    path: str | None


def _looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte of ASCII."""
    sample = data[:_BINARY_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > len(sample) * 0.3 and even == 0:
        return "utf-16-le"
    if even > len(sample) * 0.3 and odd == 0:
        return "utf-16-be"
    return None


def _legacy_cjk(data: bytes) -> tuple[str, str] | None:
    """Decode GB18030 or Big5, choosing by coherence when both decode."""
    decoded: list[tuple[str, str]] = []
    for enc in _CJK_LEGACY:
        try:
            decoded.append((data.decode(enc), enc))
        except UnicodeDecodeError:
            continue
    if len(decoded) <= 1:
        return decoded[0] if decoded else None
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_CJK_LEGACY)).best()
    if best is not None and best.encoding in _CJK_LEGACY:
        return str(best), best.encoding
    return decoded[0]


def decode_bytes(data: bytes, path: str | None = None, encoding: str | None = None) -> LoadedText:
    """Decode ``data``; raise :class:`InputError` for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError(path, "file is empty" if not data else "file contains only whitespace")
    if encoding:
        try:
            return LoadedText(data.decode(encoding), encoding, path)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(path, f"cannot decode as {encoding}: {exc}") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return LoadedText(data.decode(enc), enc.replace("-sig", ""), path)
            except UnicodeDecodeError:
                raise InputError(path, f"has a {enc} byte-order mark but is not valid {enc}") from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return LoadedText(data.decode(utf16), utf16, path)
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise InputError(path, "looks like a binary file, not text")
    try:
        return LoadedText(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    legacy = _legacy_cjk(data)
    if legacy is not None:
        return LoadedText(legacy[0], legacy[1], path)
    raise InputError(path, "cannot decode as UTF-8, UTF-16, GB18030 or Big5 (pass --encoding to choose one)")


def read_text(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None
) -> LoadedText:
    """Read and decode a file, or standard input when ``path`` is ``"-"``."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        shown: str | None = None
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise InputError(name, "is a directory, not a file")
            size = p.stat().st_size
            if size > max_bytes:
                raise InputError(
                    name, f"is {size:,} bytes, over the limit of {max_bytes:,} (raise --max-bytes)"
                )
            data = p.read_bytes()
        except FileNotFoundError:
            raise InputError(name, "no such file") from None
        except PermissionError:
            raise InputError(name, "permission denied") from None
        except IsADirectoryError:
            raise InputError(name, "is a directory, not a file") from None
        except OSError as exc:
            raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
        shown = name
    if len(data) > max_bytes:
        raise InputError(shown, f"input is over the limit of {max_bytes:,} bytes (raise --max-bytes)")
    return decode_bytes(data, shown, encoding)

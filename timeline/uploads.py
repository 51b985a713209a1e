"""Documents added by upload: an allowlist of types, size limits, and names that cannot
escape the sources folder."""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from .documents import SUPPORTED

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_BATCH_BYTES = 50 * 1024 * 1024
ACCEPTED = tuple(s.lstrip(".") for s in SUPPORTED)


class UploadError(ValueError):
    """An upload refused; the message names the file and the reason."""


def safe_name(name: str) -> str:
    """A file name that stays inside the folder: directories dropped, control characters and
    path separators removed, accents and spaces kept."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    base = base.strip().lstrip(".")
    if not base or base in (".", ".."):
        raise UploadError(f"{name!r}: not a usable file name")
    return base[:200]


def save(folder: str | Path, files: list[tuple[str, bytes]]) -> list[Path]:
    """Write uploaded (name, content) pairs into `folder`, each atomically; the whole batch is
    checked first, so a refused batch writes nothing."""
    folder = Path(folder)
    total = sum(len(data) for _, data in files)
    if total > MAX_BATCH_BYTES:
        raise UploadError(f"batch of {len(files)} files is {total // 2**20} MB, limit {MAX_BATCH_BYTES // 2**20} MB")
    checked = []
    for name, data in files:
        clean = safe_name(name)
        if Path(clean).suffix.lower().lstrip(".") not in ACCEPTED:
            raise UploadError(f"{clean}: type not accepted (accepted: {', '.join(ACCEPTED)})")
        if len(data) > MAX_FILE_BYTES:
            raise UploadError(f"{clean}: {len(data) // 2**20} MB, limit {MAX_FILE_BYTES // 2**20} MB per file")
        checked.append((clean, data))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for clean, data in checked:
        target = folder / clean
        if target.resolve().parent != folder.resolve():
            raise UploadError(f"{clean}: would be written outside {folder}")
        fd, tmp = tempfile.mkstemp(prefix=".upload.", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        written.append(target)
    return written

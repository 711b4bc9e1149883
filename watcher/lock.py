"""One run at a time across processes: an advisory lock beside the store.

`fcntl.flock` is released by the kernel when its holder dies, so a lock left
by a killed process is never stale: the next run simply gets it. The file
holds the holder's pid and start time, only to say who is running.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class LockBusy(Exception):
    """Another process holds the lock; the message says which."""


def lock_path(store_path: Path) -> Path:
    return Path(f"{store_path}.lock")


@contextmanager
def store_lock(store_path: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's run lock; wait up to `wait` seconds, then raise LockBusy."""
    path = lock_path(store_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _holder(path)
                    raise LockBusy(
                        f"another watcher run holds {path}{holder}; wait for it to finish "
                        "(or use --wait SECONDS)"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {time.strftime('%Y-%m-%dT%H:%M:%S')}\n".encode())
        yield
    finally:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _holder(path: Path) -> str:
    try:
        pid, started = path.read_text().split()[:2]
        return f" (pid {pid}, since {started})"
    except (OSError, ValueError):
        return ""

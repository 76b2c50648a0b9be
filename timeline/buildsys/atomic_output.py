"""Build an output folder aside and swap it in whole, so a killed build changes nothing.

``staged(docs)`` hands out ``.docs.tmp-<pid>`` beside ``docs``: a copy of the
current folder made of hard links (same bytes *and* mtime, so
``write_if_changed`` still leaves unchanged pages untouched, at a fraction of
the cost of copying; ``copy2`` where links are not possible) or an empty one.
Hard links are safe because whatever writes into the stage replaces a file
(write aside, then rename) and never edits one in place.
When the block ends normally the two folders are exchanged in one atomic
``renameat2(RENAME_EXCHANGE)`` where the kernel and file system offer it,
else by two renames (old -> backup, new -> final); the old folder is then
deleted. If the block raises, the staged folder is deleted and the output is
as it was. If the process is killed, the next build (holding the lock of
``timeline.buildsys.lock``) deletes what was left aside and, if it died between the
two renames, puts the backup back first.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def staging_path(final: Path) -> Path:
    """Where ``final`` is built aside by this process."""
    return final.parent / f".{final.name}.tmp-{os.getpid()}"


def backup_path(final: Path) -> Path:
    """Where the old ``final`` waits, between two renames, to be deleted."""
    return final.parent / f".{final.name}.old-{os.getpid()}"


@contextmanager
def staged(final: Path, *, copy_current: bool = True) -> Iterator[Path]:
    """Yield a folder to build ``final`` in; swap it in when the block succeeds.

    The caller must hold ``timeline.buildsys.lock.exclusive(final)``: recovery and the
    swap assume no other build touches ``final`` meanwhile.
    """
    recover(final)
    stage = staging_path(final)
    if copy_current and final.is_dir():
        _link_tree(final, stage)
    else:
        stage.mkdir(parents=True)
    try:
        yield stage
    except BaseException:
        remove_tree(stage, ignore_errors=True)
        raise
    swap_in(stage, final)


def _link_tree(source: Path | str, destination: Path | str) -> None:
    """``shutil.copytree(source, destination, symlinks=True)`` with files hard-linked.

    A loop of its own: for thousands of pages copytree's per-file bookkeeping
    cost more than the links themselves.
    """
    os.mkdir(destination)
    with os.scandir(source) as entries:
        for entry in entries:
            target = os.path.join(destination, entry.name)
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), target)
            elif entry.is_dir():
                _link_tree(entry.path, target)
            else:
                _link_or_copy(entry.path, target)
    shutil.copystat(source, destination)


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def swap_in(stage: Path, final: Path) -> None:
    """Make ``stage`` the new ``final`` and delete the old one."""
    if final.exists() and _exchange(stage, final):
        remove_tree(stage)
        return
    backup = backup_path(final)
    if final.exists():
        os.rename(final, backup)
    os.rename(stage, final)
    remove_tree(backup, ignore_errors=True)


def remove_tree(path: Path | str, *, ignore_errors: bool = False) -> None:
    """``shutil.rmtree(path)`` that never holds a folder's entries: each is removed as it is read.

    ``shutil.rmtree`` lists a folder whole before removing any of it; the docs of 100,000 articles
    hold their pages in one folder, and removing the old docs after a rebuild's swap took its
    maximum RSS from 88.8 to 100.6 MB. A folder is read again until a pass finds it empty, as
    removing entries while reading a folder may make the read skip some. Symbolic links are
    removed, never followed.
    """
    try:
        while True:
            with os.scandir(path) as entries:
                removed = False
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        remove_tree(entry.path)  # an error stops the whole removal
                    else:
                        os.unlink(entry.path)
                    removed = True
            if not removed:
                break
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


def recover(final: Path) -> None:
    """Undo what a killed build left beside ``final``: restore a lone backup, delete staging."""
    ours = re.compile(rf"\.{re.escape(final.name)}\.(tmp|old)-\d+")
    leftovers = sorted(p for p in final.parent.glob(".*") if ours.fullmatch(p.name) and p.is_dir())
    backups = [p for p in leftovers if p.name.startswith(f".{final.name}.old-")]
    if not final.exists() and backups:
        os.rename(backups[-1], final)
    for path in leftovers:
        if path.exists():
            remove_tree(path, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux ``renameat2``); False when not supported."""
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))

"""A build killed with SIGKILL leaves no process behind, and the next build completes.

A killed build cannot clean up. Its forked children (the extraction pool's
processes, and children since removed) used to outlive it, holding the output
locks they inherited, so every later build waited a minute and failed. Each
test here kills a real ``timeline build`` (a subprocess in a session of its
own, on an inline corpus big enough for the extraction pool) at a chosen
moment, then checks that no live process of that session remains and that a
rebuild completes.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from synthetic_feed import write_feed

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 320
"""Above the extraction pool's threshold (64 articles)."""

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
    pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the build forks no child"),
]


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _alive_in_session(session: int) -> list[str]:
    """Processes of the session that still run (zombies hold nothing: the container's init may not reap them)."""
    alive = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.getsid(int(entry)) != session:
                continue
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
            command = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if state != "Z":
            alive.append(f"{entry} {state} {command}")
    return alive


def _kill_when(folder: Path, ready: Callable[[int], bool]) -> None:
    """Start a build in ``folder``; SIGKILL it once ``ready(pid)``; fail if it finishes first."""
    build = subprocess.Popen([sys.executable, "-m", "timeline", "build", "feed.jsonl"], cwd=folder,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while not ready(build.pid):
            assert build.poll() is None, "the build finished before the moment to kill it"
            time.sleep(0.01)
    finally:
        os.kill(build.pid, signal.SIGKILL)
        build.wait()
    deadline = time.monotonic() + 10
    while (left := _alive_in_session(build.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == [], f"processes outlived the killed build: {left}"


def _rebuild(folder: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "timeline", "build", "feed.jsonl"], cwd=folder,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (folder / "site" / "index.html").is_file() and (folder / "site" / "timeline.json").is_file()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "timeline.toml").write_text("jobs = 2\n", encoding="utf-8")
    write_feed(tmp_path / "feed.jsonl", ARTICLES)
    return tmp_path


def test_killed_while_the_pool_extracts(folder: Path) -> None:
    _kill_when(folder, lambda pid: len(_children(pid)) >= 2)  # the pool's two processes
    _rebuild(folder)


def test_killed_while_the_site_is_published(folder: Path) -> None:
    """A rebuild after one change, killed while the engine writes the staged site: the
    locks go with it, and the next build completes."""
    _rebuild(folder)
    write_feed(folder / "feed.jsonl", ARTICLES, extra="The mayor resigned on 3 March 2023.")
    _kill_when(folder, lambda pid: any(folder.glob(".site.tmp-*")))
    _rebuild(folder)


def test_killed_while_the_build_record_is_written(folder: Path) -> None:
    """Killed while the pages are written and recorded: the last build record stays as it was,
    the half-written one is removed by the next build, which completes and records its own."""
    _rebuild(folder)
    cache = folder / ".timeline-cache"
    records = sorted(cache.glob("build-state-*.sqlite"))
    assert len(records) == 1
    last = records[0].read_bytes()
    write_feed(folder / "feed.jsonl", ARTICLES, extra="The mayor resigned on 3 March 2023.")
    _kill_when(folder, lambda pid: any(cache.glob(".build-state-*.tmp")))
    assert records[0].read_bytes() == last
    _rebuild(folder)
    assert not any(cache.glob(".build-state-*.tmp")) and records[0].read_bytes() != last

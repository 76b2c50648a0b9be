"""Output is built aside, swapped in whole, locked against a second build, and reproducible."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.buildsys.lock import OutputBusy, exclusive, lock_path
from timeline.buildsys.atomic_output import recover, remove_tree, staged
from timeline.render import write_if_changed

REPO = Path(__file__).resolve().parent.parent
OLD_MTIME_NS = 1_000_000_000 * 10**9


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` as {relative path: bytes}."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def old_docs(root: Path) -> Path:
    docs = root / "docs"
    (docs / "articles").mkdir(parents=True)
    for name, text in (("index.md", "# Home\n"), ("articles/same.md", "same\n"), ("articles/stale.md", "stale\n")):
        (docs / name).write_text(text)
        os.utime(docs / name, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return docs


def test_a_staged_build_swaps_in_and_keeps_unchanged_mtimes(tmp_path: Path) -> None:
    docs = old_docs(tmp_path)
    with exclusive(docs), staged(docs) as stage:
        assert stage == tmp_path / f".docs.tmp-{os.getpid()}"
        assert tree(docs) == tree(stage)  # a copy: the old docs still serve meanwhile
        assert write_if_changed(stage, {"index.md": "# New home\n", "articles/same.md": "same\n"}) == (1, 1)
    assert tree(docs) == {"articles/same.md": b"same\n", "index.md": b"# New home\n"}
    assert (docs / "articles" / "same.md").stat().st_mtime_ns == OLD_MTIME_NS
    assert (docs / "index.md").stat().st_mtime_ns != OLD_MTIME_NS
    assert sorted(p.name for p in tmp_path.iterdir()) == [".docs.lock", "docs"]


def test_a_page_written_in_pieces_is_compared_with_its_file_as_it_comes(tmp_path: Path) -> None:
    docs = old_docs(tmp_path)
    (docs / "articles" / "longer.md").write_text("longer than its new text\n")
    pages = [("index.md", iter(["# Ho", "me\n"])),  # the same bytes in pieces: left as it was
             ("articles/same.md", iter(["same"])),  # a prefix of the file: written
             ("articles/longer.md", iter(["longer than its new text\n", "and more\n"])),
             ("months/new.md", iter(["# New", " month\n", ""]))]  # in a folder yet to be made
    assert write_if_changed(docs, pages, known={path for path, _ in pages}) == (3, 1)
    assert tree(docs) == {"articles/longer.md": b"longer than its new text\nand more\n",
                          "articles/same.md": b"same", "index.md": b"# Home\n", "months/new.md": b"# New month\n"}
    assert (docs / "index.md").stat().st_mtime_ns == OLD_MTIME_NS
    assert (docs / "articles" / "same.md").stat().st_mtime_ns != OLD_MTIME_NS

    def failing() -> Iterator[str]:
        yield "# Half a page\n"
        raise RuntimeError("template failed")

    with pytest.raises(RuntimeError, match="template failed"):
        write_if_changed(docs, [("index.md", failing())], known={"index.md"})
    assert (docs / "index.md").read_bytes() == b"# Home\n" and not list(docs.glob(".*.tmp"))


def test_a_failed_build_leaves_the_old_output_and_no_leftovers(tmp_path: Path) -> None:
    docs = old_docs(tmp_path)
    before = tree(docs)
    with pytest.raises(RuntimeError, match="render failed"), exclusive(docs), staged(docs) as stage:
        write_if_changed(stage, {"index.md": "half"})
        raise RuntimeError("render failed")
    assert tree(docs) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".docs.lock", "docs"]


def test_a_first_build_without_an_output_folder(tmp_path: Path) -> None:
    with exclusive(tmp_path / "site"), staged(tmp_path / "site", copy_current=False) as stage:
        (stage / "index.html").write_text("<p>hi</p>")
    assert tree(tmp_path / "site") == {"index.html": b"<p>hi</p>"}


def test_recovery_after_a_kill_between_the_two_renames(tmp_path: Path) -> None:
    (tmp_path / ".docs.old-4242").mkdir()
    (tmp_path / ".docs.old-4242" / "index.md").write_text("# Old\n")
    (tmp_path / ".docs.tmp-4242").mkdir()  # what the killed build had staged
    (tmp_path / ".docs.backup-2023").mkdir()  # the user's own: not ours to delete
    recover(tmp_path / "docs")
    assert tree(tmp_path / "docs") == {"index.md": b"# Old\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [".docs.backup-2023", "docs"]


def test_a_second_build_is_refused_while_the_first_holds_the_lock(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    with exclusive(docs):
        with pytest.raises(OutputBusy, match=rf"another build \(process {os.getpid()}\) is writing this output; "
                                             rf"waited 0 s for .*\.docs\.lock and gave up"):
            with exclusive(docs, wait_seconds=0):
                pass  # pragma: no cover - never entered
    with exclusive(docs, wait_seconds=0):  # released when the first build ended
        assert lock_path(docs).read_text() == f"{os.getpid()}\n"


KILLED_BUILD = """
import os, signal, sys
import timeline.build as build
import timeline.publish
from timeline.config import load_config
from dataclasses import replace

def killed_publish(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # as if the machine died while MkDocs ran

timeline.publish.build_site = killed_publish  # build imports it on use
config = replace(load_config(None), docs_dir="docs", site_dir="site", jobs=1)
build.build(config, [sys.argv[1]])
"""


def test_a_build_killed_midway_leaves_the_previous_docs_and_site(tmp_path: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("---\ntitle: First\ndate: 2024-05-01\n---\nOn 2 May 2024 talks began.\n")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    first = subprocess.run([sys.executable, "-m", "timeline", "build", "news", "--jobs", "1"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    docs_before, site_before = tree(tmp_path / "docs"), tree(tmp_path / "site")
    (tmp_path / "news" / "b.md").write_text("---\ntitle: Second\ndate: 2024-06-01\n---\nOn 3 June 2024 talks ended.\n")
    killed = subprocess.run([sys.executable, "-c", KILLED_BUILD, "news"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    assert tree(tmp_path / "docs") == docs_before
    assert tree(tmp_path / "site") == site_before
    again = subprocess.run([sys.executable, "-m", "timeline", "build", "news", "--jobs", "1"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert sorted(tree(tmp_path / "docs")) == sorted({*docs_before, "articles/b.md", "months/2024-06.md",
                                                      "events/2024-06-03.md"})
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != ".timeline-cache")  # the extraction cache
    assert left == [".docs.lock", ".site.lock", "docs", "mkdocs.yml", "news", "site"]


def test_same_inputs_give_the_same_docs_and_site_byte_for_byte(tmp_path: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    outputs = []
    for name in ("one", "two"):
        work = tmp_path / name
        work.mkdir()
        shutil.copy(REPO / "mkdocs.yml", work / "mkdocs.yml")
        done = subprocess.run([sys.executable, "-m", "timeline", "build", str(REPO / "seeds"),
                               str(REPO / "tests" / "corpus" / "hostile"), "--jobs", "1"],
                              cwd=work, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        outputs.append((tree(work / "docs"), tree(work / "site")))
    (docs_one, site_one), (docs_two, site_two) = outputs
    assert docs_one == docs_two
    assert site_one == site_two  # sitemap.xml.gz and the search index included
    assert b"Built 14 November 2023" in docs_one["index.md"]


def test_the_two_rename_swap_where_no_atomic_exchange_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.buildsys.atomic_output

    monkeypatch.setattr(timeline.buildsys.atomic_output, "_exchange", lambda a, b: False)
    docs = old_docs(tmp_path)
    with exclusive(docs), staged(docs) as stage:
        write_if_changed(stage, {"index.md": "# New home\n", "articles/same.md": "same\n"})
    assert tree(docs) == {"articles/same.md": b"same\n", "index.md": b"# New home\n"}
    assert (docs / "articles" / "same.md").stat().st_mtime_ns == OLD_MTIME_NS
    assert sorted(p.name for p in tmp_path.iterdir()) == [".docs.lock", "docs"]


def test_a_tree_is_removed_entry_by_entry_without_following_links(tmp_path: Path) -> None:
    """What ``shutil.rmtree`` removes is removed, a large folder too (its entries are removed as they are
    read, and it is read again until empty); a link is removed, never what it points to."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "kept.md").write_text("kept\n", encoding="utf-8")
    root = tmp_path / "docs"
    (root / "articles" / "deep").mkdir(parents=True)
    for n in range(3000):
        (root / "articles" / f"{n}.md").write_text(f"{n}\n", encoding="utf-8")
    (root / "articles" / "deep" / "page.md").write_text("deep\n", encoding="utf-8")
    (root / "link").symlink_to(outside, target_is_directory=True)
    (root / "dangling").symlink_to(tmp_path / "nowhere")
    remove_tree(root)
    assert not root.exists() and not root.is_symlink()
    assert tree(outside) == {"kept.md": b"kept\n"}
    with pytest.raises(FileNotFoundError):
        remove_tree(root)
    remove_tree(root, ignore_errors=True)


@pytest.mark.parametrize(("args", "said"), [
    (["--site", "src"], ["site_dir: 'src' is, holds or is inside the source 'src'"]),
    (["--docs", "src", "--no-mkdocs"], ["docs_dir: 'src' is, holds or is inside the source 'src'"]),
    (["--docs", "src/out", "--no-mkdocs"], ["docs_dir: 'src/out' is, holds or is inside the source 'src'"]),
    (["--docs", ".", "--no-mkdocs"], ["docs_dir: '.' is the working folder or holds it",
                                      "docs_dir: '.' is, holds or is inside the source 'src'"]),
    (["--docs", "out", "--site", "out"], ["site_dir: 'out' is, holds or is inside docs_dir 'out'"]),
])
def test_an_output_folder_over_a_source_here_or_the_other_output_is_refused(
        tmp_path: Path, args: list[str], said: list[str]) -> None:
    """A build replaces its output folders whole: named over the sources (a slip in a setting), the articles
    were gone. Every clash is told with its setting, exit 2, before anything is read or written."""
    from tests.test_build import run_cli

    (tmp_path / "src").mkdir()
    article = tmp_path / "src" / "a.md"
    article.write_text("---\ntitle: Bridge opens\ndate: 2024-06-09\n---\nThe bridge opened on 8 June 2024.\n")
    before = tree(tmp_path)
    code, output = run_cli(["build", "src", *args], tmp_path)
    assert code == 2
    assert [line.removeprefix("error: ") for line in output.splitlines() if line.startswith("error: ")] == [
        line + ("; a build replaces it whole" if "source" in line or "working" in line else "") for line in said]
    assert tree(tmp_path) == before  # nothing read, nothing written

"""Output folders a build may replace: never a source, the working folder, or one another.

A build replaces its docs and site folders whole (``timeline.buildsys.atomic_output``). Named over a source
folder by a slip (``site_dir = "src"``, ``--docs src``), the articles were deleted with the build's exit 0 and
the next build read the site's own pages as articles; named ``.`` the build failed on the working folder half
way; named the same for docs and site, it waited a minute on its own lock. So before anything is read, each
output folder is checked against the sources, the working folder and the other output folder, and every
clash is told at once, with the setting that named it.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class UnsafeOutput(ValueError):
    """The output folders clash with the sources, the working folder or each other; ``problems`` says how."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def _overlap(a: Path, b: Path) -> bool:
    """Whether one folder is the other or inside it."""
    return a == b or a in b.parents or b in a.parents


def check_output_folders(outputs: Iterable[tuple[str, str]], sources: Iterable[str]) -> None:
    """Raise ``UnsafeOutput`` naming every clash of the ``outputs`` ((setting, folder) pairs: "docs_dir",
    "site_dir") with the ``sources``, the working folder (or a folder that holds it), or one another."""
    here = Path.cwd().resolve()
    named = [(setting, folder, Path(folder).resolve()) for setting, folder in outputs]
    read = [(source, Path(source).resolve()) for source in sources]
    problems: list[str] = []
    for n, (setting, folder, path) in enumerate(named):
        if path == here or path in here.parents:
            problems.append(f"{setting}: {folder!r} is the working folder or holds it; a build replaces it whole")
        for source, source_path in read:
            if _overlap(path, source_path):
                problems.append(f"{setting}: {folder!r} is, holds or is inside the source {source!r}; "
                                "a build replaces it whole")
        for other_setting, other, other_path in named[:n]:
            if _overlap(path, other_path):
                problems.append(f"{setting}: {folder!r} is, holds or is inside {other_setting} {other!r}")
    if problems:
        raise UnsafeOutput(problems)

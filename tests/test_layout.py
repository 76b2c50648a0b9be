"""The package's imports run down the pipeline: a stage never imports a later stage.

Read from the source with ``ast`` (every import, also those inside functions), so that a change that
makes one stage reach into a later one fails here rather than in a reader's review. ``buildsys`` is
not checked: its cache, build record and watcher hold the records of read and assemble they store.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"

STAGE_ORDER = {"read": 1, "extract": 2, "assemble": 3, "render": 4, "export": 5, "publish": 5}
"""The stages in the order a build runs them; export (a wing beside the pages) may use render's escaping."""
HELPERS = {"boilerplate", "headline", "records", "report", "sentences", "sparse_rows", "stored_ids",
           "stored_sequence", "untokenize", "words", "config"}
"""The top-level modules the stages share: they import no stage."""


def timeline_imports(path: Path) -> set[str]:
    """The first name after ``timeline.`` of every absolute import in the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
                 else [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
        found |= {name.split(".")[1] for name in names if name.startswith("timeline.") and name.count(".") >= 1}
    return found


def test_the_import_reader_reads_absolute_imports_anywhere(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import timeline.read.jsonl\nfrom timeline.render import chart\n"
                      "def f():\n    from timeline.publish.pages import SitePages\nfrom . import sibling\n")
    assert timeline_imports(module) == {"read", "render", "publish"}


@pytest.mark.parametrize("stage", sorted(STAGE_ORDER))
def test_a_stage_imports_no_later_stage(stage: str) -> None:
    later = {other for other, rank in STAGE_ORDER.items() if rank > STAGE_ORDER[stage]}
    crossing = {str(path.relative_to(PACKAGE)): sorted(timeline_imports(path) & later)
                for path in sorted((PACKAGE / stage).rglob("*.py")) if timeline_imports(path) & later}
    assert crossing == {}


def test_the_tagger_is_a_library_of_its_own() -> None:
    reaching = {str(path.relative_to(PACKAGE)): sorted(timeline_imports(path) - {"temporal"})
                for path in sorted((PACKAGE / "temporal").rglob("*.py")) if timeline_imports(path) - {"temporal"}}
    assert reaching == {}


def test_the_shared_helpers_import_no_stage() -> None:
    stages = set(STAGE_ORDER) | {"buildsys", "build", "cli"}
    reaching = {name: sorted(timeline_imports(PACKAGE / f"{name}.py") & stages) for name in sorted(HELPERS)
                if timeline_imports(PACKAGE / f"{name}.py") & stages}
    assert reaching == {}


def _top_level_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level, once per binding (assignments, functions, classes)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_name_twice() -> None:
    """A pattern defined twice at a module's top level leaves the first dead and misleading (a range's year pattern
    once was: the second binding, of another meaning, won)."""
    twice: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert twice == {}
    assert _top_level_names(ast.parse("A = 1\nA = 2\ndef f(): pass")) == ["A", "A", "f"]

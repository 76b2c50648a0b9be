"""Extraction on a Dask cluster (``timeline.buildsys.cluster``): the same docs as a local build.

A ``distributed.LocalCluster`` of two worker processes on 127.0.0.1 stands
in for a cluster; the workers import the installed package, as real ones
would. Inputs are built inline.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from synthetic_feed import write_feed
from click.testing import CliRunner

import timeline.buildsys.cluster
from timeline.build import build
from timeline.cli import cli
from timeline.config import Config

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (timeline[cluster])")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
def _docs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(out: Path, sources: list[Path], scheduler: str = "") -> dict[str, bytes]:
    config = Config(docs_dir=str(out / "docs"), site_dir=str(out / "site"), cache_dir=str(out / "cache"),
                    mkdocs_config=str(ROOT / "mkdocs.yml"), jobs=1, scheduler=scheduler)
    build(config, [str(s) for s in sources], run_mkdocs=False)
    return _docs(out / "docs")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0") as local:
        yield local


def test_a_cluster_build_writes_the_same_docs_as_a_local_one(tmp_path: Path, cluster: Any,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    sources = [FIXTURE, write_feed(tmp_path / "feed.jsonl", 150)]  # three batches
    local = _build(tmp_path / "local", sources)
    on_cluster = _build(tmp_path / "cluster", sources, scheduler=cluster.scheduler_address)
    assert len(local) > 20 and on_cluster == local
    assert "note:" not in capsys.readouterr().err


def test_a_worker_killed_mid_build_has_its_batch_run_again(tmp_path: Path, cluster: Any,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A worker process dies while it extracts; Dask reruns its batch, the build says so and its docs
    equal a local build's."""
    sources = [write_feed(tmp_path / "feed.jsonl", 640)]  # ten batches
    local = _build(tmp_path / "local", sources)
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        victim: list[str] = []

        def kill_a_busy_worker() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                busy = [address for address, tasks in client.processing().items() if tasks]
                if busy:
                    victim.append(busy[0])
                    try:
                        client.run(lambda: __import__("os")._exit(1), workers=[busy[0]])
                    except Exception:  # noqa: BLE001 - the worker dies before it can answer: as meant
                        pass
                    return
                time.sleep(0.02)

        killer = threading.Thread(target=kill_a_busy_worker)
        killer.start()
        on_cluster = _build(tmp_path / "cluster", sources, scheduler=cluster.scheduler_address)
        killer.join()
        client.wait_for_workers(2, timeout=60)  # the nanny starts a new one
    assert victim, "no worker was busy to kill"
    assert on_cluster == local
    assert f"Dask worker {victim[0]} left during the build" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_an_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.buildsys.cluster, "CONNECT_SECONDS", 1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("---\ntitle: A\ndate: 2024-03-01\n---\nOn 1 March 2024 it rained.\n")
    done = CliRunner().invoke(cli, ["build", "a.md", "--no-mkdocs", "--scheduler", "tcp://127.0.0.1:9"])
    assert done.exit_code == 2
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in done.output

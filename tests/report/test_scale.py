"""Scale-out: check_many is pure and picklable; the Dask helper gives the same reports on a cluster."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import factcheck
from factcheck.options import CheckOptions

TEXTS = [f"去年出口增長{i}.5%，今年預計約{i + 3}%。" for i in range(5)]


def test_check_many_is_the_per_text_check_in_order() -> None:
    options = CheckOptions(as_of=__import__("datetime").date(2025, 11, 8))
    items = [(f"a{i}.txt", t) for i, t in enumerate(TEXTS)]
    many = list(factcheck.check_many(items, options))
    assert [r.source.path for r in many] == [p for p, _ in items]
    assert many == [factcheck.check(t, options=options, path=p) for p, t in items]
    assert pickle.loads(pickle.dumps(factcheck.check_many)) is factcheck.check_many
    assert pickle.loads(pickle.dumps(many[0])) == many[0]


def test_dask_bag_on_a_local_cluster(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag", reason="the factcheck[dask] extra is not installed")
    distributed = pytest.importorskip("distributed", reason="the factcheck[dask] extra is not installed")
    from factcheck.integrations.dask import check_bag, check_partition

    paths = []
    for i, text in enumerate(TEXTS):
        (tmp_path / f"a{i}.md").write_text(f"# 標題\n\n{text}\n", encoding="utf-8")
        paths.append(str(tmp_path / f"a{i}.md"))
    (tmp_path / "empty.txt").write_bytes(b"")
    paths.append(str(tmp_path / "empty.txt"))
    options = CheckOptions(as_of=__import__("datetime").date(2025, 11, 8))
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster),
    ):
        records = check_bag(db.from_sequence(paths, npartitions=3), options).compute()
    assert records == check_partition(paths, options)
    assert [r.get("source", {}).get("path") for r in records[:-1]] == paths[:-1]
    assert records[-1] == {"path": paths[-1], "error": f"{paths[-1]}: file is empty"}

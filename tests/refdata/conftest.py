"""Small reference-data packages written to tmp_path, and a private parse cache for every test."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.refdata.build import build

FIXTURES = Path(__file__).parent / "fixtures"
NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)

INDICATORS = """\
# indicators of a test package
- id: test_rate
  unit: percent
  kind: percent
  frequency: monthly
  names: {en: Test policy rate, zh-Hans: 测试利率, zh-Hant: 測試利率}
  aliases:
    en: [test rate]
- id: test_reserves
  unit: USD
  kind: currency
  frequency: quarterly
  names: {en: Test reserves, zh-Hans: 测试储备, zh-Hant: 測試儲備}
  default_entity: WLD
"""

ENTITIES = """\
- id: USA
  kind: country
  names: {en: United States, zh-Hans: 美国, zh-Hant: 美國}
- id: CHN
  kind: country
  names: {en: China, zh-Hans: 中国, zh-Hant: 中國}
- id: WLD
  kind: aggregate
  names: {en: World, zh-Hans: 全球, zh-Hant: 全球}
"""

SOURCES = """\
id,publisher,dataset,url,license,note
test_src,Test publisher,Test dataset,https://example.org/data,,
"""

RATES = """\
indicator,entity,period,value,unit,unit_mult,published,source_id,url,note
test_rate,USA,2025-01,4.5,percent,0,2025-02-03,test_src,https://example.org/data/1,first
test_rate,USA,2025-02,4.25,percent,0,2025-03-03,test_src,https://example.org/data/2,
test_rate,CHN,2025-01,3.1,percent,,2025-02-05,test_src,https://example.org/data/3,"quoted, with a comma"
test_reserves,WLD,2025-Q1,12.5,USD,12,2025-06-30,test_src,https://example.org/data/4,
"""


def write_package(root: Path, files: dict[str, str] | None = None) -> Path:
    """Write the test package's files (``files`` overrides or adds by relative path) without a descriptor."""
    contents = {
        "indicators.yaml": INDICATORS,
        "entities.yaml": ENTITIES,
        "sources.csv": SOURCES,
        "observations/rates.csv": RATES,
        **(files or {}),
    }
    for rel, text in contents.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def rehash(root: Path) -> None:
    """Make datapackage.json's hashes match the files again, as if the edit had been built."""
    path = root / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        data = (root / resource["path"]).read_bytes()
        resource["bytes"], resource["hash"] = len(data), f"sha256:{hashlib.sha256(data).hexdigest()}"
    path.write_text(json.dumps(descriptor, indent=2), encoding="utf-8")


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Parse caches go to a folder of this test, never to the user's cache."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    return folder / "refdata"


@pytest.fixture
def make_package(tmp_path: Path) -> Callable[..., Path]:
    """A function writing a valid, built package under tmp_path (``name`` names its folder)."""

    def make(name: str = "pkg", files: dict[str, str] | None = None) -> Path:
        root = write_package(tmp_path / name, files)
        build(root, now=NOW, message="A test package.")
        return root

    return make

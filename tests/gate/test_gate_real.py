"""The gate end to end with the real rule engine and claim checker (no stand-ins).

The same scenarios as test_gate_e2e.py, on articles whose findings come from
the rule packs in rules/ and the reference data in reference_data/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.normalize.text import to_simplified

from .conftest import Repo

pytest.importorskip("factcheck.annotate", reason="the rule engine is not in this checkout")

AS_OF = ("--as-of", "2025-11-08")
DEBT = """2025年11月8日

財政部門上月公布的數據顯示，赤字率為3.2%。
這種喪心病狂的支出方式令人擔憂。

各方對此看法不一。
另一方面，出口增長了4.1%，略高於市場預期。
"""
TRADE = """2025年11月8日

今年前三季度，對外貿易總體保持平穩。
部分評論把關稅調整描述得喪心病狂，但數據並不支持這種說法。

進口在九月份小幅回落。
"""
LOADED = "官員喪心病狂地大舉借債。\n"
WRONG_FIGURE = "截至2024年第四季度末，美國聯邦政府債務總額為48兆美元。\n"


def _claims_are_checked() -> bool:
    import factcheck

    report = factcheck.check(WRONG_FIGURE, as_of="2025-11-08")
    return any(a.kind.value == "claim" for a in report.annotations)


@pytest.fixture
def real_repo(tmp_path: Path) -> Repo:
    r = Repo(tmp_path)
    r.git("init", "-q")
    r.write("articles/debt.txt", DEBT)
    r.write("articles/trade.md", "# 貿易\n\n" + TRADE)
    r.commit("articles")
    return r


def _new(payload: dict) -> list[tuple[str, str, str]]:
    return sorted(
        (n["path"], n["annotation"]["rule_id"].split(".")[0], n["annotation"]["span"]["text"])
        for n in payload["new"]
    )


def _baseline(repo: Repo, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = repo.run(capsys, "baseline", *args, *AS_OF)
    assert code == 0, err
    return out


def test_baseline_records_the_rules_findings(real_repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    out = _baseline(real_repo, capsys, "articles")
    assert "+ articles/debt.txt: loaded_language." in out and "«喪心病狂»" in out
    code, payload = real_repo.gate(capsys, "articles")
    assert (code, payload["new"]) == (0, [])


def test_a_new_loaded_phrase_is_the_one_new_finding(
    real_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _baseline(real_repo, capsys, "articles")
    real_repo.write("articles/debt.txt", DEBT + LOADED)
    code, payload = real_repo.gate(capsys, "articles")
    assert code == 1
    assert _new(payload) == [("articles/debt.txt", "loaded_language", "喪心病狂")]


@pytest.mark.xfail(
    not _claims_are_checked(),
    strict=True,
    reason="claims get verdicts only once the claim checker (issue 3) is in the pipeline",
)
def test_a_loaded_phrase_and_a_wrong_figure_are_exactly_the_new_findings(
    real_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _baseline(real_repo, capsys, "articles")
    real_repo.write("articles/debt.txt", DEBT + LOADED + WRONG_FIGURE)
    code, payload = real_repo.gate(capsys, "articles")
    assert code == 1
    assert sorted((n["annotation"]["rule_id"], n["annotation"]["span"]["text"]) for n in payload["new"]) == [
        ("claim.contradicted", "48兆美元"),
        *[
            (n["annotation"]["rule_id"], "喪心病狂")
            for n in payload["new"]
            if n["annotation"]["rule_id"].startswith("loaded_language")
        ],
    ]
    assert len(payload["new"]) == 2


@pytest.mark.parametrize("edit", ["move", "reflow", "to_simplified", "unrelated"])
def test_edits_that_add_no_findings(real_repo: Repo, capsys: pytest.CaptureFixture[str], edit: str) -> None:
    _baseline(real_repo, capsys, "articles")
    text, md = DEBT, "# 貿易\n\n" + TRADE
    if edit == "move":
        head, p1, p2 = text.split("\n\n")
        text = "\n\n".join([head, p2.rstrip("\n"), p1]) + "\n"
    elif edit == "reflow":  # unwrap a paragraph of the text file; rewrap the Markdown one anywhere
        text = text.replace("3.2%。\n這種", "3.2%。這種")
        md = md.replace("保持平穩。\n部分評論", "保持\n平穩。部分評論").replace("喪心病狂", "喪心\n病狂")
    elif edit == "to_simplified":
        text, md = to_simplified(text)[0], to_simplified(md)[0]
    else:
        text = text.replace("各方對此看法不一。", "各方對此仍有很多不同的看法。")
        md = md.replace("# 貿易", "# 對外貿易")
    real_repo.write("articles/debt.txt", text)
    real_repo.write("articles/trade.md", md)
    code, payload = real_repo.gate(capsys, "articles")
    assert (code, payload["new"]) == (0, [])
    if edit != "move":  # moving can take a figure away from the attribution an assertion rule looks for
        assert payload["absent"] == []


def test_fixing_removes_the_entry_on_update(real_repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    _baseline(real_repo, capsys, "articles")
    real_repo.write(
        "articles/debt.txt", DEBT.replace("這種喪心病狂的支出方式令人擔憂。", "這種支出方式令人擔憂。")
    )
    code, payload = real_repo.gate(capsys, "articles")
    assert code == 0 and [a["excerpt"] for a in payload["absent"]] == ["喪心病狂"]
    out = _baseline(real_repo, capsys, "--update", "articles/debt.txt")
    assert "- articles/debt.txt: loaded_language." in out and "-1 removed" in out
    code, payload = real_repo.gate(capsys, "articles")
    assert (code, payload["absent"]) == (0, [])


def test_since_agrees_with_the_baseline_and_batches_with_one_run(
    real_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _baseline(real_repo, capsys, "articles")
    real_repo.write("articles/debt.txt", DEBT + LOADED)
    real_repo.write("articles/trade.md", "# 貿易\n\n" + TRADE + LOADED)
    real_repo.commit("more")
    _, since = real_repo.gate(capsys, "articles", "--since", "HEAD~1")
    _, base = real_repo.gate(capsys, "articles")
    _, first = real_repo.gate(capsys, "articles/debt.txt")
    _, second = real_repo.gate(capsys, "articles/trade.md")
    assert _new(since) == _new(base) == sorted(_new(first) + _new(second))
    assert _new(base) == [
        ("articles/debt.txt", "loaded_language", "喪心病狂"),
        ("articles/trade.md", "loaded_language", "喪心病狂"),
    ]

"""The gate end to end, in a temporary git repository (the stand-in annotator supplies findings)."""

from __future__ import annotations

import pytest

from factcheck.normalize.text import to_simplified

from .conftest import Repo

pytestmark = pytest.mark.usefixtures("fake_rules")
AS_OF = ("--as-of", "2025-11-08")


def _new(payload: dict) -> list[tuple[str, str, str]]:
    return sorted(
        (n["path"], n["annotation"]["rule_id"], n["annotation"]["span"]["text"]) for n in payload["new"]
    )


def _baseline(repo: Repo, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = repo.run(capsys, "baseline", *args, *AS_OF)
    assert code == 0, err
    return out


def test_baseline_is_deterministic_and_has_no_positions(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _baseline(repo, capsys, "articles")
    assert out.splitlines()[-1].startswith(".factcheck-baseline.json: +")
    first = repo.read(".factcheck-baseline.json")
    _baseline(repo, capsys, "articles")
    assert repo.read(".factcheck-baseline.json") == first
    assert '"line"' not in first and "column" not in first and "2026" not in first
    assert list(__import__("json").loads(first)["files"]) == sorted(
        ["articles/en/budget.md", "articles/en/prices.html", "articles/zh/deficit.txt"]
    )
    assert "8.8%" not in first and "5.5%" not in first  # code blocks and scripts are skipped
    assert repo.gate(capsys, "articles") == (0, repo.gate(capsys, "articles")[1])
    code, payload = repo.gate(capsys, "articles")
    assert code == 0 and payload["new"] == []


def test_new_phrase_and_wrong_figure_are_exactly_the_new_findings(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _baseline(repo, capsys, "articles")
    repo.write(
        "articles/zh/deficit.txt",
        repo.read("articles/zh/deficit.txt") + "官員喪心病狂地宣稱增長率達到7.5%。\n",
    )
    code, payload = repo.gate(capsys, "articles")
    assert code == 1
    assert _new(payload) == [
        ("articles/zh/deficit.txt", "claim.contradicted", "7.5%"),
        ("articles/zh/deficit.txt", "rhetoric.loaded_language", "喪心病狂"),
    ]


@pytest.mark.parametrize("edit", ["move", "reflow", "to_simplified", "unrelated"])
def test_edits_that_add_no_findings(repo: Repo, capsys: pytest.CaptureFixture[str], edit: str) -> None:
    _baseline(repo, capsys, "articles")
    zh, en = repo.read("articles/zh/deficit.txt"), repo.read("articles/en/budget.md")
    if edit == "move":
        head, p1, p2 = zh.split("\n\n")
        zh = "\n\n".join([head, p2.rstrip("\n"), p1]) + "\n"
        en = en.replace("This reckless plan will end in disaster.\n", "").replace(
            "Exports grew 2.1% over the year.\n",
            "Exports grew 2.1% over the year.\nThis reckless plan will end in disaster.\n",
        )
    elif edit == "reflow":
        zh = zh.replace("這種喪心病狂的支出方式，", "這種喪心病狂的\n支出方式，")
        en = en.replace("of GDP in 2024, according", "of GDP in 2024,\naccording")
    elif edit == "to_simplified":
        zh = to_simplified(zh)[0]
        assert "丧心病狂" in zh
    else:
        zh = zh.replace("各方對此看法不一。", "各方對此仍有很多不同的看法。")
        en = en.replace("# Budget notes", "# Notes on the budget")
    repo.write("articles/zh/deficit.txt", zh)
    repo.write("articles/en/budget.md", en)
    code, payload = repo.gate(capsys, "articles")
    assert (code, payload["new"]) == (0, [])
    assert payload["absent"] == []


def test_fixing_a_finding_removes_it_on_update(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    _baseline(repo, capsys, "articles")
    repo.write("articles/en/budget.md", repo.read("articles/en/budget.md").replace("reckless plan", "plan"))
    code, payload = repo.gate(capsys, "articles")
    assert code == 0 and [a["excerpt"] for a in payload["absent"]] == ["reckless"]
    # strict: the edited sentence's other finding is no longer "updated" but new, and fixed ones fail
    code, out, _err = repo.run(capsys, "gate", "articles", "--strict", *AS_OF)
    assert code == 1 and out.splitlines()[-2].startswith("1 new finding · 0 updated") and "· 2 fixed" in out
    before = repo.read(".factcheck-baseline.json")
    out = _baseline(repo, capsys, "--update", "articles/en/budget.md")
    assert "- articles/en/budget.md: rhetoric.loaded_language «reckless»" in out
    assert (
        "+0 added, -1 removed, ~1 updated" in out
        and "~ articles/en/budget.md: rhetoric.exaggeration «disaster»" in out
    )
    after = repo.read(".factcheck-baseline.json")
    assert after.count('"reckless"') == before.count('"reckless"') - 1
    assert '"articles/zh/deficit.txt"' in after  # other files kept


def test_since_agrees_with_the_baseline_mode(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    _baseline(repo, capsys, "articles")
    repo.git("mv", "articles/en/prices.html", "articles/en/inflation.html")
    zh = repo.read("articles/zh/deficit.txt").replace(
        "各方對此看法不一。", "各方看法不一，有人說這是disaster，增速9.9%。"
    )
    repo.write("articles/zh/deficit.txt", zh)
    repo.commit("edit")
    since_code, since = repo.gate(capsys, "articles", "--since", "HEAD~1")
    # the baseline file predates the rename: key it to the new path for the comparison
    text = repo.read(".factcheck-baseline.json").replace(
        "articles/en/prices.html", "articles/en/inflation.html"
    )
    repo.write(".factcheck-baseline.json", text)
    base_code, base = repo.gate(capsys, "articles")
    assert since_code == base_code == 1
    assert (
        _new(since)
        == _new(base)
        == [
            ("articles/zh/deficit.txt", "claim.contradicted", "9.9%"),
            ("articles/zh/deficit.txt", "rhetoric.exaggeration", "disaster"),
        ]
    )
    assert since["unchanged"] == base["unchanged"] > 0


def test_two_batches_equal_one_run(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    _baseline(repo, capsys, "articles")
    repo.write(
        "articles/zh/deficit.txt", repo.read("articles/zh/deficit.txt") + "這是一場disaster，增速9.9%。\n"
    )
    repo.write(
        "articles/en/prices.html",
        repo.read("articles/en/prices.html").replace("</body>", "<p>A reckless 7.5% rise.</p></body>"),
    )
    _, whole = repo.gate(capsys, "articles")
    _, first = repo.gate(capsys, "articles/zh/deficit.txt", "articles/en/budget.md")
    _, second = repo.gate(capsys, "articles/en/prices.html")
    assert _new(whole) == sorted(_new(first) + _new(second))
    assert len(_new(whole)) == 4
    assert whole["unchanged"] == first["unchanged"] + second["unchanged"]
    assert whole["absent"] == first["absent"] + second["absent"] == []


def test_unknown_revision_is_one_line_and_exit_2(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = repo.run(capsys, "gate", "articles", "--since", "no-such-rev")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "revision 'no-such-rev' not found" in err


def test_a_shallow_clone_says_how_to_fetch_the_revision(
    repo: Repo, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("articles/zh/deficit.txt", repo.read("articles/zh/deficit.txt") + "新增一句。\n")
    repo.commit("second")
    clone = tmp_path_factory.mktemp("shallow") / "clone"
    repo.git("clone", "-q", "--depth", "1", repo.root.as_uri(), str(clone))
    code, out, err = Repo(clone).run(capsys, "gate", "articles", "--since", "HEAD~1")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "revision 'HEAD~1' not found; in a shallow clone fetch more history" in err
    assert "fetch-depth: 0" in err

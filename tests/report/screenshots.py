"""Make the screenshots in docs/images from a bundled example (needs chromium).

    python -m tests.report.screenshots

text-report.png: the coloured text report, exported by rich as HTML and photographed;
html-report.png: the HTML report with one finding's details open.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text

from factcheck.report.html_format import render_html
from factcheck.report.located import locate
from factcheck.report.text_format import render_text
from factcheck.scale import check_text

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "docs" / "images"
EXAMPLE = ROOT / "examples" / "debt_commentary_zh_hant.txt"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


_TERMINAL = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; background: #1e1e1e; color: #d4d4d4; }}
pre {{ margin: 0; padding: 12px 16px; font: 15px/22px "DejaVu Sans Mono", "WenQuanYi Micro Hei Mono",
      monospace; }}
</style></head><body><pre><code>{code}</code></pre></body></html>"""


def _shoot(page: Path, png: Path, size: str) -> None:
    chromium = shutil.which("chromium") or sys.exit("chromium is not installed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={size}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )


def main() -> None:
    """Write docs/images/text-report.png and docs/images/html-report.png."""
    IMAGES.mkdir(parents=True, exist_ok=True)
    text = EXAMPLE.read_text(encoding="utf-8")
    report = check_text("examples/debt_commentary_zh_hant.txt", text)
    ansi = render_text([(report, text)], color=True, width=110)
    console = Console(
        record=True, width=110, force_terminal=True, color_system="standard", file=io.StringIO()
    )
    console.print(Text.from_ansi(ansi))
    with tempfile.TemporaryDirectory() as tmp:
        terminal = Path(tmp) / "text.html"
        html = console.export_html(inline_styles=True, code_format=_TERMINAL)
        terminal.write_text(html, encoding="utf-8")
        lines = len(Text.from_ansi(ansi).wrap(console, 110)) + 2
        _shoot(terminal, IMAGES / "text-report.png", f"1180,{min(2000, 30 + lines * 22)}")
        page = Path(tmp) / "report.html"
        html = render_html([(report, text, locate([report]))])
        page.write_text(
            html.replace(
                "apply();\n}());",
                "apply();\n  var first = document.querySelector('.hl'); if (first) { first.click(); }\n}());",
            ),
            encoding="utf-8",
        )
        _shoot(page, IMAGES / "html-report.png", "1280,900")
    sys.stdout.write(f"wrote {IMAGES / 'text-report.png'} and {IMAGES / 'html-report.png'}\n")


if __name__ == "__main__":
    main()

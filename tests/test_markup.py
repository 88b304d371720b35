"""Markdown and reStructuredText are indexed as a reader sees them, at the file's own lines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rag.documents.markup import extract_markup, markup_headings
from rag.documents.reading import Document, load
from rag.ingestion.chunking import ChunkerConfig, chunk_document
from rag.testing import FakeEmbedder


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Latest version is `psutil 6.1.1 <https://pypi.org/project/psutil/6.1.1/>`__.", "Latest version is psutil 6.1.1."),
        ("Use the ``--disable-debugger-detection`` flag.", "Use the --disable-debugger-detection flag."),
        ("See [the docs](https://example.org/a_(b)) and ![a chart](chart.png).", "See the docs and a chart."),
        ("Call :func:`psutil.pids` or `cache.get()`.", "Call psutil.pids or cache.get()."),
        ("It is **fast** and *small*.", "It is fast and small."),
        ("## Usage ##", "Usage"),
        ("Title\n=====\nBody.", "Title\n\nBody."),
        (".. |ci| image:: https://ci.example/badge.svg\n    :target: https://ci.example\nText.", "\n\nText."),
        ("```python\nx = 1\n```", "\nx = 1\n"),
        # what is not markup stays: dunders, powers, keyword arguments, snake_case, lone stars
        ("Define __init__; 2**10; f(*args, **kwargs); snake_case_name; a * b", "Define __init__; 2**10; f(*args, **kwargs); snake_case_name; a * b"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "| a | b |\n\n| 1 | 2 |"),
        ("[![CI](https://ci/badge.svg)](https://ci/link) and **[Docs](https://d)**", "CI and Docs"),
        # what a reader reads stays: directive arguments, field lists, |x|, shell globs
        (".. note:: Read this before installing.", "Read this before installing."),
        (".. deprecated:: 3.1 Use foo() instead.", "3.1 Use foo() instead."),
        (":returns: True when sent", ":returns: True when sent"),
        ("Absolute value |x| and |Name |Value |", "Absolute value |x| and |Name |Value |"),
        ("Files matching *.txt or *.md; rm *.pyc *.pyo", "Files matching *.txt or *.md; rm *.pyc *.pyo"),
        (".. |ci| image:: https://ci/b.svg\nBuilt by |ci| daily.", "\nBuilt by  daily."),
        # code is left exactly as written
        ("```python\nprint(\"**not bold**\", grid[row][col])\n# comment\n```", "\nprint(\"**not bold**\", grid[row][col])\n# comment\n"),
        ("Example::\n\n    config[\"db\"][\"host\"]\n    nums.map(|x| x * 2)", "Example::\n\n    config[\"db\"][\"host\"]\n    nums.map(|x| x * 2)"),
        # an indented list item or continuation line is prose, not code
        ("- item\n    - a **nested** item\n    continued with `code`", "- item\n    - a nested item\n    continued with code"),
        ("Text:\n\n    x = a**2 + b**2  # code after a blank line\n    y = [x]", "Text:\n\n    x = a**2 + b**2  # code after a blank line\n    y = [x]"),
    ],
)
def test_markup_a_reader_does_not_see_is_dropped(source: str, shown: str) -> None:
    assert extract_markup(source)[0] == shown


@given(st.lists(st.sampled_from([*"ab *_`|[]()<>!:#=.-\n ", "**", "``", "](", ".. ", "::", "__"]), max_size=80).map("".join))
def test_every_character_maps_back_to_the_file_and_lines_stay(source: str) -> None:
    text, offsets = extract_markup(source)
    assert len(offsets) == len(text)
    assert all(source[o] == ch for o, ch in zip(offsets, text))
    assert list(offsets) == sorted(set(offsets))
    assert text.count("\n") == source.count("\n")


def test_a_markdown_chunk_cites_the_lines_it_came_from(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    lines = ["# Project", "", "Badges: ![ci](https://ci/badge.svg)", "", "Install it with `pip install project`.", "",
             "The **default** timeout is `300` seconds."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = load(path)
    assert isinstance(doc, Document)
    chunks = chunk_document(doc, FakeEmbedder().count_tokens, ChunkerConfig(chunk_tokens=12, overlap_tokens=0))
    found = [c for c in chunks if "timeout" in c.text]
    assert found and "The default timeout is 300 seconds." in found[0].text
    assert found[0].end_line == 7
    assert all("**" not in c.text and "`" not in c.text and "https://" not in c.text for c in chunks)


def test_a_text_file_keeps_its_markup_characters(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Use **bold** and `code` here.\n", encoding="utf-8")
    doc = load(path)
    assert isinstance(doc, Document) and doc.text == doc.source_text


@pytest.mark.parametrize("unit", ["[", "![", "`a <", ":x:", "**", "*a", "# a ", "[a](", ".. |"])
def test_hostile_markup_takes_linear_time(unit: str) -> None:
    """A pattern that rescans the rest of the line from every opener takes hours on a 1 MB line."""
    def seconds(n: int) -> float:
        text = unit * n + "b"
        t0 = time.perf_counter()
        extract_markup(text)
        return time.perf_counter() - t0

    small, large = seconds(5_000), seconds(50_000)
    assert large < 2.0 and large < 10 * small + 0.2, (small, large)


def _headings(source: str) -> list[tuple[str, str]]:
    """(the text a section starts with, its heading path)."""
    text, offsets = extract_markup(source)
    return [(text[at:].lstrip("\n").split("\n", 1)[0], path) for at, path in markup_headings(source, offsets)]


def test_rest_headings_nest_in_the_order_their_styles_appear() -> None:
    source = (
        "==============\npytest-timeout\n==============\n\nIntro.\n\nChangelog\n=========\n\n"
        "2.3.0\n-----\n\n- Fixed ``--timeout``.\n\n2.2.0\n-----\n\n- Other.\n\nLicence\n=======\n\nMIT.\n"
    )
    assert _headings(source) == [
        ("pytest-timeout", "pytest-timeout"),
        ("Changelog", "pytest-timeout > Changelog"),
        ("2.3.0", "pytest-timeout > Changelog > 2.3.0"),
        ("2.2.0", "pytest-timeout > Changelog > 2.2.0"),
        ("Licence", "pytest-timeout > Licence"),
    ]


def test_markdown_headings_and_what_only_looks_like_one() -> None:
    source = (
        "# Tool\n\nText.\n\n## Install *it* ##\n\nRun it:\n```\n# a comment, not a heading\n```\n"
        "Setext title\n------------\n\n    # indented code\n\nA rule after a blank line:\n\n---\n"
    )
    assert _headings(source) == [
        ("Tool", "Tool"),
        ("Install it", "Tool > Install it"),
        ("Setext title", "Tool > Install it > Setext title"),
    ]


def test_a_chunk_carries_the_heading_it_starts_under_and_is_still_cited_by_line(tmp_path: Path) -> None:
    entries = "".join(f"{v}\n-----\n\n" + "".join(f"- Fixed bug {v}-{i} in the timer thread.\n" for i in range(12)) + "\n" for v in ("2.3.0", "2.2.0", "2.1.0"))
    path = tmp_path / "CHANGELOG.rst"
    path.write_text("Changelog\n=========\n\n" + entries)
    doc = load(path)
    assert isinstance(doc, Document)
    chunks = chunk_document(doc, FakeEmbedder().count_tokens, ChunkerConfig(chunk_tokens=40, overlap_tokens=0))
    assert len(chunks) > 3
    lines = path.read_text().split("\n")
    for c in chunks:
        # the heading in force where the chunk starts (in the file: the last version line above it)
        above = [line for line in lines[: c.start_line] if line in ("2.3.0", "2.2.0", "2.1.0")]
        assert c.heading == ("Changelog > " + above[-1] if above else "Changelog"), (c.start_line, c.heading)
        assert c.location.endswith(f":{c.start_line}-{c.end_line}") or c.location.endswith(f":{c.start_line}")

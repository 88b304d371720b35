"""Chunking: offsets, coverage, line numbers and sizes, for any text; sentences; sections; HTML."""

from __future__ import annotations

import functools
import html
import os
from pathlib import Path

import pytest
from conftest import SEEDS, real_models_available
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from rag.documents.reading import Document, load
from rag.ingestion.chunking import ChunkerConfig, chunk_document
from rag.ingestion.segments import furniture, segment
from rag.records import Chunk
from rag.testing import FakeEmbedder
from rag.text import normalise, sentence_spans, split_sentences

COUNT = FakeEmbedder().count_tokens


# --------------------------------------------------------------------------- helpers


def text_document(text: str, name: str = "doc.txt") -> Document:
    return Document(Path("/corpus") / name, text, text, "0" * 64, len(text.encode()))


@functools.lru_cache(maxsize=None)
def needs_cover(ch: str) -> bool:
    """A character a chunk must hold: one that survives normalisation (not space, not invisible)."""
    return normalise(ch) != ""


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def without_furniture(source: str, start: int, end: int) -> str:
    """``normalise(source[start:end])`` without the photo credits and image file names of the body that it holds."""
    kept, pos = [], start
    for a, b in furniture(source, segment(source)):
        if a < end and b > pos:
            kept.append(source[pos:a])
            pos = min(b, end)
    kept.append(source[pos:end])
    # a window of a credit alone is kept as it is, as boilerplate
    return normalise(" ".join(kept)) or normalise(source[start:end])


def check_chunks(source: str, chunks: list[Chunk], count_tokens, config: ChunkerConfig) -> None:  # type: ignore[no-untyped-def]
    """The invariants every chunking of a plain-text document must satisfy."""
    covered = bytearray(len(source) + 1)
    ids = set()
    for c in chunks:
        assert 0 <= c.start_char < c.end_char <= len(source), c
        # the text is exactly the (normalised) source span, page furniture aside: citations can be
        # checked against the file
        assert without_furniture(source, c.start_char, c.end_char) == c.text, c
        assert c.text, c
        # spans are trimmed
        assert not source[c.start_char].isspace() and not source[c.end_char - 1].isspace(), c
        # line numbers agree with the offsets (1-based, inclusive)
        assert c.start_line == line_of(source, c.start_char), c
        assert c.end_line == line_of(source, c.end_char - 1), c
        # within the size limit, with the context header of comments included
        assert count_tokens([c.text])[0] <= config.hard_limit, c
        assert count_tokens([c.embed_text])[0] <= config.max_model_tokens - 2, c
        assert c.section in {"body", "comment", "boilerplate"}
        assert c.id not in ids
        ids.add(c.id)
        covered[c.start_char : c.end_char] = b"\x01" * (c.end_char - c.start_char)
    missing = [i for i, ch in enumerate(source) if needs_cover(ch) and not covered[i]]
    assert not missing, f"uncovered characters at {missing[:10]}: {[source[i] for i in missing[:10]]}"
    # chunks come in document order
    starts = [c.start_char for c in chunks]
    assert starts == sorted(starts)


# --------------------------------------------------------------------------- property test

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_UNICODE = "éüßçñøåÉΩπжЖ日本語中文한국어ايرانשלוםक्षि🙂👍🏽…–—’“”"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACES = [" ", " ", " ", "  ", "\u00a0", "\t", " \u200b", "\u2009", "\u3000"]

word = st.one_of(
    st.sampled_from(["Iran", "Syria", "the", "rebels", "a", "Damascus", "2024", "on", "Friday", "it"]),
    st.text(alphabet=_LETTERS, min_size=1, max_size=10),
    st.text(alphabet=_LETTERS + _UNICODE + _INVISIBLE, min_size=1, max_size=8),
    st.sampled_from(["Mr.", "U.S.", "al-Assad", "e.g.", "Dr.", "J.", "(1)", "“quoted”", "Oct.", "3.5", "—", "..."]),
    # very long words: URLs, hashes, run-together text (many word pieces in one "word")
    st.builds(
        lambda a, n: a * n,
        st.sampled_from(["ab", "日本", "!?", "x\u200b", "é", "https://x.org/", "a.b-"]),
        st.integers(20, 160),
    ),
)


_space = st.sampled_from(_SPACES)
sentence = st.builds(
    lambda first, rest, end: first + "".join(sp + w for sp, w in rest) + end,
    word,
    st.lists(st.tuples(_space, word), max_size=12),
    st.sampled_from([".", "!", "?", "", ".”", "...", ":"]),
)
_FURNITURE = [
    "Comments",
    "  1. Scott says:",
    "  2. Not the IT Dept. says:",
    "Jane Doe wrote:",
    "Already a subscriber? Log in.",
    "Leave a Reply",
    "ReplyReply",
    "3",
]
_prose = st.builds(
    lambda lead, parts: lead + " ".join(parts),
    st.sampled_from(["", "", "  ", "\u00a0", "\t"]),
    st.lists(sentence, min_size=1, max_size=4),
)
line = st.one_of(
    st.just(""),  # blank line
    st.builds(lambda sp, n: sp * n, _space, st.integers(1, 3)),  # whitespace-only line
    st.sampled_from(_FURNITURE),
    _prose,
    _prose,
    _prose,
)


documents = st.lists(line, min_size=1, max_size=14).map("\n".join)

configs = st.builds(
    lambda size, overlap_share: ChunkerConfig(size, int(size * overlap_share)),
    st.sampled_from([16, 24, 40, 64, 128, 254]),
    st.sampled_from([0.0, 0.2, 0.45]),
)


# CHUNK_EXAMPLES=5000 for a long hunt; the default keeps the suite fast
@settings(max_examples=int(os.environ.get("CHUNK_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=documents, config=configs)
@example(text="Mr. al-Assad met the U.S. envoy.\n\nHe left. Then\u00a0he came back.", config=ChunkerConfig(16, 4))
@example(text="a\u200b\u200b b\n\u200b\n\u2028x\u2029y", config=ChunkerConfig(16, 0))
@example(text=" \u200b", config=ChunkerConfig(16, 0))
@example(text="Leave a Reply\n\u2060\u200b\nIran left.", config=ChunkerConfig(16, 0))
@example(text="x" * 5000 + " " + "日本" * 400, config=ChunkerConfig(16, 4))
@example(text="!" * 3000, config=ChunkerConfig(16, 4))
def test_chunks_cover_and_point_at_their_source(text: str, config: ChunkerConfig) -> None:
    doc = text_document(text)
    chunks = chunk_document(doc, COUNT, config)
    check_chunks(text, chunks, COUNT, config)
    if any(needs_cover(ch) for ch in text):
        assert chunks


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents)
def test_loaded_file_chunks_point_into_the_file(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    """The same properties through rag.documents.reading.load (CRLF on disk is normalised to \\n)."""
    assume(not text.startswith("\ufeff"))  # a leading U+FEFF in UTF-8 is a byte-order mark, not text: it is dropped
    folder = tmp_path_factory.mktemp("docs")
    path = folder / "doc.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    doc = load(path)
    assert isinstance(doc, Document)
    assert doc.source_text == text == doc.text
    config = ChunkerConfig(32, 8)
    chunks = chunk_document(doc, COUNT, config)
    check_chunks(text, chunks, COUNT, config)
    assert all(c.source == str(path) for c in chunks)


def test_overlap_repeats_trailing_sentences() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(40))
    chunks = chunk_document(text_document(text), COUNT, ChunkerConfig(24, 8))
    assert len(chunks) > 3
    for a, b in zip(chunks, chunks[1:]):
        assert b.start_char < a.end_char, "consecutive windows should overlap"
        assert b.start_char > a.start_char
    no_overlap = chunk_document(text_document(text), COUNT, ChunkerConfig(24, 0))
    for a, b in zip(no_overlap, no_overlap[1:]):
        assert b.start_char >= a.end_char


def test_chunk_ids_are_stable_and_change_with_content() -> None:
    a = chunk_document(text_document("One. Two. Three."), COUNT, ChunkerConfig())
    b = chunk_document(text_document("One. Two. Three."), COUNT, ChunkerConfig())
    assert [c.id for c in a] == [c.id for c in b]
    changed = Document(Path("/corpus/doc.txt"), "One. Two. Three.", "One. Two. Three.", "1" * 64, 16)
    assert chunk_document(changed, COUNT, ChunkerConfig())[0].id != a[0].id


def test_empty_and_blank_documents_have_no_chunks() -> None:
    for text in ["", "\n\n", "   \n\t\n", "\u200b\n\u00a0"]:
        assert chunk_document(text_document(text), COUNT, ChunkerConfig()) == []


def test_long_comment_author_still_fits_the_model() -> None:
    """The "Reader comment by X:" header is embedded too; a long name must not push it past the model."""
    author = "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z"  # 52 word pieces in 51 characters
    text = "Comments\n1. " + author + " says:\n" + " ".join(["word"] * 600) + "."
    config = ChunkerConfig(254, 24, 256)
    chunks = chunk_document(text_document(text), COUNT, config)
    comments = [c for c in chunks if c.section == "comment"]
    assert comments and all(c.author == author for c in comments)
    for c in comments:
        assert COUNT([c.embed_text])[0] <= 254


# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Now, just as Mr. al-Assad needs help, Iran is heading for the exits. On Friday, it left.",
            ["Now, just as Mr. al-Assad needs help, Iran is heading for the exits.", "On Friday, it left."],
        ),
        (
            "The U.S. envoy Amos Hochstein spoke. He left.",
            ["The U.S. envoy Amos Hochstein spoke.", "He left."],
        ),
        ("She met the U.S. Envoy in Doha. Then she left.", ["She met the U.S. Envoy in Doha.", "Then she left."]),
        ("Mr. Prosser says Dr. Smith and J. Doe agree. Fine!", ["Mr. Prosser says Dr. Smith and J. Doe agree.", "Fine!"]),
        ("It began with the Oct. 7 attack. Then war.", ["It began with the Oct. 7 attack.", "Then war."]),
        ("“Is it over?” he asked. “Yes.” It was.", ["“Is it over?” he asked.", "“Yes.”", "It was."]),
        ("It was 2024. The year ended.", ["It was 2024.", "The year ended."]),
        ("First line without stop\nSecond line.", ["First line without stop", "Second line."]),
        ("  padded.   \n\n   ", ["padded."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_sentence_spans_are_offsets_into_a_range() -> None:
    text = "Header.\nAlpha one. Beta two.\nTail."
    start = text.index("Alpha")
    end = text.index("\nTail")
    spans = sentence_spans(text, start, end)
    assert [text[a:b] for a, b in spans] == ["Alpha one.", "Beta two."]
    assert all(start <= a < b <= end for a, b in spans)


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\u00a0MrU.S“”")), max_size=200))
def test_sentence_spans_partition_the_non_space_characters(text: str) -> None:
    spans = sentence_spans(text)
    seen = [0] * len(text)
    prev_end = 0
    for a, b in spans:
        assert prev_end <= a < b
        assert not text[a].isspace() and not text[b - 1].isspace()
        for i in range(a, b):
            seen[i] += 1
        prev_end = b
    for i, ch in enumerate(text):
        # every non-space character is in exactly one sentence; spaces inside a sentence are in it
        assert seen[i] == 1 if not ch.isspace() else seen[i] <= 1


# --------------------------------------------------------------------------- sections


def seed(name_prefix: str) -> Path:
    return next(SEEDS.glob(f"{name_prefix}_*.txt"))


def seed_chunks(prefix: str, config: ChunkerConfig | None = None) -> tuple[Document, list[Chunk]]:
    doc = load(seed(prefix))
    assert isinstance(doc, Document)
    return doc, chunk_document(doc, COUNT, config or ChunkerConfig())


def test_comment_thread_is_segmented_by_author() -> None:
    doc, chunks = seed_chunks("002")
    lines = doc.source_text.split("\n")
    scott_line = next(i for i, line in enumerate(lines, 1) if line.strip() == "1. Scott says:")
    before = [c for c in chunks if c.end_line < scott_line]
    after = [c for c in chunks if c.start_line >= scott_line]
    assert before and after
    assert all(c.section in {"body", "boilerplate"} for c in before)
    assert {c.section for c in before} >= {"body"}
    # the heading "Comments" is page furniture
    heading = next(c for c in chunks if c.text == "Comments")
    assert heading.section == "boilerplate"
    # everything after the first header is a comment or furniture; never body
    assert all(c.section in {"comment", "boilerplate"} for c in after)
    first = after[0]
    assert first.section == "comment" and first.author == "Scott" and first.start_line == scott_line
    assert "decoder ring" in first.text
    assert "Reader comment by Scott:" in first.embed_text
    authors = {c.author for c in after if c.section == "comment"}
    assert {"Scott", "Not the IT Dept.", "Rob1", "Michael Reynolds", "JohnSF", "Mr. Prosser", "DK", "gVOR10"} <= authors
    # a window never mixes two comments: each starts at or after its header and ends before the next one
    headers = [i for i, line in enumerate(lines, 1) if line.strip().endswith(" says:") and line.strip()[0].isdigit()]
    for c in after:
        if c.section != "comment":
            continue
        own = max(h for h in headers if h <= c.start_line)
        following = [h for h in headers if h > own]
        assert not following or c.end_line < following[0], c
        header_author = lines[own - 1].strip().split(" ", 1)[1].rsplit(" says:", 1)[0]
        assert c.author == header_author
    # the "ReplyReply" buttons and vote counts are not part of any comment's text
    assert not any("ReplyReply" in c.text for c in chunks if c.section == "comment")


def test_paywall_lines_are_boilerplate() -> None:
    _, chunks = seed_chunks("001")
    by_text = {c.text: c for c in chunks}
    for line in [
        "Already a subscriber? Log in.",
        "Want all of The Times? Subscribe.",
        "Please enable JavaScript in your browser settings.",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    ]:
        assert by_text[line].section == "boilerplate", line
    article = [c for c in chunks if "Shemshadi" in c.text]
    assert article and all(c.section == "body" for c in article)


@pytest.mark.parametrize(
    "line_text",
    [
        "The paper now has two million subscribers across the region.",
        "Officials said the catalog in Damascus was destroyed.",
        "3 officials said:",
        "He signed up for the deal after a long negotiation.",
    ],
)
def test_ordinary_sentences_are_body(line_text: str) -> None:
    text = f"Iran left Syria on Friday.\n{line_text}\nThe rebels advanced on Damascus."
    segs = segment(text)
    assert [s.section for s in segs] == ["body"], [(text[s.start : s.end], s.section) for s in segs]


def test_photo_credits_are_left_out_of_the_passages() -> None:
    # the seeds print a caption and its credit on one line, and the next paragraph after it: the
    # credit ran into that paragraph's first sentence ("…Getty Images For decades, Iran has…")
    for prefix, caption, credit, after in [
        ("000", "in Daraa, Syria, on Saturday.", "Credit…Sam Hariri/Agence France-Presse — Getty Images", "For decades"),
        ("003", "in Baghdad on Friday.", "Credit... Ahmed Jalil/EPA, via Shutterstock", "Along with Russia"),
    ]:
        doc, chunks = seed_chunks(prefix)
        assert not any(normalise(credit) in c.text for c in chunks), prefix
        assert any(normalise(f"{caption} {after}") in c.text for c in chunks), prefix
        # the windows are where they were: the credit's line is inside a chunk's lines
        line = doc.source_text[: doc.source_text.index(credit)].count("\n") + 1
        assert any(c.start_line <= line <= c.end_line for c in chunks), prefix
    # nothing else of the seeds is left out
    _, chunks = seed_chunks("001")
    assert all(normalise(load(seed("001")).text[c.start_char : c.end_char]) == c.text for c in chunks)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line_text", "credit"),
    [
        ("Rebels in Hama on Friday.Credit…Jane Doe/Reuters", "Credit…Jane Doe/Reuters"),
        ("The president waves. (AP Photo/Evan Vucci)", "(AP Photo/Evan Vucci)"),
        ("Photograph: Jane Doe/The Guardian", "Photograph: Jane Doe/The Guardian"),
        ("A flooded street. Photo: John Smith/Getty Images", "Photo: John Smith/Getty Images"),
        ("Image credit: NASA", "Image credit: NASA"),
        ("Rebels near Hama Credit…Jane Doe", "Credit…Jane Doe"),
        ("Flooding in Kyiv. REUTERS/Gleb Garanich", "REUTERS/Gleb Garanich"),
        ("A street in Kyiv. Image source, Getty Images", "Image source, Getty Images"),
        # what names who found a bug, or is a sentence of its own, is text
        ("Fix a crash in the parser. Credit: Jane Doe", None),
        ("Tax credit: up to $500 for each child.", None),
        ("Photo: a map of the region", None),
        ("Credit: Moody's downgraded the bank. The bank fell 5 percent on Monday.", None),
        ("Fixed a heap overflow in parse_header(). Credit: Jane Doe via OSS-Fuzz", None),
        ("Credits: Icons by Font Awesome/CC BY 4.0", None),
        ("Image: nginx/nginx:latest", None),
        ("It remembers the last mode (Photo/Video)", None),
        ("Photograph: gelatin silver print, 1936", None),
        ("Tehran. Photo: Reuters. President Biden said on Monday that talks would resume.", None),
        ("Credit… Jane Doe/Reuters The rebels advanced on Damascus on Friday", None),
        ("Credit… where credit is due", None),
    ],
)
def test_a_photo_credit_at_a_lines_end_is_left_out(line_text: str, credit: str | None) -> None:
    text = f"Iran left Syria on Friday.\n{line_text}\nThe rebels advanced on Damascus."
    chunks = chunk_document(text_document(text), COUNT, ChunkerConfig())
    body = " ".join(c.text for c in chunks if c.section == "body")
    if credit is None:
        assert body == normalise(text)
    else:
        assert normalise(credit) not in body
        assert body == normalise(text.replace(credit, ""))
        # a line that is only a credit is boilerplate: kept, never searched
        alone = chunk_document(text_document(f"Iran left Syria.\n{credit}\nThe rebels advanced."), COUNT, ChunkerConfig())
        assert [(c.text, c.section) for c in alone if c.section == "boilerplate"] == [(normalise(credit), "boilerplate")]


def test_a_line_of_an_image_file_name_is_left_out() -> None:
    _, chunks = seed_chunks("003")
    assert not any(".jpg" in c.text for c in chunks)
    assert any("new rebel offensive. Iran begins evacuating officers" in c.text for c in chunks)
    text = "Rebels took Hama.\nphoto_2024-12-06.JPG\nThe army left.\nSee figure.png for the map."
    body = " ".join(c.text for c in chunk_document(text_document(text), COUNT, ChunkerConfig()))
    assert body == "Rebels took Hama. The army left. See figure.png for the map."


def test_a_list_of_links_to_other_stories_is_left_out() -> None:
    # seeds/003 lists three headlines of other days under "More on the Middle East": near misses
    _, chunks = seed_chunks("003")
    assert not any("More on the Middle East" in c.text or "attack another major city" in c.text for c in chunks)
    assert any("Iran has started evacuating its military forces" in c.text for c in chunks)
    text = (
        "Rebels took Hama on Friday.\nRelated stories\nRebels take Aleppo in 2016\n\nThe army retreats\n"
        "The army left the city at night, officials said. \nRead more\nThe company said revenue grew."
    )
    body = " ".join(c.text for c in chunk_document(text_document(text), COUNT, ChunkerConfig()))
    # the headlines go; a heading with no headline under it stays, as does what follows a list
    assert body == "Rebels took Hama on Friday. The army left the city at night, officials said. Read more The company said revenue grew."


def test_a_window_of_a_credit_alone_keeps_it_as_boilerplate() -> None:
    # the sentence splitter cuts "Credit... Ahmed" after the dots, and small windows can hold the name alone
    text = "Iran left Syria on Friday. Credit... Ahmed Jalil/EPA, via Shutterstock\nComments\n1. Bob says:\nAgreed."
    chunks = chunk_document(text_document(text), COUNT, ChunkerConfig(chunk_tokens=12, overlap_tokens=0))
    check_chunks(text, chunks, COUNT, ChunkerConfig(chunk_tokens=12, overlap_tokens=0))
    held = " ".join(c.text for c in chunks)
    assert "Ahmed Jalil/EPA, via Shutterstock" in held
    assert all("Jalil" not in c.text for c in chunks if c.section != "boilerplate")


def test_a_credit_is_not_cut_from_wrapped_prose_or_a_comment() -> None:
    wrapped = "We thank the reviewers. Credit: Jane Doe/Reuters\nand the staff of the library."
    assert " ".join(c.text for c in chunk_document(text_document(wrapped), COUNT, ChunkerConfig())) == normalise(wrapped)
    thread = "Intro.\nComments\n1. Bob says:\nNice photo.\nCredit: Jane Doe/Reuters\nAgreed with all of it."
    segs = [(thread[s.start : s.end], s.section) for s in segment(thread)]
    assert [sec for _, sec in segs] == ["body", "boilerplate", "comment"], segs


def test_comment_header_needs_a_thread() -> None:
    text = "Intro.\nMary Smith wrote:\nA body paragraph that quotes her."
    assert {s.section for s in segment(text)} == {"body"}
    threaded = "Intro.\nComments\n1. Mary Smith wrote:\nNice post.\n2. Bob says:\nAgreed."
    segs = [(text_, s.section, s.author) for s in segment(threaded) for text_ in [threaded[s.start : s.end]]]
    assert segs[0] == ("Intro.", "body", None)
    assert ("Comments", "boilerplate", None) in segs
    assert [a for _, sec, a in segs if sec == "comment"] == ["Mary Smith", "Bob"]


# --------------------------------------------------------------------------- HTML

HTML = """<!doctype html>
<html>
<head>
<title>Page title</title>
<style>p { color: red; }</style>
<script>var secret = "<p>hidden script text</p>";</script>
<body>
<h1>Iran &amp; Syria</h1>
<p>AT&T said the caf&eacute; was closed &#8217;today&#x2019;.</p>
<noscript>Please enable JavaScript.</noscript>
<p>The envoy Amos Hochstein
spoke in Doha on Friday.</p>
<p>Line nine &copy</p>
</body>
</html>
"""


def test_html_is_loaded_as_text_with_lines_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = load(path)
    assert isinstance(doc, Document)
    assert doc.source_text == HTML
    text = normalise(doc.text)
    assert "hidden script text" not in text and "color: red" not in text and "var secret" not in text
    assert "Please enable JavaScript" not in text
    assert "<p>" not in text and "&amp;" not in text
    assert "Iran & Syria" in text
    assert "AT&T said the café was closed ’today’." in text
    assert "The envoy Amos Hochstein spoke in Doha on Friday." in text
    assert "Line nine ©" in text
    # every extracted character maps to a position in the file
    assert doc.offset_map is not None and len(doc.offset_map) == len(doc.text)
    assert doc.offset_map == sorted(doc.offset_map)

    chunks = chunk_document(doc, COUNT, ChunkerConfig(16, 0))
    assert chunks
    html_lines = HTML.split("\n")
    for c in chunks:
        assert c.source == str(path.resolve()) or c.source == str(path)
        assert c.start_line == line_of(HTML, c.start_char) and c.end_line == line_of(HTML, c.end_char - 1)
        span = "\n".join(html_lines[c.start_line - 1 : c.end_line])
        for w in c.text.split():
            first = w.strip(".’&©;")[:2]
            if first.isalpha():
                assert first in span, (w, c.start_line, c.end_line, span)
    assert chunks[0].text.startswith("Iran & Syria") and chunks[0].start_line == 8
    hochstein = next(c for c in chunks if "Hochstein" in c.text)
    assert hochstein.start_line <= 11 and hochstein.end_line >= 12
    # a chunk that ends in an entity covers the whole entity in the file
    assert chunks[-1].text.endswith("Line nine ©")
    assert chunks[-1].end_line == 13
    assert HTML[: chunks[-1].end_char].endswith("Line nine &copy")


_html_para = st.builds(
    lambda text, tag, inline: f"<{tag}>" + inline.format(html.escape(text, quote=False)) + f"</{tag}>",
    _prose,
    st.sampled_from(["p", "div", "li", "h2", "td"]),
    st.sampled_from(["{}", "<b>{}</b>", "<a href='x'>{}</a> &amp; &eacute;&#8217;", "{}<br>AT&T &copy", "<span>{}</span><script>x()</script>"]),
)


@settings(max_examples=int(os.environ.get("CHUNK_EXAMPLES", "20")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paras=st.lists(_html_para, min_size=1, max_size=8), sep=st.sampled_from(["\n", "", "\n\n  "]))
def test_html_chunks_render_to_their_text(tmp_path_factory: pytest.TempPathFactory, paras: list[str], sep: str) -> None:
    """The span a chunk names in the HTML file, rendered as text, is the chunk's text."""
    from rag.documents.html_text import extract_html

    source = "<html><head><title>t</title><style>p{}</style></head><body>\n" + sep.join(paras) + "\n</body></html>"
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(source, encoding="utf-8")
    doc = load(path)
    assert isinstance(doc, Document)
    chunks = chunk_document(doc, COUNT, ChunkerConfig(24, 4))
    assert chunks
    for c in chunks:
        # (+ "\n": html.parser leaves an entity at the very end of its input undecoded)
        rendered, _ = extract_html(source[c.start_char : c.end_char] + "\n")
        assert normalise(rendered) == c.text
        assert c.start_line == line_of(source, c.start_char) and c.end_line == line_of(source, c.end_char - 1)
    covered = "".join(normalise(c.text) for c in chunks)
    for word in normalise(doc.text).split():
        assert word in covered or all(part in covered for part in word.split())


def test_html_without_closing_head_keeps_its_body(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text("<html><head><title>x</title><body><p>Hello world.</p></body></html>", encoding="utf-8")
    doc = load(path)
    assert isinstance(doc, Document)
    assert normalise(doc.text) == "Hello world."


# --------------------------------------------------------------------------- real tokenizer


@pytest.mark.integration
def test_seed_chunks_fit_the_real_model() -> None:
    if not real_models_available():
        pytest.skip("the all-MiniLM-L6-v2 embedder is not installed (rag models install minilm)")
    from rag.backends.registry import build_embedder as load_embedder
    from rag.config import Settings
    from rag.ingestion.ingest import chunker_config

    settings = Settings.load()
    embedder = load_embedder(settings)
    config = chunker_config(settings, embedder)
    total = 0
    for path in sorted(SEEDS.glob("*.txt")):
        doc = load(path)
        assert isinstance(doc, Document)
        chunks = chunk_document(doc, embedder.count_tokens, config)
        assert chunks
        check_chunks(doc.source_text, chunks, embedder.count_tokens, config)
        counts = embedder.count_tokens([c.embed_text for c in chunks])
        # 254 word pieces + [CLS] + [SEP] = the 256 the model reads: nothing is ever truncated
        assert max(counts) <= 254, max(counts)
        total += len(chunks)
    assert total > 50


@pytest.mark.integration
def test_any_text_fits_the_real_model() -> None:
    """The property test again with the real word-piece counter (pieces of one long word do not add up)."""
    if not real_models_available():
        pytest.skip("the all-MiniLM-L6-v2 embedder is not installed (rag models install minilm)")
    from rag.backends.registry import build_embedder as load_embedder
    from rag.config import Settings

    embedder = load_embedder(Settings.load())
    count = embedder.count_tokens
    regression = "Iran Iran Iran Iran Iran Iran Iran Iran Iran \u200b" + "ab" * 20 + " Iran Mr..”"
    config = ChunkerConfig(16, 0, 256)
    check_chunks(regression, chunk_document(text_document(regression), count, config), count, config)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(text=documents, config=configs)
    def run(text: str, config: ChunkerConfig) -> None:
        chunks = chunk_document(text_document(text), count, config)
        check_chunks(text, chunks, count, config)

    run()


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Iran\u2028Syria\u2029Iraq", "Iran Syria Iraq"),  # line/paragraph separators separate words
        ("Hezbol\u00adlah", "Hezbollah"),  # soft hyphen
        ("a\u200bb\u2060c\ufeffd", "abcd"),
        ("x\u2066y\u2069 z", "xy z"),  # bidi isolates
        ("  many \t\n spaces\u00a0here ", "many spaces here"),
        ("ﬁne …", "fine ..."),
        ("\x1b[31mred\x1b[0m text\x07", "red text"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


# --------------------------------------------------------------------------- loading


def test_load_decodes_text_files(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes("\ufeffFirst line.\r\nSecond line.\rThird.".encode("utf-8"))
    doc = load(crlf)
    assert isinstance(doc, Document) and doc.text == "First line.\nSecond line.\nThird." and not doc.warnings

    utf16 = tmp_path / "notepad.txt"
    utf16.write_bytes("Iran left Syria.\r\nThe rebels advanced.".encode("utf-16"))
    doc = load(utf16)
    assert isinstance(doc, Document) and doc.text == "Iran left Syria.\nThe rebels advanced."

    for codec in ("utf-16-le", "utf-16-be"):  # no byte-order mark (some Windows exports): it was "binary file"
        bare = tmp_path / f"{codec}.txt"
        bare.write_bytes("Iran left Syria; the café in Damascus closed.\r\nThe rebels advanced.".encode(codec))
        doc = load(bare)
        assert isinstance(doc, Document) and doc.text == "Iran left Syria; the café in Damascus closed.\nThe rebels advanced.", doc
        assert doc.warnings == [f"{bare}: no byte-order mark; read as {codec.upper()}"]
    odd = tmp_path / "odd-nuls.bin.txt"  # NULs at every other byte, but the rest is control bytes: not text
    odd.write_bytes(bytes(b for i in range(200) for b in (i % 8 + 1, 0)))
    assert not isinstance(load(odd), Document)

    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 in Damascus.".encode("latin-1"))
    doc = load(latin1)
    assert isinstance(doc, Document) and doc.text.startswith("Caf") and doc.warnings

    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"ELF\x00\x01\x02")
    assert not isinstance(load(binary), Document)

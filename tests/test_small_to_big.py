"""Issue 12, third step: a short document shown whole, a "when" question's passages shown with their
dates, and a reply that points at a release note read as the release its header names."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.prompt import Evidence, select_evidence
from rag.answering.replies import release_pointed_at
from rag.index.parents import join_overlapping, whole_short_documents
from rag.records import Chunk, Hit
from rag.runtime import Runtime
from rag.testing import FakeGenerator

FILLER = " ".join(f"Item {i} of the upload changes the packaging of module number {i} in a small way." for i in range(12))


@pytest.fixture
def entries(tmp_path: Path) -> Path:
    """Changelog entries long enough to be cut into several chunks: version on top, date at the bottom."""
    folder = tmp_path / "changelog"
    folder.mkdir()
    for version, date in [("2.26.2-1", "Mon, 20 Apr 2020 10:44:09 -0700"), ("2.26.0-1", "Mon, 23 Mar 2020 13:19:36 -0700")]:
        (folder / f"git-{version}.txt").write_text(
            f"git (1:{version}) unstable; urgency=high\n\n  * New upstream point release {version}.\n  {FILLER}\n\n"
            f" -- Jonathan Nieder <jrnieder@example.org>  {date}\n",
            encoding="utf-8",
        )
    (folder / "long.txt").write_text("A long story. " + " ".join([FILLER] * 4) + " The end came on 5 May 2021.\n", encoding="utf-8")
    return folder


@pytest.fixture
def rt(entries: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    return ingested_runtime(entries)


def test_the_corpus_is_cut_into_several_chunks_per_entry(rt: Runtime) -> None:
    index = rt.retriever().index
    for name in ("git-2.26.2-1.txt", "long.txt"):
        source = next(c.source for c in index.chunks if c.file_name == name)
        assert len(index.document_chunks(source)) >= 2


def test_a_chunk_of_a_short_document_becomes_the_whole_document(rt: Runtime) -> None:
    index = rt.retriever().index
    source = next(c.source for c in index.chunks if c.file_name == "git-2.26.2-1.txt")
    parts = index.document_chunks(source)
    hits = [Hit(parts[0], 0.5, 0.5, 1.0, rank=1), Hit(parts[-1], 0.4, 0.4, 1.0, rank=2)]
    widened = whole_short_documents(index, hits)
    assert len(widened) == 1 and widened[0].rank == 1  # the later chunk is folded into the document
    whole = widened[0].chunk
    assert whole.text.startswith("git (1:2.26.2-1) unstable") and whole.text.endswith("10:44:09 -0700")
    assert (whole.start_line, whole.end_line) == (parts[0].start_line, parts[-1].end_line)
    assert whole.text.count("Item 5 of the upload") == 1  # the chunks' overlaps are said once


def test_a_short_report_with_a_line_of_boilerplate_is_shown_whole(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    # the twenty-second smoke check's q054: "Advertisement" under the headline made the report two passages, neither
    # whole, and the one that answers was cut to its first sentence among four
    from rag.index.parents import is_whole

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "fenn.txt").write_text(
        "Research ship Aldous Fenn named at Marrick Bay\nAdvertisement\nNews release | 9 May 2023\n\n"
        "The new research vessel RV Aldous Fenn was formally named at Marrick Bay on Tuesday by marine biologist "
        "Professor Hanne Ludvik.\n\nThe 64-metre ship was built by Vossberg Marine in Estravia.\n",
        encoding="utf-8",
    )
    index = ingested_runtime(folder).retriever().index
    source = next(c.source for c in index.chunks if c.file_name == "fenn.txt")
    parts = index.document_chunks(source)
    assert [p.section for p in parts] == ["body", "boilerplate", "body"]  # what made it two passages
    widened = whole_short_documents(index, [Hit(parts[-1], 0.5, 0.5, 1.0, rank=1), Hit(parts[0], 0.4, 0.4, 1.0, rank=2)])
    assert len(widened) == 1 and is_whole(index, widened[0])
    text = widened[0].chunk.text
    assert text.startswith("Research ship Aldous Fenn") and "Estravia" in text and "Advertisement" not in text


def test_a_whole_document_that_opens_with_boilerplate_keeps_its_date_line_in_its_context(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    # a review of this step: the whole text leaves the boilerplate out, and with it "9 March 2021"
    from rag.answering.answer import _context, _head
    from rag.index.constraints import Requirements
    from rag.index.parents import is_whole

    body = " ".join(["Margaret Ellis, who ran the Lindon village shop for forty years, died at home on 2 March."] * 18)
    folder = tmp_path / "obituaries"
    folder.mkdir()
    (folder / "ellis.txt").write_text(f"9 March 2021 | Share this article\n\nMargaret Ellis obituary\n\n{body}\n", encoding="utf-8")
    index = ingested_runtime(folder).retriever().index
    parts = index.document_chunks(next(c.source for c in index.chunks if c.file_name == "ellis.txt"))
    assert parts[0].section == "boilerplate"
    whole = whole_short_documents(index, [Hit(parts[-1], 0.5, 0.5, 1.0, rank=1)])[0]
    assert len(parts) > 2 and is_whole(index, whole) and "Share this" not in whole.chunk.text
    assert "9 march 2021" in _context(index, whole)
    assert Requirements.of("Who died in March 2021?").met_by(_context(index, whole), _head(index, whole))


def test_a_long_document_stays_a_chunk(rt: Runtime) -> None:
    index = rt.retriever().index
    source = next(c.source for c in index.chunks if c.file_name == "long.txt")
    hit = Hit(index.document_chunks(source)[1], 0.5, 0.5, 1.0, rank=1)
    assert whole_short_documents(index, [hit])[0].chunk is hit.chunk


@pytest.mark.parametrize(
    "a, b, joined",
    [("One. Two. Three.", "Three. Four.", "One. Two. Three. Four."), ("One two.", "Four five.", "One two. Four five."),
     ("It was a ten.", "en. Then", "It was a ten. en. Then")],  # an overlap must start at a word
)
def test_join_overlapping(a: str, b: str, joined: str) -> None:
    assert join_overlapping(a, b) == joined


def test_a_when_question_sees_the_date_at_the_end_of_the_entry(rt: Runtime) -> None:
    gen = FakeGenerator(["It was uploaded on 20 Apr 2020 [1]."])
    rt._generator = gen
    # (not "When did Debian upload…": these entries never say Debian, and rag.answering.subjects refuses a name no document mentions)
    answer = ask("When was git 2.26.2 uploaded?", rt)
    prompt = gen.calls[0][-1]["content"]
    assert "20 Apr 2020" in prompt and "2.26.0-1" not in prompt  # the neighbouring upload is a near miss
    assert not answer.refused and answer.citations[0].hit.chunk.file_name == "git-2.26.2-1.txt"


def _hit(text: str, name: str = "a.txt", start_char: int = 0) -> Hit:
    chunk = Chunk(id=name, source=f"/d/{name}", start_line=1, end_line=3, start_char=start_char, end_char=start_char + len(text), text=text)
    return Hit(chunk, 0.5, 0.5, 1.0)


def test_only_a_when_question_adds_a_dated_sentence() -> None:
    text = "Entry 2.26.2. It fixes the credential leak in the helper. Thanks to many people for the reports. -- Jo <jo@x.org> Mon, 20 Apr 2020 10:44:09 -0700"
    hits = [_hit(text)]
    when = select_evidence("When was the credential leak in the helper fixed?", hits, max_sentences=1)
    what = select_evidence("What was fixed about the credential leak in the helper?", hits, max_sentences=1)
    assert "20 Apr 2020" in when[0].text and "20 Apr 2020" not in what[0].text


RELEASE_NOTE = "News for the tz database: Release 2022b - 2022-08-10 15:38:32 -0700 Changes to zone name Rename Europe/Kiev to Europe/Kyiv."
OTHER_NOTE = "News for the tz database: Release 2016d - 2016-04-17 22:50:29 -0700 New zone Europe/Kirov."


@pytest.mark.parametrize(
    "question, numbers, notes, expected",
    [
        ("Which tz release renamed Europe/Kiev to Europe/Kyiv?", [1], [RELEASE_NOTE, OTHER_NOTE], "2022b [1]"),
        ("Which tz releases renamed Europe/Kiev to Europe/Kyiv?", [1], [RELEASE_NOTE, OTHER_NOTE], "2022b [1]"),
        ("Which tz release renamed Europe/Kiev to Europe/Kyiv?", [2], [OTHER_NOTE, RELEASE_NOTE], "2022b [2]"),
        # pointed at the neighbour, which shares fewer of the question's words: not read as the answer
        ("Which tz release renamed Europe/Kiev to Europe/Kyiv?", [2], [RELEASE_NOTE, OTHER_NOTE], ""),
        ("Who renamed Europe/Kiev to Europe/Kyiv?", [1], [RELEASE_NOTE], ""),  # not a which-release question
        ("Which bookworm update noted no leap second?", [1], ["tzdata (2024b-0+deb12u1) bookworm; urgency=medium * New upstream version 2024b - No leap second"], "2024b-0+deb12u1 [1]"),
        ("Which version fixed the leak?", [1], ["Fixed the leak in 2.1.0 and 2.2.0 of the library, says the note"], ""),  # two releases named
        ("Which version fixed the leak?", [1], ["Widget library news: the leak was fixed"], ""),  # none named
        # the note names Jordan but not Syria, which the question names: not the release asked about
        ("Which tz release moved Jordan and Syria to +03?", [1], ["News for the tz database: Release 2014g - Jordan moves to +03."], ""),
        ("Which tz release moved Jordan to +03?", [1], ["News for the tz database: Release 2014g - Jordan moves to +03."], "2014g [1]"),
    ],
)
def test_a_reply_pointing_at_a_release_note_is_read_as_its_release(question: str, numbers: list[int], notes: list[str], expected: str) -> None:
    evidence = [Evidence(n, _hit(t, f"{n}.txt"), t) for n, t in enumerate(notes, start=1)]
    assert release_pointed_at(question, numbers, evidence) == expected


def test_a_passage_from_the_middle_of_a_document_has_no_header_to_read() -> None:
    evidence = [Evidence(1, _hit(RELEASE_NOTE, start_char=400), RELEASE_NOTE)]
    assert release_pointed_at("Which tz release renamed Europe/Kiev to Europe/Kyiv?", [1], evidence) == ""
    # a Markdown title ("# Release 2022b") starts a few characters into its file: the index says it opens it
    assert release_pointed_at("Which tz release renamed Europe/Kiev to Europe/Kyiv?", [1], evidence, openings={"a.txt"}) == "2022b [1]"


def test_a_news_file_with_several_releases_in_the_passage_is_not_read() -> None:
    """The header names the newest release; the sentence pointed at is under the next one."""
    news = ("Release 2022c - 2022-08-15 Work around a bug in the build of the zic compiler on older systems, which"
            " reported it wrongly. Release 2022b - 2022-08-10 Rename Europe/Kiev to Europe/Kyiv.")
    evidence = [Evidence(1, _hit(news), news)]
    assert release_pointed_at("Which tz release renamed Europe/Kiev to Europe/Kyiv?", [1], evidence) == ""


def test_which_package_version_asks_for_a_release() -> None:
    note = "openssl (3.0.14-1~deb12u2) bookworm-security; urgency=medium * Fix CVE-2024-6119 (Possible denial of service in X.509 name checks)."
    evidence = [Evidence(1, _hit(note), note)]
    assert release_pointed_at("Which package version fixed CVE-2024-6119?", [1], evidence) == "3.0.14-1~deb12u2 [1]"


def _part(n: int, text: str, start: int, heading: str | None = None) -> Chunk:
    return Chunk(id=f"c{n}", source="/d/guide.docx", start_line=n, end_line=n, start_char=start, end_char=start + len(text), text=text, heading=heading)


class _Index:
    def __init__(self, parts: list[Chunk]) -> None:
        self.parts = parts

    def document_chunks(self, source: str) -> list[Chunk]:
        return self.parts


def test_a_document_in_sections_under_other_headings_stays_in_chunks() -> None:
    """A DOCX is cited by its heading: a passage widened across two sections would have none."""
    parts = [_part(1, "Install it.", 0, "Setup"), _part(2, "Upgrade it.", 20, "Upgrading")]
    hit = Hit(parts[1], 0.5, 0.5, 1.0)
    assert whole_short_documents(_Index(parts), [hit])[0].chunk is parts[1]  # type: ignore[arg-type]
    same = [_part(1, "Install it.", 0, "Setup"), _part(2, "Then run it.", 20, "Setup")]
    whole = whole_short_documents(_Index(same), [Hit(same[1], 0.5, 0.5, 1.0)])[0].chunk  # type: ignore[arg-type]
    assert whole.text == "Install it. Then run it." and whole.location.endswith("§ Setup")


def test_chunks_that_do_not_overlap_are_joined_whole() -> None:
    """Only windows whose offsets overlap repeat text: "No." ending one and starting the next is said twice."""
    parts = [_part(1, "He said: No.", 0), _part(2, "No. The board agreed.", 12)]
    whole = whole_short_documents(_Index(parts), [Hit(parts[0], 0.5, 0.5, 1.0)])[0].chunk  # type: ignore[arg-type]
    assert whole.text == "He said: No. No. The board agreed."


def test_a_markdown_release_note_shown_whole_is_read_as_its_release(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    """Its title starts at offset 2 ("# "), and it is shown whole: the index, not offset 0, says it opens its file."""
    folder = tmp_path / "tz"
    folder.mkdir()
    filler = FILLER.replace("upload", "release")
    (folder / "tz-2022b.md").write_text(f"# Release 2022b\n\nRename Europe/Kiev to Europe/Kyiv. {filler}\n", encoding="utf-8")
    (folder / "tz-2016d.md").write_text(f"# Release 2016d\n\nNew zone Europe/Kirov. {filler}\n", encoding="utf-8")
    gen = FakeGenerator(["[1]"])
    rt = ingested_runtime(folder, gen)
    assert len(rt.retriever().index.document_chunks(str(folder / "tz-2022b.md"))) >= 2
    answer = ask("Which tz release renamed Europe/Kiev to Europe/Kyiv?", rt)
    assert answer.hits[0].chunk.start_char > 0 and "Item 11" in answer.hits[0].chunk.text  # the whole file, title not at 0
    assert len(gen.calls) == 1 and answer.text == "2022b [1]"


def test_ask_answers_a_pointing_reply_with_the_release_without_asking_again(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "tz"
    folder.mkdir()
    (folder / "tz-2022b.txt").write_text(RELEASE_NOTE.replace(" Changes", "\n\nChanges") + "\n", encoding="utf-8")
    (folder / "tz-2016d.txt").write_text(OTHER_NOTE + "\n", encoding="utf-8")
    gen = FakeGenerator(["[1]"])
    rt = ingested_runtime(folder, gen)
    answer = ask("Which tz release renamed Europe/Kiev to Europe/Kyiv?", rt)
    assert len(gen.calls) == 1 and not answer.refused
    assert answer.text == "2022b [1]" and answer.citations[0].hit.chunk.file_name == "tz-2022b.txt"


def test_another_programs_version_in_an_entry_is_not_another_release() -> None:
    # "pip 22.2" in python3.11's entry is not the changelog's next entry (near-miss tune n031)
    note = "python3.11 (3.11.2-3) unstable; urgency=medium * Declare python3.11 to be PEP 668 EXTERNALLY-MANAGED. * Build with pip 22.2."
    evidence = [Evidence(1, _hit(note), note)]
    assert release_pointed_at("In which upload was python3.11 declared EXTERNALLY-MANAGED?", [1], evidence) == "3.11.2-3 [1]"
    # the same program's earlier upload in the passage is: the passage may be under it
    older = note + " python3.11 (3.11.2-2) unstable; urgency=medium * Refresh patches."
    assert release_pointed_at("In which upload was python3.11 declared EXTERNALLY-MANAGED?", [1], [Evidence(1, _hit(older), older)]) == ""


def test_a_reply_that_says_the_question_again_over_a_release_note_is_read_as_its_release(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    # "In Debian upload [1], python3.11 was first declared …": pointing at the note as a bare marker does
    folder = tmp_path / "tz"
    folder.mkdir()
    (folder / "tz-2022b.txt").write_text(RELEASE_NOTE.replace(" Changes", "\n\nChanges") + "\n", encoding="utf-8")
    (folder / "tz-2016d.txt").write_text(OTHER_NOTE + "\n", encoding="utf-8")
    gen = FakeGenerator(["In tz release [1], Europe/Kiev was renamed to Europe/Kyiv."])
    answer = ask("Which tz release renamed Europe/Kiev to Europe/Kyiv?", ingested_runtime(folder, gen))
    assert len(gen.calls) == 1 and not answer.refused
    assert answer.text == "2022b [1]" and answer.citations[0].hit.chunk.file_name == "tz-2022b.txt"


def test_a_document_shown_whole_meets_a_year_that_one_of_its_chunks_names(rt: Runtime) -> None:
    # the entry names its year only in its last chunk, the line of its date
    retriever = rt.retriever()
    index = retriever.index
    source = next(c.source for c in index.chunks if c.file_name == "git-2.26.2-1.txt")
    first = index.position[index.document_chunks(source)[0].id]
    assert "2020" not in index.context(first)
    meeting, _ = retriever._meeting_constraints("Which git upload of 2020 changed module number 5?")
    assert first in meeting
    # a long document's chunks meet only where they name it
    long = next(c.source for c in index.chunks if c.file_name == "long.txt")
    chunks = [index.position[c.id] for c in index.document_chunks(long)]
    meeting, _ = retriever._meeting_constraints("What came in 2021?")
    assert chunks[-1] in meeting and chunks[0] not in meeting


def test_a_document_headed_with_another_year_does_not_meet_one_it_names_in_passing(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    # the 2023 release's notes name 2022 in their last chunk: the rest of them is not of 2022 (near-miss n079)
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "tz-2023a.txt").write_text(f"Release 2023a\n\n{FILLER}\nThe rule of 2022 is kept.\n", encoding="utf-8")
    retriever = ingested_runtime(folder).retriever()
    parts = retriever.index.document_chunks(retriever.index.chunks[0].source)
    assert len(parts) >= 2
    meeting, _ = retriever._meeting_constraints("Which rule changed in 2022?")
    assert meeting == [retriever.index.position[parts[-1].id]]

"""Which sentences of the retrieved passages the model is shown."""

from __future__ import annotations

from rag.answering.prompt import Evidence, passage_label, select_evidence
from rag.records import Chunk, Hit
from rag.testing import FakeEmbedder


def hit(i: int, text: str, *, section: str = "body", author: str | None = None) -> Hit:
    chunk = Chunk(id=f"c{i}", source=f"/corpus/doc{i}.txt", start_line=1, end_line=3, start_char=0,
                  end_char=len(text), text=text, section=section, author=author)
    return Hit(chunk=chunk, score=1.0 / (i + 1), dense=0.5, lexical=1.0, rank=i + 1)


FILLER = [f"Filler sentence number {n} talks about the weather in Lisbon." for n in range(8)]


def shown(evidence: list) -> str:  # type: ignore[type-arg]
    return "\n".join(ev.text for ev in evidence)


def test_a_sentence_repeated_in_two_versions_is_shown_once() -> None:
    repeated = "Iran began to evacuate its commanders from Syria on Friday."
    hits = [hit(0, repeated + " " + FILLER[0]), hit(1, FILLER[1] + " " + repeated)]
    evidence = select_evidence("When did Iran evacuate its commanders from Syria?", hits, FakeEmbedder(), max_sentences=2)
    assert shown(evidence).count(repeated) == 1


def test_a_comment_is_found_by_its_author_name() -> None:
    # the sentence itself never names its author: the comment's header does
    comment = hit(1, "I would leave it to JohnSF. He knows more than me.", section="comment", author="MarkedMan")
    hits = [hit(0, " ".join(FILLER[:4])), comment]
    evidence = select_evidence("Who did MarkedMan defer to?", hits, FakeEmbedder(), max_sentences=1)
    assert "JohnSF" in shown(evidence)


def test_a_label_is_the_number_and_for_a_comment_its_author() -> None:
    assert passage_label(Evidence(2, hit(0, "Text."), "Text.")) == "[2]"
    comment = hit(1, "Text.", section="comment", author="JohnSF")
    assert passage_label(Evidence(3, comment, "Text.")) == "[3] (comment by JohnSF)"


def test_a_neighbour_already_quoted_from_another_version_is_not_quoted_again() -> None:
    context = "Iran's foreign minister visited Damascus on Sunday."
    # version A: the context sentence, then the answer; version B: the same context, then other news
    a = hit(0, f"{context} He promised support to the Syrian government.")
    b = hit(1, f"{FILLER[0]} {context} Rebels took Aleppo on Friday.")
    question = "What did Iran's foreign minister promise in Damascus, and what did rebels take on Friday?"
    evidence = select_evidence(question, [a, b], FakeEmbedder(), max_sentences=3)
    assert shown(evidence).count(context) == 1
    assert "support" in shown(evidence) and "Aleppo" in shown(evidence)
    assert all(ev.text.strip(" …") for ev in evidence)  # no passage is shown empty


def test_a_short_document_among_the_best_retrieved_is_quoted_whole() -> None:
    # the answering sentence ("Headliners The Hollow Reeds …") shares no word with the question and ranks
    # below other reports' sentences: quoted only when its document is quoted whole (the fourth smoke check, s060)
    folk = hit(0, "Record crowds at Pellbridge Folk Festival. The festival drew 18,000 people. "
               "Headliners The Hollow Reeds closed the main stage. Extra trains ran from Sandby.")
    jazz = hit(1, "The Odile Marchetti Quartet will headline the Pellbridge Jazz Festival. Tickets are on sale.")
    question = "Who headlined the 2024 Pellbridge Folk Festival?"
    cut = select_evidence(question, [folk, jazz], FakeEmbedder(), max_sentences=2)
    whole = select_evidence(question, [folk, jazz], FakeEmbedder(), max_sentences=2, whole=[0])
    assert "Hollow Reeds" not in shown(cut)
    assert whole[0].hit is folk and whole[0].text == folk.chunk.text
    # the other passage is cut as before
    assert [ev.text for ev in whole[1:]] == [ev.text for ev in cut if ev.hit is jazz]

"""rag.eval.evaluation and rag.eval.metrics: gold loading, metric functions, runs over the fake index, results and gates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.config import Settings
from rag.errors import EvalError, RagError, UsageError
from rag.eval.evaluation import (
    EvalRun,
    calibrate_relevance,
    check_gates,
    compare,
    load_results,
    parse_min,
    render_markdown,
    run_eval,
    score_record,
    write_results,
)
from rag.eval.gold import GoldItem, load_gold
from rag.eval.metrics import (
    QuestionRecord,
    best_f1,
    citation_is_precise,
    contains_answer,
    percentile,
    refusal_precision,
    refusal_recall,
    retrieval_scores,
    squad_normalise,
    strip_answer_markup,
    summarise,
    token_f1,
)
from rag.records import Answer, AnswerSentence, Chunk, Citation, Hit, Timings
from rag.runtime import Runtime
from rag.testing import FakeEmbedder, FakeGenerator

ROOT = Path(__file__).resolve().parent.parent

GOOD = {"id": "g1", "question": "Who?", "answers": ["Amos Hochstein"], "sources": ["a.txt"], "answerable": True}

# four questions about the seeds: two plainly answerable, one answerable only by paraphrase, one off-topic
TINY = [
    {"id": "t1", "question": "Who called Syria the backbone of Iran's regional presence?", "answers": ["Hassan Shemshadi", "Shemshadi"],
     "sources": ["000_f11cfd343132f763.txt", "001_9db785d974846cbd.txt", "004_d65dd0ca70e84b04.txt"], "answerable": True,
     "kind": "single", "split": "tune"},
    {"id": "t2", "question": "What is the main rebel group advancing in Syria?", "answers": ["Hayat Tahrir al-Sham", "Tahrir al-Sham"],
     "sources": ["000_f11cfd343132f763.txt", "002_0bcbfc6dc01f01cf.txt", "003_deb08d6d3284c542.txt", "004_d65dd0ca70e84b04.txt"],
     "answerable": True, "kind": "single", "split": "heldout"},
    {"id": "t3", "question": "Which Iranian member of parliament said Syria was at the verge of collapse?", "answers": ["Ahmad Naderi", "Naderi"],
     "sources": ["002_0bcbfc6dc01f01cf.txt", "003_deb08d6d3284c542.txt"], "answerable": True, "kind": "single", "split": "tune"},
    {"id": "t4", "question": "Who won the 2022 FIFA World Cup?", "answers": [], "sources": [], "answerable": False,
     "kind": "unanswerable", "split": "heldout"},
]

RATE_METRICS = ("hit@3", "recall@3", "mrr", "answer_in_context@3", "accuracy", "f1", "refusal_precision", "refusal_recall",
                "citation_validity", "citation_precision", "cited_answer_rate", "supported_sentence_rate")


def write_jsonl(path: Path, rows: list[object], blank_after_first: bool = False) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    if blank_after_first:
        lines.insert(1, "   ")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def tiny_gold(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "tiny.jsonl", TINY)


# --- load_gold ------------------------------------------------------------------------------------

def test_load_gold_parses_items_and_skips_blank_lines(tmp_path: Path) -> None:
    extra = {**GOOD, "id": "g2", "answers": [], "sources": [], "answerable": False, "evidence": [], "kind": "unanswerable", "split": "heldout"}
    items = load_gold(write_jsonl(tmp_path / "g.jsonl", [GOOD, extra], blank_after_first=True))
    assert [i.id for i in items] == ["g1", "g2"]
    assert items[0] == GoldItem("g1", "Who?", ("Amos Hochstein",), ("a.txt",), True)
    assert items[1].split == "heldout" and items[1].kind == "unanswerable" and not items[1].answerable


@pytest.mark.parametrize(("gold", "docs", "n", "unanswerable"), [("gold.jsonl", "../seeds", 88, 18), ("ood/gold.jsonl", "ood/docs", 30, 8)])
def test_the_shipped_gold_sets_load_and_quote_their_sources(gold: str, docs: str, n: int, unanswerable: int) -> None:
    items = load_gold(ROOT / "eval" / gold)
    assert len(items) == n
    assert {i.split for i in items} == {"tune", "heldout"}
    assert sum(not i.answerable for i in items) == unanswerable
    folder = ROOT / "eval" / docs
    for line in (ROOT / "eval" / gold).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        texts = [(folder / name).read_text(encoding="utf-8") for name in item["sources"]]
        # every evidence quote is copied verbatim from one of the item's sources
        assert all(any(quote in t for t in texts) for quote in item["evidence"]), item["id"]


@pytest.mark.parametrize(
    "bad, message",
    [
        ('{"id": "x", "question": ', "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "sources"}), "missing key 'sources'"),
        (json.dumps({**GOOD, "answerable": "yes"}), "'answerable' must be true or false"),
        (json.dumps({**GOOD, "answers": "Hochstein"}), "'answers' must be a list of strings"),
        (json.dumps({**GOOD, "sources": [1]}), "'sources' must be a list of strings"),
        (json.dumps({**GOOD, "id": ""}), "'id' must be a non-empty string"),
        (json.dumps({**GOOD, "question": "???"}), "'question' has no words"),
        (json.dumps({**GOOD, "answers": []}), "'answerable' is true but 'answers' is empty"),
        (json.dumps({**GOOD, "answers": ["The"]}), "empty after normalisation"),
        (json.dumps({**GOOD, "split": "test"}), "'split' must be one of"),
        (json.dumps({**GOOD, "answerable": False}), "'answerable' is false but 'answers' is not empty"),
    ],
)
def test_load_gold_names_the_line_of_a_malformed_item(tmp_path: Path, bad: str, message: str) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [{**GOOD, "id": "ok"}, bad], blank_after_first=True)
    with pytest.raises(EvalError) as err:
        load_gold(path)
    assert str(err.value).startswith(f"{path}:3: ")  # line 2 is blank, the bad item is on line 3
    assert message in str(err.value)


def test_load_gold_rejects_duplicate_ids(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [GOOD, {**GOOD, "id": "g2"}, GOOD])
    with pytest.raises(EvalError, match=r"g\.jsonl:3: duplicate id 'g1' \(first used on line 1\)"):
        load_gold(path)


def test_load_gold_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="does not exist"):
        load_gold(tmp_path / "nope.jsonl")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(EvalError, match="no questions"):
        load_gold(tmp_path / "empty.jsonl")


# --- metric functions -----------------------------------------------------------------------------

def test_squad_normalisation_and_markup_stripping() -> None:
    assert squad_normalise("The  U.S. envoy, Amos Hochstein!") == "us envoy amos hochstein"
    assert squad_normalise("An apple and a “pear”") == "apple and pear"
    assert strip_answer_markup("Naderi said so [1][2, 3]. It fell (unsupported)") == "Naderi said so. It fell"


def test_contains_answer_matches_whole_tokens() -> None:
    assert contains_answer("It was Ahmad Naderi's remark [1].", ["Naderi"])  # possessive
    assert contains_answer("the thirteen-year war: a 13-year war", ["13-year"])
    assert contains_answer("Envoy AMOS HOCHSTEIN said", ["the Amos Hochstein"])
    assert not contains_answer("It began in 2013.", ["13"])
    assert not contains_answer("Amos said", ["Amos Hochstein"])
    assert contains_answer("With the al-Assad clan in first place.", ["Assad clan"])  # a prefix joined by a hyphen
    assert contains_answer("See https://syria.liveuamap.com/ [1]", ["liveuamap"])
    assert contains_answer("See https://syria.liveuamap.com/", ["syria.liveuamap.com"])
    assert not contains_answer("Published 2024-12-07.", ["12"])  # digits keep their punctuation
    assert not contains_answer("anything", [])


@pytest.mark.parametrize(
    "text, answers, found",
    [
        ("It opened on March 7, 2025, from Lumen+ [1].", ["7 March"], True),  # the third smoke check's r052
        ("It opened on 7th of March [1].", ["March 7"], True),
        ("It opened on Mar. 7, 2025.", ["2025-03-07"], True),
        ("It opened on 2025-03-07.", ["7 March 2025"], True),
        ("It opened on March 7, 2024.", ["7 March 2025"], False),  # the gold's year is required
        ("It opened on March 7.", ["7 March 2025"], False),
        ("It opened on March 8, 2025.", ["7 March"], False),
        ("Five mayors met on 3 May.", ["5 May"], False),
        ("It opened on March 7, 2025.", ["between 7 March and 9 March"], False),  # only a gold that is one date
    ],
)
def test_a_date_answer_is_found_written_another_way(text: str, answers: list[str], found: bool) -> None:
    assert contains_answer(text, answers) is found


def test_token_f1_squad_style() -> None:
    assert token_f1("Amos Hochstein said", "Amos Hochstein") == pytest.approx(0.8)  # P 2/3, R 1
    assert token_f1("The envoy", "an envoy") == 1.0
    assert token_f1("Tehran", "Damascus") == 0.0
    assert best_f1("Hochstein", ["Amos Hochstein", "Hochstein"]) == 1.0
    assert best_f1("Hochstein", []) == 0.0


def test_refusal_precision_and_recall() -> None:
    refused = [True, True, False, False]
    answerable = [False, True, False, True]
    assert refusal_precision(refused, answerable) == 0.5
    assert refusal_recall(refused, answerable) == 0.5
    # nothing refused: precision is 0 when something should have been, 1 when nothing should
    assert refusal_precision([False, False], [True, False]) == 0.0
    assert refusal_precision([False, False], [True, True]) == 1.0
    assert refusal_recall([True], [True]) == 1.0
    assert refusal_precision([True], [True]) == 0.0


def test_citation_precision_counts_duplicate_files() -> None:
    sources = ["seeds/000.txt"]
    assert citation_is_precise(["001.txt", "000.txt"], "unrelated text", sources, ["Hochstein"])
    assert not citation_is_precise(["003.txt"], "unrelated text", sources, ["Hochstein"])
    assert citation_is_precise(["003.txt"], "said envoy Amos Hochstein.", sources, ["Hochstein"])


def test_retrieval_scores() -> None:
    s = retrieval_scores([["a.txt"], ["b.txt", "c.txt"], ["d.txt"]], ["x", "y", "the Tehran office"], ["c.txt", "d.txt", "e.txt"], ["Tehran"])
    assert s == {"hit": True, "recall": pytest.approx(2 / 3), "rr": 0.5, "answer_in_context": True}
    miss = retrieval_scores([["a.txt"]], ["x"], ["z.txt"], ["Tehran"])
    assert miss == {"hit": False, "recall": 0.0, "rr": 0.0, "answer_in_context": False}
    assert retrieval_scores([["a.txt"]], ["x"], [], ["x"])["hit"] is None


def test_percentile_interpolates() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([5.0], 95) == 5.0
    assert percentile([0.0, 10.0], 95) == pytest.approx(9.5)


def _rec(i: str, answerable: bool, **kw: object) -> QuestionRecord:
    return QuestionRecord(id=i, question=f"{i}?", kind=None, split=None, answerable=answerable, **kw)  # type: ignore[arg-type]


def test_summarise_hand_made_records() -> None:
    cite = {"n": 1, "file": "a.txt", "lines": "1-2", "supported": True}
    records = [
        _rec("a", True, refused=False, correct=True, f1=1.0, hit=True, recall=1.0, rr=1.0, answer_in_context=True,
             citations=[{**cite, "valid": True, "precise": True}, {**cite, "valid": False, "precise": False}],
             invalid_markers=2, sentences=2, supported_sentences=1,
             timings={"retrieval_ms": 10.0, "ttft_ms": 100.0, "gen_tokens": 5, "tokens_per_s": 20.0, "total_ms": 200.0}),
        _rec("b", True, refused=True, correct=False, f1=0.0, hit=False, recall=0.0, rr=0.0, answer_in_context=False,
             timings={"retrieval_ms": 20.0, "ttft_ms": 0.0, "gen_tokens": 0, "total_ms": 20.0}),
        _rec("c", False, refused=True, correct=True, timings={"retrieval_ms": 30.0, "gen_tokens": 0, "total_ms": 30.0}),
        _rec("d", True, refused=False, correct=False, f1=0.0, hit=False, recall=0.0, rr=0.0, answer_in_context=False,
             error="UsageError: boom"),
    ]
    m = summarise(records, 4, retrieval_only=False)
    assert (m["n_questions"], m["n_answerable"], m["n_unanswerable"], m["n_errors"]) == (4, 3, 1, 1)
    assert m["hit@4"] == m["mrr"] == m["answer_in_context@4"] == m["accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert m["refusal_precision"] == 0.5 and m["refusal_recall"] == 1.0
    assert m["citation_validity"] == 0.25  # 1 valid of 2 citations + 2 invalid markers
    assert m["citation_precision"] == 0.5
    assert m["cited_answer_rate"] == 1.0  # the errored record is not an answer
    assert m["supported_sentence_rate"] == 0.5
    assert m["ttft_ms_p50"] == 100.0 and m["tokens_per_s"] == 20.0  # only the answer that called the model
    assert m["retrieval_ms_p50"] == 20.0 and m["total_ms_p95"] == pytest.approx(183.0)
    ro = summarise(records, 4, retrieval_only=True)
    assert "accuracy" not in ro and "refusal_precision" not in ro and "total_ms_p50" not in ro and "hit@4" in ro


def _hit(cid: str, file: str, text: str, duplicates: tuple[str, ...] = (), rank: int = 1) -> Hit:
    chunk = Chunk(id=cid, source=f"/docs/{file}", start_line=3, end_line=4, start_char=0, end_char=len(text), text=text)
    return Hit(chunk=chunk, score=0.5, dense=0.4, lexical=1.0, rank=rank, duplicates=duplicates)


def _answer(text: str, hits: list[Hit], citations: list[Citation] | None = None, refused: bool = False, **kw: object) -> Answer:
    return Answer(question="q?", text=text, refused=refused, sentences=kw.pop("sentences", []), citations=citations or [],  # type: ignore[arg-type]
                  hits=hits, timings=Timings(retrieval_ms=1.0, gen_tokens=3, total_ms=5.0), model="m", embedder="e", **kw)  # type: ignore[arg-type]


def test_score_record_from_a_hand_made_answer() -> None:
    item = GoldItem("s1", "Who is the envoy?", ("Amos Hochstein",), ("000.txt",), True)
    copy = _hit("c1", "001.txt", "The envoy said so.", duplicates=("000.txt",))  # only its duplicate is a gold source
    other = _hit("c2", "003.txt", "Unrelated passage.", rank=2)
    stray = _hit("c9", "003.txt", "Nothing here.")  # cited but never retrieved
    answer = _answer(
        "Amos Hochstein [1]. He spoke [2]. (unsupported)", [copy, other],
        [Citation(1, copy, "The envoy said so."), Citation(2, stray, "", supported=False)],
        sentences=[AnswerSentence("Amos Hochstein.", [1]), AnswerSentence("He spoke.", [2], supported=False)],
        invalid_markers=[7],
    )
    rec = score_record(item, answer.hits, answer)
    assert (rec.hit, rec.recall, rec.rr, rec.answer_in_context) == (True, 1.0, 1.0, False)
    assert rec.retrieved[0] == {"file": "001.txt", "lines": "3-4", "duplicates": ["000.txt"], "dense": 0.4}
    assert rec.correct is True and rec.f1 == pytest.approx(2 * (2 / 4) / (2 / 4 + 1))  # markers and flag stripped
    assert [(c["n"], c["valid"], c["precise"], c["supported"]) for c in rec.citations] == [(1, True, True, True), (2, False, False, False)]
    assert (rec.invalid_markers, rec.sentences, rec.supported_sentences) == (1, 2, 1)
    m = summarise([rec], 2, retrieval_only=False)
    assert m["citation_validity"] == pytest.approx(1 / 3, abs=1e-4)  # one valid of two citations and one bad marker
    assert m["citation_precision"] == 0.5 and m["supported_sentence_rate"] == 0.5 and m["cited_answer_rate"] == 1.0
    assert m["accuracy"] == 1.0 and m["refusal_precision"] == 1.0 and m["refusal_recall"] == 1.0

    exact = score_record(item, [copy], _answer("Amos Hochstein [1].", [copy]))
    assert exact.f1 == 1.0
    refused = score_record(item, [copy], _answer("I could not find the answer in the documents.", [copy], refused=True))
    assert (refused.refused, refused.correct, refused.f1, refused.citations) == (True, False, 0.0, [])
    unanswerable = GoldItem("s2", "Who won?", (), (), False)
    answered = score_record(unanswerable, [copy], _answer("Amos [1].", [copy], [Citation(1, copy, "")]))
    assert answered.correct is False and answered.hit is None and answered.citations[0]["precise"] is None
    both = summarise([rec, answered], 2, retrieval_only=False)
    assert both["citation_precision"] == 0.5  # gold sources only exist for answerable questions
    assert both["cited_answer_rate"] == 1.0 and both["refusal_recall"] == 0.0
    assert score_record(unanswerable, [], _answer("I could not find it.", [], refused=True)).correct is True


# --- runs over the fake index ---------------------------------------------------------------------

def test_retrieval_only_scores_a_short_document_whole_as_the_answer_path_shows_it(
    settings: Settings, fake_embedder: FakeEmbedder, tmp_path: Path
) -> None:
    """A short document's answer in its second chunk is in the top k: the answer path shows the document
    whole, so a retrieval-only run must score it as a full run does."""
    from rag.ingestion.ingest import ingest

    docs = tmp_path / "notes"
    docs.mkdir()
    filler = " ".join(f"Paragraph filler sentence number {i} mentions nothing in particular." for i in range(14))
    (docs / "release.txt").write_text(
        f"The kestrel release shipped its new parser.\n\n{filler}\n\nIt was signed off by Orla Quenby.\n", encoding="utf-8"
    )
    rt = Runtime(settings, embedder=fake_embedder)
    ingest([docs], rt)
    chunks = rt.retriever().index.chunks
    assert len(chunks) >= 2 and "Quenby" not in chunks[0].text  # the answer is not in the first chunk
    item = GoldItem(id="w1", question="The kestrel release shipped its new parser", answers=["Orla Quenby"],
                    sources=["release.txt"], answerable=True)
    run = run_eval([item], rt, retrieval_only=True, k=1)
    assert run.records[0].answer_in_context is True
    assert run.records[0].retrieved[0]["lines"] == f"1-{chunks[-1].end_line}"


def test_retrieval_only_run_writes_results(fake_index: Settings, fake_embedder: FakeEmbedder, tiny_gold: Path, tmp_path: Path) -> None:
    items = load_gold(tiny_gold)
    seen: list[tuple[int, int, str]] = []
    run = run_eval(items, Runtime(fake_index, embedder=fake_embedder), retrieval_only=True, k=3, on_item=lambda i, n, r: seen.append((i, n, r.id)))
    assert seen == [(1, 4, "t1"), (2, 4, "t2"), (3, 4, "t3"), (4, 4, "t4")]
    m = run.metrics
    assert m["n_questions"] == 4 and m["n_errors"] == 0 and "accuracy" not in m
    for name in ("hit@3", "recall@3", "mrr", "answer_in_context@3"):
        assert 0.0 <= m[name] <= 1.0
    assert run.records[0].hit is True  # Shemshadi's quote is in three of the seeds
    assert all(len(r.retrieved) == 3 and r.refused is None for r in run.records)
    assert set(run.metrics_by_split) == {"tune", "heldout"}
    assert run.metrics_by_split["tune"]["n_questions"] == 2

    json_path, md_path = write_results(run, tmp_path / "results", "org/model:Q4")
    assert json_path.parent == md_path.parent == tmp_path / "results"
    assert json_path.name.endswith("-org-model-Q4.json") and md_path.suffix == ".md"
    data = load_results(json_path)
    assert data["metrics"] == m and data["retrieval_only"] is True and len(data["records"]) == 4
    md = md_path.read_text(encoding="utf-8")
    assert "| hit@3 |" in md and "## By split" in md
    assert sorted(p.name for p in json_path.parent.iterdir()) == sorted([json_path.name, md_path.name])  # no temp files left


def test_full_run_scores_answers(fake_index: Settings, fake_embedder: FakeEmbedder, tiny_gold: Path, tmp_path: Path) -> None:
    run = run_eval(load_gold(tiny_gold), Runtime(fake_index, embedder=fake_embedder, generator=FakeGenerator()), k=3)
    m = run.metrics
    for name in RATE_METRICS:
        if name in m:
            assert 0.0 <= m[name] <= 1.0, name
    for name in ("accuracy", "f1", "refusal_precision", "refusal_recall", "retrieval_ms_p50", "total_ms_p95"):
        assert name in m
    answerable = [r for r in run.records if r.answerable]
    assert m["accuracy"] == pytest.approx(sum(bool(r.correct) for r in answerable) / 3, abs=1e-4)
    off_topic = run.records[3]
    assert off_topic.refused is True and off_topic.correct is True  # nothing about football in the seeds
    assert m["refusal_recall"] == 1.0
    for r in run.records:
        if r.answerable and r.refused:
            assert r.correct is False and r.f1 == 0.0
        assert r.timings["total_ms"] >= r.timings["retrieval_ms"]
        assert r.answerability is None  # no question here names a year or a version: not checked
    json.dumps([r.to_dict() for r in run.records])
    assert run.settings["model"] == "fake-llm" and run.settings["k"] == 3
    by_split = run.metrics_by_split
    assert by_split["tune"]["n_questions"] + by_split["heldout"]["n_questions"] == 4
    json_path, md_path = write_results(run, tmp_path / "res", "fake-llm")
    json_path2, _ = write_results(run, tmp_path / "res", "fake-llm")
    assert json_path2 != json_path and load_results(json_path)["metrics"] == load_results(json_path2)["metrics"]
    assert "## Wrong refusals" in md_path.read_text(encoding="utf-8")


def test_question_errors_are_recorded_not_raised(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    items = [GoldItem("e1", "???", ("Naderi",), ("002_0bcbfc6dc01f01cf.txt",), True),
             GoldItem("e2", "Who won the 2022 FIFA World Cup?", (), (), False)]
    for retrieval_only in (True, False):
        run = run_eval(items, Runtime(fake_index, embedder=fake_embedder, generator=FakeGenerator()), retrieval_only=retrieval_only)
        bad = run.records[0]
        assert bad.error and bad.error.startswith("UsageError") and bad.hit is False
        assert run.metrics["n_errors"] == 1 and run.metrics["hit@5"] == 0.0
        assert run.records[1].error is None
    assert run.metrics["accuracy"] == 0.0 and run.metrics_by_split == {}


def test_setup_errors_propagate(settings: Settings, tiny_gold: Path) -> None:
    from rag.errors import NoIndexError

    with pytest.raises(NoIndexError):
        run_eval(load_gold(tiny_gold), Runtime(settings, embedder=FakeEmbedder()), retrieval_only=True)
    with pytest.raises(RagError, match="k must be"):
        run_eval(load_gold(tiny_gold), Runtime(settings, embedder=FakeEmbedder()), retrieval_only=True, k=0)


def test_calibrate_relevance(fake_index: Settings, fake_embedder: FakeEmbedder, tiny_gold: Path) -> None:
    cal = calibrate_relevance(load_gold(tiny_gold), Runtime(fake_index, embedder=fake_embedder), k=3)
    a, u = cal["answerable"], cal["unanswerable"]
    assert a["n"] == 3 and u["n"] == 1
    assert a["min"] <= a["p5"] <= a["p50"] and u["p50"] <= u["p95"] <= u["max"]
    assert cal["suggested_threshold"] == pytest.approx(a["min"] - 0.02, abs=1e-4)
    tops = [s["top"] for s in cal["scores"]]
    assert tops == sorted(tops) and min(tops) <= a["min"]
    assert {s["id"] for s in cal["scores"]} == {"t1", "t2", "t3", "t4"}
    from rag.index.retrieval import search

    t4 = max(h.dense for h in search(TINY[3]["question"], Runtime(fake_index, embedder=fake_embedder), k=3))  # type: ignore[arg-type]
    assert next(s["top"] for s in cal["scores"] if s["id"] == "t4") == pytest.approx(t4, abs=1e-4) == u["max"]


# --- report, compare, gates -----------------------------------------------------------------------

def test_markdown_lists_wrong_answers_and_refusals() -> None:
    records = [
        _rec("w1", True, gold=["Naderi"], refused=False, answer="It was Araghchi [1].", correct=False, f1=0.0),
        _rec("w2", True, gold=["Tehran"], refused=True, answer="I could not find the answer.", correct=False, f1=0.0),
        _rec("w3", False, refused=False, answer="Argentina won.", correct=False),
        _rec("ok", True, gold=["Doha"], refused=False, answer="In Doha.", correct=True, f1=1.0),
    ]
    run = EvalRun(records=records, metrics=summarise(records, 5, False), metrics_by_split={}, k=5, retrieval_only=False,
                  started="2025-01-02T03:04:05+00:00")
    md = render_markdown(run, "m")
    assert "## Wrong answers (1)" in md and "**w1**" in md and "It was Araghchi [1]." in md and "expected: Naderi" in md
    assert "## Wrong refusals (1)" in md and "**w2**" in md
    assert "## Answered unanswerable questions (1)" in md and "Argentina won." in md
    assert "**ok**" not in md


def test_write_results_names_file_by_utc_time(tmp_path: Path) -> None:
    run = EvalRun(records=[], metrics={"n_questions": 0}, metrics_by_split={}, k=5, retrieval_only=True,
                  started="2025-01-02T03:04:05+01:00")
    json_path, md_path = write_results(run, tmp_path, "../Qwen 2.5 (1.5B)")
    assert json_path.name == "20250102-020405-Qwen-2.5-1.5B.json"
    assert md_path.name == "20250102-020405-Qwen-2.5-1.5B.md"


def test_load_results_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        load_results(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UsageError):
        load_results(tmp_path / "bad.json")
    (tmp_path / "other.json").write_text('{"records": []}', encoding="utf-8")
    with pytest.raises(UsageError, match="metrics"):
        load_results(tmp_path / "other.json")


def test_compare_reports_common_metrics_with_delta() -> None:
    rows = compare({"hit@5": 0.9, "accuracy": 0.5, "new_only": 1.0, "model": "x"}, {"accuracy": 0.6, "hit@5": 0.8, "model": "y"})
    assert [r[0] for r in rows] == ["hit@5", "accuracy"]
    assert rows[0] == ("hit@5", 0.9, 0.8, pytest.approx(0.1))
    assert rows[1][3] == pytest.approx(-0.1)


def test_parse_min_and_gates() -> None:
    mins = parse_min(["hit@5=0.9", "accuracy = 0.5", "refusal_recall=1"], k=5)
    assert mins == {"hit@5": 0.9, "accuracy": 0.5, "refusal_recall": 1.0}
    failures = check_gates({"hit@5": 0.85, "accuracy": 0.5}, mins)
    assert len(failures) == 2
    assert failures[0].startswith("hit@5 = 0.85 is below the minimum 0.9")
    assert "refusal_recall was not measured" in failures[1]
    assert check_gates({"hit@5": 0.9, "accuracy": 0.7, "refusal_recall": 1.0}, mins) == []


@pytest.mark.parametrize("spec", ["hit@5", "hit@5=high", "=0.5", "hit@5=nan"])
def test_parse_min_rejects_bad_syntax(spec: str) -> None:
    with pytest.raises(UsageError, match="METRIC=NUMBER"):
        parse_min([spec])


@pytest.mark.parametrize("spec", ["hits@5=0.9", "hit@k=0.9", "mrr@5=0.5", "n_errors=0"])
def test_parse_min_rejects_unknown_metric_listing_known_ones(spec: str) -> None:
    with pytest.raises(UsageError) as err:
        parse_min([spec])
    assert "Unknown metric" in str(err.value) and "accuracy" in str(err.value) and "answer_in_context@k" in str(err.value)


def test_parse_min_rejects_an_answer_gate_on_a_retrieval_only_run() -> None:
    assert parse_min(["hit@5=0.9"], k=5, retrieval_only=True) == {"hit@5": 0.9}
    with pytest.raises(UsageError, match="retrieval-only"):
        parse_min(["accuracy=0.5"], k=5, retrieval_only=True)


def test_parse_min_checks_k() -> None:
    with pytest.raises(UsageError, match="k=5"):
        parse_min(["hit@3=0.9"], k=5)
    assert parse_min(["hit@3=0.9"]) == {"hit@3": 0.9}


def test_the_near_miss_set_checks_against_its_documents() -> None:
    """eval/nearmiss/: every answer is in its evidence, every quote in its source, and what an
    unanswerable question asks for is absent from the whole corpus while its near misses are there."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "eval" / "nearmiss" / "check_gold.py")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "gold OK" in done.stdout
    items = load_gold(ROOT / "eval" / "nearmiss" / "gold.jsonl")
    assert len(items) >= 80 and sum(not i.answerable for i in items) * 3 >= len(items)

"""The answer path: retrieve, decide whether the documents can answer, generate, cite.

Refusals happen at these points: retrieval finds nothing relevant enough, no
passage it found meets the question's years, versions, identifiers and
qualifiers (rag.index.constraints), or a name the question gives is in none of those
that do nor in any document (rag.answering.subjects; in these three cases the LLM is not called), the model
says the passages do not hold the answer, no sentence of the model's answer
is supported by the passages, asked again it still does not give what the question asks (the
kind of answer, the place: rag.answering.replies), its cited documents do not mention a name the
question gives (rag.answering.about), the name it gives goes with another year than
the question's (rag.answering.years), its passages only expect or plan what it gives as done
(rag.answering.prospects), they give the prize asked about to another (rag.answering.prizes) or, asked who came
before, give it as the one who came after (rag.answering.succession), the sentences that hold it
are about another part, number or kind than asked (series 3 for series 4, the novel for the video game:
rag.answering.labels) or about the other end of a span than asked (a birth for a death, an opening for a
closure: rag.answering.events), or the model, asked apart, gives too low a
probability that the cited passages state the answer, or, for a question without constraints, that they
contain the answer to it (rag.answering.verification).
"""

from __future__ import annotations

import itertools
import time
from typing import TYPE_CHECKING, Callable

from rag.answering import accounts, datelines, events, labels, margins, prizes, prospects, succession, weekdays, years
from rag.answering.about import other_subject
from rag.answering.answer_type import expected
from rag.answering.casing import truecased
from rag.answering.citations import Attribution, with_markers
from rag.answering.completion import complete_dates, complete_weekdays, complete_year, currency_as_passage, spelled_as_passage
from rag.answering.prompt import (
    REFUSAL,
    WHOLE_CHARS,
    WHOLE_TOP,
    Evidence,
    build_messages,
    fit_to_budget,
    select_evidence,
)
from rag.answering.question import check_question
from rag.answering.replies import checked_reply, generate
from rag.answering.subjects import absent, vocabulary_of
from rag.answering.verification import answerability, threshold
from rag.backends.ports import Generator
from rag.config import Settings
from rag.dates import with_spans
from rag.errors import UsageError
from rag.index.constraints import Requirements
from rag.index.parents import is_whole, whole_short_documents
from rag.index.retrieval import clean_query
from rag.records import Answer, AnswerSentence, Citation, Hit, Timings
from rag.runtime import Runtime

if TYPE_CHECKING:  # pragma: no cover
    from rag.index.loaded_index import LoadedIndex
    from rag.index.retrieval import Retriever
    from rag.runtime import RuntimeLike
from rag.text import content_terms

#: cosine of the best passage below which rag refuses without calling the LLM.
#: Calibrated on the tuning half of eval/gold.jsonl with `rag eval --calibrate`
#: (the lowest-scoring answerable question there, less a margin); see eval/README.md.
MIN_RELEVANCE = 0.23





def relevant_enough(hits: list[Hit], question: str, threshold: float = MIN_RELEVANCE) -> bool:
    """Whether the retrieved passages plausibly bear on the question at all."""
    if not hits:
        return False
    best = max(h.dense for h in hits)
    if best >= threshold:
        return True
    # a weak dense match still counts when a passage shares most of the question's words
    q = content_terms(question)
    return bool(q) and max(len(q & content_terms(h.chunk.text)) for h in hits) / len(q) >= 0.75


def _interleave(first: list[Hit], second: list[Hit], k: int) -> list[Hit]:
    """The two result lists taken in turn, without repeats, best first, renumbered."""
    out: list[Hit] = []
    seen: set[str] = set()
    for pair in itertools.zip_longest(first, second):
        for h in pair:
            if h is not None and h.chunk.id not in seen:
                seen.add(h.chunk.id)
                out.append(h)
    out = out[:k]
    for rank, h in enumerate(out, start=1):
        h.rank = rank
    return out


def refusal(
    question: str, hits: list[Hit], timings: Timings, model: str, embedder: str, reason: str,
    raw: str = "", query: str = "", first_raw: str = "",
) -> Answer:
    return Answer(
        question=question,
        text=REFUSAL,
        refused=True,
        sentences=[],
        citations=[],
        hits=hits,
        timings=timings,
        model=model,
        embedder=embedder,
        raw=raw,
        first_raw=first_raw,
        refusal_reason=reason,
        search_query=query or question,
    )


def reading_stage(evidence: list[Evidence]) -> str:
    """The stage while the model reads its prompt, naming the files the passages come from (the
    sources, as soon as they are known: the cited ones follow the answer)."""
    names = list(dict.fromkeys(ev.hit.chunk.file_name for ev in evidence))
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return f"reading {len(evidence)} passage{'s' if len(evidence) != 1 else ''} from {shown}"


def _retrieve(retriever: "Retriever", q: str, query: str, k: int, candidates: int) -> list[Hit]:
    """The passages for the query; a rewritten follow-up also searches with its own words."""
    hits = retriever.search(query, k, candidates)
    if query != q:
        # a rewritten follow-up: its own words can find what the joined query misses ("and who denied it?")
        hits = _interleave(hits, retriever.search(q, k, candidates), k)
    return hits


def ask(
    question: str,
    target: "RuntimeLike",
    *,
    history: list[tuple[str, str]] | None = None,
    search_query: str | None = None,
    on_token: Callable[[str], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
    k: int | None = None,
) -> Answer:
    """Answer ``question`` from the live index, with checked citations.

    ``target`` is a :class:`~rag.runtime.Runtime` (or Settings, wrapped in a new one). ``history``
    is the conversation so far as (question, answer) pairs and ``search_query`` the standalone query
    to retrieve with (chat rewrites follow-ups into one); ``on_token`` receives the model's output
    as it streams, and ``on_stage`` what rag is doing before that, in words ("searching",
    "reading 5 passages from a.txt, b.txt"). A refusal counts the files the last ingest skipped
    (``skipped_at_ingest``): the answer may be in one of them.
    """
    rt = Runtime.of(target)
    answer = _answer(question, rt, history, search_query, on_token, on_stage or (lambda _: None), k)
    if answer.refused:  # the index was loaded to search it: its manifest names the skipped files
        answer.skipped_at_ingest = len(rt.retriever().index.manifest.skipped)
    return answer


def _answer(
    question: str,
    rt: Runtime,
    history: list[tuple[str, str]] | None,
    search_query: str | None,
    on_token: Callable[[str], None] | None,
    stage: Callable[[str], None],
    k: int | None,
) -> Answer:
    settings = rt.settings
    t0 = time.perf_counter()
    q = clean_query(check_question(question))
    query = clean_query(search_query) if search_query else q
    said, searched = q, query  # as typed: what the answer reports; the checks read ``q`` with its names' capitals
    stage("searching")
    t_r = time.perf_counter()
    # one index for the whole answer: the passages' contexts are read from the generation searched
    retriever = rt.retriever()
    index = retriever.index
    hits = _retrieve(retriever, q, query, k or settings.k, settings.candidates)
    timings = Timings(retrieval_ms=(time.perf_counter() - t_r) * 1000)
    emb_name = rt.embedder.name

    def refuse(reason: str, model: str, raw: str = "", first_raw: str = "", absent: list[str] | None = None, score: float | None = None) -> Answer:
        timings.total_ms = (time.perf_counter() - t0) * 1000
        answer = refusal(said, hits, timings, model, emb_name, reason, raw, searched, first_raw)
        answer.absent_names, answer.answerability = absent or [], score
        return answer

    if not relevant_enough(hits, query):
        return refuse("retrieval", rt.model_label)
    gen = rt.generator
    hits = whole_short_documents(index, hits)
    # a question typed in lower case names what its passages capitalise: "the 2019 marrowgate marathon" (the model, and
    # its check of the answer, read it as typed)
    q = truecased(q, [h.chunk.text for h in hits])
    required = Requirements.of(q)
    if query != q and not required:  # a chat follow-up that names its own ("and in 2020?") is held to those
        required = Requirements.of(query)
    meeting, reason, names = _passages_to_show(q, index, hits, required)
    if reason:
        return refuse(reason, rt.model_label, absent=names)
    # the model reads the question as typed: its capitals are for the checks (a reply to the same prompt stays the same)
    messages, evidence = _prompt(said, meeting, history, rt, timings)
    if not evidence:  # not even a cut passage fits beside the instruction and the question
        return refuse("budget", gen.name)
    stage(reading_stage(evidence))
    raw = _timed_generate(gen, settings, messages, on_token, timings, t0)
    checks = [
        ("other-subject", lambda r, ev: other_subject(q, r, ev, lambda h: _document(index, h), lambda h: index.opening(h.chunk.source))),
        ("off-year", lambda r, ev: years.follow_up(index, q, required, r, ev)),
        ("unrealised", lambda r, ev: prospects.follow_up(q, r, ev)),
        ("off-target", lambda r, ev: prizes.follow_up(q, r, ev)),
        ("off-target", lambda r, ev: margins.follow_up(q, r, ev)),
        ("off-label", lambda r, ev: labels.follow_up(q, r, ev)),
        ("off-label", lambda r, ev: accounts.follow_up(q, r, ev)),
        ("off-label", lambda r, ev: weekdays.follow_up(q, r, ev)),
        ("off-target", lambda r, ev: succession.follow_up(q, r, ev)),
        ("off-event", lambda r, ev: events.follow_up(q, r, ev)),
        ("off-target", lambda r, ev: datelines.follow_up(q, r, ev)),
    ]
    raw, first_raw, result = checked_reply(
        gen, settings, q, messages, evidence, raw, timings, on_token, _openings(index, evidence), checks,
        lambda kept: _requoted(q, kept, rt),
    )
    if result is None or not result.any_supported:
        # the model says the passages do not hold the answer, or nothing it said is in them: refuse
        # rather than pass on an invented answer
        return refuse("model" if result is None else result.off_target or "unsupported", gen.name, raw, first_raw)
    sentences = _completed(index, q, result)
    text = " ".join(with_markers(s) for s in sentences)
    # a span of years that holds the year asked is said to, in the answer and its passages alike: asked who was
    # vice-chancellor in 2018, "Adaeze Pollard served from 2014 to 2022" was judged 0.31 (0.53 so written)
    judged = with_spans(text, [int(y) for y in required.years])
    score, minimum = _checked(gen, settings, required, query, judged, result.citations, stage, lambda c: years.with_own_years(index, c.hit, required.years))
    if score is not None and score < minimum:
        return refuse("unverified", gen.name, raw, first_raw, score=score)
    timings.total_ms = (time.perf_counter() - t0) * 1000
    return Answer(
        question=said, text=text, refused=False, sentences=sentences, citations=result.citations, hits=hits,
        timings=timings, model=gen.name, embedder=emb_name, raw=raw, first_raw=first_raw,
        invalid_markers=result.invalid_markers, search_query=searched, answerability=score,
        renumbered={ev.n: c.n for ev in evidence for c in result.citations if c.hit is ev.hit},
    )


def _requoted(q: str, kept: list[Evidence], rt: Runtime) -> list[Evidence]:
    """The passages ``kept`` quoted again for ``q`` on their own, under their numbers: the prompt's sentences
    go to them alone (rag.answering.replies.AskAfresh)."""
    number = {id(ev.hit): ev.n for ev in kept}
    return [Evidence(number[id(ev.hit)], ev.hit, ev.text) for ev in select_evidence(q, [ev.hit for ev in kept], rt.embedder)]


def _openings(index: "LoadedIndex", evidence: list[Evidence]) -> set[str]:
    """The ids of the shown passages that open their document, where a release note names its release
    (rag.answering.replies); by id: a short document shown whole is a new chunk that keeps its first chunk's id."""
    return {c.id for c in (ev.hit.chunk for ev in evidence) if [p.id for p in index.document_chunks(c.source)[:1]] == [c.id]}


def _completed(index: "LoadedIndex", q: str, result: Attribution) -> list[AnswerSentence]:
    """The answer's sentences; a date the model gave without the year its passage states gets that year,
    and, asked when, a weekday given alone the date its report's date line puts it on, and a year given alone
    the one date of that year its passages state; a unit is spelled as its passage spells it ("metres")."""
    sentences = [s for s in result.sentences if s.text]
    cited = {c.n: _context(index, c.hit) for c in result.citations}
    # as written, not in lower case: a weekday's sentences are told apart by their capitals (read only when asked when)
    written = {c.n: f"{years.opening(index, c.hit)}\n{c.hit.chunk.text}" for c in result.citations} if expected(q) == "time" else {}
    for s in sentences:
        contexts = [cited[n] for n in s.citations if n in cited]
        s.text = currency_as_passage(spelled_as_passage(complete_dates(s.text, contexts), contexts), contexts)
        if written:
            texts = [written[n] for n in s.citations if n in written]
            s.text = complete_year(q, complete_weekdays(s.text, texts), texts)
    return sentences


def _prompt(
    q: str, meeting: list[Hit], history: list[tuple[str, str]] | None, rt: Runtime, timings: Timings
) -> tuple[list[dict[str, str]], list[Evidence]]:
    """The messages for the model and the passages they show, cut to the context budget (no passage
    when not even a cut one fits; a UsageError when the instruction and the question alone do not)."""
    gen = rt.generator
    whole = [i for i, h in enumerate(meeting[:WHOLE_TOP]) if is_whole(rt.retriever().index, h, WHOLE_CHARS)]
    messages, evidence = build_messages(q, meeting, history=history, embedder=rt.embedder, whole=whole)
    budget = gen.n_ctx - rt.settings.max_answer_tokens - 16
    messages, evidence, prompt_tokens = fit_to_budget(q, evidence, history or [], gen.prompt_tokens, budget)
    timings.prompt_tokens = prompt_tokens
    if not evidence and prompt_tokens > budget:
        raise _too_small(gen.n_ctx, prompt_tokens, budget)
    return messages, evidence


def _passages_to_show(
    q: str, index: "LoadedIndex", hits: list[Hit], required: Requirements
) -> tuple[list[Hit], str, list[str]]:
    """The passages the model is shown: those that meet the question's years, versions, identifiers
    and qualifiers. Else the refusal's reason, "constraint" when none does (every passage is a near
    miss: another year, another release) or "subject" with the names the question gives that are in
    none of them nor in any document ("Saratov": the passages are about another subject)."""
    shown = [(h, _context(index, h)) for h in hits]  # read once: the constraints and the names match them
    if required:
        shown = [
            (h, c) for h, c in shown
            if required.met_by(c, head := _head(index, h)) or required.met_by(c + years.relative_line(index, h), head)
        ]
        shown = [s for s, keep in zip(shown, required.beside([c for _, c in shown])) if keep]
    if not shown:
        return [], "constraint", []
    names = absent(q, [c for _, c in shown], lambda: vocabulary_of(index))
    if names:
        return [], "subject", names
    return [h for h, _ in shown], "", []


def _checked(
    gen: Generator, settings: Settings, required: Requirements, query: str, text: str,
    citations: list[Citation], stage: Callable[[str], None], text_of: Callable[[Citation], str],
) -> tuple[float | None, float]:
    """The model's probability, asked apart, that the cited passages answer the question (a chat
    follow-up is asked as its standalone query; None when the answer is not checked), and the
    threshold below which it is refused.

    A question that names a year, a version, an identifier or a kind is asked with the answer: do the
    passages state it for what the question names? There the shown passages all meet the constraint and
    still hold near misses (another CVE of the upload asked about, the next upload's regression). Any
    other question is asked without it: do they contain the answer? With the answer, on the gold set's
    tune half, it refused 2 right answers and no unanswerable question (eval/README.md)."""
    # a numbered name ("Table 2", "iPhone 14") alone is no constraint here: its passages name it as asked, and
    # on the documents set the check with the answer refused a right answer to "In Table 2 …, which number…" (d014)
    constrained = any(c.kind != "numbered" for c in required.constraints) or bool(required.qualifiers)
    minimum = threshold(gen, settings, contains=not constrained)
    if minimum is None:
        return None, 0.0
    stage("checking the answer against its passages")
    return answerability(gen, query, text if constrained else None, citations, text_of), minimum


def _too_small(n_ctx: int, prompt_tokens: int, budget: int) -> UsageError:
    return UsageError(
        f"The model context ({n_ctx} tokens) is too small for the instruction and this question "
        f"({prompt_tokens} prompt tokens, {budget} available).",
        hint="Raise RAG_CTX (default 4096) or ask a shorter question.",
    )


def _timed_generate(
    gen: Generator, settings: Settings, messages: list[dict[str, str]], on_token: Callable[[str], None] | None, timings: Timings, t0: float
) -> str:
    """The model's reply; its tokens, time to first token (since ``t0``) and speed go in ``timings``."""
    t_gen = time.perf_counter()
    raw, n, t_first, t_last = generate(gen, settings, messages, on_token)
    timings.gen_tokens = n
    timings.ttft_ms = ((t_first or time.perf_counter()) - t0) * 1000
    if t_first is not None and t_last is not None and n > 1 and t_last > t_first:
        timings.tokens_per_s = (n - 1) / (t_last - t_first)
    elif t_first is not None:
        timings.tokens_per_s = n / max(1e-9, (t_first - t_gen))
    return raw


def _document(index: "LoadedIndex", hit: Hit) -> str:
    """The whole document of ``hit``: its file name, and its chunks' headings and text."""
    parts = index.document_chunks(hit.chunk.source) or [hit.chunk]
    return "\n".join([hit.chunk.file_name, *(f"{c.heading or ''}\n{c.text}" for c in parts)])


def _head(index: "LoadedIndex", hit: Hit) -> str | None:
    """The head of ``hit``'s passage: its file name, heading and title (None for a chunk the index does not hold)."""
    pos = index.position.get(hit.chunk.id)
    return None if pos is None else index.head(pos)


def _context(index: "LoadedIndex", hit: Hit) -> str:
    """The context rag.index.constraints matches for ``hit``: its chunk's (rag.index.loaded_index.LoadedIndex.context),
    and the whole text of a short document shown whole (rag.index.parents)."""
    pos = index.position.get(hit.chunk.id)
    if pos is None:
        return hit.chunk.text.lower()
    if index.chunks[pos] is hit.chunk:
        return index.context(pos)
    # a whole document holds its opening and its first chunk: said once, its date line stays near the start, where a
    # report's date is read (rag.dates.DATE_LINE_CHARS; the twenty-second smoke check's q055, "died on 2 March" in an
    # obituary "Published 9 March 2021", once its boilerplate no longer kept it in parts)
    c = hit.chunk
    # unless the document opens with boilerplate, which the whole text leaves out: "9 March 2021 | Share this article"
    # dates it (a review of this step)
    first = index.document_chunks(c.source)[:1]
    opening = index.opening(c.source) if first and first[0].section == "boilerplate" else ""
    return "\n".join(x for x in (c.file_name, c.heading or "", opening, c.text) if x).lower()

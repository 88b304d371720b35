#!/usr/bin/env python3
"""Replay the model's recorded first replies through this tree's answer path, without the LLM.

`scripts/prompt_diff.py` finds the questions whose first prompt a change touches. A change to what rag
does with a reply (a reply check, a follow-up) leaves every first prompt alone: the model writes the
same first reply (greedy decoding), and only the checks after it differ. This script answers each
question of a results file again with a generator that gives the recorded first reply (and gives it
again when asked once more), and prints the questions where a follow-up is now asked and was not in
the recorded run, or the other way round, with the follow-up's first words, those now asked afresh over
some of the passages, those now refused before the model is asked, or now put to it, those whose same reply
is now supported or not, or answered in other words, and those whose check by the model is now shown a span
of years with the year asked written out (rag.dates.with_spans). Only those need a run with the model.

    RAG_HOME=/tmp/h-nearmiss scripts/replay_replies.py eval/nearmiss/results/RUN.json

The state folder must be the one the results were made with (the same passages are retrieved).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path, help="a results .json written by rag eval")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from rag.answering.answer import ask
    from rag.config import Settings
    from rag.runtime import Runtime
    from rag.testing import FakeGenerator

    records = json.loads(args.results.read_text(encoding="utf-8"))["records"]
    rt = Runtime.of(Settings.load())
    changed = 0
    for x in records:
        first = (x.get("raw") or "").split("→")[0].strip()  # "reply → (asked again) second reply"
        gen = FakeGenerator([first, first] if first else None)
        rt._generator = gen
        answer = ask(x["question"], rt)
        if bool(gen.calls) != bool(first):  # a change before the model: retrieval, the constraints, the names
            changed += 1
            print(f"{x['id']}\t{'now asks the model' if gen.calls else 'now refused before the model'}\t{answer.refusal_reason}")
            continue
        if not first:
            continue  # refused before the model was asked, then and now
        now, then = len(gen.calls) > 1, "(asked again)" in (x.get("raw") or "")
        if now and then and gen.calls[1][-1]["content"].startswith("Passages:"):
            # asked afresh over some of the passages (rag.answering.replies.AskAfresh): the second reply may differ
            changed += 1
            print(f"{x['id']}\tasked afresh now\t{answer.refusal_reason}\t{gen.calls[1][-1]['content'][:100]!r}")
            continue
        if now != then:
            changed += 1
            said = gen.calls[1][-1]["content"][:100] if now else ""
            print(f"{x['id']}\t{'asked again now' if now else 'no longer asked again'}\t{answer.refusal_reason}\t{said}")
            continue
        if now:
            continue  # asked again then and now: the second reply is the model's
        # the same reply checked again: its support (rag.answering.citations) or its text may differ now. The
        # model's own check is not replayed (the fake says yes): an answer it refused is compared as not refused
        then_unsupported, now_unsupported = x.get("refusal_reason") == "unsupported", answer.refusal_reason == "unsupported"
        if then_unsupported != now_unsupported:
            changed += 1
            print(f"{x['id']}\t{'now unsupported' if now_unsupported else 'now supported'}\t{answer.refusal_reason}\t{answer.text[:100]}")
        elif not x.get("refused") and not answer.refused and answer.text != x.get("answer"):
            changed += 1
            print(f"{x['id']}\tanswer now differs\t\t{answer.text[:100]}")
        elif any("(so in " in m[-1]["content"] for m in gen.judged):
            changed += 1
            print(f"{x['id']}\tjudged with a span's year written out\t{answer.refusal_reason}")
    print(f"{changed} of {len(records)} questions changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

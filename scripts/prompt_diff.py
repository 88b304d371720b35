#!/usr/bin/env python3
"""Which questions of a gold file a change to the answer path can touch, without running the LLM.

Each variant is a source tree of rag with a state folder ingested by it. For every question, a child
process per variant runs rag.answering.answer.ask with a generator that records the first prompt and refuses;
the questions whose first prompt (or whose refusal before the model is asked) differs between the two
variants are printed. Only those need a run with the model: the model reads the same prompt the same
way (greedy decoding), and what rag does with its reply changes only where the reply handling did.

    scripts/prompt_diff.py eval/gold.jsonl before=/tmp/wt-before:/tmp/home-before after=.:/tmp/home-after
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
try:
    from rag.answering.answer import ask
    from rag.answering.prompt import REFUSAL
except ModuleNotFoundError as exc:  # a tree from before the folder per stage (447b963)
    if not (exc.name or "").startswith("rag.answering"):
        raise
    from rag.answer import ask
    from rag.prompt import REFUSAL
from rag.config import Settings
from rag.runtime import Runtime
from rag.testing import FakeGenerator

class FirstPrompt(FakeGenerator):
    def stream(self, messages, max_tokens, temperature=0.0):
        self.calls.append(messages)
        yield REFUSAL

gen = FirstPrompt()
rt = Runtime(Settings.load(), generator=gen)
out = {}
for line in open(sys.argv[2], encoding="utf-8"):
    item = json.loads(line)
    gen.calls.clear()
    answer = ask(item["question"], rt)
    out[item["id"]] = [gen.calls[0][-1]["content"] if gen.calls else None, answer.refusal_reason if not gen.calls else None]
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="a gold JSONL file")
    parser.add_argument("variants", nargs=2, help="NAME=SOURCE_TREE:RAG_HOME")
    args = parser.parse_args()
    prompts = []
    for v in args.variants:
        _, rest = v.split("=", 1)
        tree, home = rest.rsplit(":", 1)
        tree = str(Path(tree).resolve())
        env = dict(os.environ, RAG_HOME=home, PYTHONPATH=tree)
        done = subprocess.run([sys.executable, "-c", CHILD, tree, str(Path(args.gold).resolve())], env=env, cwd=tree,
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"{v} failed: {done.stderr[-2000:]}")
        prompts.append(json.loads(done.stdout.strip().splitlines()[-1]))
    changed = [q for q in prompts[0] if prompts[0][q] != prompts[1].get(q)]
    print(json.dumps({"questions": len(prompts[0]), "changed": len(changed), "ids": changed}))


if __name__ == "__main__":
    main()

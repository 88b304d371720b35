"""A title a question asks about, and a narrower one a passage gives instead.

A show's, a festival's or a league's results name many titles built on the same words: asked what the supreme
champion of a county show was, a sheep section's results give "Supreme Sheep Champion: Texel shearling ewe – J. & M.
Hollins", and the 1.5B model answered with the ewe (the eighteenth smoke check's q056, unanswerable: the show's overall
supreme champion is on a page the folder does not hold). "Best Supporting Actor" is not "best actor", nor "Best
Animated Film" "best film". Every word of such an answer is in its passage, so the support check passes it (issue 12:
the wrong entity from the right pool).

A question's title is a ranking word and the noun after it ("supreme champion", "best actor", "top scorer"); a
sentence that writes the same two words with others between them, every word capitalised as a title's are ("Supreme
Sheep Champion"), and never the two side by side gives a narrower title (rag.answering.labels reads it as another label
than the one asked). Words that do not narrow a title are not counted between them: "Best Male Actor", "Best Leading
Actor", "Best Motion Picture", "Supreme Interbreed Champion"; nor is a description in lower case ("the tournament's top
goal scorer", "the top marginal rate").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: a ranking word that heads a title, and the noun it ranks: "supreme champion", "best actor", "top scorer"
_TITLE = re.compile(
    r"\b(best|supreme|overall|grand|top|outstanding|most\s+valuable)\s+(?!(?:the|a|an|of|in|on|at|for|to|and|or|way|part|thing|known"
    r"|selling|ever|possible|seller|sellers)\b)([a-z][a-z'’-]{2,})\b",
    re.I,
)
#: words between a title's two that do not narrow it: its lead, a gender the question's kind check reads
#: (rag.index.kinds), "overall", the event's own noun ("the overall race winner")
_NEUTRAL = frozenset({
    "male", "female", "lead", "leading", "main", "principal", "overall", "individual", "outright", "new", "race", "event",
    "competition", "contest", "tournament", "championship", "show", "festival", "game", "match", "season", "series",
    "tour", "league", "cup", "final", "year's", "years", "motion", "interbreed", "goal", "points",
})


@dataclass(frozen=True)
class Title:
    """A title a question asks about: its ranking word and its noun ("supreme", "champion"), and the question's
    other words (lower case), which do not narrow it ("Supreme Elvermoor Champion", asked about the Elvermoor show)."""

    rank: str
    noun: str
    own: frozenset[str] = frozenset()

    @property
    def said(self) -> str:
        """The title as the question writes it, with its article: "the supreme champion"."""
        return f"the {self.rank} {self.noun}".lower()

    def named_in(self, sentence: str) -> bool:
        """Whether ``sentence`` writes the title itself: its two words side by side, or with a word that does not
        narrow it between them ("Best Male Actor", or a word of the question's own)."""
        return any(not self._narrowing(m) for m in self._forms(sentence))

    def narrower_in(self, sentence: str) -> str | None:
        """The narrower title ``sentence`` writes ("Supreme Sheep Champion"), or None."""
        return next((" ".join(m.group(0).split()) for m in self._forms(sentence) if self._narrowing(m)), None)

    def _forms(self, sentence: str) -> list[re.Match[str]]:
        rank = r"\s+".join(re.escape(w) for w in self.rank.split())
        noun = re.escape(self.noun)
        # the noun's plural too: "Best Supporting Actors"
        return list(re.finditer(rf"\b{rank}((?:\s+[\w'’-]+){{0,2}}?)\s+{noun}s?\b", sentence, re.I))

    def _narrowing(self, m: re.Match[str]) -> bool:
        # a title written as a name, each word capitalised ("Best Supporting Actor"): "the tournament's top goal scorer",
        # "the top marginal rate" describe, they name no title
        named = all(w[:1].isupper() for w in m.group(0).split())
        return named and any(w.lower() not in _NEUTRAL and w.lower() not in self.own for w in m.group(1).split())


def titles(question: str) -> list[Title]:
    """The titles ``question`` asks about ("What was the supreme champion at …?": supreme champion)."""
    found = {(" ".join(m.group(1).lower().split()), m.group(2).lower()) for m in _TITLE.finditer(question)}
    own = frozenset(re.findall(r"[\w'’-]+", question.lower()))
    return [Title(rank, noun, own) for rank, noun in sorted(found)]

"""Segments of a page: the article body, each reader comment of a comment thread, and boilerplate
(paywall notices, "Leave a Reply"). The chunker never lets a window cross a segment, so a comment is
never mixed with the article it comments on, and boilerplate (which is kept, but never searched) never
dilutes a passage. A photo's credit at the end of a caption's line is page furniture too, but inside a
paragraph of the body, as are a line that is only an image's file name and a list of links to other
stories: :func:`furniture` finds them, and the chunker leaves them out of a passage's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.text import iter_lines

# a comment header as blogs print it: "3. Rob1 says:" / "Jane Doe wrote:"
_COMMENT_HEADER = re.compile(
    r"^\s*(?P<number>\d{1,4}[.)]\s+)?(?P<author>[^\n]{1,60}?)\s+(?:says|said|wrote|writes)\s*:\s*$", re.I
)
_COMMENTS_HEADING = re.compile(r"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|discussion)\s*(?:\(\d+\))?\s*:?\s*$", re.I)
# lines that are page furniture, not content: phrases no article sentence uses...
_BOILERPLATE = re.compile(
    r"\b(?:please enable javascript|already a subscriber|we are having trouble retrieving"
    r"|thank you for your patience|leave a (?:reply|comment)|your email address will not be published"
    r"|required fields are marked|content is protected|all rights reserved|accept (?:all )?cookies"
    r"|cookie policy|skip to (?:main )?content|reader mode)\b",
    re.I,
)
_BOILERPLATE_MAX_CHARS = 200
# ...and words an article may well use, so only on short lines ("Subscribe", "Share on X")
_BOILERPLATE_SHORT = re.compile(
    r"\b(?:subscribe|log ?in|sign ?up|sign in|advertisement|share (?:this|on))\b", re.I
)
_BOILERPLATE_SHORT_MAX_CHARS = 60
# the buttons and vote counts a comment thread prints under each comment ("ReplyReply", "3")
_COMMENT_FURNITURE = re.compile(r"^\s*(?:reply|report|like)+\s*$", re.I)
_VOTE_COUNT = re.compile(r"^\s*[+-]?\d{1,6}\s*$")


def _is_boilerplate(stripped: str) -> bool:
    if not stripped:
        return False
    if len(stripped) <= _BOILERPLATE_MAX_CHARS and _BOILERPLATE.search(stripped):
        return True
    return len(stripped) <= _BOILERPLATE_SHORT_MAX_CHARS and _BOILERPLATE_SHORT.search(stripped) is not None


# A photo's credit line, as news pages print it after the caption: "…on Saturday.Credit…Sam Hariri/Agence
# France-Presse — Getty Images", "…on Friday. Credit... Ahmed Jalil/EPA, via Shutterstock", "Photograph:
# Jane Doe/Reuters", "(AP Photo/Evan Vucci)". It runs to the end of its line. Kept in the passage, the
# credit ran into the next paragraph's sentence, and for a "who" question the model named the
# photographer ("Ahmed Jalil/EPA, via Shutterstock" for who holds first place on a reader's list, q069;
# "Sam Hariri/Agence France-Presse" for who wrote a blog post, q013).
_AFTER_SENTENCE = r"(?:^|(?<=[.!?…\"'”’)\]]))[ \t]*"  # at the line's start or after a sentence's end
_AGENCIES = (
    r"(?:Getty Images|Getty|Reuters|REUTERS|Associated Press|AP|AFP|Agence France-Presse|EPA|EPA-EFE|Shutterstock"
    r"|Alamy|Bloomberg|Xinhua|UPI|Anadolu|dpa|NurPhoto|SOPA Images)"
)
_CREDIT = re.compile(
    _AFTER_SENTENCE + r"(?:"
    # what only a credit says: "Credit…", "Photo credit:", BBC's "Image source, Getty Images"
    r"(?P<sure>(?:Photo|Image|Picture)s?\s+[Cc]redits?\s*(?:…|\.{2,}|:)|Credits?\s*(?:…|\.{3})|Image source,)"
    # what a caption says, but a changelog or a README too ("Credit: Jane Doe" for who found a bug,
    # "Image: nginx/nginx:latest"): a credit only with a name and an agency
    r"|(?P<loose>(?:Credit|CREDIT|Photo|PHOTO|Image|Picture|Photograph|Photographer|Illustration|Composite)s?\s*:)"
    r"|(?:REUTERS|AFP|EPA|AP)/(?=[A-Z])"  # a wire's own: "REUTERS/Gleb Garanich"
    r")"
    r"|(?<=\s)Credit(?:…|\.{3})"  # "…in Hama Credit…Jane Doe/Reuters"
    rf"|\((?:(?:{_AGENCIES})\s+Photo(?:\s*/[^()\n]{{1,60}})?|Photo by [^()\n]{{1,60}}/[^()\n]{{1,60}})\)[ \t]*$"
    r"|" + _AFTER_SENTENCE + r"Photo by [^\n]{1,60} on (?:Unsplash|Pexels)[ \t]*$"
)
#: "Jane Doe/Reuters" at the start of what a loose credit says
_NAME_SLASH = re.compile(r"[ \t]*[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}[ \t]*/[ \t]*[A-Z]")
_AGENCY = re.compile(rf"\b{_AGENCIES}\b")
#: a credit is names: a longer tail, a sentence after it, or a word of prose is text
_CREDIT_MAX_CHARS = 120
_SENTENCE_IN_TAIL = re.compile(r"(?<!\b[A-Z])[.!?]\s+[A-Z0-9]")
_LOWER_WORD = re.compile(r"(?<![\w'’.\-/])[a-z][a-z'’]*\b")
_CREDIT_WORDS = frozenset(
    "via for and of the by de da del di van von der la le al bin courtesy photo photos file handout staff pool"
    " contributor dpa".split()
)


def credit_start(line: str, next_line: str = "") -> int | None:
    """Offset in ``line`` where a photo's credit begins that runs to the line's end, or None. A line that
    ``next_line`` continues (it starts in lower case: prose wrapped at a width) ends in no credit."""
    if next_line.lstrip()[:1].islower():
        return None
    # a credit starts within the line's last characters: a long line is not scanned from its start
    # (a lookbehind still sees what comes before)
    for m in _CREDIT.finditer(line, max(0, len(line) - _CREDIT_MAX_CHARS - 1)):
        at = m.start() + len(m.group()) - len(m.group().lstrip())
        said = line[m.end() :]  # what the credit says, after its keyword
        if len(line) - at > _CREDIT_MAX_CHARS or _SENTENCE_IN_TAIL.search(said):
            continue
        if any(w not in _CREDIT_WORDS for w in _LOWER_WORD.findall(said)):
            continue
        if m.group("loose") and not (_NAME_SLASH.match(said) or _AGENCY.search(said)):
            continue
        return at
    return None


#: a line that is only an image's file name, as a page's text gives a photo it cannot show
#: ("06iran-syria-4-cpbt-mobileMasterAt3x.jpg"): it ran into the headline after it
#: (not indented: an indented one is a code block's listing of files)
_IMAGE_FILE = re.compile(r"[\w.~%+\-]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)[ \t]*", re.I)


#: the heading of a news page's list of links to other stories ("More on the Middle East", "Related
#: stories", "Most read"; capitalised, not a wrapped line's last word): the headlines under it are about
#: other days and other events, the near misses of issue 12 ("Syrian rebels attack another major city on
#: Dec. 5, 2024" in a story of Dec. 6)
_LINKS_HEADING = re.compile(
    r"[ \t]*(?:More (?:on|from|about) [^.!?\n]{1,40}|Related(?: (?:stories|articles|coverage|content|links|posts|news|reading))?"
    r"|Read (?:more|next)|Most (?:read|popular|viewed)|Trending(?: now)?|Recommended(?: for you)?"
    r"|You (?:may|might) also like|What to read next|Top stories|Latest news)[ \t]*:?[ \t]*",
    re.I,
)
#: a linked headline: one short line that ends without a sentence's stop
_HEADLINE = re.compile(r"[ \t]*\S(?:[^\n]{0,117}\S)?(?<![.!?:;\"”’])[ \t]*")
_MAX_HEADLINES = 12


def furniture(text: str, segments: list[Segment]) -> list[tuple[int, int]]:
    """(start, end) offsets, in order, of the body segments' page furniture that runs inside a paragraph
    of text: a photo's credit that ends a line, a line that is only an image's file name, and a list of
    links to other stories (its heading and the headlines under it)."""
    out = []
    for seg in segments:
        if seg.section != "body":
            continue
        lines = list(iter_lines(text[seg.start : seg.end]))
        links = 0  # headlines still to take after a list's heading
        for n, (start, end, line) in enumerate(lines):
            if links and not line.strip():
                continue
            if links and _HEADLINE.fullmatch(line):
                links -= 1
                at: int | None = 0
            elif line.strip()[:1].isupper() and _LINKS_HEADING.fullmatch(line) and _HEADLINE.fullmatch(_next_text(lines, n)):
                links, at = _MAX_HEADLINES, 0
            else:
                links = 0
                at = 0 if _IMAGE_FILE.fullmatch(line) else credit_start(line, _line_after(lines, n))
            if at is not None:
                out.append((seg.start + start + at, seg.start + end))
    return out


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    section: str  # body | comment | boilerplate
    author: str | None = None


def segment(text: str) -> list[Segment]:
    """Cut ``text`` into body, comment and boilerplate segments (offsets into ``text``)."""
    lines = list(iter_lines(text))
    kinds: list[tuple[str, str | None]] = []
    in_comments = False
    author: str | None = None
    after_button = False  # the last non-blank line was a comment's "Reply" button
    for n, (_, _, line) in enumerate(lines):
        stripped = line.strip()
        header = _COMMENT_HEADER.match(line)
        button = False
        # a thread starts at a numbered header ("1. Scott says:"); an article line such as
        # "3 officials said:" or "Jane Doe wrote:" does not turn the rest of the page into comments
        if header and (in_comments or header.group("number")):
            in_comments = True
            author = header.group("author").strip()
            kinds.append(("comment", author))
        elif _COMMENTS_HEADING.match(line) and not in_comments:
            in_comments = True
            author = None
            kinds.append(("boilerplate", None))
        elif in_comments and (_COMMENT_FURNITURE.match(line) or (after_button and _VOTE_COUNT.match(line))):
            button = True
            kinds.append(("boilerplate", None))
        elif _is_boilerplate(stripped) or (not in_comments and _only_credit(stripped, lines, n)):
            kinds.append(("boilerplate", None))
        elif in_comments and author is not None:
            kinds.append(("comment", author))
        else:
            kinds.append(("body", None))
        if stripped:
            after_button = button
    segments: list[Segment] = []
    for (start, end, _), (section, who) in zip(lines, kinds):
        last = segments[-1] if segments else None
        new_comment = section == "comment" and _COMMENT_HEADER.match(text[start:end]) is not None
        if last and last.section == section and last.author == who and not new_comment:
            segments[-1] = Segment(last.start, end, section, who)
        else:
            segments.append(Segment(start, end, section, who))
    return [s for s in segments if text[s.start : s.end].strip()]


def _only_credit(stripped: str, lines: list[tuple[int, int, str]], n: int) -> bool:
    """Whether line ``n`` (``stripped``) is a photo's credit and nothing else."""
    return credit_start(stripped, _line_after(lines, n)) == 0


def _line_after(lines: list[tuple[int, int, str]], n: int) -> str:
    """Line ``n + 1`` ("" after the last)."""
    return lines[n + 1][2] if n + 1 < len(lines) else ""


def _next_text(lines: list[tuple[int, int, str]], n: int) -> str:
    """The first line after line ``n`` that is not blank ("" at the end)."""
    return next((lines[i][2] for i in range(n + 1, len(lines)) if lines[i][2].strip()), "")

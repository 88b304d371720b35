"""Month names, which answer typing, support checking and date completion all read."""

from __future__ import annotations

import re

#: the months in order, lower case
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
#: abbreviation -> full name: the three-letter forms and "sept" ("may" is its own full name)
ABBREVIATIONS: dict[str, str] = {m[:3]: m for m in MONTH_NAMES if m != "may"} | {"sept": "september"}

#: a month's or a weekday's name, whole, or a month's abbreviation ("Sept.", "Nov"): a capitalised word
#: that is no name ("Mark", "Jane" and "Novak" are)
MONTH_OR_DAY = re.compile(
    r"\b(?:" + "|".join(MONTH_NAMES) + "|" + "|".join(ABBREVIATIONS) + r"|may|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b\.?",
    re.I,
)

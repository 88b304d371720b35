"""Month names, which answer typing, support checking and date completion all read."""

from __future__ import annotations

#: the months in order, lower case
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
#: abbreviation -> full name: the three-letter forms and "sept" ("may" is its own full name)
ABBREVIATIONS: dict[str, str] = {m[:3]: m for m in MONTH_NAMES if m != "may"} | {"sept": "september"}

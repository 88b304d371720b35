"""Shared helpers for the probe6 generator (all content invented for this project)."""

import datetime
import re

MONTH_AP = {1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def D(s):
    return datetime.date.fromisoformat(s)


def fmt(d, style):
    if style == "ap":
        return f"{MONTH_AP[d.month]} {d.day}, {d.year}"
    if style == "us":
        return f"{d:%B} {d.day}, {d.year}"
    if style == "uk":
        return f"{d.day} {d:%B} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "ukday":
        return f"{d:%A} {d.day} {d:%B} {d.year}"
    if style == "usday":
        return f"{d:%A}, {d:%B} {d.day}, {d.year}"
    if style == "ord":
        n = d.day
        suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{d:%B} {n}{suf}, {d.year}"
    raise ValueError(style)


def all_date_forms(d):
    forms = {fmt(d, s) for s in ("ap", "us", "uk", "iso", "ukday", "usday", "ord")}
    forms.add(f"{d:%b} {d.day}, {d.year}")
    forms.add(f"{d.day} {d:%b} {d.year}")
    forms.add(f"{d.day:02d}/{d.month:02d}/{d.year}")
    return forms


def date_answers(d):
    """Answer variants for a date question: main form first."""
    out = []
    for a in (fmt(d, "us"), fmt(d, "uk"), d.isoformat(), fmt(d, "ap")):
        if a not in out:
            out.append(a)
    return out


def parse_date_answer(s):
    for f in ("%B %d, %Y", "%d %B %Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(s, f).date()
        except ValueError:
            pass
    return None


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def surname(n):
    return n.split()[-1]


def words(s):
    return len(s.split())

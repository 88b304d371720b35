#!/usr/bin/env python3
"""Rebuild eval/nearmiss/docs/ from release notes installed on this (Debian 12) machine.

    python eval/nearmiss/make_corpus.py            # writes eval/nearmiss/docs/
    python eval/nearmiss/make_corpus.py --out DIR  # somewhere else
    python eval/nearmiss/make_corpus.py --check    # rebuild in a temporary folder and compare with docs/

Every document is a piece of one installed file, cut at a boundary the file itself has (a release
entry, a release section); nothing is reworded. Three kinds of source:

* Debian changelog entries (``/usr/share/doc/<pkg>/changelog.Debian.gz``), one file per upload:
  ``<pkg>-debian-<version>.txt`` (the epoch of git's versions, ``1:``, is left out of the name only).
  The entry is copied from its ``pkg (version) dist; urgency=…`` line to its `` -- Name <mail>  date`` line.
* Git's per-release notes (``/usr/share/doc/git/RelNotes/2.*.txt``) of at most MAX_RELNOTES characters
  (the maintenance releases, mostly), copied whole: ``git-relnotes-<version>.txt``.
* The tz database's NEWS (``/usr/share/doc/tzdata/changelog.gz``), releases TZ_FIRST..newest, one file
  per section of a release (``Briefly:``, ``Changes to future timestamps``, ``Changes to code``, …):
  ``tz-<release>-<section>.txt``; only the sections about the data (TZ_SECTIONS) are kept. Each file begins with the release's own line
  (``Release 2025b - 2025-03-22 13:40:46 -0700``) prefixed by the NEWS file's title
  (``News for the tz database:``), so that a section names its release. A section longer than
  MAX_SECTION characters is cut at paragraph breaks into ``-2``, ``-3``… parts, each with the same first line.

WITHHELD lists documents that are deliberately left out: the unanswerable questions of gold.jsonl ask
about exactly these releases, while their neighbours (the release before and after, the same kind of
change) stay in the corpus. check_gold.py verifies with grep that the version strings are absent.

The output is deterministic for a given set of installed files; the package versions it was built
from are in README.md (``--check`` tells whether this machine still rebuilds the same bytes).
"""

from __future__ import annotations

import argparse
import fnmatch
import gzip
import hashlib
import re
import sys
import tempfile
from pathlib import Path

DOC = Path("/usr/share/doc")
HERE = Path(__file__).resolve().parent

#: Debian packages whose changelog.Debian.gz is split into one file per upload
DEBIAN_PACKAGES = ("openssl", "tzdata", "curl", "python3.11", "sqlite3", "libxml2", "git")
MAX_RELNOTES = 2700
TZ_FIRST = "2013a"
MAX_SECTION = 2000
#: tz NEWS sections kept: those about the data (briefly, timestamps, abbreviations, zone names),
#: not those about code, build procedure or documentation
TZ_SECTIONS = ("briefly", "timestamps", "abbreviation", "zone-name", "isdst", "data")

#: Left out on purpose: the near-miss construction of the unanswerable questions (file name or glob
#: pattern -> why). The uploads or releases just before and after each one stay in the corpus.
WITHHELD: dict[str, str] = {
    "openssl-debian-3.0.16-1~deb12u1.txt": "import of 3.0.16 (CVE-2024-13176); 3.0.15 and 3.0.17 stay",
    "openssl-debian-3.0.17-1~deb12u3.txt": "security upload (CVE-2025-9230, CVE-2025-9232); ~deb12u2 and 3.0.18 stay",
    "curl-debian-7.88.1-10+deb12u4.txt": "security upload (CVE-2023-38545, CVE-2023-38546); +deb12u3 and +deb12u5 stay",
    "curl-debian-7.88.1-10+deb12u7.txt": "CVE-2024-7264; +deb12u6 and +deb12u8 stay",
    "python3.11-debian-3.11.2-6+deb12u3.txt": "CVE-2024-0397, -4032, -8088; +deb12u2 and +deb12u4 (which names u3) stay",
    "sqlite3-debian-3.37.1-1.txt": "upload of 3.37.1; 3.37.0-2 and 3.37.2-1 stay",
    "libxml2-debian-2.9.14+dfsg-1.1.txt": "CVE-2022-40303, -40304; 2.9.14+dfsg-1 and -1.2 stay",
    "libxml2-debian-2.9.10+dfsg-6.5.txt": "CVE-2021-3537; -6.4 and -6.6 stay",
    "tz-2016j-*": "Saratov moves to +04; Volgograd's moves (2018f, 2020e) stay",
    "tz-2018i-*": "Sao Tome and Principe back to +00; its move to +01 (2018a) stays",
    "tz-2020c-*": "Fiji's 2020/21 DST start; Fiji in 2019c, 2021d, 2022f stays",
    "tzdata-debian-2020c-1.txt": "the Debian upload of 2020c (Fiji)",
    "tz-2022e-*": "Jordan and Syria to year-round +03; Jordan in 2013f and 2021b stays",
    "tzdata-debian-2022e-1.txt": "the Debian upload of 2022e (Jordan and Syria)",
}

_HEADER = re.compile(r"^(?P<pkg>[a-z0-9][a-z0-9.+-]*) \((?P<version>[^)\s]+)\) [^;]+; .*$")
_TRAILER = re.compile(r"^ -- .+<[^>]*>  .+$")


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8")


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9.+~_-]+", "-", name)


def debian_entries(pkg: str) -> list[tuple[str, str]]:
    """(file name, text) of every upload in the package's changelog.Debian.gz."""
    lines = _read(DOC / pkg / "changelog.Debian.gz").splitlines()
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        m = _HEADER.match(lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not _TRAILER.match(lines[j]):
            if _HEADER.match(lines[j]):
                raise SystemExit(f"{pkg}: entry at line {i + 1} has no trailer")
            j += 1
        if j == len(lines):
            raise SystemExit(f"{pkg}: entry at line {i + 1} has no trailer")
        version = m.group("version").split(":", 1)[-1]
        text = "\n".join(lines[i : j + 1]).rstrip() + "\n"
        out.append((f"{m.group('pkg')}-debian-{_safe(version)}.txt", text))
        i = j + 1
    return out


def git_relnotes() -> list[tuple[str, str]]:
    out = []
    for path in sorted((DOC / "git" / "RelNotes").glob("2.*.txt")):
        text = _read(path)
        if len(text) <= MAX_RELNOTES:
            out.append((f"git-relnotes-{path.stem}.txt", text.rstrip() + "\n"))
    return out


def _tz_key(release: str) -> tuple[int, str]:
    m = re.fullmatch(r"(?:code|data)?(\d{4})([a-z])", release)
    return (int(m.group(1)), m.group(2)) if m else (0, "")


def _section_slug(title: str) -> str:
    title = title.strip().rstrip(":").lower()
    if title.startswith("briefly"):
        return "briefly"
    title = re.sub(r"^changes (to|affecting) (the )?", "", title)
    return _safe(re.sub(r"[^a-z0-9]+", "-", title).strip("-")) or "changes"


def _paragraph_parts(body: str, limit: int) -> list[str]:
    paras = re.split(r"\n\s*\n", body.strip("\n"))
    parts, cur = [], ""
    for p in paras:
        cand = f"{cur}\n\n{p}" if cur else p
        if cur and len(cand) > limit:
            parts.append(cur)
            cur = p
        else:
            cur = cand
    if cur:
        parts.append(cur)
    return parts


def tz_news() -> list[tuple[str, str]]:
    text = _read(DOC / "tzdata" / "changelog.gz")
    title = text.splitlines()[0].strip()  # "News for the tz database"
    first = _tz_key(TZ_FIRST)
    out: list[tuple[str, str]] = []
    releases = re.split(r"(?m)^(?=Release \S+ - )", text)
    for rel in releases:
        m = re.match(r"Release (\S+) - .*", rel)
        if not m or _tz_key(m.group(1)) < first:
            continue
        name = m.group(1)
        head = f"{title}: {m.group(0).strip()}"
        body = rel[m.end():]
        # sections start with a two-space-indented heading line: "  Briefly:", "  Changes to code"
        pieces = re.split(r"(?m)^(?=  (?:Briefly:|Changes (?:to|affecting) ))", body)
        seen: dict[str, int] = {}
        for piece in pieces:
            if not piece.strip():
                continue
            heading = piece.strip().splitlines()[0]
            slug = _section_slug(heading) if re.match(r"(Briefly:|Changes (to|affecting) )", heading) else "notes"
            if not any(word in slug for word in TZ_SECTIONS):
                continue
            for part in _paragraph_parts(piece, MAX_SECTION):
                n = seen.get(slug, 0) + 1
                seen[slug] = n
                fname = f"tz-{name}-{slug}" + (f"-{n}" if n > 1 else "") + ".txt"
                out.append((fname, f"{head}\n\n{part.rstrip()}\n"))
    return out


def build() -> list[tuple[str, str]]:
    docs: list[tuple[str, str]] = []
    for pkg in DEBIAN_PACKAGES:
        docs += debian_entries(pkg)
    docs += git_relnotes()
    docs += tz_news()
    names = [n for n, _ in docs]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"duplicate file names: {sorted(dupes)}")
    missing = [pat for pat in WITHHELD if not fnmatch.filter(names, pat)]
    if missing:
        raise SystemExit(f"WITHHELD names no document: {missing}")
    return sorted((n, t) for n, t in docs if not withheld(n))


def withheld(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pat) for pat in WITHHELD)


def write(out: Path, docs: list[tuple[str, str]]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    for name, text in docs:
        (out / name).write_text(text, encoding="utf-8")


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.glob("*.txt")):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE / "docs")
    ap.add_argument("--check", action="store_true", help="rebuild in a temporary folder and compare with --out")
    args = ap.parse_args()
    docs = build()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            write(Path(tmp), docs)
            same = digest(Path(tmp)) == digest(args.out)
        print("same bytes as" if same else "DIFFERS from", args.out)
        return 0 if same else 1
    write(args.out, docs)
    size = sum(len(t.encode()) for _, t in docs)
    print(f"{len(docs)} files, {size:,} bytes in {args.out}; sha256 {digest(args.out)[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""rag is Apache-2.0: every package the pinned install brings (constraints.txt) must carry a licence that
allows that, as its own metadata states it. A new dependency under the GPL, or one whose metadata states
no licence, fails here until it is reviewed; and an installed package that is not pinned fails too, so a
new dependency cannot come in unchecked. The packages that ship model weights state no licence of their
own: the catalogue states the model's."""

from __future__ import annotations

import importlib.metadata as md
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: permissive licences, and the weak copyleft ones that bind only their own files (MPL-2.0) or allow
#: linking from any program (LGPL: psycopg, the optional database driver, used unmodified)
_ALLOWED = re.compile(
    r"\b(?:MIT|BSD|Apache|ISC|PSF|Python Software Foundation|MPL-2\.0|Mozilla Public License 2\.0|LGPL-3\.0|"
    r"0BSD|Zlib|CC0|BSL-1\.0|CNRI-Python|Unlicense|HPND)",
    re.I,
)
#: strong copyleft: GPL and AGPL (LGPL is not matched: the L precedes GPL)
_FORBIDDEN = re.compile(r"(?<!\w)A?GPL|General Public License(?<!Lesser General Public License)", re.I)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> list[str]:
    lines = (ROOT / "constraints.txt").read_text().splitlines()
    return [line.split("==")[0].strip() for line in lines if "==" in line and not line.lstrip().startswith("#")]


def _licence_texts(meta: md.PackageMetadata) -> list[str]:
    """What the metadata says of the licence: the SPDX expression, a short License field, the classifiers."""
    texts = [meta.get("License-Expression") or ""]
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 100:  # some packages paste the whole licence text here
        texts.append(field)
    texts += [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return [t for t in texts if t]


def test_the_pins_are_read() -> None:
    pins = _pins()
    assert len(pins) > 30 and {"faiss-cpu", "torch", "sentence-transformers"} <= set(pins)


@pytest.mark.parametrize("name", _pins())
def test_every_pinned_package_has_a_licence_compatible_with_apache_2(name: str) -> None:
    try:
        meta = md.metadata(name)
    except md.PackageNotFoundError:
        pytest.skip(f"{name} is not installed here (an optional extra)")
    texts = _licence_texts(meta)
    assert texts, f"{name}: its metadata states no licence; review it and say so here"
    assert not any(_FORBIDDEN.search(t) for t in texts), f"{name}: {texts}"
    assert any(_ALLOWED.search(t) for t in texts), f"{name}: {texts}"


def test_the_checks_tell_copyleft_from_permissive() -> None:
    assert _FORBIDDEN.search("GPL-3.0-or-later") and _FORBIDDEN.search("AGPL-3.0")
    assert _FORBIDDEN.search("License :: OSI Approved :: GNU General Public License v3 (GPLv3)")
    assert not _FORBIDDEN.search("LGPL-3.0-only")
    assert not _FORBIDDEN.search("License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)")
    assert _ALLOWED.search("Apache-2.0 AND Apache-2.0 WITH LLVM-exception") and not _ALLOWED.search("Proprietary")


def test_every_installed_package_is_pinned_or_a_catalogued_model() -> None:
    from rag.models.catalog import catalogue

    pinned = {_norm(p) for p in _pins()}
    models = {_norm(req.split("==")[0]): spec for spec in catalogue().values() for req in spec.packages}
    assert all(spec.licence for spec in models.values())
    unreviewed = sorted(
        _norm(d.metadata["Name"]) for d in md.distributions()
        if _norm(d.metadata["Name"]) not in pinned | set(models) | {"rag", "pip", "setuptools", "wheel"}
    )
    assert not unreviewed, f"installed but not pinned in constraints.txt (pin them, and check their licences): {unreviewed}"

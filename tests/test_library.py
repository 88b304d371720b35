"""Collections, `rag sources`, `rag remove` and `rag ingest --add`, through the CLI, on the files and on the database store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, one_line_error
from typer.testing import CliRunner

from rag.cli.main import app
from rag.library import is_excluded, kept_exclusions
from rag.testing import FakeEmbedder


@pytest.fixture(params=["files", "postgresql"])
def store_args(request: pytest.FixtureRequest) -> list[str]:
    return ["--store", request.getfixturevalue("pg_uri")] if request.param == "postgresql" else []


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    docs, notes = tmp_path / "docs", tmp_path / "notes"
    shutil.copytree(SEEDS, docs)
    (docs / "old").mkdir()
    (docs / "old" / "memo.txt").write_text("An old memo about walruses on the pier.\n", encoding="utf-8")
    (docs / "blob.bin").write_bytes(b"\x00\x01\x02binary")
    notes.mkdir()
    (notes / "festival.md").write_text("# Harbour\n\nNotes on the harbour festival and its lanterns.\n", encoding="utf-8")
    return {"docs": docs, "notes": notes, "old": docs / "old", "memo": docs / "old" / "memo.txt"}


def rag(runner: CliRunner, store_args: list[str], *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, [*store_args, *args])
    assert result.exit_code == code, result.output
    return json.loads(result.stdout) if "--json" in args and code == 0 else result


def files_of(runner: CliRunner, store_args: list[str], *extra: str) -> set[str]:
    return {Path(f["path"]).name for f in rag(runner, store_args, *extra, "sources", "--json")["files"]}


def test_add_remove_and_bring_back(runner: CliRunner, fake_models: FakeEmbedder, store_args: list[str], folders: dict[str, Path]) -> None:
    rag(runner, store_args, "ingest", str(folders["docs"]))
    data = rag(runner, store_args, "sources", "--json")
    assert data["collection"] == "default" and data["roots"] == [str(folders["docs"])]
    assert "memo.txt" in {Path(f["path"]).name for f in data["files"]} and all(f["chunks"] > 0 and Path(f["path"]).is_absolute() for f in data["files"])
    assert data["chunks"] == sum(f["chunks"] for f in data["files"])
    assert list(data["skipped"]) == [str(folders["docs"] / "blob.bin")] and "binary" in data["skipped"][str(folders["docs"] / "blob.bin")]

    rag(runner, store_args, "ingest", "--add", str(folders["notes"]))  # added, the docs stay
    assert {"festival.md", "memo.txt"} <= files_of(runner, store_args)

    removed = rag(runner, store_args, "remove", str(folders["old"]), "--json")
    assert removed["removed"] == [str(folders["memo"])] and removed["chunks_removed"] >= 1
    assert removed["excluded"] == [str(folders["old"])]
    assert "memo.txt" not in files_of(runner, store_args)
    rag(runner, store_args, "ingest")  # re-ingesting the folder around it leaves it out
    assert "memo.txt" not in files_of(runner, store_args)
    assert search_finds(runner, store_args, "walruses pier memo") != "memo.txt"
    rag(runner, store_args, "ingest", str(folders["docs"]), str(folders["notes"]))  # naming that folder too
    assert "memo.txt" not in files_of(runner, store_args)
    assert rag(runner, store_args, "sources", "--json")["excluded"] == [str(folders["old"])]

    rag(runner, store_args, "ingest", "--add", str(folders["memo"]))  # one file of the removed folder, named on its own
    assert "memo.txt" in files_of(runner, store_args)
    rag(runner, store_args, "remove", str(folders["memo"]))
    rag(runner, store_args, "ingest", "--add", str(folders["old"]))  # the folder itself: its removal is lifted
    data = rag(runner, store_args, "sources", "--json")
    assert data["excluded"] == [] and "memo.txt" in {Path(f["path"]).name for f in data["files"]}
    assert sorted(data["roots"]) == sorted([str(folders["docs"]), str(folders["notes"])])  # not a folder of its own

    rag(runner, store_args, "remove", str(folders["notes"]))  # a whole folder of the collection
    data = rag(runner, store_args, "sources", "--json")
    assert data["roots"] == [str(folders["docs"])] and "festival.md" not in {Path(f["path"]).name for f in data["files"]}

    rag(runner, store_args, "remove", str(folders["docs"]))  # the last one: a plain ingest has nothing to index
    result = rag(runner, store_args, "ingest", code=2)
    assert "names no folders" in one_line_error(result)  # it indexed the demo seeds/ instead
    assert rag(runner, store_args, "sources", "--json")["files"] == []


def search_finds(runner: CliRunner, store_args: list[str], question: str) -> str:
    hits = rag(runner, store_args, "search", question, "--k", "1", "--json")["hits"]
    return Path(hits[0]["file"]).name if hits else ""


def test_collections_are_separate_indexes(runner: CliRunner, fake_models: FakeEmbedder, store_args: list[str], folders: dict[str, Path]) -> None:
    assert rag(runner, store_args, "collections", "--json") == []
    rag(runner, store_args, "ingest", str(folders["docs"]))
    rag(runner, store_args, "--collection", "harbour", "ingest", str(folders["notes"]))
    listed = {c["name"]: c for c in rag(runner, store_args, "collections", "--json")}
    assert set(listed) == {"default", "harbour"} and listed["default"]["current"] and not listed["harbour"]["current"]
    assert listed["harbour"]["files"] == 1 and listed["harbour"]["roots"] == [str(folders["notes"])]
    assert files_of(runner, store_args, "-c", "harbour") == {"festival.md"}
    assert "festival.md" not in files_of(runner, store_args)
    assert search_finds(runner, [*store_args, "-c", "harbour"], "lanterns harbour festival") == "festival.md"
    # the environment chooses too, and a flag wins over it
    result = runner.invoke(app, [*store_args, "sources", "--json"], env={"RAG_COLLECTION": "harbour"})
    assert {Path(f["path"]).name for f in json.loads(result.stdout)["files"]} == {"festival.md"}
    # each collection's removal leaves the others alone
    rag(runner, store_args, "-c", "harbour", "remove", str(folders["notes"] / "festival.md"))
    assert files_of(runner, store_args, "-c", "harbour") == set() and "memo.txt" in files_of(runner, store_args)
    doctor = runner.invoke(app, [*store_args, "doctor", "--quick"])
    assert "ok   collection harbour: 0 chunks from 0 files" in doctor.stdout, doctor.stdout


def test_a_collection_name_with_a_typo_names_the_collections(runner: CliRunner, fake_models: FakeEmbedder, store_args: list[str], folders: dict[str, Path]) -> None:
    rag(runner, store_args, "-c", "work", "ingest", str(folders["notes"]))
    for command in (["search", "lanterns"], ["sources"], ["remove", str(folders["notes"])], ["ask", "lanterns?"]):
        result = rag(runner, store_args, "-c", "wrok", *command, code=3)
        assert "no collection 'wrok'; the collections are: work" in one_line_error(result), command
    assert "collections are" not in one_line_error(rag(runner, store_args, "search", "lanterns", code=3))  # the default: as before


def test_library_errors(runner: CliRunner, fake_models: FakeEmbedder, store_args: list[str], folders: dict[str, Path], tmp_path: Path) -> None:
    result = rag(runner, store_args, "sources", code=3)
    assert "no index" in one_line_error(result).lower()
    rag(runner, store_args, "ingest", str(folders["docs"]))
    result = rag(runner, store_args, "remove", str(tmp_path / "elsewhere"), code=2)
    assert "is not in the collection default" in one_line_error(result)
    rag(runner, store_args, "remove", str(folders["old"]))
    result = rag(runner, store_args, "remove", str(folders["memo"]), code=2)  # inside what was removed
    assert "was removed from the collection default already" in one_line_error(result)
    result = rag(runner, store_args, "ingest", "--add", code=2)
    assert "--add needs" in one_line_error(result)
    result = rag(runner, store_args, "-c", "Not OK", "sources", code=2)
    assert "collection name" in one_line_error(result)
    result = runner.invoke(app, [*store_args, "remove", str(tmp_path / "elsewhere"), "--json"])
    assert result.exit_code == 2 and json.loads(result.stdout)["exit_code"] == 2


def test_exclusion_rules() -> None:
    roots, excluded = ["/d", "/d/old/keep.txt"], ["/d/old"]
    assert is_excluded("/d/old/x.txt", roots, excluded)
    assert not is_excluded("/d/old/keep.txt", roots, excluded)  # named on its own
    assert not is_excluded("/d/new.txt", roots, excluded)
    assert kept_exclusions(["/d/old", "/elsewhere/x"], ["/d"], []) == ["/d/old"]  # outside every folder: forgotten
    assert kept_exclusions(["/d/old/a", "/d/b"], ["/d"], ["/d/old"]) == ["/d/b"]  # brought back


def test_collection_names_that_differ_by_dash_or_underscore_are_two(
    runner: CliRunner, fake_models: FakeEmbedder, store_args: list[str], folders: dict[str, Path]
) -> None:
    rag(runner, store_args, "-c", "team-a", "ingest", str(folders["notes"]))
    rag(runner, store_args, "-c", "team_a", "ingest", str(folders["old"]))
    listed = {c["name"]: c for c in rag(runner, store_args, "collections", "--json")}
    assert set(listed) == {"team-a", "team_a"}
    assert files_of(runner, store_args, "-c", "team-a") == {"festival.md"} and files_of(runner, store_args, "-c", "team_a") == {"memo.txt"}


def test_a_skipped_symlink_is_named_by_its_link(runner: CliRunner, fake_models: FakeEmbedder, folders: dict[str, Path], tmp_path: Path) -> None:
    """`rag sources` named a skipped symlink by its target (a path the user never gave, outside the folder),
    and `rag remove` of the folder holding the link kept listing it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (folders["notes"] / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # dangling
    (folders["notes"] / "elsewhere").symlink_to(outside, target_is_directory=True)  # a folder link: not followed
    rag(runner, [], "ingest", str(folders["notes"]), str(folders["old"]))
    links = [str(folders["notes"] / "elsewhere"), str(folders["notes"] / "gone.txt")]
    assert sorted(rag(runner, [], "sources", "--json")["skipped"]) == links
    shown = rag(runner, [], "sources").stdout
    assert all(f"skipped {link}: " in shown for link in links) and "nowhere.txt" not in shown
    # a path `rag sources` shows can be removed as shown (it was "not in the collection")
    rag(runner, [], "remove", links[1])
    assert sorted(rag(runner, [], "sources", "--json")["skipped"]) == links[:1]
    rag(runner, [], "ingest")  # and stays out
    assert sorted(rag(runner, [], "sources", "--json")["skipped"]) == links[:1]
    rag(runner, [], "remove", str(folders["notes"]))
    assert rag(runner, [], "sources", "--json")["skipped"] == {}


@pytest.mark.parametrize("still_linked", [False, True])
def test_removing_a_folder_drops_the_files_it_linked_in(
    runner: CliRunner, fake_models: FakeEmbedder, store_args: list[str], folders: dict[str, Path], tmp_path: Path, still_linked: bool
) -> None:
    """A file symlink in a folder is indexed under its target, outside the folder: `rag remove` of the
    folder kept it, and `rag search` went on finding it. A target that another folder of the collection
    still links to stays."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "falcon.txt").write_text("The falcon nests on the north tower of the cathedral.\n", encoding="utf-8")
    (folders["notes"] / "falcon-link.txt").symlink_to(outside / "falcon.txt")
    if still_linked:
        (folders["old"] / "falcon-too.txt").symlink_to(outside / "falcon.txt")
    rag(runner, store_args, "ingest", str(folders["notes"]), str(folders["old"]))
    assert "falcon.txt" in files_of(runner, store_args)
    removed = rag(runner, store_args, "remove", str(folders["notes"]), "--json")
    assert (str(outside / "falcon.txt") in removed["removed"]) is not still_linked
    assert ("falcon.txt" in files_of(runner, store_args)) is still_linked
    rag(runner, store_args, "ingest")  # the next ingest agrees
    assert ("falcon.txt" in files_of(runner, store_args)) is still_linked


def test_removing_a_subfolder_drops_the_files_it_linked_in(runner: CliRunner, fake_models: FakeEmbedder, store_args: list[str], folders: dict[str, Path], tmp_path: Path) -> None:
    """The folder around it stays in the collection, but its next ingest leaves the removed subfolder out,
    and with it what the subfolder's links brought in: removing the subfolder drops that at once."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "falcon.txt").write_text("The falcon nests on the north tower of the cathedral.\n", encoding="utf-8")
    (folders["old"] / "falcon-link.txt").symlink_to(outside / "falcon.txt")
    rag(runner, store_args, "ingest", str(folders["docs"]))
    assert "falcon.txt" in files_of(runner, store_args)
    rag(runner, store_args, "remove", str(folders["old"]))
    assert "falcon.txt" not in files_of(runner, store_args)
    rag(runner, store_args, "ingest")
    assert "falcon.txt" not in files_of(runner, store_args)


def test_a_removed_file_symlink_stays_out(runner: CliRunner, fake_models: FakeEmbedder, store_args: list[str], folders: dict[str, Path], tmp_path: Path) -> None:
    """`rag remove` of a file symlink, then `rag ingest` of its folder, brought its target back: the removal
    is remembered by the link, and the ingest checked only the target's path."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "falcon.txt").write_text("The falcon nests on the north tower of the cathedral.\n", encoding="utf-8")
    link = folders["notes"] / "falcon-link.txt"
    link.symlink_to(outside / "falcon.txt")
    rag(runner, store_args, "ingest", str(folders["notes"]))
    rag(runner, store_args, "remove", str(link))
    assert files_of(runner, store_args) == {"festival.md"}
    rag(runner, store_args, "ingest")
    assert files_of(runner, store_args) == {"festival.md"}
    rag(runner, store_args, "ingest", "--add", str(link))  # and --add brings it back
    assert files_of(runner, store_args) == {"festival.md", "falcon.txt"}


def test_a_hidden_file_named_with_add_is_read(runner: CliRunner, fake_models: FakeEmbedder, folders: dict[str, Path]) -> None:
    # a folder's scan passes over hidden files; `--add` naming one inside the folder said "Index up to date"
    hidden = folders["docs"] / ".plan.txt"
    hidden.write_text("The plan for the harbour walruses is kept here.\n", encoding="utf-8")
    (folders["docs"] / ".drafts").mkdir()
    (folders["docs"] / ".drafts" / "draft.txt").write_text("A draft about lanterns.\n", encoding="utf-8")
    rag(runner, [], "ingest", str(folders["docs"]))
    assert not {".plan.txt", "draft.txt"} & files_of(runner, [])
    rag(runner, [], "ingest", "--add", str(hidden), str(folders["docs"] / ".drafts"))
    assert {".plan.txt", "draft.txt", "memo.txt"} <= files_of(runner, [])
    rag(runner, [], "ingest")  # and the next ingest keeps them
    assert {".plan.txt", "draft.txt"} <= files_of(runner, [])


def test_a_folder_given_through_a_link_keeps_its_skips_as_before(runner: CliRunner, fake_models: FakeEmbedder, folders: dict[str, Path], tmp_path: Path) -> None:
    # the roots are kept resolved and the skips were not: a bare `rag ingest` after `rag ingest LINK` took
    # every skip for a new one and wrote the index again
    link = tmp_path / "docs-link"
    link.symlink_to(folders["docs"], target_is_directory=True)
    rag(runner, [], "ingest", str(link))
    again = rag(runner, [], "ingest")
    assert "Index up to date" in again.stderr and "skipped as before" in again.stderr, again.stderr
    assert list(rag(runner, [], "sources", "--json")["skipped"]) == [str(folders["docs"] / "blob.bin")]

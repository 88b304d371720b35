"""Native crashes (issue 16): a portable llama.cpp build, a self-test that switches to the safe
setting, a supervisor that turns a signal into one line, and bounded inputs that once crashed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, one_line_error
from typer.testing import CliRunner

from rag.answering.question import MAX_QUESTION_CHARS, check_question, read_question
from rag.cli.main import app
from rag.errors import EvalError, ModelError, UsageError
from rag.models import buildflags, selftest
from rag.process import launcher
from rag.runtime import Runtime

SEGV = [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"]

# ------------------------------------------------------------------------------- build flags

XEON_AMX = "flags\t\t: fpu sse4_2 avx avx2 bmi2 fma f16c avx512f avx512cd avx512vl avx512dq avx512bw avx512_vnni avx512_bf16 amx_tile amx_int8 amx_bf16\n"
EPYC = "processor : 0\nflags : fpu sse4_2 avx avx2 bmi2 fma f16c\n"


def test_amx_is_never_compiled_in_even_when_the_cpu_advertises_it() -> None:
    args = buildflags.cmake_args("x86_64", buildflags.cpu_flags(XEON_AMX))
    assert "-DGGML_NATIVE=OFF" in args  # -march=native would turn AMX on by itself
    for option in ("GGML_AMX_TILE", "GGML_AMX_INT8", "GGML_AMX_BF16"):
        assert f"-D{option}=OFF" in args and f"-D{option}=ON" not in args
    assert "-DGGML_AVX512=ON" in args and "-DGGML_AVX512_VNNI=ON" in args  # what the CPU has is used


def test_flags_follow_the_cpu_and_name_the_wheel() -> None:
    epyc = buildflags.cmake_args("x86_64", buildflags.cpu_flags(EPYC))
    xeon = buildflags.cmake_args("x86_64", buildflags.cpu_flags(XEON_AMX))
    assert "-DGGML_AVX2=ON" in epyc and "-DGGML_AVX512=OFF" in epyc
    # the flags take part in the wheel's name: a wheel built for another CPU or version is not reused
    assert buildflags.build_key(epyc, "0.3.36") != buildflags.build_key(xeon, "0.3.36")
    assert buildflags.build_key(epyc, "0.3.36") != buildflags.build_key(epyc, "0.3.37")
    assert buildflags.build_key(epyc, "0.3.36") == buildflags.build_key(list(epyc), "0.3.36")
    assert buildflags.cmake_args("aarch64", set()) == ["-DGGML_NATIVE=ON"]


def test_buildflags_runs_without_rag_installed() -> None:
    # setup.sh runs it with the system Python before rag is installed
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONNOUSERSITE": "1"}
    out = subprocess.run([sys.executable, "-S", str(ROOT / "rag" / "models" / "buildflags.py"), "--key", "0.3.36"], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and len(out.stdout.strip()) == 16, out.stderr
    flags = subprocess.run([sys.executable, "-S", str(ROOT / "rag" / "models" / "buildflags.py")], capture_output=True, text=True, env=env)
    assert "GGML_AMX_INT8=OFF" in flags.stdout


def test_setup_builds_with_those_flags_into_a_keyed_folder() -> None:
    script = (ROOT / "scripts" / "setup.sh").read_text()
    assert 'CMAKE_ARGS="$cmake_args"' in script and "--no-cache-dir" in script
    assert "rag/models/buildflags.py --key" in script and '"$build_key" > "$llama_stamp"' in script


# ------------------------------------------------------------------------------- self-test


class ScriptedProbe:
    """A probe runner that answers from a script: {safe: Outcome}."""

    def __init__(self, default: selftest.Outcome, safe: selftest.Outcome) -> None:
        self.answers = {False: default, True: safe}
        self.calls: list[bool] = []

    def __call__(self, path: Path, threads: int, safe: bool) -> selftest.Outcome:
        self.calls.append(safe)
        return self.answers[safe]


OK = selftest.Outcome(True)
CRASH = selftest.Outcome(False, signal=int(signal.SIGSEGV))


@pytest.fixture
def model_file(tmp_path: Path) -> Path:
    path = tmp_path / "m.gguf"
    path.write_bytes(b"GGUF" + b"\0" * 60)
    return path


def test_a_crash_with_default_kernels_switches_to_the_safe_setting_once(model_file: Path, tmp_path: Path) -> None:
    notes: list[str] = []
    probe = ScriptedProbe(CRASH, OK)
    assert selftest.needs_safe_mode(model_file, 2, tmp_path / "state", runner=probe, note=notes.append) is True
    assert probe.calls == [False, True]
    assert len(notes) == 1 and "SIGSEGV" in notes[0] and "use_extra_bufts=False" in notes[0]
    # remembered: no probe, no note the second time
    assert selftest.needs_safe_mode(model_file, 2, tmp_path / "state", runner=probe, note=notes.append) is True
    assert probe.calls == [False, True] and len(notes) == 1


def test_a_model_that_runs_is_probed_once(model_file: Path, tmp_path: Path) -> None:
    probe = ScriptedProbe(OK, CRASH)
    for _ in range(3):
        assert selftest.needs_safe_mode(model_file, 2, tmp_path, runner=probe) is False
    assert probe.calls == [False]
    # a changed file is a new verdict
    model_file.write_bytes(model_file.read_bytes() + b"\0")
    selftest.needs_safe_mode(model_file, 2, tmp_path, runner=probe)
    assert probe.calls == [False, False]


def test_a_crash_in_both_settings_is_a_model_error_naming_the_fix(model_file: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelError) as info:
        selftest.needs_safe_mode(model_file, 2, tmp_path, runner=ScriptedProbe(CRASH, CRASH))
    assert "SIGSEGV" in str(info.value) and "scripts/setup.sh" in str(info.value)


def test_a_load_error_is_not_remembered(model_file: Path, tmp_path: Path) -> None:
    probe = ScriptedProbe(selftest.Outcome(False, detail="not a model"), OK)
    assert selftest.needs_safe_mode(model_file, 2, tmp_path, runner=probe) is False
    assert selftest.needs_safe_mode(model_file, 2, tmp_path, runner=probe) is False
    assert probe.calls == [False, False]


def test_the_probe_classifies_how_a_child_ends() -> None:
    crashed = selftest.run(SEGV)
    assert crashed.crashed and crashed.signal_name == "SIGSEGV" and not crashed.ok
    failed = selftest.run([sys.executable, "-c", "import sys; sys.stderr.write('cannot load x\\n'); sys.exit(1)"])
    assert not failed.ok and not failed.crashed and failed.detail == "cannot load x"
    assert selftest.run([sys.executable, "-c", "pass"]).ok
    slow = selftest.run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert not slow.ok and not slow.crashed and "no answer" in slow.detail


def test_the_safe_setting_reaches_llama_cpp() -> None:
    """The mechanism: while a model loads in safe mode, llama.cpp's default model parameters
    carry use_extra_bufts=False, and afterwards they are llama.cpp's own again."""
    pytest.importorskip("llama_cpp")
    from llama_cpp import llama as llama_module

    from rag.backends.llama_cpp import _safe_model_params

    lib = llama_module.llama_cpp
    assert lib.llama_model_default_params().use_extra_bufts is True
    with _safe_model_params(True):
        assert lib.llama_model_default_params().use_extra_bufts is False
    with _safe_model_params(False):
        assert lib.llama_model_default_params().use_extra_bufts is True
    assert lib.llama_model_default_params().use_extra_bufts is True


def test_the_generator_loads_in_safe_mode_when_the_self_test_says_so(model_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rag.backends import llama_cpp as generation

    class Model:
        def close(self) -> None:
            pass

    seen: list[bool] = []
    monkeypatch.setattr(selftest, "needs_safe_mode", lambda path, threads, state_dir: True)
    monkeypatch.setattr(generation, "open_llama", lambda path, n_ctx, threads, seed=0, safe=False: seen.append(safe) or Model())
    gen = generation.LlamaGenerator("m", model_file, state_dir=tmp_path)
    assert gen.llm is not None and seen == [True]


# ------------------------------------------------------------------------------- doctor


def test_doctor_fails_with_the_cause_when_the_model_crashes(model_file: Path, settings, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from rag.doctor import _llm_runs

    answers = {False: CRASH, True: OK}
    monkeypatch.setattr(selftest, "probe", lambda path, threads, safe=False: answers[safe])
    [check] = _llm_runs("m", model_file, settings)
    assert not check.ok and "SIGSEGV" in check.detail and "scripts/setup.sh" in check.fix
    answers[True] = CRASH
    [check] = _llm_runs("m", model_file, settings)
    assert not check.ok and "also with" in check.detail
    answers[False] = OK
    [check] = _llm_runs("m", model_file, settings)
    assert check.ok


# ------------------------------------------------------------------------------- supervisor


def test_a_signal_in_the_child_is_one_line_and_exit_71(capfd: pytest.CaptureFixture[str]) -> None:
    code = launcher.supervise([], command=[sys.executable, "-c", "from rag.process.stage import stage; stage('generating with m (llama.cpp)'); import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"])
    err = capfd.readouterr().err
    assert code == launcher.EXIT_CRASH == 71
    assert err.count("\n") == 1 and err.startswith("rag: error: ")
    assert "SIGSEGV" in err and "while generating with m (llama.cpp)" in err and "rag doctor" in err


def test_the_supervisor_passes_the_exit_status_and_the_arguments_on(tmp_path: Path) -> None:
    out = tmp_path / "argv.json"
    long_arg = "word " * 20_000  # 100 kB: far past the 32 KiB that crashed onnxruntime's import
    child = f"import json, sys; from rag.process.launcher import child_argv; json.dump(child_argv(), open({str(out)!r}, 'w')); sys.exit(3)"
    assert launcher.supervise(["ask", long_arg, "ü\udcff"], command=[sys.executable, "-c", child]) == 3
    assert json.loads(out.read_text()) == ["ask", long_arg, "ü\udcff"]


@pytest.mark.parametrize("args", [["search", "x", "-k", "abc", "--json"], ["search", "--json"], ["ask", "--json", "--nosuch", "q"]])
def test_a_bad_command_line_with_json_is_also_one_json_object(args: list[str]) -> None:
    """A script that reads --json's stdout sees the usage error too (stdout was empty)."""
    done = _rag(*args)
    assert done.returncode == 2
    data = json.loads(done.stdout)
    assert set(data) == {"error", "exit_code"} and data["exit_code"] == 2 and "--help" in data["error"]
    assert done.stderr.startswith("rag: error: ") and done.stderr.count("\n") == 1


def test_sigkill_names_memory(capfd: pytest.CaptureFixture[str]) -> None:
    code = launcher.supervise([], command=[sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"])
    assert code == 71 and "out of memory" in capfd.readouterr().err


@pytest.mark.parametrize(("what", "smaller_model"), [
    ("generating with m (llama.cpp)", True),
    ("embedding with all-MiniLM-L6-v2 (onnxruntime)", False),  # an ingest: --model (the LLM) would not help
])
def test_sigkill_advice_follows_what_was_running(what: str, smaller_model: bool) -> None:
    line = launcher.crash_message(9, what)
    assert f"while {what}" in line and "out of memory" in line and ("--model fast" in line) == smaller_model


@pytest.mark.parametrize(("closed", "args", "code", "err", "supervised"), [
    (1, ["--version"], 0, "", True),  # was a traceback: sys.stdout was None, or the argument pipe took fd 1
    (1, ["--version"], 0, "", False),  # RAG_NO_SUPERVISOR=1: the process itself had sys.stdout None
    (0, ["ask", "-"], 2, "The question is empty", True),  # what /dev/null gives: rag chat <&- ended in "Bad file descriptor"
])
def test_a_closed_standard_stream_reads_or_writes_dev_null(closed: int, args: list[str], code: int, err: str, supervised: bool, tmp_path: Path) -> None:
    entry = "import sys; from rag.process.launcher import main; sys.argv[0] = 'rag'; main()"
    done = subprocess.run(
        [sys.executable, "-c", entry, *args], preexec_fn=lambda: os.close(closed),  # noqa: PLW1509 - a closed fd, as `<&-` or `>&-`
        stdout=subprocess.PIPE if closed != 1 else None, stderr=subprocess.PIPE, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "RAG_NO_SUPERVISOR": "0" if supervised else "1"},
    )
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr and err in done.stderr
    assert done.stderr.count("\n") == (1 if err else 0)


def test_an_error_is_still_its_exit_code_when_nobody_reads_stderr(tmp_path: Path) -> None:
    """`rag … 2>&1 | head -1` after head ended: the error line cannot be written, the status still says
    what happened (it was 1, the status of a failed gate)."""
    entry = "import sys, time; time.sleep(0.5); from rag.process.launcher import main; sys.argv[0] = 'rag'; main()"
    proc = subprocess.Popen([sys.executable, "-c", entry, "search", "x"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "RAG_HOME": str(tmp_path / "empty")})
    assert proc.stderr is not None
    proc.stderr.close()  # before it writes: the sleep above
    assert proc.wait(timeout=120) == 3  # no index


def _rag(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed entry point as a user runs it (supervisor and child)."""
    code = "import sys; from rag.process.launcher import main; sys.argv[0] = 'rag'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], input=stdin, capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})}
    )


REAL_WORDS = sorted((ROOT / "seeds").glob("*.txt"))


def _real_words(n_chars: int) -> str:
    words = " ".join(p.read_text(encoding="utf-8") for p in REAL_WORDS).split()
    text = ""
    while len(text) < n_chars:
        text += " ".join(words) + " "
    return text[:n_chars]


def test_a_long_real_word_question_is_one_line_and_exit_2() -> None:
    """A 40 kB question of real words crashed onnxruntime's import (SIGSEGV); now it is refused
    before anything heavy is imported, and the long command line never reaches the child."""
    question = _real_words(40_000)
    for command in (["search", "--json", question], ["ask", question], ["search", question]):
        proc = _rag(*command)
        assert proc.returncode == 2, (command[0], proc.returncode, proc.stderr[-500:])
        assert proc.stderr.count("\n") == 1 and "40,000 characters" in proc.stderr and "2,000" in proc.stderr


def test_a_long_command_line_does_not_reach_onnxruntime(tmp_path: Path) -> None:
    """The class behind it: any command line over 32 KiB (many files to ingest) crashed the import
    of onnxruntime; under the supervisor the child's command line is short."""
    pytest.importorskip("onnxruntime")
    from conftest import real_models_available

    onnx = ROOT / "models" / "all-MiniLM-L6-v2.onnx"
    if not real_models_available() or not onnx.is_file():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("the embedder and its ONNX export are needed (scripts/setup.sh)")
    home = tmp_path / "long-argv-home"
    (home / "models").mkdir(parents=True)
    for f in (ROOT / "models").glob("all-MiniLM-L6-v2.onnx*"):
        (home / "models" / f.name).symlink_to(f)
    docs = tmp_path / "docs"
    docs.mkdir()
    many = []
    for i in range(600):  # 600 paths of ~80 characters: ~50 kB of command line
        path = docs / f"note-{i:05d}-{'x' * 40}.txt"
        path.write_text(f"Note {i} says the meeting moved to room {i}.\n", encoding="utf-8")
        many.append(str(path))
    assert sum(len(a) + 1 for a in many) > 40_000
    proc = _rag("ingest", *many, env={"RAG_HOME": str(home)})
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-500:])  # the embedder ran: onnxruntime was imported
    assert (home / ".rag" / "index" / "CURRENT").is_file()


def test_question_from_stdin(runner: CliRunner) -> None:
    import io

    assert read_question("-", io.StringIO("  Who negotiated the ceasefire?\n")) == "Who negotiated the ceasefire?"
    with pytest.raises(UsageError):
        read_question("-", io.StringIO("x" * (MAX_QUESTION_CHARS + 1)))
    assert check_question("a" * MAX_QUESTION_CHARS) == "a" * MAX_QUESTION_CHARS
    result = runner.invoke(app, ["search", "-"], input="w " * MAX_QUESTION_CHARS)
    assert result.exit_code == 2 and "limit is 2,000" in one_line_error(result)


def test_a_long_question_in_chat_is_an_error_line_not_the_end(fake_index, fake_generator) -> None:  # type: ignore[no-untyped-def]
    from rag.answering.answer import ask

    with pytest.raises(UsageError):
        ask("word " * 1000, Runtime(fake_index, generator=fake_generator))


# ------------------------------------------------------------------------------- gold reader


def test_gold_from_a_device_is_a_one_line_error(runner: CliRunner) -> None:
    from rag.eval.gold import load_gold

    with pytest.raises(EvalError) as info:
        load_gold("/dev/zero")
    assert "longer than 1 MiB" in str(info.value)
    result = runner.invoke(app, ["eval", "--gold", "/dev/zero", "--retrieval-only"])
    assert result.exit_code == 1 and "not a gold file" in one_line_error(result)


def test_gold_file_of_binary_bytes(tmp_path: Path) -> None:
    from rag.eval.gold import load_gold

    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"id": "a"}\n\xff\xfe\x00\n')
    with pytest.raises(EvalError) as info:
        load_gold(path)
    assert f"{path}:" in str(info.value)


# ------------------------------------------------------------------------------- every command, long inputs

LONG = _real_words(50_000)
LONG_NAME = "-".join(LONG.split()[:3000])[:50_000]


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", LONG_NAME],
        ["ingest", "--embedder", LONG_NAME],
        ["search", LONG],
        ["search", "--k", "9" * 5000, "who?"],
        ["ask", "--json", LONG],
        ["ask", "--model", LONG_NAME, "who?"],
        ["eval", "--gold", LONG_NAME, "--retrieval-only"],
        ["eval", "--min", LONG_NAME, "--retrieval-only"],
        ["models", "install", LONG_NAME],
        ["models", "path", LONG_NAME],
        ["doctor", "--quick", "--model", LONG_NAME],
        ["bench", "--section", "search", "--sizes", LONG_NAME],
        ["--home", LONG_NAME, "search", "who?"],
        ["search", "--home", LONG_NAME, "who?"],
        [LONG_NAME],
    ],
    ids=lambda a: " ".join(x[:12] for x in a[:3]),
)
def test_long_real_word_inputs_never_crash(args: list[str]) -> None:
    """Every command, given 50 kB of real words where a word is expected, ends with a status of
    README.md's table and at most one line of error: no signal, no traceback, no internal error."""
    proc = _rag(*args, env={"RAG_LOCK_TIMEOUT": "1"})
    assert proc.returncode >= 0, f"killed by signal {-proc.returncode}"
    assert proc.returncode not in (70, 71), proc.stderr[-600:]
    assert "Traceback" not in proc.stderr and "Fatal Python error" not in proc.stderr
    assert proc.stderr.count("\n") <= 1, proc.stderr[-600:]


def test_chat_with_a_long_line_and_no_index() -> None:
    proc = _rag("chat", stdin=LONG + "\n/exit\n")
    assert proc.returncode == 3 and proc.stderr.count("\n") == 1, proc.stderr[-600:]


# ------------------------------------------------------------------------------- the real build

SMALL_LLM = ROOT / "models" / "qwen2.5-coder-0.5b-instruct.gguf"


def _require(path: Path, install: str) -> None:
    """A missing model skips on a developer's machine and fails on CI, where setup installs it."""
    if not path.exists():
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"{path} is missing ({install})")


@pytest.mark.integration
def test_the_real_build_generates_in_both_settings() -> None:
    """The llama.cpp build of this machine runs the small model in a child process, with its
    default kernels and with the safe setting; on a CPU where it crashes, this names the signal."""
    _require(SMALL_LLM, "rag models install fast")
    for safe in (False, True):
        outcome = selftest.probe(SMALL_LLM, os.cpu_count() or 1, safe=safe)
        assert outcome.ok, f"safe={safe}: llama.cpp {'crashed with ' + outcome.signal_name if outcome.crashed else 'failed: ' + outcome.detail}"


@pytest.mark.integration
def test_rag_ask_as_a_user_runs_it(tmp_path: Path) -> None:
    """`rag ingest` and `rag ask` as separate processes through the installed entry point: a native
    crash here fails CI with rag's own one-line report instead of passing unseen."""
    from conftest import real_models_available

    _require(SMALL_LLM, "rag models install fast")
    if not real_models_available():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("all-MiniLM-L6-v2 is not installed (rag models install minilm)")
    home = tmp_path / "user-home"
    (home / "models").mkdir(parents=True)
    for name in ("all-MiniLM-L6-v2", "all-MiniLM-L6-v2.onnx", "all-MiniLM-L6-v2.onnx.source.json"):
        if (ROOT / "models" / name).exists():
            (home / "models" / name).symlink_to(ROOT / "models" / name)
    env = {"RAG_HOME": str(home), "RAG_MODEL": str(SMALL_LLM)}
    ingested = _rag("ingest", str(ROOT / "seeds"), env=env)
    assert ingested.returncode == 0, ingested.stderr[-600:]
    asked = _rag("ask", "--json", "Which Iranian member of parliament said Syria was at the verge of collapse?", env=env)
    assert asked.returncode == 0, f"exit {asked.returncode}: {asked.stderr[-600:]}"
    answer = json.loads(asked.stdout)
    assert "Naderi" in answer["answer"] and answer["citations"], answer
    # the self-test ran once for this model and build, and was remembered
    verdicts = json.loads((home / ".rag" / "selftest.json").read_text())
    assert list(verdicts.values()) in (["ok"], ["safe"])


# the command reads its arguments as rag's does (child_argv), says its pid, and takes its time over
# an interrupt, so that a second one passed on by the supervisor would land inside the first's handler
SLEEPER = (
    "import os, sys, time\nfrom rag.process.launcher import child_argv\nchild_argv()\nprint('ready', os.getpid(), flush=True)\n"
    "try:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    time.sleep(0.5)\n    sys.stderr.write('rag: interrupted.\\n'); sys.exit(130)\n"
)
SUPERVISED = f"import sys; from rag.process.launcher import supervise; sys.exit(supervise([], command=[sys.executable, '-c', {SLEEPER!r}]))"


def _started(env: dict[str, str] | None = None, sigint_ignored: bool = False) -> tuple[subprocess.Popen[str], int]:
    import time

    # a script's background job (`rag ingest big &` without job control) starts with SIGINT ignored
    ignore = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint_ignored else None
    proc = subprocess.Popen([sys.executable, "-c", SUPERVISED], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env=env, preexec_fn=ignore)
    assert proc.stdout is not None
    ready, pid = proc.stdout.readline().split()
    assert ready == "ready"  # the child is up, so the supervisor has its handlers
    time.sleep(0.2)
    return proc, int(pid)


def test_ctrl_c_reaches_the_command_once_and_exits_130() -> None:
    proc, _ = _started()
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does: the whole foreground group
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and err == "rag: interrupted.\n"


def test_sigterm_to_rag_is_passed_on_without_a_crash_report() -> None:
    proc, _ = _started()
    proc.send_signal(signal.SIGTERM)  # to the supervisor only, as `kill PID` does
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGTERM and "crashed" not in err


def test_sigint_to_rag_alone_is_passed_on() -> None:
    """`kill -INT` (or `timeout -s INT`) reaches only the supervisor, which passes it on when it is not
    in a terminal's foreground (there, Ctrl-C reaches the child by itself)."""
    proc, _ = _started()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and err == "rag: interrupted.\n"


def test_sigint_reaches_the_command_of_a_background_job_that_ignores_it() -> None:
    """Ignored at start, SIGINT stayed ignored in the command through exec: `kill -INT` of a script's
    `rag ingest &` was passed on and dropped, and the ingest ran to its end."""
    proc, _ = _started(sigint_ignored=True)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and err == "rag: interrupted.\n"


def test_a_killed_supervisor_leaves_nothing_in_the_temporary_folder(tmp_path: Path) -> None:
    """The file the command writes its stage to has no name: a rag killed with SIGKILL cannot remove
    one, and each left a rag-stage-* file in /tmp."""
    (temporary := tmp_path / "temporary").mkdir()
    proc, _ = _started(env={**os.environ, "TMPDIR": str(temporary)})
    proc.kill()
    proc.communicate(timeout=30)
    assert list(temporary.iterdir()) == []


def test_the_command_does_not_outlive_a_killed_supervisor() -> None:
    """The command runs in a process group of its own outside a terminal, so a kill -9 of rag's
    group would leave it running, a model loaded, but for the parent-death signal."""
    import time

    proc, pid = _started()
    proc.kill()
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; its new parent has not reaped it yet


def test_a_python_file_in_the_current_folder_is_not_imported(tmp_path: Path) -> None:
    (tmp_path / "typer.py").write_text("import sys; sys.exit(99)\n")
    proc = subprocess.run([sys.executable, "-c", "import sys; from rag.process.launcher import main; main()", "--version"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0 and proc.stdout.startswith("rag "), (proc.returncode, proc.stderr[-300:])


def test_avx512_needs_all_five_subsets() -> None:
    partial = buildflags.cmake_args("x86_64", {"avx2", "avx512f"})
    assert "-DGGML_AVX512=OFF" in partial
    assert "-DGGML_AVX512_VBMI=ON" in buildflags.cmake_args("x86_64", {"avx512vbmi"})  # the kernel's flag name


def test_sigkill_is_not_a_kernel_crash() -> None:
    killed = selftest.run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"])
    assert not killed.ok and not killed.crashed and "out of memory" in killed.detail

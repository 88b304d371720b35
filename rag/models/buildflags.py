"""The CMake flags llama-cpp-python is compiled with, chosen from the CPU's features.

llama-cpp-python builds from source with ``-march=native`` by default. On an
Intel Xeon that advertises AMX under a hypervisor, ggml then compiles its AMX
kernels, and the first decode dies with SIGSEGV at ``ldtilecfg`` (issue 16).
So rag builds with ``GGML_NATIVE=OFF`` and names each instruction set the CPU
has, AMX always off: the same build serves rag's own loader and every other
process that loads a model with it (``python -m llama_cpp.server``).

This module uses the standard library only: ``scripts/setup.sh`` runs it with
the system Python before rag is installed (``python3 rag/models/buildflags.py``
prints the flags; ``--key`` prints the short hash that names the wheel folder,
so a wheel built with other flags is never reused).
"""

from __future__ import annotations

import hashlib
import platform
import sys
from pathlib import Path

#: Bump when the mapping below changes, so wheels built by the old mapping are not reused.
SCHEME = "1"

# (cpuinfo flag, ggml CMake option). AVX-512 is included where the CPU has it:
# the wheel is then specific to this CPU family, which the key records.
_X86_OPTIONS: tuple[tuple[str, str], ...] = (
    ("sse4_2", "GGML_SSE42"),
    ("avx", "GGML_AVX"),
    ("avx2", "GGML_AVX2"),
    ("bmi2", "GGML_BMI2"),
    ("fma", "GGML_FMA"),
    ("f16c", "GGML_F16C"),
    ("avx_vnni", "GGML_AVX_VNNI"),
    ("avx512f avx512cd avx512vl avx512dq avx512bw", "GGML_AVX512"),  # GGML_AVX512 compiles for all five
    ("avx512vbmi", "GGML_AVX512_VBMI"),
    ("avx512_vnni", "GGML_AVX512_VNNI"),
    ("avx512_bf16", "GGML_AVX512_BF16"),
)
# Never on: the AMX kernels fault in VMs that advertise AMX (issue 16), and
# rag's models (Q4_K_M / Q8_0) gain nothing from them on 2 cores.
_X86_OFF: tuple[str, ...] = ("GGML_AMX_TILE", "GGML_AMX_INT8", "GGML_AMX_BF16")


def cpu_flags(cpuinfo: str) -> set[str]:
    """The feature flags of the first processor listed in a ``/proc/cpuinfo`` text."""
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            return set(value.split())
    return set()


def cmake_args(machine: str, flags: set[str]) -> list[str]:
    """The ``CMAKE_ARGS`` for llama-cpp-python on a CPU of this architecture and these flags."""
    if machine.lower() not in ("x86_64", "amd64", "i686", "i386"):
        # ARM and others: ggml's native detection has no AMX to trip over.
        return ["-DGGML_NATIVE=ON"]
    args = ["-DGGML_NATIVE=OFF"]
    for needed, option in _X86_OPTIONS:
        args.append(f"-D{option}={'ON' if set(needed.split()) <= flags else 'OFF'}")
    args += [f"-D{option}=OFF" for option in _X86_OFF]
    return args


def build_key(args: list[str], version: str) -> str:
    """A short hash of everything that decides the compiled wheel: flags, package version, scheme."""
    text = "\n".join([SCHEME, version, *args])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def this_machine() -> list[str]:
    """The ``CMAKE_ARGS`` for this machine."""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        cpuinfo = ""
    return cmake_args(platform.machine(), cpu_flags(cpuinfo))


def main(argv: list[str]) -> int:
    """``buildflags.py`` prints the CMake flags; ``buildflags.py --key VERSION`` their key."""
    args = this_machine()
    if argv[:1] == ["--key"] and len(argv) == 2:
        print(build_key(args, argv[1]))
    elif not argv:
        print(" ".join(args))
    else:
        print("usage: buildflags.py [--key VERSION]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

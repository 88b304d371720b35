#!/usr/bin/env bash
# Set up rag on this machine and answer a question over seeds/.
# Idempotent: a second run reinstalls nothing, rebuilds nothing and re-embeds nothing.
#
#   scripts/setup.sh              venv + rag + default models + index of seeds/ + one cited answer
#   scripts/setup.sh --no-demo    venv + rag + models only (what the test command needs)
#   RAG_SETUP_MODELS="fast"       which LLMs to install (default: "default", the 1.5B model)
set -euo pipefail
cd "$(dirname "$0")/.."

demo=1
for arg in "$@"; do
  case "$arg" in
    --no-demo) demo=0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  "$python" -m venv .venv
fi

# llama-cpp-python compiles from source. Not with -march=native: on Xeons that advertise AMX under
# a hypervisor ggml's AMX kernels crash on the first decode (issue 16). rag/models/buildflags.py names the
# CPU's instruction sets instead, AMX off. The wheel is kept in a folder named by a hash of those
# flags, so a wheel built with other flags (pip's own cache knows no flags) is never reused.
llama_version=$(sed -n 's/.*"llama-cpp-python==\([0-9.]*\)".*/\1/p' pyproject.toml)
cmake_args=$("$python" rag/models/buildflags.py)
build_key=$("$python" rag/models/buildflags.py --key "$llama_version")
wheels="${XDG_CACHE_HOME:-$HOME/.cache}/rag/wheels/llama-cpp-python-$llama_version-$build_key"
llama_stamp=.venv/.rag-llama-build
stamp=.venv/.rag-install-stamp
if [ "$(cat "$llama_stamp" 2>/dev/null || true)" != "$build_key" ] || ! .venv/bin/python -c "import llama_cpp" 2>/dev/null; then
  if ! ls "$wheels"/llama_cpp_python-*.whl >/dev/null 2>&1; then
    echo "==> compiling llama-cpp-python $llama_version for this CPU (~8-11 minutes, once): $cmake_args"
    rm -rf "$wheels.tmp" && mkdir -p "$wheels.tmp"
    CMAKE_ARGS="$cmake_args" CMAKE_BUILD_PARALLEL_LEVEL=$(nproc) .venv/bin/pip wheel --quiet --no-deps \
      --no-cache-dir --no-binary llama-cpp-python -w "$wheels.tmp" "llama-cpp-python==$llama_version"
    rm -rf "$wheels" && mv "$wheels.tmp" "$wheels"
  fi
  .venv/bin/pip install --quiet --no-deps --force-reinstall "$wheels"/llama_cpp_python-*.whl
  echo "$build_key" > "$llama_stamp"
  rm -f "$stamp"
fi

# Reinstall the rest only when the dependency pins changed.
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ] || ! .venv/bin/python -c "import rag, llama_cpp" 2>/dev/null; then
  echo "==> installing rag and its dependencies"
  # the CPU build of torch first, so that nothing can pull the CUDA one
  .venv/bin/pip install --quiet torch==2.13.0
  .venv/bin/pip install --quiet -c constraints.txt -e '.[dev]'
  echo "$want" > "$stamp"
fi

echo "==> models"
.venv/bin/rag models install all-MiniLM-L6-v2 ${RAG_SETUP_MODELS:-default}

if [ "$demo" = 1 ]; then
  echo "==> indexing seeds/"
  .venv/bin/rag ingest seeds
  echo "==> rag ask \"Which Iranian member of parliament said Syria was at the verge of collapse?\""
  .venv/bin/rag ask "Which Iranian member of parliament said Syria was at the verge of collapse?"
fi

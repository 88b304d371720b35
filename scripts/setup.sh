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

# Reinstall only when the dependency pins changed. pip's cache is kept, so even
# then llama-cpp-python's compiled wheel is reused instead of rebuilt.
stamp=.venv/.rag-install-stamp
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ] || ! .venv/bin/python -c "import rag, llama_cpp" 2>/dev/null; then
  echo "==> installing rag and its dependencies (the first time compiles llama-cpp-python: ~8 minutes)"
  # the CPU build of torch first, so that nothing can pull the CUDA one
  .venv/bin/pip install --quiet torch==2.13.0
  CMAKE_BUILD_PARALLEL_LEVEL=$(nproc) .venv/bin/pip install --quiet -c constraints.txt -e '.[dev]'
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

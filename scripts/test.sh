#!/usr/bin/env bash
# Run the whole test suite. Sets up what the tests need first (the venv, the
# embedder and the small 0.5B model used by the integration tests); quick when
# that is already done. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
RAG_SETUP_MODELS="${RAG_SETUP_MODELS:-fast}" scripts/setup.sh --no-demo >&2
exec .venv/bin/python -m pytest "$@"

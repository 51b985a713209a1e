#!/usr/bin/env bash
# Install what the app needs, then start it on the bundled corpus (extra arguments go to the app).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements.txt
if [ ! -f data/events.csv ]; then
  .venv/bin/python -m timeline extract data/sources -o data/events.csv
fi
exec .venv/bin/streamlit run app.py "$@"

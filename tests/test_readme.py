"""The README documents what the code does."""
from pathlib import Path

from timeline import store

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_events_column_is_documented():
    for column in store.EVENT_COLUMNS:
        assert f"| `{column}` |" in README, column


def test_the_two_commands_exist():
    for script in ("scripts/run-app.sh", "scripts/test.sh"):
        assert f"bash {script}" in README
        assert (Path(__file__).resolve().parent.parent / script).exists()

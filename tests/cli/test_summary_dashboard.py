"""`jiarenbase summary --json` carries the dashboard's figures (issue 5) and equals
summary() for the same database; the text summary prints them too."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from jiarenbase.cli import run
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.services import summary as summary_svc
from jiarenbase.core.services.context import Actor

NEW_KEYS = {"as_of", "trained_to_date", "stage_funnel", "rooms_this_week", "conversion_trend", "follow_ups",
            "awaiting_sign_off"}
OLD_KEYS = {"students", "partner_schools", "cohorts", "mentors", "enterprise_clients", "live_rooms", "bookings",
            "sessions", "scripts", "videos", "placements", "certificates", "users", "tables"}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dash")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIARENBASE_HOME", str(folder / "home"))
        assert run(["--data-dir", str(folder / "data"), "demo", "--students", "20", "--seed", "2"]) == 0
    return folder / "data"


def test_json_has_the_new_keys_and_equals_the_service(data, capsys):
    capsys.readouterr()
    assert run(["--data-dir", str(data), "summary", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) >= NEW_KEYS | OLD_KEYS
    assert "skill_level_by_level" in printed["certificates"]
    opened = open_database(None, data)
    try:
        direct = summary_svc.summary(opened.db, Actor.system())
    finally:
        opened.db.dispose()
    assert printed == direct.to_json()
    assert printed["as_of"] == direct.as_of.isoformat() and printed["rooms_this_week"]["by_room"]


def test_json_has_every_key_the_readme_documents(data, capsys):
    """Each dotted key of README's "summary --json keys" table is in the output."""
    capsys.readouterr()
    assert run(["--data-dir", str(data), "summary", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("### `summary --json` keys", 1)[1].split("\n\n", 2)[1]
    documented = []
    for row in table.splitlines()[2:]:
        first_cell = row.split("|")[1]
        names = re.findall(r"`([a-z_.]+)`", first_cell)
        parent = ""
        for name in names:  # "`enterprise_clients.total` / `.served`": the second is under the first's parent
            if name.startswith("."):
                name = parent + name
            parent = name.rsplit(".", 1)[0] if "." in name else name
            documented.append(name)
    assert len(documented) >= 25
    for name in documented:
        node = printed
        for part in name.split("."):
            assert isinstance(node, dict) and part in node, name
            node = node[part]
    item = printed["follow_ups"]  # the lists' fields, as the README names them
    assert set(printed["conversion_trend"][0]) == {"month", "sessions", "viewers", "buyers", "rate"}
    assert set(printed["rooms_this_week"]["by_room"][0]) == {"room_id", "name", "bookings", "booked_hours",
                                                            "open_hours", "ratio"}
    assert set(item) == {"overdue", "due_soon", "window_days", "items"}


def test_text_prints_the_dashboard_figures(data, capsys):
    capsys.readouterr()
    assert run(["--data-dir", str(data), "summary"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "累计培训：20" in lines
    assert any(line.startswith("阶段漏斗（到达人数）：认知实训 20") for line in lines)
    assert any(line.startswith("本周（") and "直播间利用率" in line for line in lines)
    assert any(line.startswith("实战直播转化率") for line in lines)
    assert any(line.startswith("待回访：") for line in lines)
    capsys.readouterr()
    assert run(["--lang", "en", "--data-dir", str(data), "summary"]) == 0
    assert "Trained to date: 20" in capsys.readouterr().out.splitlines()

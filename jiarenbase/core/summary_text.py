"""`jiarenbase summary` as readable lines."""
from __future__ import annotations

from .domain.enums import (CertificateKind, Occupation, PlacementOutcome, SessionKind, SkillLevel, Stage,
                           StudentStatus)


def summary_lines(d: dict, lang: str = "zh") -> list[str]:
    en = lang == "en"

    def label(enum_cls, key: str) -> str:
        return key if en else enum_cls(key).zh

    st = d["students"]
    lines = [
        ("Students: " if en else "学员：") + str(st["total"]),
        "  " + ("by stage: " if en else "按阶段：") + "，".join(f"{label(Stage, k)} {v}" for k, v in st["by_stage"].items()),
        "  " + ("by status: " if en else "按状态：") + "，".join(
            f"{label(StudentStatus, k)} {v}" for k, v in st["by_status"].items()),
        "  " + ("talent pool: " if en else "人才库：") + str(st["in_talent_pool"]),
        ("Partner schools: " if en else "合作院校：") + str(d["partner_schools"]),
        ("Cohorts: " if en else "批次：") + str(d["cohorts"]),
        ("Mentors: " if en else "导师：") + str(d["mentors"]),
        ("Enterprise clients: " if en else "企业客户：") + f"{d['enterprise_clients']['total']}" +
        (f" (served {d['enterprise_clients']['served']})" if en else f"（已服务 {d['enterprise_clients']['served']} 家）"),
        ("Live rooms: " if en else "直播间：") + str(d["live_rooms"]),
        ("Sessions: " if en else "实训记录：") + str(d["sessions"]["total"]) + "（" + "，".join(
            f"{label(SessionKind, k)} {v}" for k, v in d["sessions"]["by_kind"].items()) + "）",
        ("Placements: " if en else "就业去向：") + "，".join(
            f"{label(PlacementOutcome, k)} {v}" for k, v in d["placements"]["by_outcome"].items()),
        ("Certificates: " if en else "证书：") + str(d["certificates"]["total"]) + "（" + "，".join(
            f"{label(CertificateKind, k)} {v}" for k, v in d["certificates"]["by_kind"].items()) + "）",
    ]
    for occ, levels in d["certificates"]["skill_level_by_occupation_and_level"].items():
        lines.append("  " + label(Occupation, occ) + "：" + "，".join(
            f"{label(SkillLevel, lv)} {n}" for lv, n in levels.items()))
    return lines

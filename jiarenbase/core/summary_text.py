"""`jiarenbase summary` as readable lines."""
from __future__ import annotations

from .domain.enums import CertificateKind, Occupation, PlacementOutcome, SessionKind, SkillLevel, Stage, StudentStatus
from .services.summary import SummaryDTO


def summary_lines(d: SummaryDTO, lang: str = "zh") -> list[str]:
    en = lang == "en"

    def label(enum_cls, key: str) -> str:
        return key if en else enum_cls(key).zh

    st, clients, certs = d.students, d.enterprise_clients, d.certificates
    lines = [
        ("Students: " if en else "学员：") + str(st.total),
        "  " + ("by stage: " if en else "按阶段：") + "，".join(
            f"{label(Stage, k)} {v}" for k, v in st.by_stage.items()),
        "  " + ("by status: " if en else "按状态：") + "，".join(
            f"{label(StudentStatus, k)} {v}" for k, v in st.by_status.items()),
        "  " + ("talent pool: " if en else "人才库：") + str(st.in_talent_pool),
        ("Partner schools: " if en else "合作院校：") + str(d.partner_schools),
        ("Cohorts: " if en else "批次：") + str(d.cohorts),
        ("Mentors: " if en else "导师：") + str(d.mentors),
        ("Enterprise clients: " if en else "企业客户：") + f"{clients.total}" +
        (f" (served {clients.served})" if en else f"（已服务 {clients.served} 家）"),
        ("Live rooms: " if en else "直播间：") + str(d.live_rooms),
        ("Sessions: " if en else "实训记录：") + str(d.sessions.total) + "（" + "，".join(
            f"{label(SessionKind, k)} {v}" for k, v in d.sessions.by_kind.items()) + "）",
        ("Placements: " if en else "就业去向：") + "，".join(
            f"{label(PlacementOutcome, k)} {v}" for k, v in d.placements.by_outcome.items()),
        ("Certificates: " if en else "证书：") + str(certs.total) + "（" + "，".join(
            f"{label(CertificateKind, k)} {v}" for k, v in certs.by_kind.items()) + "）",
    ]
    for occ, levels in certs.skill_level_by_occupation_and_level.items():
        lines.append("  " + label(Occupation, occ) + "：" + "，".join(
            f"{label(SkillLevel, lv)} {n}" for lv, n in levels.items()))
    lines += _dashboard_lines(d, en, label)
    return lines


def _dashboard_lines(d: SummaryDTO, en: bool, label) -> list[str]:
    """The dashboard's figures (工作台): the funnel, rooms this week, conversion, follow-ups."""
    trend = d.conversion_trend
    viewers, buyers = sum(m.viewers for m in trend), sum(m.buyers for m in trend)
    rate = f"{buyers / viewers:.2%}" if viewers else "—"
    week, fu = d.rooms_this_week, d.follow_ups
    start = week.week_start.isoformat()
    awaiting = [] if d.awaiting_sign_off is None else [
        ("Awaiting sign-off: " if en else "待签核：") + "，".join(
            f"{label(Stage, k)} {v}" for k, v in d.awaiting_sign_off.items())]
    return [
        ("Trained to date: " if en else "累计培训：") + str(d.trained_to_date),
        ("Stage funnel (reached): " if en else "阶段漏斗（到达人数）：") + "，".join(
            f"{label(Stage, k)} {v}" for k, v in d.stage_funnel.items()),
        *awaiting,
        ("Skill certificates by level: " if en else "职业技能等级证书按等级：") + ("，".join(
            f"{label(SkillLevel, k)} {v}" for k, v in d.certificates.skill_level_by_level.items() if v)
            or "0"),
        (f"Room utilisation, week of {start}: " if en else f"本周（{start} 起）直播间利用率：")
        + f"{week.ratio:.0%}" + (f" ({week.booked_hours:g} of {week.open_hours:g} h)" if en
                                 else f"（{week.booked_hours:g} / {week.open_hours:g} 小时）"),
        ("Conversion of live sessions, 12 months: " if en else "实战直播转化率（近 12 个月）：") + rate,
        (f"Follow-ups: {fu.overdue} overdue, {fu.due_soon} due within {fu.window_days} days" if en
         else f"待回访：逾期 {fu.overdue} 条，{fu.window_days} 天内到期 {fu.due_soon} 条"),
    ]

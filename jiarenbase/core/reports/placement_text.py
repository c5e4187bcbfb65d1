"""就业去向 in words that fit each outcome, as the student report and the school
pack print it:

    签约企业项目：金山湾日用品有限公司 主播，2025年3月1日起（用人单位确认）
    升学：上海工商职业技术学院 电子商务专业，2025年9月1日入学（本人自述）
    已纳入基地人才库（建档留存），2025年3月1日起
    去向待确认

A missing employer, position or date is left out, never printed as "—"."""
from __future__ import annotations

from datetime import date

from ..domain.enums import PlacementOutcome
from .dto import PlacementLine

NONE_YET = "尚未登记就业去向"


def _cn(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def _outcome(p: PlacementLine) -> PlacementOutcome | None:
    for text in (p.code, p.outcome):
        try:
            return PlacementOutcome.from_text(text)
        except ValueError:
            continue
    return None


def _joined(*parts: str) -> str:
    return " ".join(x.strip() for x in parts if x and x.strip())


def placement_text(p: PlacementLine | None) -> str:
    """One line for the latest placement of a student."""
    if p is None:
        return NONE_YET
    kind = _outcome(p)
    where = _joined(p.employer, p.position)
    since = _cn(p.start_date)
    evidence = f"（{p.evidence}）" if p.evidence else ""
    if kind is PlacementOutcome.UNKNOWN:
        return "去向待确认"
    if kind is PlacementOutcome.TALENT_POOL:
        return "已纳入基地人才库（建档留存，待推荐就业）" + (f"，{since}起" if since else "")
    if kind is PlacementOutcome.FURTHER_STUDY:
        school = _joined(p.employer, f"{p.position}专业" if p.position and not p.position.endswith("专业")
                         else p.position)
        text = "升学" + (f"：{school}" if school else "")
        return text + (f"，{since}入学" if since else "") + evidence
    if kind is PlacementOutcome.FLEXIBLE_EMPLOYMENT:
        text = "灵活就业" + (f"：{where}" if where else "")
        return text + (f"，{since}起" if since else "") + evidence
    label = kind.zh if kind is not None else (p.outcome or "就业")
    return label + (f"：{where}" if where else "") + (f"，{since}起" if since else "") + evidence

"""ID numbers are masked by default everywhere (身份证号默认脱敏): every list, file,
report DTO and Excel export of a demo database, for every role, is scanned for any
full 18-character ID number. (The audit log is left out on purpose: it keeps whole
rows, and only admin and staff may read it — see test_audit.py.)"""
from __future__ import annotations

import inspect
import re

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from jiarenbase.core import exporting
from jiarenbase.core.db.models import Student
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.services import (
    certificate_builders,
    certificates,
    clients,
    cohorts,
    completion_certificates,
    enrolment,
    mentors,
    organisations,
    placements,
    report_data,
    rooms,
    sessions,
    stage_board,
    student_file,
    summary,
    talent_pool,
    trash,
    users,
)
from jiarenbase.core.services.listing import ListQuery

# Any 18-character mainland ID number, the shape alone (region, birth date, sequence, check).
ID_SHAPE = re.compile(r"(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])[0-9]{2}[0-9]{3}[0-9Xx](?![0-9])")

LISTS = (certificates.list_certificates, certificates.list_exams, clients.list_service_agreements,
         cohorts.list_cohorts, enrolment.list_students, mentors.list_mentors, organisations.list_clients,
         organisations.list_schools, placements.list_placements, rooms.list_rooms, sessions.list_sessions,
         stage_board.board_cohorts, summary.summary, talent_pool.search_talent_pool, trash.list_deleted,
         users.list_users)
EXPORTS = [getattr(exporting, n) for n in dir(exporting) if n.startswith("export_") and n != "export_list"]


def _full_numbers(db) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(Student.id_number)))


def _leaks(text: str, numbers: set[str]) -> list[str]:
    return [m for m in ID_SHAPE.findall(text) if m.upper() in numbers or m in numbers] + \
        [n for n in numbers if n in text]


@pytest.mark.slow
def test_lists_files_reports_and_exports_show_masked_numbers_only(demo, tmp_path):
    db = demo.db
    numbers = _full_numbers(db)
    assert len(numbers) >= 12 and all(len(n) == 18 for n in numbers)
    with db.read() as s:
        ids = list(s.scalars(select(Student.id).order_by(Student.id)))
    seen: list[str] = []
    for who, actor in (("admin", demo.admin), ("staff", demo.staff), ("mentor", demo.mentor)):
        for fn in LISTS:
            query = inspect.signature(fn).parameters.get("query")
            kwargs = {"query": ListQuery(limit=1000)} if query is not None and \
                isinstance(query.default, ListQuery) else {}
            try:
                result = fn(db, actor, **kwargs)
            except JiarenError:  # not this role's (the roles test covers who may call what)
                continue
            seen.append(f"{who}:{fn.__name__}")
            assert _leaks(repr(result), numbers) == [], f"{fn.__name__} as {who}"
        for sid in [r.id for r in enrolment.list_students(db, actor, ListQuery(limit=4)).rows]:
            for fn in (enrolment.get_student, student_file.student_file, talent_pool.candidate_file):
                try:
                    result = fn(db, actor, sid)
                except JiarenError:
                    continue
                seen.append(f"{who}:{fn.__name__}")
                assert _leaks(repr(result), numbers) == [], f"{fn.__name__}({sid}) as {who}"
        for export in EXPORTS:
            out = tmp_path / f"{who}-{export.__name__}.xlsx"
            try:
                export(db, actor, out, ListQuery())
            except JiarenError:
                continue
            seen.append(f"{who}:{export.__name__}")
            wb = load_workbook(out)
            text = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row
                             if c.value is not None)
            assert _leaks(text, numbers) == [], f"{export.__name__} as {who}"
        try:
            out = tmp_path / f"{who}-shortlist.xlsx"
            talent_pool.export_shortlist(db, actor, out, ids)
            wb = load_workbook(out)
            text = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row)
            assert _leaks(text, numbers) == []
            seen.append(f"{who}:export_shortlist")
        except JiarenError:
            pass
    # the printed reports' data (the PDFs are drawn from these DTOs), masked by default
    with db.transaction() as s:  # the certificate register, as printing keeps it
        completion_certificates.ensure_register(s, demo.admin, ids)
    with db.read() as s:
        reports = report_data.student_reports(s, ids, unmasked=False)
        register = completion_certificates.register_of(s, ids)
        certs = certificate_builders.certificates_of(s, register, list(register), False)
        assert certs  # completed students among them: the scan is not vacuous
        assert _leaks(repr(reports) + repr(certs), numbers) == []
        # ... and the admin's explicit unmasked print does carry them (the scan is not vacuous)
        assert _leaks(repr(report_data.student_reports(s, ids[:1], unmasked=True)), numbers)
    # every role reached the lists and exports it may use
    assert {"admin:list_students", "staff:export_students", "mentor:list_sessions",
            "mentor:student_file", "admin:export_users"} <= set(seen)
    assert len(seen) > 60

"""Partner schools (合作院校) and enterprise clients (企业客户)."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.db.models import AuditEntry, EnterpriseClient, PartnerSchool
from jiarenbase.core.errors import ConflictError, NotFound, ValidationError
from jiarenbase.core.services import audit, enrolment, organisations
from jiarenbase.core.services.listing import ListQuery

School = organisations.SchoolInput
Client = organisations.ClientInput


def test_create_school_cleans_text_and_audits(db, admin):
    dto = organisations.create_school(db, admin, School(name="  上海中侨职业技术大学 ", short_name="中侨",
                                                        in_shanghai=True))
    assert dto.name == "上海中侨职业技术大学" and dto.version == 1 and dto.student_count == 0
    [entry] = audit.list_audit(db, admin, entity="partner_school", entity_id=dto.id)
    assert entry.action == "create" and entry.username == "system"
    assert entry.after["name"] == "上海中侨职业技术大学" and entry.before == {}


def test_school_name_is_required_and_unique(db, admin, count_rows):
    with pytest.raises(ValidationError) as info:
        organisations.create_school(db, admin, School(name="   "))
    assert info.value.fields == ["院校名称"] and "不能为空" in info.value.zh
    organisations.create_school(db, admin, School(name="金山食品工业学校"))
    audits = count_rows(AuditEntry)
    with pytest.raises(ValidationError) as info:
        organisations.create_school(db, admin, School(name="金山食品工业学校"))
    assert info.value.fields == ["院校名称"] and "已存在" in info.value.zh
    assert count_rows(PartnerSchool) == 1 and count_rows(AuditEntry) == audits


def test_too_long_text_is_refused(db, admin):
    with pytest.raises(ValidationError) as info:
        organisations.create_school(db, admin, School(name="校" * 101, short_name="简" * 41))
    assert set(info.value.fields) == {"院校名称", "简称"}
    assert "最多 100 个字" in info.value.zh


def test_update_school_with_optimistic_locking(db, admin):
    dto = organisations.create_school(db, admin, School(name="甲校"))
    one = organisations.update_school(db, admin, dto.id, dto.version, School(name="甲校", address="金山卫"))
    assert one.version == dto.version + 1 and one.address == "金山卫"
    with pytest.raises(ConflictError) as info:
        organisations.update_school(db, admin, dto.id, dto.version, School(name="甲校", address="别处"))
    assert info.value.zh == "此记录已被他人修改，请重新载入后再保存。"
    assert info.value.entity == "partner_school" and info.value.entity_id == dto.id
    [school] = organisations.list_schools(db, admin).rows
    assert school.address == "金山卫" and school.version == 2
    # keeping one's own name is not a duplicate
    organisations.update_school(db, admin, dto.id, one.version, School(name="甲校", note="备注"))


def test_rename_to_an_existing_school_is_refused(db, admin):
    organisations.create_school(db, admin, School(name="甲校"))
    b = organisations.create_school(db, admin, School(name="乙校"))
    with pytest.raises(ValidationError):
        organisations.update_school(db, admin, b.id, b.version, School(name="甲校"))


def test_delete_school_refused_while_it_has_students(world):
    with pytest.raises(ValidationError) as info:
        organisations.delete_school(world.db, world.admin, world.school.id)
    assert "4 名学员" in info.value.zh
    for st in world.students:
        enrolment.delete_student(world.db, world.admin, st.id)
    organisations.delete_school(world.db, world.admin, world.school.id)
    assert organisations.list_schools(world.db, world.admin).total == 0
    assert organisations.list_schools(world.db, world.admin, ListQuery(include_deleted=True)).total == 1
    with pytest.raises(NotFound):
        organisations.delete_school(world.db, world.admin, world.school.id)


def test_list_schools_counts_live_students_and_searches(world):
    db, admin = world.db, world.admin
    organisations.create_school(db, admin, School(name="上海现代化工职业学院", short_name="现代化工"))
    page = organisations.list_schools(db, admin)
    assert [(s.name, s.student_count) for s in page.rows] == [("上海现代化工职业学院", 0), ("金山食品工业学校", 4)]
    enrolment.delete_student(db, admin, world.students[0].id)
    by_count = organisations.list_schools(db, admin, ListQuery(sort="students", descending=True))
    assert by_count.rows[0].student_count == 3
    assert [s.name for s in organisations.list_schools(db, admin, ListQuery(search="化工")).rows] == \
        ["上海现代化工职业学院"]


def test_clients_crud(db, admin, count_rows):
    dto = organisations.create_client(db, admin, Client(name="金山农产品公司", industry="农产品",
                                                        since=date(2024, 4, 1)))
    assert dto.since == date(2024, 4, 1)
    with pytest.raises(ValidationError) as info:
        organisations.create_client(db, admin, Client(name="金山农产品公司"))
    assert info.value.fields == ["企业名称"]
    new = organisations.update_client(db, admin, dto.id, dto.version, Client(name="金山农产品有限公司"))
    assert new.name == "金山农产品有限公司" and new.version == 2
    with pytest.raises(ConflictError):
        organisations.update_client(db, admin, dto.id, dto.version, Client(name="x"))
    organisations.create_client(db, admin, Client(name="枫泾古镇文旅", industry="文旅"))
    assert [c.name for c in organisations.list_clients(db, admin, ListQuery(search="文旅")).rows] == ["枫泾古镇文旅"]
    organisations.delete_client(db, admin, dto.id, new.version)
    assert organisations.list_clients(db, admin).total == 1
    assert count_rows(EnterpriseClient) == 2
    actions = [e.action for e in audit.list_audit(db, admin, entity="enterprise_client", entity_id=dto.id)]
    assert actions == ["delete", "update", "create"]

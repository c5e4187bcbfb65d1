"""Sales scripts (话术) with versions, and short videos (短视频)."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.db.models import SalesScript, ScriptVersion, ShortVideo
from jiarenbase.core.domain.enums import Platform
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services import scripts, videos


def test_script_versions_are_numbered(world):
    sid = world.mine[0]
    dto = scripts.create_script(world.db, world.mentor, sid, "金山蟠桃开场", "金山蟠桃",
                                "  家人们好，今天给大家带来…  ")
    assert dto.student_id == sid and dto.product == "金山蟠桃"
    assert [(v.version_no, v.body) for v in dto.versions] == [(1, "家人们好，今天给大家带来…")]
    v2 = scripts.add_script_version(world.db, world.mentor, dto.id, "家人们！金山蟠桃现摘现发…",
                                    mentor_comment="开头更有力")
    v3 = scripts.add_script_version(world.db, world.staff, dto.id, "第三版")
    assert (v2.version_no, v2.mentor_comment, v3.version_no) == (2, "开头更有力", 3)
    [listed] = scripts.scripts_of(world.db, world.mentor, sid)
    assert [v.version_no for v in listed.versions] == [1, 2, 3]
    with world.db.read() as s:
        assert s.get(SalesScript, dto.id).version == 3  # bumped by each new version
        assert s.get(ScriptVersion, v2.id).author_user_id == world.mentor_user.id


def test_script_validation_writes_nothing(world, count_rows):
    with pytest.raises(ValidationError) as info:
        scripts.create_script(world.db, world.mentor, world.mine[0], "", "", "   ")
    assert set(info.value.fields) == {"话术标题", "话术正文"}
    dto = scripts.create_script(world.db, world.mentor, world.mine[0], "标题", "", "正文")
    with pytest.raises(ValidationError) as info:
        scripts.add_script_version(world.db, world.mentor, dto.id, "")
    assert info.value.fields == ["话术正文"]
    assert count_rows(SalesScript) == 1 and count_rows(ScriptVersion) == 1


def test_mentor_cannot_touch_another_mentors_script(world, count_rows):
    theirs = scripts.create_script(world.db, world.other_mentor, world.theirs[0], "标题", "", "正文")
    with pytest.raises(PermissionDenied):
        scripts.add_script_version(world.db, world.mentor, theirs.id, "改一改")
    with pytest.raises(PermissionDenied):
        scripts.create_script(world.db, world.mentor, world.theirs[0], "标题", "", "正文")
    assert count_rows(ScriptVersion) == 1


def test_videos_and_iterations(world):
    sid = world.mine[0]
    first = videos.add_video(world.db, world.mentor, videos.VideoInput(
        student_id=sid, title="蟠桃开箱", platform=Platform.DOUYIN, published_on=date(2025, 5, 1),
        views=1200, likes=80, comments=12))
    second = videos.add_video(world.db, world.mentor, videos.VideoInput(
        student_id=sid, title="蟠桃开箱（二改）", views=3000, likes=300, iteration_of_id=first.id))
    assert second.iteration_of_id == first.id and second.platform is Platform.DOUYIN
    assert [v.title for v in videos.videos_of(world.db, world.mentor, sid)] == ["蟠桃开箱", "蟠桃开箱（二改）"]


def test_video_validation(world, count_rows):
    sid = world.mine[0]
    with pytest.raises(ValidationError) as info:
        videos.add_video(world.db, world.mentor, videos.VideoInput(student_id=sid, title="", views=-1, comments=-2))
    assert set(info.value.fields) == {"视频标题", "播放量", "评论数"}
    with pytest.raises(ValidationError) as info:
        videos.add_video(world.db, world.mentor, videos.VideoInput(student_id=sid, title="x", views=10, likes=11))
    assert info.value.fields == ["点赞数"]
    theirs = videos.add_video(world.db, world.admin, videos.VideoInput(student_id=world.theirs[0], title="别人的"))
    with pytest.raises(ValidationError) as info:
        videos.add_video(world.db, world.mentor, videos.VideoInput(student_id=sid, title="x",
                                                                     iteration_of_id=theirs.id))
    assert info.value.fields == ["迭代自"]
    assert count_rows(ShortVideo) == 1


# --- issue 4: editing, comments, compliance, comparison -----------------------------

from jiarenbase.core.db.models import AuditEntry  # noqa: E402
from jiarenbase.core.domain.compliance import DEFAULT_TERMS, BannedTerm  # noqa: E402
from jiarenbase.core.domain.script_diff import RowKind  # noqa: E402
from jiarenbase.core.errors import ConflictError, NotFound  # noqa: E402


def _script(world, body="家人们好，这是全网最低价！", student=None, actor=None):
    return scripts.create_script(world.db, actor or world.mentor, student or world.mine[0], "蟠桃话术", "金山蟠桃",
                                 body)


def test_save_script_renames_with_locking(world):
    dto = _script(world)
    new = scripts.save_script(world.db, world.mentor, dto.id, dto.version, " 蟠桃开场话术 ", "金山蟠桃礼盒", None)
    assert (new.title, new.product) == ("蟠桃开场话术", "金山蟠桃礼盒") and new.version == dto.version + 1
    assert len(new.versions) == 1  # no text given: no new version
    with pytest.raises(ConflictError):
        scripts.save_script(world.db, world.mentor, dto.id, dto.version, "旧的", "", None)
    with pytest.raises(ValidationError) as info:
        scripts.save_script(world.db, world.mentor, dto.id, new.version, "", "", None)
    assert info.value.fields == ["话术标题"]
    same = scripts.save_script(world.db, world.mentor, dto.id, new.version, "蟠桃开场话术", "金山蟠桃礼盒", None)
    assert same.version == new.version  # nothing changed, nothing written
    assert scripts.get_script(world.db, world.mentor, dto.id).title == "蟠桃开场话术"


def test_versions_carry_their_author_and_identical_versions_are_refused(world):
    dto = _script(world)
    assert dto.versions[0].author_name == "王导师" and dto.latest.version_no == 1
    with pytest.raises(ValidationError) as info:
        scripts.add_script_version(world.db, world.staff, dto.id, "  家人们好，这是全网最低价！ ")
    assert "与第 1 版完全相同" in info.value.zh
    v2 = scripts.add_script_version(world.db, world.staff, dto.id, "家人们好！")
    assert v2.author_name == "教务老师"


def test_comment_on_a_version_replaces_it_and_the_audit_keeps_the_old_text(world, count_rows):
    dto = _script(world)
    vid = dto.versions[0].id
    first = scripts.comment_on_version(world.db, world.mentor, vid, " 开头再有力一些 ", seen_comment="")
    assert first.mentor_comment == "开头再有力一些"
    second = scripts.comment_on_version(world.db, world.staff, vid, "删掉“最低价”", seen_comment="开头再有力一些")
    assert second.mentor_comment == "删掉“最低价”"
    with pytest.raises(ConflictError):  # someone commented since this user read it
        scripts.comment_on_version(world.db, world.mentor, vid, "我的点评", seen_comment="开头再有力一些")
    with world.db.read() as s:
        befores = [e.before for e in s.query(AuditEntry).filter_by(entity="script_version", entity_id=vid,
                                                                      action="update")]
    assert "开头再有力一些" in befores[-1]
    with pytest.raises(ValidationError) as info:
        scripts.comment_on_version(world.db, world.mentor, vid, "长" * 2001)
    assert info.value.fields == ["导师点评"]
    with pytest.raises(NotFound):
        scripts.comment_on_version(world.db, world.mentor, 99999, "x")


def test_mentor_scope_for_comments_checks_and_diffs(world):
    theirs = _script(world, student=world.theirs[0], actor=world.other_mentor)
    vid = theirs.versions[0].id
    for call in (lambda: scripts.comment_on_version(world.db, world.mentor, vid, "x"),
                 lambda: scripts.check_script_version(world.db, world.mentor, vid),
                 lambda: scripts.diff_versions(world.db, world.mentor, vid, vid),
                 lambda: scripts.get_script(world.db, world.mentor, theirs.id),
                 lambda: scripts.save_script(world.db, world.mentor, theirs.id, None, "x", "", None)):
        with pytest.raises(PermissionDenied):
            call()
    assert scripts.check_script_version(world.db, world.other_mentor, vid)


def test_check_script_version_uses_the_stored_list(world):
    dto = _script(world, body="第一次来的家人，这是全网最低价！\n绝对新鲜")
    vid = dto.versions[0].id
    found = scripts.check_script_version(world.db, world.mentor, vid)
    assert [(f.term, f.line, f.column) for f in found] == [("全网最低价", 1, 11), ("绝对", 2, 1)]
    scripts.set_compliance_terms(world.db, world.staff, [BannedTerm("新鲜", "自定义", "试一试")])
    found = scripts.check_script_version(world.db, world.mentor, vid)
    assert [(f.term, f.category) for f in found] == [("新鲜", "自定义")]


def test_compliance_terms_default_then_staff_set_them(world):
    assert scripts.compliance_terms(world.db, world.mentor) == DEFAULT_TERMS
    stored = scripts.set_compliance_terms(world.db, world.staff, [
        BannedTerm(" 最 ", "极限词", "广告法第九条", ("最近", " ")), BannedTerm("１００％", "绝对化承诺")])
    assert stored == (BannedTerm("最", "极限词", "广告法第九条", ("最近",)), BannedTerm("100%", "绝对化承诺"))
    assert scripts.compliance_terms(world.db, world.mentor) == stored
    with pytest.raises(PermissionDenied):
        scripts.set_compliance_terms(world.db, world.mentor, DEFAULT_TERMS)
    scripts.set_compliance_terms(world.db, world.admin, DEFAULT_TERMS)
    assert scripts.compliance_terms(world.db, world.staff) == DEFAULT_TERMS


def test_compliance_term_validation_names_rows_and_stores_nothing(world):
    before = scripts.compliance_terms(world.db, world.staff)
    with pytest.raises(ValidationError) as info:
        scripts.set_compliance_terms(world.db, world.staff, [])
    assert info.value.fields == ["违禁词"] and "不能为空" in info.value.zh
    with pytest.raises(ValidationError) as info:
        scripts.set_compliance_terms(world.db, world.staff, [
            BannedTerm("最", "极限词"), BannedTerm("", "极限词"), BannedTerm("１００％", ""),
            BannedTerm("100%", "极限词"), BannedTerm("长" * 21, "极限词"), BannedTerm("第一", "极限词", "", ("最近",)),
            BannedTerm("好", "类" * 11, "因" * 201)])
    zh = info.value.zh
    for part in ("第 2 行的词为空", "第 3 行未填写类别", "第 4 行“100%”与第 3 行重复", "第 5 行", "太长",
                 "第 6 行的例外“最近”不包含“第一”", "第 7 行的类别太长", "第 7 行的原因太长"):
        assert part in zh, part
    assert set(info.value.fields) == {"违禁词", "类别", "原因", "例外"}
    assert scripts.compliance_terms(world.db, world.staff) == before


def test_a_broken_stored_list_falls_back_to_the_defaults(world):
    from jiarenbase.core.services.shared_settings import write_setting

    with world.db.transaction() as s:
        write_setting(s, world.admin, scripts.TERMS_KEY, {"not": "a list"})
    assert scripts.compliance_terms(world.db, world.staff) == DEFAULT_TERMS
    with world.db.transaction() as s:
        write_setting(s, world.admin, scripts.TERMS_KEY, [{"term": "秒杀", "category": "诱导词"}, 3, {"x": 1}])
    assert scripts.compliance_terms(world.db, world.staff) == (BannedTerm("秒杀", "诱导词"),)


def test_diff_versions_side_by_side(world):
    dto = _script(world, body="家人们好。今天带来金山蟠桃。")
    v2 = scripts.add_script_version(world.db, world.mentor, dto.id, "家人们好。今天带来金山蟠桃。下单立减十元！")
    result = scripts.diff_versions(world.db, world.mentor, dto.versions[0].id, v2.id)
    assert (result.left.version_no, result.right.version_no) == (1, 2)
    assert [r.kind for r in result.diff.rows] == [RowKind.EQUAL, RowKind.EQUAL, RowKind.ADDED]
    other = _script(world, body="另一个学员", student=world.mine[1])
    with pytest.raises(ValidationError) as info:
        scripts.diff_versions(world.db, world.staff, dto.versions[0].id, other.versions[0].id)
    assert info.value.fields == ["版本"]


# --- save_script: title/product and the next version in one transaction -----------------

def _stored(world, script_id):
    with world.db.read() as s:
        row = s.get(SalesScript, script_id)
        return row.title, row.product, row.version, [v.body for v in row.versions]


def test_save_script_writes_the_title_and_the_new_version_together(world):
    dto = _script(world)
    saved = scripts.save_script(world.db, world.mentor, dto.id, dto.version, " 蟠桃开场 ", "礼盒", " 家人们好！ ")
    assert (saved.title, saved.product) == ("蟠桃开场", "礼盒")
    assert [(v.version_no, v.body) for v in saved.versions] == [(1, dto.latest.body), (2, "家人们好！")]
    assert saved.latest.author_name == "王导师" and saved.version == dto.version + 1  # one update of the script
    assert _stored(world, dto.id)[:2] == ("蟠桃开场", "礼盒")
    with world.db.read() as s:
        updates = [(e.before, e.after) for e in s.query(AuditEntry).filter_by(
            entity="sales_script", entity_id=dto.id, action="update")]
    assert len(updates) == 1 and "蟠桃话术" in updates[0][0] and "蟠桃开场" in updates[0][1]


def test_save_script_without_a_new_text_changes_only_the_title(world):
    dto = _script(world)
    renamed = scripts.save_script(world.db, world.staff, dto.id, dto.version, "新标题", "金山蟠桃", None)
    assert renamed.title == "新标题" and len(renamed.versions) == 1 and renamed.version == dto.version + 1
    same = scripts.save_script(world.db, world.staff, dto.id, renamed.version, "新标题", "金山蟠桃", None)
    assert same.version == renamed.version  # nothing changed, nothing written
    only_text = scripts.save_script(world.db, world.staff, dto.id, same.version, "新标题", "金山蟠桃", "第二版")
    assert only_text.title == "新标题" and [v.version_no for v in only_text.versions] == [1, 2]


@pytest.mark.parametrize("body, part", [("", "不能为空"), ("长" * (scripts.MAX_BODY + 1), "太长"),
                                        ("  家人们好，这是全网最低价！ ", "与第 1 版完全相同")])
def test_a_refused_text_leaves_the_title_unchanged_and_a_retry_works(world, count_rows, body, part):
    dto = _script(world)
    before = _stored(world, dto.id)
    with pytest.raises(ValidationError) as info:
        scripts.save_script(world.db, world.mentor, dto.id, dto.version, "新标题", "新商品", body)
    assert info.value.fields == ["话术正文"] and part in info.value.zh
    assert _stored(world, dto.id) == before and count_rows(ScriptVersion) == 1
    fixed = scripts.save_script(world.db, world.mentor, dto.id, dto.version, "新标题", "新商品", "改好的正文")
    assert (fixed.title, fixed.latest.version_no) == ("新标题", 2)


def test_save_script_refuses_a_stale_version_and_writes_nothing(world):
    dto = _script(world)
    scripts.add_script_version(world.db, world.staff, dto.id, "教务刚存的第二版")
    before = _stored(world, dto.id)
    with pytest.raises(ConflictError):
        scripts.save_script(world.db, world.mentor, dto.id, dto.version, "新标题", "", "我的第二版")
    assert _stored(world, dto.id) == before
    with pytest.raises(ValidationError) as info:  # the title is checked first: nothing is written
        scripts.save_script(world.db, world.mentor, dto.id, before[2], " ", "", "我的第二版")
    assert info.value.fields == ["话术标题"] and _stored(world, dto.id) == before


def test_save_script_mentor_scope(world, count_rows):
    theirs = _script(world, student=world.theirs[0], actor=world.other_mentor)
    before = _stored(world, theirs.id)
    with pytest.raises(PermissionDenied):
        scripts.save_script(world.db, world.mentor, theirs.id, theirs.version, "改名", "", "改正文")
    with pytest.raises(PermissionDenied):
        scripts.save_script(world.db, world.mentor, theirs.id, theirs.version, "改名", "", None)
    assert _stored(world, theirs.id) == before and count_rows(ScriptVersion) == 1
    mine = scripts.save_script(world.db, world.other_mentor, theirs.id, theirs.version, "改名", "", "改正文")
    assert mine.title == "改名" and len(mine.versions) == 2
    with pytest.raises(NotFound):
        scripts.save_script(world.db, world.mentor, 99999, None, "x", "", None)

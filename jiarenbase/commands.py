"""The command-line sub-commands (see cli.py for the argument contract).

Who acts: the local administrator ("system"), or with `--as USERNAME` that account
after its password is checked the way the desktop's sign-in checks it (lockout
included). Either way the actor's origin is "cli <OS user>@<machine>", which every
audit entry the command writes keeps.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

from .cli import EXIT_OK, EXIT_PARTIAL, ask_password, print_json, read_password
from .core import config
from .core.bootstrap import OpenedDatabase, open_database
from .core.domain.enums import Role
from .core.domain.text import normalise_text
from .core.errors import AuthenticationError, JiarenError, PermissionDenied, ValidationError
from .core.origin import origin
from .core.reports.fonts import use_font_file
from .core.services import backup as backup_svc, cohorts, roster_import, summary as summary_svc, users
from .core.services.context import Actor
from .core.services.listing import ListQuery


def _say(lang: str, zh: str, en: str) -> None:
    print(en if lang == "en" else zh)


# Commands that may create the database; the others only read one that exists (a typo in --db must fail).
CREATING = {"demo", "import-roster", "user", "restore"}
POSTGRES_ONLY = {"grant-app-role"}  # refused on SQLite before anything is opened


def local_admin() -> Actor:
    """The command line without --as: the local administrator, at this computer."""
    return replace(Actor.system(), origin=origin("cli"))


def dispatch(args: argparse.Namespace) -> int:
    handler = COMMANDS[args.command]
    if args.command in POSTGRES_ONLY:
        _refuse_sqlite(args)
    args.actor = local_admin()  # acting() makes it the --as account where a command accepts one
    opened = open_database(args.db, args.data_dir, create=args.command in CREATING)
    if opened.created:
        _say(args.lang, f"已新建数据库：{opened.db.describe()}", f"Created a new database: {opened.db.describe()}")
    use_font_file(config.load(opened.data_dir).report_font)
    try:
        return handler(opened, args)
    finally:
        opened.db.dispose()


def acting(o: OpenedDatabase, args) -> Actor:
    """The actor of a command: the local administrator, or the --as account once its password
    is right (users.authenticate: the desktop's sign-in, with its lockout and its login entry)."""
    name = getattr(args, "as_user", None)
    if not name:
        return args.actor
    where = args.actor.origin
    password = ask_password(getattr(args, "password_stdin", False), name, args.lang)
    try:
        user = users.authenticate(o.db, name, password, origin=where)
    except AuthenticationError as exc:
        raise AuthenticationError(f"--as {name}：{exc.zh}请检查 --as 后的用户名和输入的密码。",
                                  f"--as {name}: {exc.en} Check the user name after --as and the password.") from None
    args.actor = user.actor(origin=where)
    return args.actor


def cmd_demo(o: OpenedDatabase, args) -> int:
    from .core.demo import build_demo

    result = build_demo(o.db, students=args.students, seed=args.seed, actor=args.actor)
    if result.created:
        _say(args.lang, f"已写入演示数据：{result.students} 名学员，{result.sessions} 条实训记录。",
             f"Demo data written: {result.students} students, {result.sessions} sessions.")
    else:
        _say(args.lang, "演示数据已存在，未重复写入。", "Demo data exists already; nothing added.")
    _say(args.lang, f"数据库：{o.db.describe()}", f"Database: {o.db.describe()}")
    _say(args.lang, "演示账号（用户名 / 密码 / 角色）：", "Demo logins (user / password / role):")
    for user, password, role in result.logins:
        print(f"  {user} / {password} / {role}")
    return EXIT_OK


def cmd_import(o: OpenedDatabase, args) -> int:
    from .core.importing import write_error_workbook

    lang, db = args.lang, o.db
    actor = acting(o, args)
    preview = roster_import.preview_roster(db, actor, Path(args.file))
    for row in preview.rows:
        for problem in row.problems:
            print(problem.text(lang))
    rejected = len(preview.rejected)
    if args.errors and rejected:  # before importing: a file that cannot be saved (exit 2) leaves nothing written
        n = write_error_workbook(preview, Path(args.errors))
        _say(lang, f"错误清单已保存：{args.errors}（{n} 行）", f"Error workbook written: {args.errors} ({n} rows)")
    if not args.dry_run:
        outcome = roster_import.import_roster(db, actor, preview, args.school, args.cohort)
        if outcome.school_created:
            _say(lang, f"已新建合作院校“{args.school}”。", f"Created partner school '{args.school}'.")
        if outcome.cohort_created:
            _say(lang, f"已新建批次“{args.cohort}”。", f"Created cohort '{args.cohort}'.")
        added, skipped = outcome.added, outcome.skipped_existing
    else:
        added, skipped = 0, len(preview.already_enrolled)
    if args.dry_run:
        _say(lang,
             f"检查完成（未写入）：可导入 {len(preview.accepted)} 人，已在册 {skipped} 人，有问题 {rejected} 行。",
             f"Checked (nothing written): {len(preview.accepted)} importable, {skipped} already enrolled, "
             f"{rejected} rejected.")
    else:
        _say(lang, f"导入完成：新增 {added} 人，已在册跳过 {skipped} 人，有问题未导入 {rejected} 行。",
             f"Imported: {added} added, {skipped} already enrolled, {rejected} rejected.")
    return EXIT_PARTIAL if rejected else EXIT_OK


def _cohort_id(o: OpenedDatabase, args, code: str) -> int:
    c = cohorts.get_cohort_by_code(o.db, args.actor, normalise_text(code))
    if c is None:
        raise JiarenError(f"找不到批次“{code}”。", f"No cohort '{code}'.")
    return c.id


def cmd_import_photos(o: OpenedDatabase, args) -> int:
    """Photos named by student number; exit 1 only when none could be imported."""
    from .core.services.student_photos import import_photo_folder

    result = import_photo_folder(o.db, acting(o, args), Path(args.folder))
    for line in result.summary_lines(args.lang):
        print(line)
    return EXIT_OK if result.imported else EXIT_PARTIAL


def _scope(o: OpenedDatabase, args) -> ListQuery:
    """--cohort and --school as filters; a school's name is matched after the roster importer's
    clean-up (full-width and half-width brackets alike); report --cohorts ticks cohorts in."""
    from .core.services.reports import find_school

    filters: dict = {}
    if args.cohort:
        filters["cohort_id"] = _cohort_id(o, args, args.cohort)
    if getattr(args, "cohorts", None):
        codes = [c for c in re.split(r"[,，、\s]+", args.cohorts) if c]
        filters["cohort_ids"] = tuple(dict.fromkeys(_cohort_id(o, args, c) for c in codes))
    if args.school:
        found = find_school(o.db, args.actor, args.school)
        if found is None:
            raise JiarenError(f"找不到合作院校“{args.school}”。", f"No partner school '{args.school}'.")
        filters["school_id"] = found.id
    return ListQuery(filters=filters)


def cmd_export(o: OpenedDatabase, args) -> int:
    from .core import exporting

    fn = {"students": exporting.export_students, "sessions": exporting.export_sessions,
          "placements": exporting.export_placements}[args.what]
    query = _scope(o, args)
    if args.what == "sessions" and "school_id" in query.filters:
        raise JiarenError("实训记录只能按批次导出（--cohort）。", "Sessions export by --cohort only.")
    n = fn(o.db, args.actor, Path(args.out), query)
    _say(args.lang, f"已导出 {n} 行到 {args.out}", f"Exported {n} rows to {args.out}")
    return EXIT_OK


def cmd_summary(o: OpenedDatabase, args) -> int:
    data = summary_svc.summary(o.db, args.actor)
    if args.json:
        print_json(data.to_json())
        return EXIT_OK
    from .core.summary_text import summary_lines

    for line in summary_lines(data, args.lang):
        print(line)
    return EXIT_OK


def _student_id(o: OpenedDatabase, actor: Actor, text: str) -> int:
    from .core.services.reports import find_students

    found = find_students(o.db, actor, text)
    if len(found) != 1:
        raise JiarenError(f"找不到学员“{text}”（请用学号、身份证号或系统编号）。" if not found else
                          f"“{text}”对应多名学员，请改用身份证号或系统编号。",
                          f"No student '{text}'." if not found else f"'{text}' matches several students.")
    return found[0]


def _date(text: str | None, label: str):
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise JiarenError(f"{label}“{text}”不是日期，请写成 2025-09-01 这样。",
                          f"{label} '{text}' is not a date.") from None


def cmd_report(o: OpenedDatabase, args) -> int:
    from datetime import date

    from .core.services import reports

    if args.unmasked is not None and not args.as_user:
        raise ValidationError.of("--as", "打印完整身份证号须由管理员本人操作：请加上 --as 管理员用户名，"
                                 "再输入该账号的密码（或用 --password-stdin 从标准输入读取）。",
                                 "full ID numbers are printed by a named administrator: add --as ADMIN_USERNAME "
                                 "and give that account's password (or --password-stdin).", "--as")
    query = _scope(o, args)
    mentor_id = None
    if args.mentor:
        scopes = reports.report_scopes(o.db, args.actor)
        match = [m.id for m in scopes.mentors if m.label == args.mentor]
        if not match:
            raise JiarenError(f"找不到导师“{args.mentor}”。", f"No mentor '{args.mentor}'.")
        mentor_id = match[0]
    request = reports.ReportRequest(
        reports.ReportKind(args.kind), school_id=query.filters.get("school_id"),
        cohort_id=query.filters.get("cohort_id"), cohort_ids=query.filters.get("cohort_ids"),
        year=args.year or (date.today().year if args.kind == "annual" else None),
        student_id=_student_id(o, args.actor, args.student) if args.student else None, mentor_id=mentor_id,
        date_from=_date(args.date_from, "--from"), date_to=_date(args.date_to, "--to"),
        unmasked=args.unmasked is not None, reason=args.unmasked or "", one_file_per_student=args.per_student,
        masked=args.masked)
    reports.check_request(request, args.actor)  # a missing choice or a short reason is said before any password
    actor = acting(o, args)
    if request.unmasked and not actor.is_admin:
        raise PermissionDenied(f"--as {actor.username}：该账号不是管理员，不能打印完整身份证号。"
                               "请改用管理员账号（--as 管理员用户名），或去掉 --unmasked 打印遮盖后的身份证号。",
                               f"--as {actor.username}: not an administrator, so full ID numbers cannot be printed. "
                               "Use an administrator's account, or leave out --unmasked.")
    result = reports.build_report(o.db, actor, request, Path(args.out))
    files = len(result.paths)
    _say(args.lang, f"已生成“{result.title}”：{result.pages} 页" + (f"，{files} 个文件" if files > 1 else "")
         + f" → {args.out}",
         f"Written '{result.title}': {result.pages} pages" + (f", {files} files" if files > 1 else "")
         + f" → {args.out}")
    return EXIT_OK


def cmd_backup(o: OpenedDatabase, args) -> int:
    actor = acting(o, args)
    if args.out:
        path = backup_svc.backup_to(o.db, actor, Path(args.out))
    else:
        settings = config.load(o.data_dir)
        path = backup_svc.backup_now(o.db, actor, settings.backup_path(o.data_dir), keep=settings.keep_backups)
    _say(args.lang, f"已备份到 {path}", f"Backed up to {path}")
    return EXIT_OK


def cmd_restore(o: OpenedDatabase, args) -> int:
    from .core.db.restore import table_counts

    lang = args.lang
    actor = acting(o, args)

    def confirm(contents) -> bool:
        """Show what the verified backup holds beside the current data, then ask (at a terminal)."""
        live = table_counts(o.db.engine)
        _say(lang, f"备份文件 {contents.source} 检查通过：完整，是 JiarenBase 数据库，结构版本 {contents.revision}。",
             f"Backup {contents.source} checked: complete, a JiarenBase database, schema revision {contents.revision}.")
        _say(lang, "各表行数（备份 / 当前）：", "Rows per table (backup / current):")
        for table, n in contents.counts.items():
            print(f"  {table:<28} {n:>9} / {live.get(table, 0)}")
        if args.yes or sys.stdin is None or not sys.stdin.isatty():
            return True  # --yes, or a script / scheduled task: no one to ask
        prompt = ("确认用此备份替换当前数据库？当前数据会先另存为安全副本。输入 y 确认：" if lang != "en"
                  else "Replace the current database with this backup? The current data is saved first. Type y: ")
        try:
            answer = input(prompt)
        except EOFError:
            answer = ""
        return answer.strip().lower() in ("y", "yes", "是")

    copy = backup_svc.restore_from(o.db, actor, Path(args.file), config.load(o.data_dir).backup_path(o.data_dir),
                                   confirm=confirm)
    if copy is None:
        _say(lang, "已取消，数据库未作任何改动。", "Cancelled; the database was not changed.")
        return EXIT_PARTIAL
    _say(lang, f"已从 {args.file} 恢复（恢复前的数据已另存为安全副本 {copy}）。",
         f"Restored from {args.file} (the previous data was saved as the safety copy {copy}).")
    return EXIT_OK


def cmd_check(o: OpenedDatabase, args) -> int:
    from .core.services.auto_backup import backup_age

    findings = [*backup_svc.check(o.db, args.actor), backup_age(o.db, o.data_dir, args.max_backup_age)]
    for f in findings:
        print(("✔ " if f.ok else "✘ ") + (f.en if args.lang == "en" else f.zh))
    return EXIT_OK if all(f.ok for f in findings) else EXIT_PARTIAL


def cmd_user(o: OpenedDatabase, args) -> int:
    from .core.services.mentors import list_mentors

    role = Role(args.role)
    actor = acting(o, args)  # with --password-stdin: its password is stdin's first line, the new one the second
    mentor_id = None
    if args.mentor:
        found = [m for m in list_mentors(o.db, args.actor, ListQuery(search=args.mentor)).rows if m.name == args.mentor]
        if not found:
            raise JiarenError(f"找不到导师“{args.mentor}”，请先在导师页面登记。", f"No mentor '{args.mentor}'.")
        mentor_id = found[0].id
    password = read_password(args.password_stdin, args.lang)
    user = users.add_user(o.db, actor, args.name, password, role, args.display_name, mentor_id)
    _say(args.lang, f"已新建用户“{user.username}”（{role.zh}）。", f"Created user '{user.username}' ({role.value}).")
    return EXIT_OK


def cmd_verify(o: OpenedDatabase, args) -> int:
    """Check a 结业证书: exit 0 when valid, 1 when revoked, unknown or its code does not match."""
    from .console import decode_text_args
    from .core.services import completion_certificates as register

    args.text = " ".join(args.text)
    decode_text_args(args, ("text",))
    v = register.verify(o.db, args.text)
    lang = args.lang
    _say(lang, f"状态：{v.status.zh}", f"Status: {v.status.name.lower()}")
    _say(lang, f"证书编号：{v.number}", f"Certificate number: {v.number}")
    if v.status is register.VerifyStatus.UNKNOWN:
        _say(lang, "登记簿中没有这个证书编号，请核对编号（或联系出具单位）。",
             "No certificate with this number is registered; check the number (or ask the issuing base).")
    elif v.status is register.VerifyStatus.MISMATCH:
        _say(lang, "核验码与登记不符：证书内容可能被改动，或核验码抄错，请核对。",
             "The code does not match the register: the certificate may have been altered, or the code mistyped.")
    else:
        cohort = f"{v.cohort_name}（{v.cohort_code}）" if v.cohort_code else (v.cohort_name or "—")
        _say(lang, f"持证人：{v.holder}", f"Holder: {v.holder}")
        _say(lang, f"身份证号：{v.id_number or '—'}", f"ID number: {v.id_number or '—'}")
        _say(lang, f"批次：{cohort}", f"Cohort: {cohort}")
        _say(lang, f"结业日期：{v.issued_on:%Y-%m-%d}", f"Completed on: {v.issued_on:%Y-%m-%d}")
        if v.revoked_on is not None:
            _say(lang, f"撤销日期：{v.revoked_on:%Y-%m-%d}", f"Revoked on: {v.revoked_on:%Y-%m-%d}")
            _say(lang, f"撤销原因：{v.revoke_reason}", f"Reason: {v.revoke_reason}")
    return EXIT_OK if v.valid else EXIT_PARTIAL


def _refuse_sqlite(args) -> None:
    from .core.db.engine import sqlite_path
    from .core.paths import data_dir, database_url

    if sqlite_path(database_url(args.db, data_dir(args.data_dir, create=False))) is not None:
        raise JiarenError("grant-app-role 只用于 PostgreSQL：SQLite 数据库是一个文件，没有数据库角色可授权，"
                          "它的保护就是存放它的 Windows 账户的保护。要给 PostgreSQL 授权，"
                          "请用表的所有者账号的地址运行：jiarenbase --db postgresql://所有者@服务器/库名 "
                          "grant-app-role 程序角色名。",
                          "grant-app-role is for PostgreSQL only: a SQLite database is a file with no roles to grant; "
                          "the Windows account that holds the file protects it. Run it with the schema owner's "
                          "--db postgresql://owner@server/db URL.")


def cmd_grant_app_role(o: OpenedDatabase, args) -> int:
    """The schema owner gives the application's role what it needs (audit_entry: INSERT and SELECT only)."""
    from .core.db.pg_roles import grant_app_role

    statements = grant_app_role(o.db.engine, args.role)
    _say(args.lang, f"已给角色“{args.role}”授权（共 {len(statements)} 条语句）：",
         f"Granted to role '{args.role}' ({len(statements)} statements):")
    for statement in statements:
        print("  " + statement)
    return EXIT_OK


COMMANDS = {"demo": cmd_demo, "import-roster": cmd_import, "import-photos": cmd_import_photos,
            "export": cmd_export, "summary": cmd_summary,
            "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check, "user": cmd_user,
            "report": cmd_report, "verify": cmd_verify, "grant-app-role": cmd_grant_app_role}

"""Command line: `jiarenbase [--db URL] [--data-dir DIR] [--lang zh|en] [COMMAND]`.

Without a command it opens the desktop app. Commands call the core services and
never widgets; errors go to stderr in plain Chinese (English with --lang en),
with a traceback only under --debug. Everything written to stderr has its ID
numbers and mobile numbers masked (errors_plain.mask_sensitive).

Who acts: every command's actor carries its origin ("cli <OS user>@<machine>"), which
the audit entries keep. `--as USERNAME` (with the password from --password-stdin or a
prompt) makes that account the actor; `report --unmasked` requires it, and an admin.
"""
from __future__ import annotations

import argparse
import getpass
import json
import sys
import traceback
from pathlib import Path

from . import __version__, console
from .core.errors import JiarenError, ValidationError
from .core.errors_plain import explain, mask_sensitive, scrub

EXIT_OK, EXIT_PARTIAL, EXIT_UNUSABLE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse repeats a wrong value in its message (invalid choice: '…'): masked like every other error."""

    def exit(self, status: int = 0, message: str | None = None):
        super().exit(status, mask_sensitive(message) if message else message)


def _acting(parser: argparse.ArgumentParser, password_help: str = "从标准输入读取 --as 账号的密码（不加则提示输入）"):
    parser.add_argument("--as", dest="as_user", metavar="USERNAME",
                        help="以此账号的名义操作（须输入其密码），记入操作日志；不加则记为本机管理员")
    if password_help:
        parser.add_argument("--password-stdin", action="store_true", help=password_help)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="jiarenbase", description="JiarenBase 自家人直播实训基地教务系统")
    p.add_argument("--version", action="version", version=f"JiarenBase {__version__}")
    p.add_argument("--db", help="数据库地址：SQLite 文件路径或 SQLAlchemy URL（如 postgresql://…）")
    p.add_argument("--data-dir", help="数据目录（默认为用户数据目录，或环境变量 JIARENBASE_HOME）")
    p.add_argument("--lang", choices=("zh", "en"), default=None,
                   help="界面与提示语言（默认中文；桌面程序默认用设置里保存的语言）")
    p.add_argument("--debug", action="store_true", help="出错时显示完整的错误堆栈")
    p.add_argument("--selftest", action="store_true",
                   help="自检：在临时目录中打开主窗口并生成一份 PDF，成功则退出码为 0（不触碰真实数据）")
    sub = p.add_subparsers(dest="command")

    d = sub.add_parser("demo", help="写入演示数据并打印演示账号")
    d.add_argument("--students", type=int, default=240)
    d.add_argument("--seed", type=int, default=2025)

    i = sub.add_parser("import-roster", help="导入合作院校的学员名单（Excel/CSV）")
    i.add_argument("file")
    i.add_argument("--school", required=True, help="合作院校名称（没有则新建）")
    i.add_argument("--cohort", required=True, help="批次编号（没有则新建）")
    i.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    i.add_argument("--errors", metavar="OUT.xlsx", help="把有问题的行写入错误清单，供院校修改后重发")
    _acting(i)

    ph = sub.add_parser("import-photos", help="导入学员照片：文件夹中的照片以学号命名（如 S001.jpg、2023010203.png）")
    ph.add_argument("folder", help="存放照片的文件夹（不读子文件夹）")
    _acting(ph)

    e = sub.add_parser("export", help="导出列表到 Excel")
    e.add_argument("what", choices=("students", "sessions", "placements"))
    e.add_argument("--out", required=True)
    e.add_argument("--cohort")
    e.add_argument("--school")

    s = sub.add_parser("summary", help="全基地统计")
    s.add_argument("--json", action="store_true")

    rp = sub.add_parser("report", help="打印报表（PDF）")
    rp.add_argument("kind", choices=("certificate", "student", "school", "cohort", "mentor", "annual", "subsidy"),
                    help="certificate 结业证书 | student 学员报告（结业/阶段） | school 合作院校报告包 | "
                         "cohort 批次报告 | mentor 导师工作量 | annual 年度总结 | subsidy 补贴申请封面")
    rp.add_argument("--school", help="合作院校名称（全角、半角括号均可）")
    rp.add_argument("--cohort", help="批次编号（合作院校报告包：只含这一个批次）")
    rp.add_argument("--cohorts", metavar="CODE,CODE",
                    help="合作院校报告包：列入这些批次（批次编号，用逗号分隔），包括尚未开始实训的批次；"
                         "不写时默认列入该校已有考勤、实训或阶段签核记录的全部批次")
    rp.add_argument("--student", help="学员：学号、身份证号或系统编号")
    rp.add_argument("--mentor", help="导师姓名（导师工作量报告只打印这一位）")
    rp.add_argument("--year", type=int, help="年份（年度总结）")
    rp.add_argument("--from", dest="date_from",
                    help="合作院校报告包：开班日期从；导师工作量：统计期间从（YYYY-MM-DD；默认上一个整月）")
    rp.add_argument("--to", dest="date_to", help="合作院校报告包：开班日期到；导师工作量：统计期间到（YYYY-MM-DD）")
    rp.add_argument("--masked", action="store_true",
                    help="补贴申请封面：遮盖身份证号（默认打印完整身份证号，并记入操作日志）")
    rp.add_argument("--per-student", action="store_true", help="结业证书每人一个文件（--out 为文件夹）")
    rp.add_argument("--unmasked", metavar="REASON",
                    help="打印完整身份证号（正式报送用），须写明用途，并用 --as 指定管理员账号；记入操作日志")
    rp.add_argument("--out", required=True, help="输出的 PDF 文件（或 --per-student 时的文件夹）")
    _acting(rp)

    b = sub.add_parser("backup", help="备份数据库")
    b.add_argument("--out")
    _acting(b)
    r = sub.add_parser("restore", help="从备份文件恢复数据库（先检查备份并列出各表行数，确认后替换）")
    r.add_argument("file")
    r.add_argument("-y", "--yes", action="store_true",
                   help="不再询问，直接恢复（在终端中默认会询问；脚本或计划任务中不询问）")
    _acting(r)
    c = sub.add_parser("check", help="检查数据库：完整性、结构版本、孤立记录、最近一次备份")
    c.add_argument("--max-backup-age", type=int, metavar="DAYS",
                   help="最近一次成功备份超过这么多天即算失败（默认取设置，7 天）")

    v = sub.add_parser("verify", help="核验结业证书：扫码得到的整段文字，或“证书编号 核验码”；有效时退出码为 0")
    v.add_argument("text", nargs="+", metavar="TEXT",
                   help="如 JRBCERT:JRB-ZB202406-01-003:K7P2Q9XM，或 JRB-ZB202406-01-003 K7P2Q9XM")

    u = sub.add_parser("user", help="管理用户")
    usub = u.add_subparsers(dest="user_command", required=True)
    ua = usub.add_parser("add", help="新建用户")
    ua.add_argument("name")
    ua.add_argument("--role", required=True, choices=("admin", "staff", "mentor"))
    ua.add_argument("--mentor", help="导师账号关联的导师姓名")
    ua.add_argument("--display-name", default="")
    ua.add_argument("--password-stdin", action="store_true",
                    help="从标准输入读取密码（与 --as 同用时：第一行为 --as 账号的密码，第二行为新用户的密码）")
    _acting(ua, password_help="")

    g = sub.add_parser("grant-app-role",
                       help="PostgreSQL：给程序日常使用的数据库角色授权（用表的所有者账号的 --db 地址运行）")
    g.add_argument("role", help="程序日常连接用的 PostgreSQL 角色名")
    return p


def run(argv: list[str]) -> int:
    with console.safe_streams():  # a character the console cannot show never ends a command
        return _run(argv)


def _run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    console.decode_text_args(args, ("school", "cohort", "cohorts", "student", "mentor", "name", "display_name",
                                    "unmasked", "as_user", "role"))
    lang = args.lang or "zh"
    try:
        if args.selftest:
            from .selftest import run_selftest

            return run_selftest()
        if args.command is None:
            from .gui.launch import run_app  # the window first, then the database (gui/launch.py)

            return run_app(args)
        from . import commands

        args.lang = lang  # commands speak Chinese unless told otherwise
        return commands.dispatch(args)
    except JiarenError as exc:
        if args.debug:
            _err(traceback.format_exc().rstrip("\n"))
        prefix = "错误：" if lang == "zh" else "Error: "
        if isinstance(exc, ValidationError) and len(exc.problems) > 1:
            _err(prefix)
            for p in exc.problems:
                _err("  " + p.text(lang))
        else:
            _err(prefix + exc.text(lang))
        return EXIT_UNUSABLE if exc.__class__.__name__ == "ImportFileError" else EXIT_PARTIAL
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: say it plainly
        if args.debug:  # asked for, so shown; but a traceback's values may hold an ID number
            _err(traceback.format_exc().rstrip("\n"))
        plain = _explain(exc, args)  # a full disk, a damaged file, a server that is down…
        if plain is not None:
            _err(("错误：" if lang == "zh" else "Error: ") + plain.text(lang))
            return EXIT_UNUSABLE
        _err(("发生意外错误：" if lang == "zh" else "Unexpected error: ") + f"{type(exc).__name__}: {scrub(str(exc))}")
        if not args.debug:
            _err("（加 --debug 可查看详细信息）" if lang == "zh" else "(run with --debug for details)")
        return EXIT_UNUSABLE


def _err(text: str) -> None:
    """One line (or a traceback) to stderr, ID numbers and mobile numbers masked."""
    print(mask_sensitive(text), file=sys.stderr)


def _explain(exc: Exception, args: argparse.Namespace) -> JiarenError | None:
    """errors_plain.explain for this command: its database and the file it writes."""
    try:
        from .core.paths import data_dir, database_url

        url = database_url(args.db, data_dir(args.data_dir, create=False))
    except Exception:  # noqa: BLE001 - the message then names no database file
        url = ""
    return explain(exc, database=url, output=getattr(args, "out", None) or getattr(args, "errors", None))


def read_password(from_stdin: bool, lang: str) -> str:
    """A new password: one line of stdin, or typed twice at a prompt."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("密码：" if lang == "zh" else "Password: ")
    again = getpass.getpass("再次输入密码：" if lang == "zh" else "Password again: ")
    if first != again:
        raise ValidationError.of("密码", "两次输入不一致，请重新输入。", "the two entries differ.", "password")
    return first


def ask_password(from_stdin: bool, username: str, lang: str) -> str:
    """The password of an existing account (--as): one line of stdin, or typed once at a prompt."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"账号“{username}”的密码：" if lang == "zh" else f"Password of '{username}': ")


def print_json(data) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if not console.can_show(text):  # a console without Chinese gets \u escapes, not "?"
        text = json.dumps(data, ensure_ascii=True, indent=2, default=str)
    print(text)


__all__ = ["run", "build_parser", "read_password", "ask_password", "print_json", "Path"]

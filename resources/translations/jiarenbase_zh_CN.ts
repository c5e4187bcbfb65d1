<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../jiarenbase/gui/app.py" line="65"/>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_dialog.py" line="40"/>
        <source>New enterprise client</source>
        <translation>新建企业客户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_dialog.py" line="40"/>
        <source>Edit enterprise client</source>
        <translation>编辑企业客户</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="6"/>
        <source>Enterprise client</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="22"/>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="40"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="58"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="76"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="94"/>
        <source>Client since</source>
        <translation>合作起始</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="102"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="109"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="123"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="50"/>
        <source>100-point scale</source>
        <translation>百分制</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="50"/>
        <source>5-point scale</source>
        <translation>五分制</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="51"/>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="62"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="55"/>
        <source>New cohort</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="55"/>
        <source>Edit cohort</source>
        <translation>编辑批次</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="6"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="22"/>
        <source>Cohort code</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="29"/>
        <source>e.g. 2025-SP-01</source>
        <translation>例如 2025-SP-01</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="41"/>
        <source>Cohort name</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="59"/>
        <source>Partner school</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="76"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="84"/>
        <location filename="../../forms/cohort_dialog.ui" line="113"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="91"/>
        <location filename="../../forms/cohort_dialog.ui" line="120"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="105"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="134"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="151"/>
        <source>Rubric scale</source>
        <translation>评分制</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_dialog.ui" line="168"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="6"/>
        <source>Record changed</source>
        <translation>记录已被修改</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="21"/>
        <source>This record was changed by someone else since you opened it.</source>
        <translation>此记录已被他人修改。</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="27"/>
        <source>Reload shows the saved record and discards your changes. Overwrite saves your values over the other person&apos;s changes.</source>
        <translation>“重新载入”显示已保存的记录并放弃您的修改；“覆盖”用您的内容覆盖他人的修改。</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="51"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="57"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="36"/>
        <location filename="../../forms/dashboard_page.ui" line="12"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="38"/>
        <source>Loading figures…</source>
        <translation>正在加载统计数据…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="40"/>
        <source>My students</source>
        <translation>我的学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="40"/>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="55"/>
        <source>Cognitive stage</source>
        <translation>认知实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="41"/>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="56"/>
        <source>Project stage</source>
        <translation>项目实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="41"/>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="57"/>
        <source>Live-practice stage</source>
        <translation>实战实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="42"/>
        <source>Sessions I logged</source>
        <translation>我记录的实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="42"/>
        <source>Mock drills</source>
        <translation>模拟演练</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="43"/>
        <source>Live sessions</source>
        <translation>实战直播</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="43"/>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="58"/>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="54"/>
        <source>Trained to date</source>
        <translation>累计培训学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="59"/>
        <source>Signed to enterprise projects</source>
        <translation>签约企业项目</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="60"/>
        <source>Employed on graduation</source>
        <translation>毕业即就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="61"/>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="62"/>
        <source>Enterprise clients served</source>
        <translation>已服务企业客户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="63"/>
        <source>Practice sessions</source>
        <translation>实训记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="64"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="65"/>
        <source>Live rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="86"/>
        <source>Your students and the sessions you logged</source>
        <translation>您指导的学员和您记录的实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="101"/>
        <source>%1 partner schools, %2 cohorts, %3 mentors</source>
        <translation>合作院校 %1 所，批次 %2 个，导师 %3 位</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../../jiarenbase/gui/undo.py" line="51"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsModel</name>
    <message>
        <location filename="../../jiarenbase/gui/models/deleted_records_model.py" line="42"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/deleted_records_model.py" line="42"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/deleted_records_model.py" line="42"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/deleted_records_model.py" line="42"/>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/error_dialog.py" line="42"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/error_dialog.py" line="44"/>
        <source>The log could not be written; copy the details instead.</source>
        <translation>日志无法写入，请复制详情保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/error_dialog.py" line="52"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/error_dialog.py" line="53"/>
        <location filename="../../forms/error_dialog.ui" line="67"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location filename="../../forms/error_dialog.ui" line="6"/>
        <source>Unexpected error — JiarenBase</source>
        <translation>意外错误 — JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/error_dialog.ui" line="29"/>
        <source>An unexpected error occurred. Your data is safe; the details were written to the log.</source>
        <translation>程序遇到了一个意外错误。您的数据是安全的，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../forms/error_dialog.ui" line="42"/>
        <source>You can keep working. If it happens again, copy the details and send them to whoever looks after this computer.</source>
        <translation>您可以继续使用。如果再次出现，请点“复制详情”，把内容发给负责这台电脑的同事。</translation>
    </message>
    <message>
        <location filename="../../forms/error_dialog.ui" line="73"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/error_dialog.ui" line="85"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="61"/>
        <source>Base administrator</source>
        <translation>基地管理员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="82"/>
        <source>At least %1 characters, with two of: letters, digits, symbols.</source>
        <translation>至少 %1 位，包含字母、数字、符号中的两种。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="91"/>
        <source>Strong enough.</source>
        <translation>密码强度合格。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="96"/>
        <source>Too weak: at least %1 characters of two kinds (letters, digits, symbols).</source>
        <translation>太弱：至少 %1 位，包含字母、数字、符号中的两种。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="114"/>
        <source>Enter the password again.</source>
        <translation>请再次输入密码。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="117"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="149"/>
        <source>Creating the account…</source>
        <translation>正在创建账号…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="149"/>
        <location filename="../../forms/first_admin_dialog.ui" line="130"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="6"/>
        <source>First start — JiarenBase</source>
        <translation>首次启动 — JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="16"/>
        <source>Welcome to JiarenBase</source>
        <translation>欢迎使用 JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="21"/>
        <source>This database has no accounts yet. Create the administrator account first; the administrator then adds the accounts of staff and mentors.</source>
        <translation>这个数据库还没有任何账号。请先建立管理员账号，之后由管理员为教务老师和导师添加账号。</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="32"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="50"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="56"/>
        <source>e.g. Base administrator</source>
        <translation>例如：基地管理员</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="62"/>
        <source>Shown in the status bar and the audit log.</source>
        <translation>显示在状态栏和操作日志中。</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="68"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="85"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="124"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ImportConfirmPage</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="34"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="44"/>
        <source>New students to add: %1 — partner school “%2”, cohort “%3”.</source>
        <translation>将新增学员 %1 名 —— 合作院校“%2”，批次“%3”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="50"/>
        <source>The partner school “%1” is new and will be created.</source>
        <translation>合作院校“%1”是新的，将一并创建。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="53"/>
        <source>The cohort “%1” is new and will be created.</source>
        <translation>批次“%1”是新的，将一并创建。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="55"/>
        <source>Already enrolled, will be skipped: %1.</source>
        <translation>已在册，将跳过：%1 人。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="58"/>
        <source>Rows with problems, not imported: %1. After the import you can save them as a list for the school.</source>
        <translation>有问题、不导入的行：%1 行。导入后可将其保存为错误清单发给学校。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="84"/>
        <source>Importing the roster</source>
        <translation>正在导入名单</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="85"/>
        <source>Saving the students…</source>
        <translation>正在保存学员…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="111"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>已取消导入，没有保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_confirm_page.ui" line="5"/>
        <source>Confirm the import</source>
        <translation>确认导入</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_confirm_page.ui" line="6"/>
        <source>The students are saved in one step: all of them or, if anything goes wrong, none.</source>
        <translation>学员将一次性保存：要么全部保存，出错则一个也不保存。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/file_page.py" line="40"/>
        <source>Roster files (*.xlsx *.xlsm *.csv)</source>
        <translation>名单文件 (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/file_page.py" line="41"/>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/file_page.py" line="41"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/file_page.py" line="42"/>
        <location filename="../../forms/import_wizard_file_page.ui" line="5"/>
        <source>Choose the roster file</source>
        <translation>选择名单文件</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_file_page.ui" line="6"/>
        <source>The roster a partner school sent: an Excel workbook (.xlsx, .xlsm) or a CSV file.</source>
        <translation>合作院校发来的名单：Excel 工作簿（.xlsx、.xlsm）或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_file_page.ui" line="11"/>
        <source>The first sheet with the columns 姓名 and 身份证号 is read; the header may be anywhere in the first 30 rows. Nothing is saved until you confirm the import.</source>
        <translation>读取第一个包含“姓名”和“身份证号”两列的工作表，表头可在前 30 行内任意位置。确认导入之前不会保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_file_page.ui" line="19"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_file_page.ui" line="25"/>
        <source>Path of the roster file</source>
        <translation>名单文件的路径</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_file_page.ui" line="31"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="73"/>
        <source>Reading “%1”… %2 rows so far</source>
        <translation>正在读取“%1”… 已读 %2 行</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="74"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="95"/>
        <source>%1 to import, %2 already enrolled, %3 rows with problems</source>
        <translation>可导入 %1 人，已在册 %2 人，有问题 %3 行</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="101"/>
        <source>The file has a header but no student rows. Go back to choose another file.</source>
        <translation>该文件只有表头，没有学员数据。请返回选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="104"/>
        <source>There are no new students to import. Continue to save the rows with problems as a list, or go back.</source>
        <translation>没有可新增的学员。可继续下一步保存错误清单，或返回上一步。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="114"/>
        <source>The file could not be read. Go back to choose another file, or correct this one and try again.</source>
        <translation>无法读取该文件。请返回选择其他文件，或改正后重试。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="122"/>
        <source>Sheet “%1”, header on row %2.</source>
        <translation>工作表“%1”，表头在第 %2 行。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="125"/>
        <source>Header on row %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="127"/>
        <source>Columns not used: %1.</source>
        <translation>未使用的列：%1。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="129"/>
        <source>Other sheets, not read: %1.</source>
        <translation>未读取的其他工作表：%1。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="131"/>
        <source>Reading stopped at row %1 (a total or signature line).</source>
        <translation>读到第 %1 行（合计或签名行）为止。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_preview_page.ui" line="5"/>
        <source>Check the roster</source>
        <translation>核对名单</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_preview_page.ui" line="6"/>
        <source>Every row as read from the file. Red rows are not imported; yellow rows carry a notice.</source>
        <translation>文件中的每一行。红色行不会导入；黄色行带有提示。</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="41"/>
        <source>The partner school “%1” was created.</source>
        <translation>已新建合作院校“%1”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="43"/>
        <source>The cohort “%1” was created.</source>
        <translation>已新建批次“%1”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="49"/>
        <source>Every row was imported or already enrolled: there is no error list to save.</source>
        <translation>所有行均已导入或已在册，没有需要保存的错误清单。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="53"/>
        <source>%1 - rows with problems.xlsx</source>
        <translation>%1 - 错误清单.xlsx</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="56"/>
        <source>Save error list</source>
        <translation>保存错误清单</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="57"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="63"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="69"/>
        <source>%1 rows saved to %2.</source>
        <translation>已将 %1 行保存到 %2。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_summary_page.ui" line="5"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_summary_page.ui" line="6"/>
        <source>What was saved, and what was left out.</source>
        <translation>已保存的和未导入的。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_summary_page.ui" line="15"/>
        <source>Students added:</source>
        <translation>新增学员：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_summary_page.ui" line="25"/>
        <source>Already enrolled (skipped):</source>
        <translation>已在册（跳过）：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_summary_page.ui" line="35"/>
        <source>Rows with problems (not imported):</source>
        <translation>有问题的行（未导入）：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_summary_page.ui" line="53"/>
        <source>Save the rows with problems as an Excel file, send it back to the school to correct, then import the corrected file: nobody is added twice.</source>
        <translation>把有问题的行保存为 Excel 文件，发回学校修改，再导入改好的文件即可：不会重复添加任何人。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_summary_page.ui" line="61"/>
        <source>Save error list…</source>
        <translation>保存错误清单…</translation>
    </message>
</context>
<context>
    <name>ImportTargetPage</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="47"/>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="77"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="56"/>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="91"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="59"/>
        <source>New partner school…</source>
        <translation>新建合作院校…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="74"/>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="95"/>
        <source>New cohort…</source>
        <translation>新建批次…</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="5"/>
        <source>Partner school and cohort</source>
        <translation>合作院校和批次</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="6"/>
        <source>Where the students on this roster are enrolled.</source>
        <translation>名单上的学员登记到哪个院校和批次。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="16"/>
        <source>Partner school:</source>
        <translation>合作院校：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="29"/>
        <source>Name of the new partner school</source>
        <translation>新合作院校的名称</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="35"/>
        <source>Cohort:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="48"/>
        <source>Code of the new cohort, e.g. 2025-SP-03</source>
        <translation>新批次的编号，如 2025-SP-03</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="56"/>
        <source>A new school or cohort is created together with the students, in one step. A cohort can only take students of its own school.</source>
        <translation>新的院校或批次会与学员一起一次性创建。一个批次只能接收本院校的学员。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_wizard.py" line="72"/>
        <source>Import a roster</source>
        <translation>导入名单</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="159"/>
        <location filename="../../forms/list_page.ui" line="18"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="165"/>
        <location filename="../../forms/list_page.ui" line="41"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="166"/>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="167"/>
        <location filename="../../forms/list_page.ui" line="58"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="168"/>
        <source>New record (%1)</source>
        <translation>新建记录（%1）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="170"/>
        <location filename="../../forms/list_page.ui" line="63"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="170"/>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="171"/>
        <source>Open the selected record (Enter)</source>
        <translation>打开所选记录（回车）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="172"/>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="341"/>
        <location filename="../../forms/list_page.ui" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="173"/>
        <source>Delete the selected records (Del)</source>
        <translation>删除所选记录（Del）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="174"/>
        <location filename="../../forms/list_page.ui" line="73"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="175"/>
        <source>Export the list as shown to Excel (%1)</source>
        <translation>将当前列表导出为 Excel（%1）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="177"/>
        <location filename="../../forms/list_page.ui" line="78"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="178"/>
        <source>Load the list again (F5)</source>
        <translation>重新载入列表（F5）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="188"/>
        <source>Only administrators can see this list.</source>
        <translation>只有管理员可以查看此列表。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="231"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="235"/>
        <source>%1 records</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="244"/>
        <source>No records match “%1”</source>
        <translation>没有与“%1”匹配的记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="246"/>
        <source>No records match the chosen filters</source>
        <translation>没有符合筛选条件的记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="248"/>
        <location filename="../../forms/list_page.ui" line="115"/>
        <source>No records yet</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="250"/>
        <source>Try a shorter search or choose “All” in the filters.</source>
        <translation>请缩短搜索词，或在筛选中选择“全部”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="252"/>
        <source>Click “New” to add the first one.</source>
        <translation>点击“新建”添加第一条记录。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="334"/>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="336"/>
        <source>%1 selected records</source>
        <translation>所选 %1 条记录 (the undo entry: “删除 所选 3 条记录”)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="337"/>
        <source>Delete %1 records?</source>
        <translation>删除 %1 条记录？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="339"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="367"/>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="374"/>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="368"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="381"/>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="382"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="390"/>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="393"/>
        <source>JiarenBase</source>
        <translation>JiarenBase</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="20"/>
        <source>Cohorts</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="22"/>
        <source>Code</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="23"/>
        <source>Cohort name</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="24"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="44"/>
        <source>Partner school</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="25"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="26"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="27"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="28"/>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="49"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="36"/>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="31"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="55"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="32"/>
        <source>Code or name</source>
        <translation>编号或名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="42"/>
        <source>Partner schools</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="44"/>
        <source>School</source>
        <translation>院校名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="45"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="46"/>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="66"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="47"/>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="67"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="48"/>
        <source>In Shanghai</source>
        <translation>上海院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="50"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="53"/>
        <source>Name or short name</source>
        <translation>名称或简称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="62"/>
        <source>Enterprise clients</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="64"/>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="65"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="68"/>
        <source>Client since</source>
        <translation>合作起始</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="72"/>
        <source>Name or industry</source>
        <translation>名称或行业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="28"/>
        <source>Practice sessions</source>
        <translation>实训记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="30"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="31"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="32"/>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="56"/>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="78"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="34"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="35"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="36"/>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="37"/>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="38"/>
        <source>GMV</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="39"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="41"/>
        <source>Rubric avg</source>
        <translation>评分均分</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="44"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="45"/>
        <source>Student name or product</source>
        <translation>学员姓名或商品</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="54"/>
        <source>Placements</source>
        <translation>就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="57"/>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="79"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="45"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="58"/>
        <source>Outcome</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="59"/>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="60"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="61"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="62"/>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="63"/>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="67"/>
        <source>All outcomes</source>
        <translation>全部去向</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="68"/>
        <source>Student, employer or position</source>
        <translation>学员、用人单位或岗位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="76"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="80"/>
        <source>Certificate</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="81"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="82"/>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="83"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="84"/>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="85"/>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="86"/>
        <source>Issuer</source>
        <translation>发证单位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="90"/>
        <source>All certificate kinds</source>
        <translation>全部证书类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="91"/>
        <source>All occupations</source>
        <translation>全部职业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="92"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="94"/>
        <source>Student, number or issuer</source>
        <translation>学员、证书编号或发证单位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="30"/>
        <source>Only part of the ID number is shown; an administrator can reveal it in the student&apos;s record.</source>
        <translation>身份证号仅显示部分；管理员可在学员记录中查看完整号码。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="38"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="39"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="40"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="42"/>
        <source>Student no.</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="46"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="48"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="69"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="49"/>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="53"/>
        <source>All cohorts</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="54"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="57"/>
        <source>Name, student number or phone</source>
        <translation>姓名、学号或手机</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="66"/>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="70"/>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="71"/>
        <source>Enterprise</source>
        <translation>所属企业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="72"/>
        <source>Senior streamer</source>
        <translation>资深主播</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="73"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="74"/>
        <source>Sessions/week</source>
        <translation>每周带训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="75"/>
        <source>Current students</source>
        <translation>当前学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="79"/>
        <source>Name or specialty</source>
        <translation>姓名或专长</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="88"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="90"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="91"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="93"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="94"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="95"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="96"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="100"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="101"/>
        <source>User name or display name</source>
        <translation>用户名或显示名</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="50"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="106"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="110"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="141"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="141"/>
        <location filename="../../forms/login_dialog.ui" line="115"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="6"/>
        <source>Sign in — JiarenBase</source>
        <translation>登录 — JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="16"/>
        <source>JiarenBase</source>
        <translation>JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="21"/>
        <source>自家人 live-streaming training base. Sign in to continue.</source>
        <translation>自家人直播实训基地，请登录。</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="32"/>
        <location filename="../../forms/login_dialog.ui" line="79"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="43"/>
        <location filename="../../forms/login_dialog.ui" line="80"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="62"/>
        <source>Demo logins</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="66"/>
        <source>This is a demo database. Click an account to fill in the fields.</source>
        <translation>这是演示数据库。点击一个账号即可填入。</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="81"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="109"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="26"/>
        <source>JiarenBase — 自家人 live-streaming training base</source>
        <translation>JiarenBase — 自家人直播实训基地教务系统</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="56"/>
        <source>Printed reports arrive with a later release of JiarenBase.</source>
        <translation>打印报表功能将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="59"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="62"/>
        <source>Live rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="65"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="66"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="71"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="108"/>
        <source>Import roster…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="113"/>
        <location filename="../../jiarenbase/gui/main_window.py" line="155"/>
        <location filename="../../jiarenbase/gui/main_window.py" line="158"/>
        <location filename="../../jiarenbase/gui/main_window.py" line="159"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="117"/>
        <source>Open data folder</source>
        <translation>打开数据目录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="122"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="126"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="127"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="130"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="134"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="135"/>
        <location filename="../../jiarenbase/gui/main_window.py" line="169"/>
        <source>About JiarenBase</source>
        <translation>关于 JiarenBase</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="158"/>
        <source>Backup saved to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="170"/>
        <source>JiarenBase %1
Classroom operations of the 自家人 live-streaming training base.
Database: %2
Data folder: %3</source>
        <translation>JiarenBase %1
自家人直播实训基地教务系统。
数据库：%2
数据目录：%3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>JiarenBase</source>
        <translation>JiarenBase</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="43"/>
        <source>sessions</source>
        <translation>场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="44"/>
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="56"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="49"/>
        <source>New mentor</source>
        <translation>新建导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="49"/>
        <source>Edit mentor</source>
        <translation>编辑导师</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="6"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="22"/>
        <source>Mentor name</source>
        <translation>导师姓名</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="40"/>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="47"/>
        <source>11 digits, e.g. 13800001111</source>
        <translation>11位数字，例如 13800001111</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="59"/>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="77"/>
        <source>Enterprise</source>
        <translation>所属企业</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="94"/>
        <source>Weekly capacity</source>
        <translation>每周带训上限</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="101"/>
        <source>Sessions a week at most</source>
        <translation>每周最多带训场次</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="112"/>
        <source>Senior streamer mentor</source>
        <translation>资深主播导师</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="117"/>
        <source>Active (can be assigned students)</source>
        <translation>在岗（可分配学员）</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_dialog.ui" line="122"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="20"/>
        <source>Live rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="24"/>
        <source>Room</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="24"/>
        <source>Bookings this week</source>
        <translation>本周预约</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="25"/>
        <source>Booked hours</source>
        <translation>已预约小时</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="25"/>
        <source>Next booking</source>
        <translation>下一场预约</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="40"/>
        <source>Week of %1 to %2</source>
        <translation>本周：%1 至 %2</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="51"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="51"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="51"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="52"/>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="52"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="52"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="53"/>
        <source>Can import</source>
        <translation>可导入</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="53"/>
        <source>Already enrolled</source>
        <translation>已在册</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="54"/>
        <source>Has problems</source>
        <translation>有问题</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/school_dialog.py" line="37"/>
        <source>New partner school</source>
        <translation>新建合作院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/school_dialog.py" line="37"/>
        <source>Edit partner school</source>
        <translation>编辑合作院校</translation>
    </message>
    <message>
        <location filename="../../forms/school_dialog.ui" line="6"/>
        <source>Partner school</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../forms/school_dialog.ui" line="22"/>
        <source>School name</source>
        <translation>院校名称</translation>
    </message>
    <message>
        <location filename="../../forms/school_dialog.ui" line="40"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../forms/school_dialog.ui" line="58"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../forms/school_dialog.ui" line="76"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../forms/school_dialog.ui" line="94"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../forms/school_dialog.ui" line="112"/>
        <source>The school is in Shanghai</source>
        <translation>院校位于上海</translation>
    </message>
    <message>
        <location filename="../../forms/school_dialog.ui" line="117"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="76"/>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="78"/>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="80"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="186"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="192"/>
        <source>Connection OK: %1</source>
        <translation>连接成功：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="209"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请修改标红的内容。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="218"/>
        <source>Saved. The new database is used after the program is restarted.</source>
        <translation>已保存。新的数据库连接将在重新启动程序后生效。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="220"/>
        <source>Saved. The new language is used after the program is restarted.</source>
        <translation>已保存。新的界面语言将在重新启动程序后生效。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="222"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="233"/>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="234"/>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="242"/>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="24"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="29"/>
        <source>These settings belong to this computer; every desktop keeps its own.</source>
        <translation>以下设置只对这台电脑有效，每台电脑各自保存。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="35"/>
        <source>Appearance and language</source>
        <translation>外观与语言</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="40"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="47"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="54"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="68"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="96"/>
        <source>A new language takes effect after the program is restarted.</source>
        <translation>更改语言后需重新启动程序才能生效。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="105"/>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="116"/>
        <source>Database file on this computer (SQLite)</source>
        <translation>本机数据库文件（SQLite）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="129"/>
        <location filename="../../forms/settings_page.ui" line="217"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="136"/>
        <source>PostgreSQL server (several computers share one database)</source>
        <translation>PostgreSQL 服务器（多台电脑共用一个数据库）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="146"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="157"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="178"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="201"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="206"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="230"/>
        <source>Backups to keep</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="245"/>
        <source>Older backups in the folder are deleted.</source>
        <translation>超出数量的旧备份会被自动删除。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="265"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="269"/>
        <source>The settings file, the logs and (by default) the database and backups are kept here.</source>
        <translation>设置文件、日志以及（默认情况下）数据库和备份都保存在这里。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="282"/>
        <source>Open data folder</source>
        <translation>打开数据目录</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="303"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="88"/>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="89"/>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="113"/>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="137"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="92"/>
        <source>Filled from the ID number</source>
        <translation>由身份证号自动填写</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="104"/>
        <source>New student</source>
        <translation>登记学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="104"/>
        <source>Edit student</source>
        <translation>编辑学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="155"/>
        <location filename="../../forms/student_dialog.ui" line="76"/>
        <source>Change ID number</source>
        <translation>更改身份证号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="155"/>
        <source>Keep current number</source>
        <translation>保留原号码</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="156"/>
        <source>Type the new 18-character ID number</source>
        <translation>请输入新的18位身份证号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="157"/>
        <location filename="../../forms/student_dialog.ui" line="57"/>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="6"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="22"/>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="31"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="49"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="70"/>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="90"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="103"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="122"/>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="129"/>
        <source>11 digits, e.g. 13800001111</source>
        <translation>11位数字，例如 13800001111</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="141"/>
        <source>Hukou district</source>
        <translation>户籍区</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="159"/>
        <source>Residence district</source>
        <translation>居住区</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="177"/>
        <source>Shanghai hukou</source>
        <translation>上海户籍</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="197"/>
        <source>School and training</source>
        <translation>院校与实训</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="206"/>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="224"/>
        <source>Partner school</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="241"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="258"/>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="276"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="294"/>
        <source>Left school on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="302"/>
        <source>Left</source>
        <translation>已离校</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="309"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="323"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="340"/>
        <source>Agrees to be contacted about jobs</source>
        <translation>同意接收就业联系</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="360"/>
        <source>Skills and notes</source>
        <translation>技能与备注</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="369"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../forms/student_dialog.ui" line="387"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="54"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="82"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="104"/>
        <source>No deleted records match the type or search.</source>
        <translation>没有符合类型或搜索条件的已删除记录。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="105"/>
        <source>Nothing has been deleted. Deleted students, cohorts, partner schools, enterprise clients, mentors, practice records and room bookings appear here and can be restored.</source>
        <translation>没有已删除的记录。删除的学员、批次、合作院校、企业客户、导师、实训记录和直播间预约会出现在这里，并可恢复。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="109"/>
        <source>%1 deleted records</source>
        <translation>共 %1 条已删除记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="149"/>
        <source>Restored: %1 “%2”.</source>
        <translation>已恢复：%1“%2”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="155"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../forms/trash_page.ui" line="13"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../forms/trash_page.ui" line="18"/>
        <source>Deleted records stay here and can be restored. Nothing is erased for good: the audit log refers to them.</source>
        <translation>删除的记录保留在这里，可以恢复。记录不会被彻底清除：操作日志需要它们。</translation>
    </message>
    <message>
        <location filename="../../forms/trash_page.ui" line="27"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../forms/trash_page.ui" line="39"/>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <location filename="../../forms/trash_page.ui" line="51"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../forms/trash_page.ui" line="56"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="87"/>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="117"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="88"/>
        <source>At least 8 characters of two kinds (letters, digits, symbols)</source>
        <translation>至少8位，包含字母、数字、符号中的两种</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="96"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="97"/>
        <source>Confirm new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="99"/>
        <source>Leave empty to keep the current password</source>
        <translation>留空则不修改密码</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="110"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="110"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="169"/>
        <source>Locked after wrong passwords until %1</source>
        <translation>因密码连续输错已锁定，至 %1 解除</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="6"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="22"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="40"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="58"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="75"/>
        <source>Linked mentor</source>
        <translation>关联导师</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="92"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="111"/>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="130"/>
        <source>Active (may sign in)</source>
        <translation>启用（可以登录）</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="149"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/about_dialog.py" line="62"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/about_dialog.py" line="67"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/about_dialog.py" line="67"/>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="6"/>
        <source>About JiarenBase</source>
        <translation>关于 JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="19"/>
        <source>JiarenBase</source>
        <translation>JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="24"/>
        <source>Classroom operations of the 自家人 live-streaming training base</source>
        <translation>自家人直播实训基地教务系统</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="41"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="52"/>
        <source>Data folder</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="65"/>
        <source>Bundled components and their licences</source>
        <translation>随附组件及其许可协议</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="80"/>
        <source>Open data folder</source>
        <translation>打开数据目录</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="91"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/action_bar.py" line="34"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/action_bar.py" line="36"/>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/agreement_dialog.py" line="56"/>
        <source>Type a name to search</source>
        <translation>输入姓名搜索</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/agreement_dialog.py" line="73"/>
        <source>New service agreement</source>
        <translation>新建服务期协议</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/agreement_dialog.py" line="73"/>
        <source>Edit service agreement</source>
        <translation>编辑服务期协议</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/agreement_dialog.py" line="138"/>
        <source>Service agreement saved: %1</source>
        <translation>已保存服务期协议：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/agreement_dialog.py" line="58"/>
        <source>(not a client: type the name)</source>
        <translation>（非企业客户：请填写名称）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/agreement_dialog.py" line="124"/>
        <source>Ends on %1</source>
        <translation>至 %1 止</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="6"/>
        <source>Service agreement</source>
        <translation>服务期协议</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="22"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="40"/>
        <source>Enterprise client</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="49"/>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="56"/>
        <source>Name of an employer that is not a client</source>
        <translation>非企业客户时填写用人单位名称</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="67"/>
        <source>Service period</source>
        <translation>服务期</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="74"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="75"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="86"/>
        <source>Special training fee</source>
        <translation>专项培训费用</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="92"/>
        <source>Paid by the employer for professional technical training</source>
        <translation>用人单位已为专业技术培训支付专项培训费用</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="97"/>
        <source>Fee paid</source>
        <translation>已付费用</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="105"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="116"/>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="124"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="130"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/agreement_dialog.ui" line="148"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="56"/>
        <source>A service period may be agreed only when the employer paid special training fees (Labour Contract Law, art. 22).</source>
        <translation>只有用人单位为劳动者提供专项培训费用时，才可以约定服务期（《劳动合同法》第二十二条）。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="58"/>
        <source>All agreements</source>
        <translation>全部协议</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="59"/>
        <source>Ending within %1 days</source>
        <translation>%1 天内到期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="60"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="60"/>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="60"/>
        <source>Service period</source>
        <translation>服务期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="60"/>
        <source>Training fee</source>
        <translation>专项培训费用</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="61"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="61"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="83"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="94"/>
        <source>%1 agreements · %2 ending within %3 days</source>
        <translation>协议 %1 份 · %3 天内到期 %2 份</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="97"/>
        <source>No agreement ends within %1 days.</source>
        <translation>%1 天内没有到期的协议。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="98"/>
        <source>No service agreements yet.</source>
        <translation>还没有服务期协议。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="104"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="105"/>
        <source>No service period</source>
        <translation>未约定服务期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="126"/>
        <source>No end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="128"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="130"/>
        <source>Ends in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/agreements_page.py" line="131"/>
        <source>Running</source>
        <translation>履行中</translation>
    </message>
    <message>
        <location filename="../../forms/agreements_page.ui" line="12"/>
        <source>Service agreements</source>
        <translation>服务期协议</translation>
    </message>
    <message>
        <location filename="../../forms/agreements_page.ui" line="24"/>
        <source>Student or employer</source>
        <translation>学员或用人单位</translation>
    </message>
    <message>
        <location filename="../../forms/agreements_page.ui" line="37"/>
        <source>New agreement…</source>
        <translation>新建协议…</translation>
    </message>
    <message>
        <location filename="../../forms/agreements_page.ui" line="42"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../jiarenbase/gui/app.py" line="80"/>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>AppraisalDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/appraisal_dialog.py" line="46"/>
        <location filename="../../forms/appraisal_dialog.ui" line="6"/>
        <source>Appraisal</source>
        <translation>鉴定意见</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/appraisal_dialog.py" line="48"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/appraisal_dialog.py" line="67"/>
        <source>Appraisal: %1</source>
        <translation>鉴定意见：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/appraisal_dialog.py" line="85"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/appraisal_dialog.py" line="100"/>
        <source>Appraisal saved: %1</source>
        <translation>已保存鉴定意见：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/appraisal_dialog.py" line="100"/>
        <source>Appraisal cleared: %1</source>
        <translation>已清空鉴定意见：%1</translation>
    </message>
    <message>
        <location filename="../../forms/appraisal_dialog.ui" line="17"/>
        <source>The appraisal (鉴定意见) is printed in the closing block of the student&apos;s report, as typed. Leave it empty to print blank lines to write on by hand.</source>
        <translation>鉴定意见按输入原样打印在学员报告的结尾栏。不填写则打印空白横线，供手写。</translation>
    </message>
    <message>
        <location filename="../../forms/appraisal_dialog.ui" line="25"/>
        <source>e.g. attitude, progress in drills and live sessions, strengths and what to work on</source>
        <translation>例如：实训态度、模拟演练与实战直播中的进步、优点与需改进之处</translation>
    </message>
</context>
<context>
    <name>AssignMentorDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="71"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="71"/>
        <location filename="../../forms/assign_mentor_dialog.ui" line="34"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="71"/>
        <location filename="../../forms/assign_mentor_dialog.ui" line="58"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="72"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="72"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="106"/>
        <source>Each student&apos;s current stage</source>
        <translation>各学员当前阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="111"/>
        <source>%1 (%2 students)</source>
        <translation>%1（%2名学员）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="114"/>
        <source>No active mentor: add or activate one on the Mentors page first.</source>
        <translation>没有在岗的导师：请先在“导师”页新建或启用导师。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="122"/>
        <source>Assign a mentor to %1</source>
        <translation>为%1分配导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="126"/>
        <source>Current mentor: %1</source>
        <translation>当前导师：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="127"/>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="143"/>
        <source>No mentor yet</source>
        <translation>尚未分配导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="132"/>
        <source>Assign a mentor to %1 students</source>
        <translation>为 %1 名学员分配导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="141"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="151"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="163"/>
        <location filename="../../forms/assign_mentor_dialog.ui" line="116"/>
        <source>Assignment history</source>
        <translation>分配记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="164"/>
        <source>Assignment history: none yet</source>
        <translation>分配记录：暂无</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="185"/>
        <source>This week: %1 of %2 sessions — over capacity</source>
        <translation>本周：已排 %1 / %2 场 —— 已超出上限</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="186"/>
        <source>This week: %1 of %2 sessions</source>
        <translation>本周：已排 %1 / %2 场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="204"/>
        <source>Mentor assigned: %1 → %2</source>
        <translation>已分配导师：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/assign_mentor_dialog.py" line="205"/>
        <source>Mentor %2 assigned to %1 students</source>
        <translation>已为 %1 名学员分配导师：%2</translation>
    </message>
    <message>
        <location filename="../../forms/assign_mentor_dialog.ui" line="6"/>
        <location filename="../../forms/assign_mentor_dialog.ui" line="11"/>
        <source>Assign a mentor</source>
        <translation>分配导师</translation>
    </message>
    <message>
        <location filename="../../forms/assign_mentor_dialog.ui" line="41"/>
        <source>Mentors with the students they guide now</source>
        <translation>导师及其当前指导的学员人数</translation>
    </message>
    <message>
        <location filename="../../forms/assign_mentor_dialog.ui" line="75"/>
        <source>Starting</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../forms/assign_mentor_dialog.ui" line="82"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/assign_mentor_dialog.ui" line="83"/>
        <source>The day the new mentor takes over; the previous assignment ends that day</source>
        <translation>新导师接手的日期；原分配在这一天结束</translation>
    </message>
    <message>
        <location filename="../../forms/assign_mentor_dialog.ui" line="94"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/assign_mentor_dialog.ui" line="103"/>
        <source>e.g. why the mentor changes</source>
        <translation>例如：更换导师的原因</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="78"/>
        <location filename="../../forms/attendance_dialog.ui" line="6"/>
        <source>Cognitive lessons and attendance</source>
        <translation>认知课程考勤</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="79"/>
        <source>Cognitive lessons and attendance: %1</source>
        <translation>认知课程考勤：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="121"/>
        <source>%1/%2 attended</source>
        <translation>出勤 %1/%2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="124"/>
        <source>%1 not recorded</source>
        <translation>%1 人未记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="137"/>
        <source>No lessons yet.</source>
        <translation>暂无课程。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="138"/>
        <source>Staff add lessons with “New lesson”.</source>
        <translation>教务可点击“新建课程”添加课程。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="203"/>
        <source>Lesson saved.</source>
        <translation>课程已保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="204"/>
        <source>Lesson saved: %1</source>
        <translation>已保存课程：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="218"/>
        <source>Delete the lesson “%1”? Its %2 check-ins will no longer count for the cognitive stage.</source>
        <translation>删除课程“%1”吗？其 %2 条考勤将不再计入认知实训。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="220"/>
        <location filename="../../forms/attendance_dialog.ui" line="54"/>
        <source>Delete lesson</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="231"/>
        <source>Lesson deleted: %1</source>
        <translation>已删除课程：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="260"/>
        <source>Fill in the lesson and save it; then take attendance.</source>
        <translation>填写课程信息并保存后即可记考勤。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="264"/>
        <source>Check-in of %1 (%2)</source>
        <translation>%1（%2）考勤</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="285"/>
        <source>Present %1 · Late %2 · Absent %3 · Not recorded %4</source>
        <translation>出勤 %1 · 迟到 %2 · 缺勤 %3 · 未记录 %4</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="312"/>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="321"/>
        <source>Attendance saved.</source>
        <translation>考勤已保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="322"/>
        <source>Attendance saved: %1, %2 students</source>
        <translation>已保存考勤：%1，%2 名学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="355"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/attendance_dialog.py" line="356"/>
        <source>The check-in sheet has unsaved changes. Discard them?</source>
        <translation>考勤表有未保存的修改，要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="35"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="49"/>
        <source>New lesson</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="61"/>
        <source>Lesson</source>
        <translation>课程信息</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="68"/>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="85"/>
        <source>Date</source>
        <translation>上课日期</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="92"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="103"/>
        <source>Hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="124"/>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="153"/>
        <source>All present</source>
        <translation>全部出勤</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="158"/>
        <source>Keys on selected rows: 1 present, 2 late, 3 absent</source>
        <translation>选中行快捷键：1 出勤，2 迟到，3 缺勤</translation>
    </message>
</context>
<context>
    <name>AuditChangesModel</name>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="80"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="80"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="80"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="124"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="81"/>
        <source>Only administrators can see the audit log.</source>
        <translation>只有管理员可以查看操作日志。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="90"/>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="322"/>
        <location filename="../../forms/audit_page.ui" line="19"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="99"/>
        <source>Export the entries the filters keep (all of them) to Excel</source>
        <translation>将符合筛选条件的全部记录导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="100"/>
        <source>Type a record&apos;s number, e.g. 137</source>
        <translation>输入记录编号，例如 137</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="155"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="156"/>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="157"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="245"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="249"/>
        <source>%1 entries</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="258"/>
        <source>No audit entries match the filters</source>
        <translation>没有符合条件的操作记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="259"/>
        <source>Choose “All” in the filters or widen the dates.</source>
        <translation>请在筛选中选择“全部”，或放宽日期范围。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="261"/>
        <source>The audit log has no entries yet.</source>
        <translation>操作日志还没有记录。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="285"/>
        <source>Choose an entry to see what changed.</source>
        <translation>选择一条记录，查看修改前后的内容。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="300"/>
        <source>Entry no. %1</source>
        <translation>日志编号 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="303"/>
        <source>Origin: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="304"/>
        <source>Origin: not recorded</source>
        <translation>来源：未记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="309"/>
        <source>This entry records no field values.</source>
        <translation>这条记录没有字段内容。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="324"/>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="330"/>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="340"/>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="325"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="336"/>
        <source>%1 entries exported to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/audit_page.py" line="337"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="24"/>
        <source>Who did what and when, newest first. ID numbers and mobile numbers are masked.</source>
        <translation>谁在什么时候做了什么，最新的在前。身份证号和手机号已打码。</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="42"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="54"/>
        <source>Record:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="66"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="79"/>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="96"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="108"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="126"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="131"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="136"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>AuditWarning</name>
    <message>
        <location filename="../../jiarenbase/gui/audit_warning.py" line="58"/>
        <source>Audit log changed or incomplete (entry %1)</source>
        <translation>操作日志被改动或缺失（第 %1 条）</translation>
    </message>
</context>
<context>
    <name>BaseProfileDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/base_profile_dialog.py" line="50"/>
        <source>Choose the logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/base_profile_dialog.py" line="51"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/base_profile_dialog.py" line="65"/>
        <location filename="../../forms/base_profile_dialog.ui" line="6"/>
        <source>Base profile</source>
        <translation>基地信息</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/base_profile_dialog.py" line="87"/>
        <source>Only staff can change the base profile.</source>
        <translation>只有教务和管理员可以修改基地信息。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/base_profile_dialog.py" line="120"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/base_profile_dialog.py" line="150"/>
        <source>Base profile saved: %1</source>
        <translation>已保存基地信息：%1</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="11"/>
        <source>The issuing body as every certificate and report names it, and the window title. Shared by every desktop.</source>
        <translation>证书和各类报表上署名的出具单位，也用于窗口标题。所有电脑共用。</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="28"/>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="46"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="63"/>
        <source>Operating company</source>
        <translation>运营单位</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="80"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="97"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="115"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="132"/>
        <source>Director</source>
        <translation>基地负责人</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="149"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="169"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="174"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../forms/base_profile_dialog.ui" line="179"/>
        <source>PNG or JPEG, at most 2 MB.</source>
        <translation>PNG 或 JPEG，不超过 2 MB。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="72"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="73"/>
        <source>Cancel the booking “%1”? The room becomes free again.</source>
        <translation>取消预约“%1”吗？该时段的直播间将空出。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="76"/>
        <source>Keep booking</source>
        <translation>保留预约</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="111"/>
        <source>Mock live drill</source>
        <translation>模拟直播演练</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="111"/>
        <source>Live session</source>
        <translation>实战直播</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="111"/>
        <source>Script polishing</source>
        <translation>话术打磨</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="112"/>
        <source>Short-video shoot</source>
        <translation>短视频拍摄</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="112"/>
        <source>Data review</source>
        <translation>数据复盘</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="132"/>
        <source>New room booking</source>
        <translation>新建直播间预约</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="132"/>
        <source>Edit room booking</source>
        <translation>编辑直播间预约</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="123"/>
        <source>(no mentor)</source>
        <translation>（不指定导师）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="158"/>
        <source>Chosen (%1): %2</source>
        <translation>已选（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="159"/>
        <source>No students chosen.</source>
        <translation>未选择学员。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="162"/>
        <source>%1 students of other mentors stay on this booking.</source>
        <translation>另有%1名其他导师的学员保留在此预约中。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="179"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="180"/>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="180"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="189"/>
        <source>%1 next day</source>
        <translation>次日 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="190"/>
        <source>%1, %2 days later</source>
        <translation>%2天后 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="238"/>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="259"/>
        <source>Booked: %1</source>
        <translation>已预约：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="259"/>
        <source>Booking saved: %1</source>
        <translation>预约已保存：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/booking_dialog.py" line="272"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="6"/>
        <source>Room booking</source>
        <translation>直播间预约</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="22"/>
        <source>Live room</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="55"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="65"/>
        <source>Start time (15-minute steps)</source>
        <translation>开始时间（以15分钟为单位）</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="72"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="78"/>
        <source>End time (15-minute steps)</source>
        <translation>结束时间（以15分钟为单位）</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="104"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="123"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="140"/>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="150"/>
        <source>Search by name or student number</source>
        <translation>按姓名或学号搜索</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="158"/>
        <source>Tick the students who take part</source>
        <translation>勾选参加的学员</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="177"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/booking_dialog.ui" line="200"/>
        <source>Cancel this booking…</source>
        <translation>取消此预约…</translation>
    </message>
</context>
<context>
    <name>CertificateVerifyDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="66"/>
        <location filename="../../forms/certificate_verify_dialog.ui" line="6"/>
        <source>Verify a completion certificate</source>
        <translation>核验结业证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="109"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="109"/>
        <source>This certificate is registered and valid.</source>
        <translation>该证书已登记，真实有效。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="110"/>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="111"/>
        <source>This certificate was revoked and is no longer valid.</source>
        <translation>该证书已被撤销，不再有效。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="112"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="113"/>
        <source>No certificate with this number is registered. Check the number, or ask the base that issued it.</source>
        <translation>登记簿中没有这个证书编号。请核对编号，或向出具单位询问。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="114"/>
        <source>Code does not match</source>
        <translation>核验码不符</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="115"/>
        <source>The code does not match the register: the certificate may have been altered, or the code was mistyped.</source>
        <translation>核验码与登记不符：证书内容可能被改动，或核验码抄错。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="149"/>
        <source>Revoke certificate %1</source>
        <translation>撤销证书 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="150"/>
        <source>Why is this certificate revoked? (at least 6 characters; kept in the register and the audit log)</source>
        <translation>撤销原因（至少6个字；记入证书登记和操作日志）：</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/certificate_verify_dialog.py" line="159"/>
        <source>Certificate %1 has been revoked.</source>
        <translation>证书 %1 已撤销。</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="12"/>
        <source>Scan the QR code on the certificate, or type the certificate number and the verification code printed beside it, then press Enter.</source>
        <translation>扫描证书上的二维码，或输入证书编号和旁边印的核验码，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="20"/>
        <source>JRBCERT:… or JRB-ZB202406-01-003 K7P2Q9XM</source>
        <translation>JRBCERT:… 或 JRB-ZB202406-01-003 K7P2Q9XM</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="27"/>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="59"/>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="68"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="74"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="80"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="89"/>
        <source>Completed on</source>
        <translation>结业日期</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="95"/>
        <source>Revoked on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="101"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/certificate_verify_dialog.ui" line="124"/>
        <source>Revoke certificate…</source>
        <translation>撤销证书…</translation>
    </message>
</context>
<context>
    <name>CheckInSheet</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/check_in_sheet.py" line="45"/>
        <source>Student no.</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/check_in_sheet.py" line="45"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/check_in_sheet.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/check_in_sheet.py" line="46"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/check_in_sheet.py" line="63"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/check_in_sheet.py" line="153"/>
        <source>Required when absent</source>
        <translation>缺勤时必填</translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="60"/>
        <location filename="../../forms/client_detail_dialog.ui" line="6"/>
        <source>Orders and placements</source>
        <translation>订单与就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="65"/>
        <source>Title</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="65"/>
        <location filename="../../forms/client_detail_dialog.ui" line="60"/>
        <source>Trainees</source>
        <translation>培训人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="65"/>
        <location filename="../../forms/client_detail_dialog.ui" line="95"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="65"/>
        <location filename="../../forms/client_detail_dialog.ui" line="71"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="66"/>
        <location filename="../../forms/client_detail_dialog.ui" line="83"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="66"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="67"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="67"/>
        <source>Outcome</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="67"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="67"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="68"/>
        <source>Evidence</source>
        <translation>核实程度</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="82"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="90"/>
        <source>%1 orders · %2 trainees · %3 hours · %4 graduates placed</source>
        <translation>培训订单 %1 笔 · 培训 %2 人次 · %3 学时 · 就业学员 %4 名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/client_detail_dialog.py" line="125"/>
        <source>Training order added: %1</source>
        <translation>已登记培训订单：%1</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="24"/>
        <source>Training orders</source>
        <translation>培训订单</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="36"/>
        <source>No training delivered to this client yet. Add the first order below.</source>
        <translation>尚未为该企业提供培训。可在下方登记第一笔订单。</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="44"/>
        <source>Add a training order</source>
        <translation>登记培训订单</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="48"/>
        <source>Training</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="55"/>
        <source>e.g. live-commerce host training</source>
        <translation>如：直播带货主播培训</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="78"/>
        <location filename="../../forms/client_detail_dialog.ui" line="90"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="113"/>
        <source>Add order</source>
        <translation>登记订单</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="122"/>
        <source>Placements</source>
        <translation>就业</translation>
    </message>
    <message>
        <location filename="../../forms/client_detail_dialog.ui" line="134"/>
        <source>No graduate placed at this client yet.</source>
        <translation>尚无学员在该企业就业。</translation>
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
    <name>CohortAssignDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="88"/>
        <source>Each student&apos;s current stage</source>
        <translation>各学员当前阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="90"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="90"/>
        <source>Now</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="90"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="90"/>
        <source>After</source>
        <translation>分配后</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="92"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="92"/>
        <location filename="../../forms/cohort_assign_dialog.ui" line="36"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="92"/>
        <source>Current mentor</source>
        <translation>当前导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="93"/>
        <source>New mentor</source>
        <translation>新导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="96"/>
        <source>Choose the mentors and click “Suggest”.</source>
        <translation>勾选导师后点击“建议分配”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="174"/>
        <source>No active mentor: add or activate one on the Mentors page first.</source>
        <translation>没有在岗的导师：请先在“导师”页新建或启用导师。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="210"/>
        <source>The options changed: click “Suggest” to update the proposal.</source>
        <translation>选项已更改：请点击“建议分配”更新方案。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="224"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="229"/>
        <source>Student no. %1</source>
        <translation>学号 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="233"/>
        <source>(leave as is)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="242"/>
        <source>Every student of this cohort already has a mentor (%1 kept). Untick “Only students without a mentor” to share them out again.</source>
        <translation>本批次学员都已有导师（保留 %1 名）。如需重新分配，请取消勾选“只分配尚无导师的学员”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="246"/>
        <source>No students in training in this cohort.</source>
        <translation>该批次没有在训学员。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="288"/>
        <source>%1 students, %2 of them change mentor; %3 keep the mentor they have.</source>
        <translation>共 %1 名学员，其中 %2 名更换导师；%3 名保留原导师。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="292"/>
        <source>Students per mentor after saving: %1 to %2.</source>
        <translation>保存后每位导师的学员数：%1 至 %2 名。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_assign_dialog.py" line="312"/>
        <source>Mentors assigned to %1 students</source>
        <translation>已为 %1 名学员分配导师</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="6"/>
        <location filename="../../forms/cohort_assign_dialog.ui" line="11"/>
        <source>Assign mentors to a cohort</source>
        <translation>按批次分配导师</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="24"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="47"/>
        <source>Only students without a mentor</source>
        <translation>只分配尚无导师的学员</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="49"/>
        <source>Untick to share out every student of the cohort again (students stay with their mentor where the balance allows)</source>
        <translation>取消勾选可重新分配本批次全部学员（在负荷允许时学员保留原导师）</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="54"/>
        <source>Suggest</source>
        <translation>建议分配</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="55"/>
        <source>Share the students among the ticked mentors, least loaded first</source>
        <translation>在勾选的导师之间分配学员，负荷轻的优先</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="72"/>
        <source>Mentors sharing the cohort</source>
        <translation>分担该批次的导师</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="95"/>
        <source>Proposal</source>
        <translation>分配方案</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="130"/>
        <source>Starting</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="137"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/cohort_assign_dialog.ui" line="142"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="55"/>
        <source>100-point scale</source>
        <translation>百分制</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="55"/>
        <source>5-point scale</source>
        <translation>五分制</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="56"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="60"/>
        <source>New cohort</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/cohort_dialog.py" line="60"/>
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
    <name>ComplianceTermsDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/compliance_terms_dialog.py" line="72"/>
        <source>Only staff can change the list.</source>
        <translation>只有教务和管理员可以修改此列表。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/compliance_terms_dialog.py" line="91"/>
        <source>%1 terms</source>
        <translation>共 %1 个词</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/compliance_terms_dialog.py" line="123"/>
        <location filename="../../forms/compliance_terms_dialog.ui" line="46"/>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/compliance_terms_dialog.py" line="124"/>
        <source>Restore the default list? Your edits in this window are replaced.</source>
        <translation>恢复默认列表吗？本窗口中的修改将被替换。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/compliance_terms_dialog.py" line="145"/>
        <source>Banned terms saved: %1 terms</source>
        <translation>已保存违禁词：共 %1 个</translation>
    </message>
    <message>
        <location filename="../../forms/compliance_terms_dialog.ui" line="6"/>
        <source>Banned advertising terms</source>
        <translation>广告违禁词</translation>
    </message>
    <message>
        <location filename="../../forms/compliance_terms_dialog.ui" line="11"/>
        <source>The compliance check flags these terms in sales scripts (Advertising Law art. 9: no “national-level”, “highest”, “best” and the like). A term is not flagged inside a phrase listed under “Allowed in” (separate several with 、), e.g. 最近 for 最.</source>
        <translation>合规检查会在话术中标出这些词（《广告法》第九条：不得使用“国家级”“最高级”“最佳”等用语）。词出现在“例外”所列的短语（多个用“、”分隔）中时不标出，例如“最”在“最近”中。</translation>
    </message>
    <message>
        <location filename="../../forms/compliance_terms_dialog.ui" line="26"/>
        <source>Term</source>
        <translation>违禁词</translation>
    </message>
    <message>
        <location filename="../../forms/compliance_terms_dialog.ui" line="27"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../forms/compliance_terms_dialog.ui" line="28"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/compliance_terms_dialog.ui" line="29"/>
        <source>Allowed in</source>
        <translation>例外</translation>
    </message>
    <message>
        <location filename="../../forms/compliance_terms_dialog.ui" line="36"/>
        <source>Add term</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../forms/compliance_terms_dialog.ui" line="41"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/compliance_view.py" line="43"/>
        <source>Line %1, column %2: “%3” %4</source>
        <translation>第%1行第%2列 “%3” %4</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/compliance_view.py" line="49"/>
        <source>Compliance check: %1 banned terms found. Change them before going live.</source>
        <translation>合规检查：发现 %1 处违禁词，开播前请修改。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/compliance_view.py" line="53"/>
        <source>Compliance check: no banned terms found.</source>
        <translation>合规检查：未发现违禁词。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/compliance_view.py" line="56"/>
        <source>Compliance check</source>
        <translation>合规检查</translation>
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
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../jiarenbase/gui/connection_watch.py" line="103"/>
        <source>Reconnected to the database server.</source>
        <translation>已重新连接数据库服务器。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/connection_watch.py" line="111"/>
        <source>Connection to the database server lost — reconnecting…</source>
        <translation>与数据库服务器的连接中断，正在重新连接…</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/criteria_dialog.py" line="67"/>
        <source>Stage criteria of %1</source>
        <translation>%1 的阶段标准</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/criteria_dialog.py" line="68"/>
        <location filename="../../forms/criteria_dialog.ui" line="6"/>
        <source>Stage criteria</source>
        <translation>阶段标准</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/criteria_dialog.py" line="70"/>
        <source>What a student of this cohort needs to leave each stage. Cards on the stage board and sign-offs use these at once; sign-offs already made keep the criteria of their day.</source>
        <translation>本批次学员离开各阶段需达到的标准。阶段看板和签核立即按新标准计算；已完成的签核保留当时的标准。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/criteria_dialog.py" line="78"/>
        <source>Reason for waiving (at least 4 characters)</source>
        <translation>豁免理由（至少4个字）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/criteria_dialog.py" line="115"/>
        <source>The form now shows the criteria saved meanwhile; make your change again and save.</source>
        <translation>表单已显示他人刚保存的标准，请重新修改后再保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/criteria_dialog.py" line="159"/>
        <source>Stage criteria of %1 saved; waived: %2.</source>
        <translation>%1 的阶段标准已保存；已豁免：%2。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/criteria_dialog.py" line="162"/>
        <source>Stage criteria of %1 saved.</source>
        <translation>%1 的阶段标准已保存。</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="23"/>
        <source>Cognitive stage (to leave it)</source>
        <translation>认知实训（结束条件）</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="30"/>
        <source>Lessons attended, at least</source>
        <translation>认知课程出勤率不低于</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="40"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="47"/>
        <location filename="../../forms/criteria_dialog.ui" line="99"/>
        <location filename="../../forms/criteria_dialog.ui" line="142"/>
        <location filename="../../forms/criteria_dialog.ui" line="194"/>
        <location filename="../../forms/criteria_dialog.ui" line="237"/>
        <source>Waive</source>
        <translation>豁免</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="76"/>
        <source>Project stage (to leave it)</source>
        <translation>项目实训（结束条件）</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="83"/>
        <source>Mock drills, at least</source>
        <translation>模拟演练次数不少于</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="125"/>
        <source>Mock-drill average score, at least</source>
        <translation>模拟演练平均分不低于</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="171"/>
        <source>Live-practice stage (to leave it)</source>
        <translation>实战实训（结束条件）</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="178"/>
        <source>Live sessions, at least</source>
        <translation>实战直播场次不少于</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="220"/>
        <source>Live-session average score, at least</source>
        <translation>实战直播平均分不低于</translation>
    </message>
    <message>
        <location filename="../../forms/criteria_dialog.ui" line="266"/>
        <source>Average scores are on the 100-point scale; sessions scored out of 5 count as score × 20.</source>
        <translation>平均分按百分制计算；五分制评分按“分数×20”折算。</translation>
    </message>
</context>
<context>
    <name>DashboardFollowUps</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/dashboard_follow_ups.py" line="66"/>
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/dashboard_follow_ups.py" line="73"/>
        <source>No follow-ups due.</source>
        <translation>暂无待回访。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/dashboard_follow_ups.py" line="102"/>
        <source>%1 overdue, %2 due within %3 days</source>
        <translation>逾期 %1 条，%3 天内到期 %2 条</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/dashboard_follow_ups.py" line="107"/>
        <source>%1 · %2-day follow-up · due %3</source>
        <translation>%1 · %2 天回访 · %3 到期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/dashboard_follow_ups.py" line="110"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="73"/>
        <location filename="../../forms/dashboard_page.ui" line="25"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="75"/>
        <source>Loading figures…</source>
        <translation>正在加载统计数据…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="76"/>
        <location filename="../../forms/dashboard_page.ui" line="36"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="105"/>
        <source>My students</source>
        <translation>我的学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="106"/>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="118"/>
        <source>Cognitive stage</source>
        <translation>认知实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="107"/>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="118"/>
        <source>Project stage</source>
        <translation>项目实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="108"/>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="119"/>
        <source>Live-practice stage</source>
        <translation>实战实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="110"/>
        <source>Mock drills</source>
        <translation>模拟演练</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="111"/>
        <source>Live sessions</source>
        <translation>实战直播</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="112"/>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="119"/>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="117"/>
        <source>Trained to date</source>
        <translation>累计培训学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="123"/>
        <source>Signed to enterprise projects</source>
        <translation>签约企业项目</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="125"/>
        <source>Employed on graduation</source>
        <translation>毕业即就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="127"/>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="130"/>
        <source>Practice sessions</source>
        <translation>实训记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="235"/>
        <source>Click a figure to open the list behind it.</source>
        <translation>点击任一数字或图表，打开对应的明细列表。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="129"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="109"/>
        <source>My students&apos; sessions</source>
        <translation>我的学员的实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="121"/>
        <source>Placement records with this outcome</source>
        <translation>该去向的就业记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="128"/>
        <source>Clients on file</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="131"/>
        <source>Conversion (12 months)</source>
        <translation>转化率（近 12 个月）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="132"/>
        <source>Live rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="133"/>
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="133"/>
        <source>Shows the follow-ups below</source>
        <translation>查看下方的待回访</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="138"/>
        <source>Students at this stage; below: ready for sign-off</source>
        <translation>该阶段的学员；下方：可签核人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="139"/>
        <source>Stage funnel (students who reached each stage)</source>
        <translation>阶段漏斗（到达各阶段的学员）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="141"/>
        <source>Placements by outcome (latest per student)</source>
        <translation>就业去向（每人最新一条）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="144"/>
        <source>Skill-level certificates by level</source>
        <translation>职业技能等级证书（按等级）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="147"/>
        <source>Room utilisation this week</source>
        <translation>本周直播间利用率</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="149"/>
        <source>Conversion rate of live sessions, by month</source>
        <translation>实战直播转化率（按月）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="179"/>
        <source>%1 awaiting sign-off</source>
        <translation>待签核 %1 人</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="192"/>
        <source>Your students and the sessions you logged</source>
        <translation>您指导的学员和您记录的实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="206"/>
        <source>%1 served</source>
        <translation>已服务 %1 家</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="211"/>
        <source>Intermediate or above: %1</source>
        <translation>中级工及以上：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="216"/>
        <source>%1 buyers of %2 viewers</source>
        <translation>观众 %2 人，购买 %1 人</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="219"/>
        <source>No live sessions yet</source>
        <translation>暂无实战直播</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="220"/>
        <source>This week %1 booked</source>
        <translation>本周利用率 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="225"/>
        <source>%1 overdue</source>
        <translation>逾期 %1 条</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="226"/>
        <source>%1 due within %2 days</source>
        <translation>%2 天内到期 %1 条</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="232"/>
        <source>%1 partner schools, %2 cohorts, %3 mentors</source>
        <translation>合作院校 %1 所，批次 %2 个，导师 %3 位</translation>
    </message>
</context>
<context>
    <name>DashboardTrendChart</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/dashboard_trend_chart.py" line="53"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/dashboard_trend_chart.py" line="106"/>
        <source>%1: %2 (%3 live sessions)</source>
        <translation>%1：%2（%3 场实战直播）</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/database_password_dialog.py" line="57"/>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../forms/database_password_dialog.ui" line="6"/>
        <source>Database password — JiarenBase</source>
        <translation>数据库密码 — JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/database_password_dialog.ui" line="16"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location filename="../../forms/database_password_dialog.ui" line="36"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../forms/database_password_dialog.ui" line="49"/>
        <source>Keep it in this computer&apos;s system credential store</source>
        <translation>保存到本机的系统密码库（下次启动不再询问）</translation>
    </message>
    <message>
        <location filename="../../forms/database_password_dialog.ui" line="69"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../forms/database_password_dialog.ui" line="75"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../../jiarenbase/gui/undo.py" line="61"/>
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
    <name>DesktopSession</name>
    <message>
        <location filename="../../jiarenbase/gui/session_loop.py" line="239"/>
        <source>Close open windows?</source>
        <translation>关闭已打开的窗口？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/session_loop.py" line="240"/>
        <source>Open windows will be closed; what is not saved in them is lost. Go on?</source>
        <translation>已打开的窗口将被关闭，其中未保存的内容会丢失。继续吗？</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/error_dialog.py" line="47"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/error_dialog.py" line="49"/>
        <source>The log could not be written; copy the details instead.</source>
        <translation>日志无法写入，请复制详情保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/error_dialog.py" line="61"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/error_dialog.py" line="62"/>
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
    <name>ExamDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_dialog.py" line="45"/>
        <source>New exam</source>
        <translation>新建考试</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_dialog.py" line="45"/>
        <source>Edit exam</source>
        <translation>编辑考试</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="6"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="22"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="37"/>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="42"/>
        <source>e.g. live-commerce seller</source>
        <translation>例如 直播销售员</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="52"/>
        <source>Skill level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="67"/>
        <source>Exam date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="72"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="82"/>
        <source>Evaluating organisation</source>
        <translation>评价机构</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="97"/>
        <source>One exam, two certificates</source>
        <translation>一试双证</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="102"/>
        <source>A pass also issues the enterprise certificate</source>
        <translation>通过后同时颁发企业认证证书</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="112"/>
        <source>Enterprise certificate issuer</source>
        <translation>企业证书发证单位</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="127"/>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <location filename="../../forms/exam_dialog.ui" line="142"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ExamResultsDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="77"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="77"/>
        <source>No.</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="77"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="77"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="78"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="84"/>
        <source>Tick the students who sat the exam and enter their scores; nothing is saved until all lines are valid.</source>
        <translation>勾选参加考试的学员并填写成绩；所有行都有效后才会保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="85"/>
        <source>Results are entered by staff.</source>
        <translation>成绩由教务录入。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="104"/>
        <source>%1 · %2 · %3 · %4 · pass mark %5</source>
        <translation>%1 · %2 · %3 · %4 · 及格线 %5</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="109"/>
        <source>One exam, two certificates</source>
        <translation>一试双证</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="231"/>
        <source>Results saved: %1 (%2 passed)</source>
        <translation>已保存成绩：%1 条（%2 人通过）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="75"/>
        <source>(choose a cohort)</source>
        <translation>（选择批次）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="171"/>
        <source>Recorded</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="173"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="173"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="186"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/exam_results_dialog.py" line="227"/>
        <source>Saved %1 results: %2 passed, %3 certificates issued.</source>
        <translation>已保存 %1 条成绩：%2 人通过，颁发证书 %3 张。</translation>
    </message>
    <message>
        <location filename="../../forms/exam_results_dialog.ui" line="6"/>
        <source>Exam results</source>
        <translation>考试成绩</translation>
    </message>
    <message>
        <location filename="../../forms/exam_results_dialog.ui" line="11"/>
        <source>Add students of cohort</source>
        <translation>添加批次学员</translation>
    </message>
    <message>
        <location filename="../../forms/exam_results_dialog.ui" line="13"/>
        <source>Check all</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="55"/>
        <source>Date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="55"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="55"/>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="55"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="56"/>
        <source>Evaluating organisation</source>
        <translation>评价机构</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="56"/>
        <source>One exam, two certificates</source>
        <translation>一试双证</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="56"/>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="78"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="90"/>
        <source>%1 exams · %2 results · %3 passed</source>
        <translation>%1 场考试 · 成绩 %2 条 · 通过 %3 人</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="98"/>
        <source>No exams match the search.</source>
        <translation>没有符合搜索条件的考试。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="99"/>
        <source>No exams yet. Schedule one with “New exam…”.</source>
        <translation>还没有考试。请点“新建考试…”安排一场。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="106"/>
        <source>%1 passed of %2</source>
        <translation>%2 人中 %1 人通过</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/exams_page.py" line="111"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../forms/exams_page.ui" line="9"/>
        <source>Exams</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../forms/exams_page.ui" line="12"/>
        <source>New exam…</source>
        <translation>新建考试…</translation>
    </message>
    <message>
        <location filename="../../forms/exams_page.ui" line="13"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../forms/exams_page.ui" line="14"/>
        <source>Registration…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <location filename="../../forms/exams_page.ui" line="15"/>
        <source>Results…</source>
        <translation>成绩…</translation>
    </message>
    <message>
        <location filename="../../forms/exams_page.ui" line="16"/>
        <source>Exam readiness…</source>
        <translation>考前资格…</translation>
    </message>
    <message>
        <location filename="../../forms/exams_page.ui" line="18"/>
        <source>Search work type or organisation</source>
        <translation>搜索工种或评价机构</translation>
    </message>
    <message>
        <location filename="../../forms/exams_page.ui" line="19"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="64"/>
        <source>Base administrator</source>
        <translation>基地管理员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="85"/>
        <source>At least %1 characters, with two of: letters, digits, symbols.</source>
        <translation>至少 %1 位，包含字母、数字、符号中的两种。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="94"/>
        <source>Strong enough.</source>
        <translation>密码强度合格。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="99"/>
        <source>Too weak: at least %1 characters of two kinds (letters, digits, symbols).</source>
        <translation>太弱：至少 %1 位，包含字母、数字、符号中的两种。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="117"/>
        <source>Enter the password again.</source>
        <translation>请再次输入密码。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/first_admin_dialog.py" line="120"/>
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
    <name>GrowthChart</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/growth_chart.py" line="44"/>
        <source>Cohort median</source>
        <translation>同批次中位数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/growth_chart.py" line="46"/>
        <source>Live session</source>
        <translation>实战直播</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/growth_chart.py" line="52"/>
        <source>Session no.</source>
        <translation>第几场实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/growth_chart.py" line="111"/>
        <source>Session %1: %2</source>
        <translation>第%1场：%2</translation>
    </message>
</context>
<context>
    <name>ImportConfirmPage</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="41"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="50"/>
        <source>New students to add: %1 — partner school “%2”, cohort “%3”.</source>
        <translation>将新增学员 %1 名 —— 合作院校“%2”，批次“%3”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="56"/>
        <source>The partner school “%1” is new and will be created.</source>
        <translation>合作院校“%1”是新的，将一并创建。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="59"/>
        <source>The cohort “%1 %2” (%3 to %4) is new and will be created.</source>
        <translation>批次“%1 %2”（%3 至 %4）是新的，将一并创建。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="63"/>
        <source>Imported with a warning: %1 (the warnings say what was left empty or taken from the ID number).</source>
        <translation>带提醒导入：%1 人（提醒中写明了哪些内容已留空或按身份证号填写）。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="66"/>
        <source>Already enrolled or repeated, will be skipped: %1.</source>
        <translation>已在册或重复，将跳过：%1 人。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="69"/>
        <source>Rows with problems, not imported: %1. After the import you can save them as a list for the school.</source>
        <translation>有问题、不导入的行：%1 行。导入后可将其保存为错误清单发给学校。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="96"/>
        <source>Importing the roster</source>
        <translation>正在导入名单</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="97"/>
        <source>Saving the students…</source>
        <translation>正在保存学员…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/confirm_page.py" line="126"/>
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
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="88"/>
        <source>Reading “%1”… %2 rows so far</source>
        <translation>正在读取“%1”… 已读 %2 行</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="89"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="109"/>
        <source>%1 to import (%2 with a warning), %3 skipped (already enrolled or repeated), %4 rows with errors, not imported</source>
        <translation>可导入 %1 人（其中 %2 人带提醒），跳过 %3 人（已在册或重复），%4 行有错误、不导入</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="118"/>
        <source>The file has a header but no student rows. Go back to choose another file.</source>
        <translation>该文件只有表头，没有学员数据。请返回选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="121"/>
        <source>There are no new students to import. Continue to save the rows with problems as a list, or go back.</source>
        <translation>没有可新增的学员。可继续下一步保存错误清单，或返回上一步。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="131"/>
        <source>The file could not be read. Go back to choose another file, or correct this one and try again.</source>
        <translation>无法读取该文件。请返回选择其他文件，或改正后重试。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="139"/>
        <source>Sheet “%1”, header on row %2.</source>
        <translation>工作表“%1”，表头在第 %2 行。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="142"/>
        <source>Header on row %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="144"/>
        <source>Columns not used: %1.</source>
        <translation>未使用的列：%1。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="146"/>
        <source>Other sheets, not read: %1.</source>
        <translation>未读取的其他工作表：%1。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/preview_page.py" line="148"/>
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
        <source>Every row as read from the file. Red rows are not imported; yellow rows are imported with a warning; blue rows are skipped or carry a note.</source>
        <translation>文件中的每一行。红色行不会导入；黄色行会导入但带有提醒；蓝色行跳过或带有说明。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_preview_page.ui" line="21"/>
        <source>Only rows with problems</source>
        <translation>只看问题行</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_preview_page.ui" line="22"/>
        <source>Show only the rows with an error or a warning</source>
        <translation>只显示有错误或提醒的行</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="43"/>
        <source>The partner school “%1” was created.</source>
        <translation>已新建合作院校“%1”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="45"/>
        <source>The cohort “%1” was created.</source>
        <translation>已新建批次“%1”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="51"/>
        <source>Every row was imported or already enrolled: there is no error list to save.</source>
        <translation>所有行均已导入或已在册，没有需要保存的错误清单。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="55"/>
        <source>%1 - rows with problems.xlsx</source>
        <translation>%1 - 错误清单.xlsx</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="58"/>
        <source>Save error list</source>
        <translation>保存错误清单</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="59"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="64"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/summary_page.py" line="70"/>
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
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="78"/>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="128"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="88"/>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="139"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="91"/>
        <source>New partner school…</source>
        <translation>新建合作院校…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="108"/>
        <source>Partner school taken from the file&apos;s title: %1.</source>
        <translation>已按文件标题选择合作院校：%1。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="125"/>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="143"/>
        <source>New cohort…</source>
        <translation>新建批次…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_pages/target_page.py" line="244"/>
        <source>Checking the new cohort…</source>
        <translation>正在检查新批次…</translation>
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
        <source>New cohort</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="55"/>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="61"/>
        <source>e.g. ZB202612-01</source>
        <translation>&quot;如 ZB202612-01&quot;;</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="67"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="73"/>
        <source>e.g. 2026 winter live-commerce class 1</source>
        <translation>如 2026冬季直播实训1班</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="79"/>
        <source>Starts on:</source>
        <translation>&quot;开始日期：&quot;;</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="86"/>
        <location filename="../../forms/import_wizard_target_page.ui" line="98"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="91"/>
        <source>Ends on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard_target_page.ui" line="114"/>
        <source>A new school or cohort is created together with the students, in one step. A cohort can only take students of its own school.</source>
        <translation>新的院校或批次会与学员一起一次性创建。一个批次只能接收本院校的学员。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_wizard.py" line="82"/>
        <source>Import a roster</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/import_wizard.py" line="119"/>
        <source>Imported %1 students, %2 warnings</source>
        <translation>已导入 %1 名学员，%2 条提醒</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="174"/>
        <location filename="../../forms/list_page.ui" line="18"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="178"/>
        <location filename="../../forms/list_page.ui" line="42"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="179"/>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="180"/>
        <location filename="../../forms/list_page.ui" line="54"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="181"/>
        <source>New record (%1)</source>
        <translation>新建记录（%1）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="183"/>
        <location filename="../../forms/list_page.ui" line="57"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="183"/>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="184"/>
        <source>Open the selected record (Enter)</source>
        <translation>打开所选记录（回车）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="185"/>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="399"/>
        <location filename="../../forms/list_page.ui" line="60"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="186"/>
        <source>Delete the selected records (Del)</source>
        <translation>删除所选记录（Del）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="187"/>
        <location filename="../../forms/list_page.ui" line="63"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="188"/>
        <source>Export the list as shown to Excel (%1)</source>
        <translation>将当前列表导出为 Excel（%1）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="190"/>
        <location filename="../../forms/list_page.ui" line="66"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="191"/>
        <source>Load the list again (F5)</source>
        <translation>重新载入列表（F5）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="215"/>
        <source>Only administrators can see this list.</source>
        <translation>只有管理员可以查看此列表。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="269"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="273"/>
        <source>%1 records</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="282"/>
        <source>No records match “%1”</source>
        <translation>没有与“%1”匹配的记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="284"/>
        <source>No records match the chosen filters</source>
        <translation>没有符合筛选条件的记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="286"/>
        <location filename="../../forms/list_page.ui" line="104"/>
        <source>No records yet</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="288"/>
        <source>Try a shorter search or choose “All” in the filters.</source>
        <translation>请缩短搜索词，或在筛选中选择“全部”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="291"/>
        <source>Click “New” to add the first one.</source>
        <translation>点击“新建”添加第一条记录。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="392"/>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="394"/>
        <source>%1 selected records</source>
        <translation>所选 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="395"/>
        <source>Delete %1 records?</source>
        <translation>删除 %1 条记录？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="397"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="413"/>
        <source>Deleted: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="427"/>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="434"/>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="428"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="441"/>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="442"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="450"/>
        <location filename="../../jiarenbase/gui/pages/list_page.py" line="453"/>
        <source>JiarenBase</source>
        <translation>JiarenBase</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="26"/>
        <source>Cohorts</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="28"/>
        <source>Code</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="29"/>
        <source>Cohort name</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="30"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="46"/>
        <source>Partner school</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="31"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="32"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="33"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="34"/>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="55"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="38"/>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="37"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="57"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="38"/>
        <source>Code or name</source>
        <translation>编号或名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="48"/>
        <source>Partner schools</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="50"/>
        <source>School</source>
        <translation>院校名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="51"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="52"/>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="72"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="53"/>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="73"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="54"/>
        <source>In Shanghai</source>
        <translation>上海院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="56"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="59"/>
        <source>Name or short name</source>
        <translation>名称或简称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="68"/>
        <source>Enterprise clients</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="70"/>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="71"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="74"/>
        <source>Client since</source>
        <translation>合作起始</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="75"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/organisations.py" line="78"/>
        <source>Name or industry</source>
        <translation>名称或行业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="31"/>
        <source>Practice sessions</source>
        <translation>实训记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="45"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="47"/>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="33"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="48"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="49"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="50"/>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="52"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/audit_model.py" line="54"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="34"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="35"/>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="60"/>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="84"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="37"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="38"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="39"/>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="40"/>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="41"/>
        <source>GMV</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="42"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="44"/>
        <source>Rubric avg</source>
        <translation>评分均分</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="47"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="48"/>
        <source>Student name</source>
        <translation>学员姓名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="58"/>
        <source>Placements</source>
        <translation>就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="61"/>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="85"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="47"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="62"/>
        <source>Outcome</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="63"/>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="64"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="65"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="66"/>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="67"/>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="71"/>
        <source>All outcomes</source>
        <translation>全部去向</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="72"/>
        <source>Student, employer or position</source>
        <translation>学员、用人单位或岗位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="82"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="86"/>
        <source>Certificate</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="87"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="88"/>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="89"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="90"/>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="91"/>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="92"/>
        <source>Issuer</source>
        <translation>发证单位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="96"/>
        <source>All certificate kinds</source>
        <translation>全部证书类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="97"/>
        <source>All occupations</source>
        <translation>全部职业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="98"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/outcomes.py" line="100"/>
        <source>Student, number or issuer</source>
        <translation>学员、证书编号或发证单位</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="32"/>
        <source>Only part of the ID number is shown; an administrator can reveal it in the student&apos;s record.</source>
        <translation>身份证号仅显示部分；管理员可在学员记录中查看完整号码。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="40"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="41"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="42"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="44"/>
        <source>Student no.</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="48"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="50"/>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="71"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="51"/>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="55"/>
        <source>All cohorts</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="56"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="59"/>
        <source>Name, student number or phone</source>
        <translation>姓名、学号或手机</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="68"/>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="72"/>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="73"/>
        <source>Enterprise</source>
        <translation>所属企业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="74"/>
        <source>Senior streamer</source>
        <translation>资深主播</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="75"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="76"/>
        <source>Sessions/week</source>
        <translation>每周带训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="77"/>
        <source>Current students</source>
        <translation>当前学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="81"/>
        <source>Name or specialty</source>
        <translation>姓名或专长</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="90"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="92"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="93"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="95"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="96"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="97"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="98"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="102"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/specs/people.py" line="103"/>
        <source>User name or display name</source>
        <translation>用户名或显示名</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="83"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="100"/>
        <source>Sign in as another user — JiarenBase</source>
        <translation>切换用户 — JiarenBase</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="101"/>
        <source>Sign in as another user. Cancel keeps %1 signed in.</source>
        <translation>以其他账号登录。取消则 %1 保持登录。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="108"/>
        <source>Locked — JiarenBase</source>
        <translation>已锁定 — JiarenBase</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="109"/>
        <source>JiarenBase is locked</source>
        <translation>JiarenBase 已锁定</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="110"/>
        <source>Locked after a time without use. Enter the password of %1 to go on; what you were typing is kept.</source>
        <translation>长时间未操作，程序已锁定。请输入 %1 的密码继续，正在填写的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="117"/>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="209"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="172"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="176"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="209"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="211"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/login_dialog.py" line="211"/>
        <location filename="../../forms/login_dialog.ui" line="121"/>
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
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="115"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="58"/>
        <source>JiarenBase — 自家人 live-streaming training base</source>
        <translation>JiarenBase — 自家人直播实训基地教务系统</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="125"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="128"/>
        <source>Stage board</source>
        <translation>阶段看板</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="131"/>
        <source>Mentor workload</source>
        <translation>导师工作量</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="133"/>
        <source>Live rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="136"/>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="137"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="138"/>
        <source>Service agreements</source>
        <translation>服务期协议</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="140"/>
        <source>Exams</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="141"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="142"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="148"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="149"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="183"/>
        <source>Student file</source>
        <translation>学员档案</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="184"/>
        <source>Timeline and growth charts of the student</source>
        <translation>学员的成长时间线与成长曲线</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="186"/>
        <source>Assign mentor</source>
        <translation>分配导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="188"/>
        <source>Import photos…</source>
        <translation>导入照片…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="189"/>
        <source>Photos named by student number (学号.jpg) in a folder</source>
        <translation>文件夹中按学号命名的照片（学号.jpg）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="190"/>
        <source>Assign mentors by cohort</source>
        <translation>按批次分配导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="195"/>
        <source>Verify…</source>
        <translation>核验…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="196"/>
        <source>Check a completion certificate by its QR code or number and code</source>
        <translation>按二维码或证书编号与核验码核验结业证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="199"/>
        <source>Orders and placements</source>
        <translation>订单与就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="309"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="310"/>
        <source>Import roster…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="315"/>
        <location filename="../../jiarenbase/gui/main_window.py" line="365"/>
        <location filename="../../jiarenbase/gui/main_window.py" line="368"/>
        <location filename="../../jiarenbase/gui/main_window.py" line="369"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="319"/>
        <source>Open data folder</source>
        <translation>打开数据目录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="325"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="328"/>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="332"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="336"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="337"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="340"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="344"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="345"/>
        <source>About JiarenBase</source>
        <translation>关于 JiarenBase</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="368"/>
        <source>Backup saved to %1</source>
        <translation>已备份到 %1</translation>
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
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="39"/>
        <source>sessions</source>
        <translation>场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="41"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="46"/>
        <source>New mentor</source>
        <translation>新建导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/mentor_dialog.py" line="46"/>
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
    <name>MentorWorkloadPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="63"/>
        <source>Previous week (Alt+Left)</source>
        <translation>上一周（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="64"/>
        <source>Next week (Alt+Right)</source>
        <translation>下一周（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="65"/>
        <source>Back to this week (Alt+Home)</source>
        <translation>回到本周（Alt+Home）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="69"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="69"/>
        <source>Cognitive</source>
        <translation>认知</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="69"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="69"/>
        <source>Live</source>
        <translation>实战</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="70"/>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="70"/>
        <source>Sessions this week</source>
        <translation>本周场次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="70"/>
        <source>Capacity</source>
        <translation>每周上限</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="70"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="87"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="103"/>
        <source>Week of %1 to %2</source>
        <translation>本周：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="105"/>
        <source>(this week)</source>
        <translation>（本周）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="113"/>
        <source>Your account is not linked to a mentor record; ask an administrator.</source>
        <translation>您的账号尚未关联导师档案，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="114"/>
        <source>No active mentors yet. Add mentors on the Mentors page.</source>
        <translation>还没有在岗的导师。请在“导师”页新建导师。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="122"/>
        <source>%1 booked in rooms + %2 logged without a booking</source>
        <translation>直播间预约 %1 场 + 无预约的实训记录 %2 场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="151"/>
        <source>Over capacity by %1</source>
        <translation>超出上限 %1 场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="153"/>
        <source>No capacity set</source>
        <translation>未设每周上限</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="155"/>
        <source>Near capacity</source>
        <translation>接近上限</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="156"/>
        <source>%1 free</source>
        <translation>尚余 %1 场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="160"/>
        <source>Your students and your sessions of the week</source>
        <translation>您的学员和本周带训场次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/mentor_workload_page.py" line="168"/>
        <source>%1 mentors · %2 students in training · %3 of %4 sessions used (%5) · %6 over capacity</source>
        <translation>%1 名导师 · 在训学员 %2 名 · 本周已排 %3/%4 场（%5）· %6 名超负荷</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_workload_page.ui" line="12"/>
        <source>Mentor workload</source>
        <translation>导师工作量</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_workload_page.ui" line="19"/>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_workload_page.ui" line="24"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_workload_page.ui" line="29"/>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../forms/mentor_workload_page.ui" line="71"/>
        <source>Sessions this week = room bookings of the mentor in the week plus sessions logged without such a booking.</source>
        <translation>本周场次 = 该导师本周的直播间预约 + 未关联预约而登记的实训记录。</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <location filename="../../jiarenbase/gui/notices.py" line="39"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../jiarenbase/gui/operations.py" line="89"/>
        <source>JiarenBase</source>
        <translation>JiarenBase</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <location filename="../../jiarenbase/gui/photo_import.py" line="28"/>
        <source>Choose the folder of photos (each file named by the student number, e.g. S001.jpg)</source>
        <translation>选择照片文件夹（每个文件以学号命名，例如 S001.jpg）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/photo_import.py" line="36"/>
        <location filename="../../jiarenbase/gui/photo_import.py" line="51"/>
        <source>Import photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/photo_import.py" line="66"/>
        <source>Reading and importing photos…</source>
        <translation>正在读取并导入照片…</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="84"/>
        <source>Type a name to search</source>
        <translation>输入姓名搜索</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="90"/>
        <source>Enterprise client, or type the employer&apos;s name</source>
        <translation>选择企业客户，或直接填写用人单位名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="111"/>
        <source>New placement</source>
        <translation>登记就业去向</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="111"/>
        <source>Edit placement</source>
        <translation>编辑就业去向</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="171"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="171"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="175"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="176"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="196"/>
        <source>No follow-ups for this outcome.</source>
        <translation>此去向无需回访。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="197"/>
        <source>Follow-ups are scheduled at 30, 90 and 180 days after the start date once the placement is saved.</source>
        <translation>保存后将按开始日期安排第 30、90、180 天回访。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="215"/>
        <source>Choose a follow-up in the table first.</source>
        <translation>请先在表格中选择一次回访。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="222"/>
        <source>Follow-up recorded: %1, %2 days</source>
        <translation>已记录回访：%1，第 %2 天</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/placement_dialog.py" line="245"/>
        <source>choose a student from the list (type part of the name to search).</source>
        <translation>请从列表中选择学员（可输入姓名搜索）。</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="6"/>
        <source>Placement</source>
        <translation>就业去向</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="22"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="40"/>
        <source>Outcome</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="58"/>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="76"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="94"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="102"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="109"/>
        <location filename="../../forms/placement_dialog.ui" line="230"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="123"/>
        <source>Evidence</source>
        <translation>核实程度</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="141"/>
        <source>Flexible employment</source>
        <translation>灵活就业</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="149"/>
        <source>Pays pension and medical insurance</source>
        <translation>已缴养老和医疗保险</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="154"/>
        <source>First job in Shanghai</source>
        <translation>在沪首次就业</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="174"/>
        <location filename="../../forms/placement_dialog.ui" line="216"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="195"/>
        <source>Follow-ups (30 / 90 / 180 days)</source>
        <translation>回访（30 / 90 / 180 天）</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="212"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="213"/>
        <source>Due on</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="214"/>
        <source>Done on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="215"/>
        <location filename="../../forms/placement_dialog.ui" line="235"/>
        <source>Still employed</source>
        <translation>仍在岗</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="223"/>
        <source>Called on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="241"/>
        <source>What was said (optional)</source>
        <translation>回访记录（选填）</translation>
    </message>
    <message>
        <location filename="../../forms/placement_dialog.ui" line="247"/>
        <source>Record follow-up done</source>
        <translation>记录已回访</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/progress.py" line="60"/>
        <source>Please wait…</source>
        <translation>请稍候…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/progress.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/progress.py" line="76"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/progress.py" line="84"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/progress.py" line="87"/>
        <source>%1 done</source>
        <translation>已完成 %1</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="55"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="55"/>
        <source>No.</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="55"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="55"/>
        <source>Drills</source>
        <translation>模拟演练</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="55"/>
        <source>Drill avg</source>
        <translation>演练均分</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="56"/>
        <source>Live</source>
        <translation>实战直播</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="56"/>
        <source>Live avg</source>
        <translation>实战均分</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="57"/>
        <source>Why not yet</source>
        <translation>未达标原因</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="66"/>
        <source>(choose a cohort)</source>
        <translation>（选择批次）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="110"/>
        <source>(no exams of this level)</source>
        <translation>（没有该等级的考试）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="117"/>
        <source>at least %1 mock drills</source>
        <translation>模拟演练至少 %1 场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="119"/>
        <source>mock-drill average ≥ %1</source>
        <translation>演练均分 ≥ %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="121"/>
        <source>at least %1 live sessions</source>
        <translation>实战直播至少 %1 场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="123"/>
        <source>live average ≥ %1</source>
        <translation>实战均分 ≥ %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="124"/>
        <source>Bar: stage %1 or later; %2</source>
        <translation>标准：阶段不低于%1；%2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="127"/>
        <source>Ready (%1)</source>
        <translation>已达标（%1）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="128"/>
        <source>Not ready yet (%1)</source>
        <translation>尚未达标（%1）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="133"/>
        <source>No student of this cohort is ready for this level yet.</source>
        <translation>本批次暂无学员达到该等级的标准。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/readiness_dialog.py" line="177"/>
        <source>Registered for the exam: %1 students</source>
        <translation>已报名考试：%1 名学员</translation>
    </message>
    <message>
        <location filename="../../forms/readiness_dialog.ui" line="6"/>
        <source>Exam readiness</source>
        <translation>考前资格</translation>
    </message>
    <message>
        <location filename="../../forms/readiness_dialog.ui" line="10"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../forms/readiness_dialog.ui" line="12"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../forms/readiness_dialog.ui" line="18"/>
        <source>Ready</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../forms/readiness_dialog.ui" line="25"/>
        <source>Not ready yet</source>
        <translation>尚未达标</translation>
    </message>
    <message>
        <location filename="../../forms/readiness_dialog.ui" line="34"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../forms/readiness_dialog.ui" line="36"/>
        <source>Register checked students for the exam…</source>
        <translation>为勾选的学员报名该考试…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/record_dialog.py" line="107"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/record_dialog.py" line="291"/>
        <source>Reload the saved record? Your changes will be lost.</source>
        <translation>重新载入已保存的记录吗？您的修改将丢失。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/record_dialog.py" line="326"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/record_dialog.py" line="332"/>
        <source>Close without saving? Your changes will be lost.</source>
        <translation>不保存就关闭吗？您的修改将丢失。</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="56"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="56"/>
        <source>No.</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="56"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="56"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="93"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="125"/>
        <source>No candidates yet. Add students here or from “Exam readiness…”.</source>
        <translation>还没有考生。请在此添加学员，或从“考前资格…”加入。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="126"/>
        <source>Candidates are registered by staff.</source>
        <translation>考试报名由教务登记。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="128"/>
        <source>%1 candidates: %2 registered · %3 paid · %4 sat · %5 absent</source>
        <translation>共 %1 名考生：报名 %2 · 缴费 %3 · 参考 %4 · 缺考 %5</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="161"/>
        <source>Registered for the exam: %1</source>
        <translation>已报名：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="175"/>
        <source>Status set to %1: %2 candidates</source>
        <translation>已将 %2 名考生设为“%1”</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="184"/>
        <location filename="../../forms/registration_dialog.ui" line="18"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="184"/>
        <source>Remove %1 candidates from the exam?</source>
        <translation>从报名名单删除 %1 名考生吗？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/registration_dialog.py" line="196"/>
        <source>Removed from the exam: %1</source>
        <translation>已从报名名单删除：%1</translation>
    </message>
    <message>
        <location filename="../../forms/registration_dialog.ui" line="6"/>
        <source>Exam registration</source>
        <translation>考试报名</translation>
    </message>
    <message>
        <location filename="../../forms/registration_dialog.ui" line="11"/>
        <source>Add a student</source>
        <translation>添加学员</translation>
    </message>
    <message>
        <location filename="../../forms/registration_dialog.ui" line="13"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../forms/registration_dialog.ui" line="15"/>
        <source>Selected:</source>
        <translation>所选考生：</translation>
    </message>
    <message>
        <location filename="../../forms/registration_dialog.ui" line="17"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../forms/registration_dialog.ui" line="32"/>
        <source>Results…</source>
        <translation>成绩…</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="63"/>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="148"/>
        <source>Printing page %1 of %2</source>
        <translation>正在打印 第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="76"/>
        <source>Printed by this computer&apos;s PDF program, on the default printer</source>
        <translation>由系统的 PDF 程序打印（默认打印机）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="77"/>
        <source>Printed by JiarenBase (300 dpi)</source>
        <translation>由 JiarenBase 打印（300 dpi）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="100"/>
        <source>Handed %1 file(s) to this computer&apos;s PDF program for the default printer. If nothing prints within a few minutes, look at the printer&apos;s queue in Windows.</source>
        <translation>已将 %1 个文件交给本机的 PDF 程序，在默认打印机上打印。几分钟后仍未打印时，请在 Windows 中查看打印机队列。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="107"/>
        <source>This computer has no program that prints PDF files (such as Adobe Reader or WPS), so JiarenBase prints them (300 dpi).</source>
        <translation>本机没有可打印 PDF 文件的程序（如 Adobe Reader 或 WPS），改由 JiarenBase 打印（300 dpi）。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="114"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="115"/>
        <source>Print %1 pages on the default printer?</source>
        <translation>在默认打印机上打印 %1 页？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="141"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="153"/>
        <source>Printing cancelled: %1 of %2 pages were sent; the rest were not printed.</source>
        <translation>已取消打印：已发送 %1 / %2 页，其余的没有打印。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="156"/>
        <source>No page of the file lies in the chosen range.</source>
        <translation>所选页码范围内没有可打印的页。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="158"/>
        <source>The printer did not start; nothing was printed.</source>
        <translation>打印机没有启动，没有打印任何页。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_printing.py" line="160"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>已发送 %1 页到打印机。</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="88"/>
        <source>All mentors</source>
        <translation>全部导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="216"/>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="216"/>
        <source>Start dates</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="217"/>
        <source>Between (otherwise the last full month)</source>
        <translation>自定期间（不选则为上一个整月）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="218"/>
        <source>Only cohorts that started between</source>
        <translation>只含此期间开班的批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="236"/>
        <source>Cohorts in the pack</source>
        <translation>列入的批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="248"/>
        <source>%1 (not started yet)</source>
        <translation>%1（尚未开始）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="265"/>
        <source>Choose a partner school</source>
        <translation>请选择合作院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="265"/>
        <source>All partner schools</source>
        <translation>全部合作院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="269"/>
        <source>All cohorts of the school</source>
        <translation>该校全部批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="270"/>
        <source>All cohorts</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="270"/>
        <source>Choose a cohort</source>
        <translation>请选择批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="274"/>
        <source>Whole cohort</source>
        <translation>整批学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="275"/>
        <source>All eligible graduates</source>
        <translation>全部符合条件的毕业生</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/report_scope.py" line="275"/>
        <source>Choose a student</source>
        <translation>请选择学员</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="181"/>
        <source>One per student, landscape, with its register number, completion date, hours and QR code for checking.</source>
        <translation>每名学员一张，横版：登记编号、结业日期、学时和核验二维码。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="184"/>
        <source>One student&apos;s 结业报告 or 阶段报告: stages, sessions, growth chart, assessment, appraisal, signatures.</source>
        <translation>单个学员的结业报告或阶段报告：阶段、实训、成长曲线、综合评定、鉴定意见和签章栏。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="187"/>
        <source>For a partner school: cover, rates per cohort, roster, then each student&apos;s report.</source>
        <translation>报送合作院校：封面、各批次比率汇总、名册，以及每名学员的报告。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="188"/>
        <source>One cohort: mentors, pass rate per stage, rates and roster.</source>
        <translation>单个批次：导师、各阶段通过率、各项比率和名册。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="190"/>
        <source>Students guided and sessions led per mentor over a period (the last full month by default).</source>
        <translation>每位导师在一个期间内（默认上一个整月）带教的学员和带训场次。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="192"/>
        <source>Cohorts that ended in the year and their outcomes; the year&apos;s sessions, rooms, enterprise orders and exams; compared with last year.</source>
        <translation>当年结业批次的学员成果（结业、取证、去向），全年实训、直播间、企业培训和考试，并与上年对比。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="195"/>
        <source>Cover sheet per eligible graduate for the district centre (full ID numbers), and who is not eligible and why.</source>
        <translation>每名符合条件的毕业生一张（报送区就业促进中心，完整身份证号），并列出不符合条件者及原因。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="218"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="235"/>
        <source>Reports and certificates are printed by the academic office (教务). Please ask them when you need one.</source>
        <translation>报表和证书由教务打印，需要时请联系教务老师。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="267"/>
        <source>Choose a folder for the files</source>
        <translation>选择存放文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="269"/>
        <source>Save the report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="270"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="296"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报表的保存位置。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="317"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="336"/>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="344"/>
        <source>Building the report… %1 of %2</source>
        <translation>正在生成报表… %1 / %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="360"/>
        <source>The report is ready.</source>
        <translation>报表已生成。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="369"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，没有生成文件。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="396"/>
        <source>The report was built but cannot be shown: %1</source>
        <translation>报表已生成，但无法预览：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="398"/>
        <source>%1 files · %2 pages in all · in %3 (showing the first file)</source>
        <translation>共 %1 个文件 · 合计 %2 页 · 保存在 %3（预览第一个文件）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="402"/>
        <source>Pages: %1 · %2</source>
        <translation>共 %1 页 · %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/reports_page.py" line="415"/>
        <source>of %1 (Page Up / Page Down turn the pages)</source>
        <translation>/ 共 %1 页（PageUp / PageDown 翻页）</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="12"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="39"/>
        <source>Report</source>
        <translation>报表类型</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="52"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="57"/>
        <source>Partner school</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="74"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="91"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="108"/>
        <source>Appraisal…</source>
        <translation>鉴定意见…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="109"/>
        <source>The mentor&apos;s appraisal printed in the student report&apos;s closing block</source>
        <translation>学员报告结尾“鉴定意见”栏打印的导师意见</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="115"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="126"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="144"/>
        <source>Start dates</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="156"/>
        <source>Only cohorts that started between</source>
        <translation>只含开班日期在此范围内的批次</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="168"/>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="189"/>
        <source>Output</source>
        <translation>输出方式</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="201"/>
        <source>Whole cohort: one PDF</source>
        <translation>整批：一个PDF</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="207"/>
        <source>One file per student</source>
        <translation>每人一个文件</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="221"/>
        <source>Mask ID numbers (the district centre needs them in full)</source>
        <translation>遮盖身份证号（区就业促进中心需要完整号码）</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="226"/>
        <source>Show full ID numbers (for official submission)</source>
        <translation>显示完整身份证号（正式报送用）</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="237"/>
        <source>Purpose</source>
        <translation>用途说明</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="243"/>
        <source>e.g. subsidy application to the district</source>
        <translation>如：报送区人社局补贴申请</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="267"/>
        <source>Save to</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="272"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="287"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="312"/>
        <source>Build report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="323"/>
        <location filename="../../forms/reports_page.ui" line="416"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="338"/>
        <source>Choose a report and what it covers on the left, then press Build report. The finished PDF appears here, ready to check and print.</source>
        <translation>在左侧选择报表和范围，然后点击“生成报表”。生成的 PDF 会显示在这里，可核对后打印。</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="368"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="373"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="394"/>
        <source>Choose the printer and pages</source>
        <translation>选择打印机和页码</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="425"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
</context>
<context>
    <name>RoomWeekGrid</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="295"/>
        <source>New booking here…</source>
        <translation>在此新建预约…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="302"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="305"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="309"/>
        <source>Log session</source>
        <translation>记录实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="324"/>
        <source>Purpose: %1</source>
        <translation>用途：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="326"/>
        <source>Mentor: %1</source>
        <translation>导师：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="329"/>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="189"/>
        <source>%1 other student(s)</source>
        <translation>另%1名学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="331"/>
        <source>Students: %1</source>
        <translation>学员：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="333"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_grid.py" line="335"/>
        <source>You cannot change this booking.</source>
        <translation>您不能修改此预约。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="81"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="81"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="82"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="82"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="83"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="83"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="84"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="139"/>
        <source>Room</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="366"/>
        <source>Out of service</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/room_week_painter.py" line="375"/>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../forms/rooms_page.ui" line="18"/>
        <source>Live rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../forms/rooms_page.ui" line="45"/>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../forms/rooms_page.ui" line="46"/>
        <source>Show the week before (Alt+Left)</source>
        <translation>显示上一周（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../forms/rooms_page.ui" line="51"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../forms/rooms_page.ui" line="56"/>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../forms/rooms_page.ui" line="57"/>
        <source>Show the week after (Alt+Right)</source>
        <translation>显示下一周（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../forms/rooms_page.ui" line="64"/>
        <source>Go to the week of this date</source>
        <translation>跳到该日期所在的一周</translation>
    </message>
    <message>
        <location filename="../../forms/rooms_page.ui" line="75"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../forms/rooms_page.ui" line="86"/>
        <source>New booking…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="75"/>
        <source>You can book rooms for yourself and your students and move your own bookings; other mentors&apos; bookings are grey.</source>
        <translation>您可以为自己和自己的学员预约直播间，并调整自己的预约；其他导师的预约显示为灰色。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="77"/>
        <source>Drag across free time in a room to book it, drag a booking to move it, double-click to edit, right-click for more.</source>
        <translation>在直播间的空闲时段上拖动即可预约，拖动预约可改时间或换直播间，双击编辑，右键查看更多操作。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="79"/>
        <source>Day columns</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="79"/>
        <source>Whole week</source>
        <translation>整周</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="80"/>
        <source>Wide</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="141"/>
        <source>The week could not be loaded: %1</source>
        <translation>无法载入本周排期：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="148"/>
        <source>%1 – %2 · week %3</source>
        <translation>%1 至 %2 · 第%3周</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="151"/>
        <source>%1 bookings · %2 of %3 opening hours booked (%4) · open %5</source>
        <translation>%1个预约 · 开放%3小时中已预约%2小时（%4）· 开放时间 %5</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="156"/>
        <source>No bookings this week · open %1</source>
        <translation>本周暂无预约 · 开放时间 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="198"/>
        <source>Booking moved: %1</source>
        <translation>预约已调整：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="204"/>
        <source>Booking not moved</source>
        <translation>预约未调整</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="229"/>
        <source>booking %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="217"/>
        <source>Booking not cancelled</source>
        <translation>预约未取消</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="231"/>
        <source>Booking cancelled: %1</source>
        <translation>已取消预约：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/rooms_page.py" line="241"/>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="71"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="71"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="71"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="72"/>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="72"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="72"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="73"/>
        <source>Can import</source>
        <translation>可导入</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="73"/>
        <source>Import, with warning</source>
        <translation>导入（有提醒）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="74"/>
        <source>Already enrolled</source>
        <translation>已在册</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="75"/>
        <source>Has problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/roster_preview_model.py" line="75"/>
        <source>Repeated row, skipped</source>
        <translation>重复行，跳过</translation>
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
    <name>ScriptDiffDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/script_diff_dialog.py" line="73"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/script_diff_dialog.py" line="73"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/script_diff_dialog.py" line="73"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/script_diff_dialog.py" line="78"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/script_diff_dialog.py" line="95"/>
        <source>Version %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/script_diff_dialog.py" line="109"/>
        <source>The two versions are identical.</source>
        <translation>两个版本完全相同。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/script_diff_dialog.py" line="112"/>
        <source>%1 changed · %2 added · %3 removed · %4% alike</source>
        <translation>修改 %1 句 · 新增 %2 句 · 删除 %3 句 · 相似度 %4%</translation>
    </message>
    <message>
        <location filename="../../forms/script_diff_dialog.ui" line="6"/>
        <source>Compare script versions</source>
        <translation>话术版本对比</translation>
    </message>
    <message>
        <location filename="../../forms/script_diff_dialog.ui" line="20"/>
        <source>Older version</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <location filename="../../forms/script_diff_dialog.ui" line="26"/>
        <source>Newer version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../../forms/script_diff_dialog.ui" line="56"/>
        <source>Previous change</source>
        <translation>上一处修改</translation>
    </message>
    <message>
        <location filename="../../forms/script_diff_dialog.ui" line="61"/>
        <source>Next change</source>
        <translation>下一处修改</translation>
    </message>
</context>
<context>
    <name>ScriptsDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="139"/>
        <source>Sales scripts of %1</source>
        <translation>%1的话术</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="173"/>
        <source>No scripts yet: write the first one on the right and click “Create script”.</source>
        <translation>还没有话术：在右侧写下第一篇，然后点“创建话术”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="214"/>
        <source>Version %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="218"/>
        <source>%1 flagged</source>
        <translation>%1 处违禁词</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="220"/>
        <source>commented</source>
        <translation>有点评</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="287"/>
        <source>Discard the changes to this script?</source>
        <translation>放弃对这篇话术的修改吗？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="289"/>
        <source>Discard the unsaved comment?</source>
        <translation>放弃未保存的点评吗？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="292"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="304"/>
        <source>Create script</source>
        <translation>创建话术</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="304"/>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="310"/>
        <source>Comment on version %1</source>
        <translation>对第 %1 版的点评</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="312"/>
        <location filename="../../forms/scripts_dialog.ui" line="180"/>
        <source>Mentor comment</source>
        <translation>导师点评</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="315"/>
        <source>Write the first version of the new script.</source>
        <translation>撰写新话术的第一版。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="319"/>
        <source>Edited: saving makes version %1 from these changes.</source>
        <translation>已修改：保存后成为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="323"/>
        <source>Version %1 (%2, %3). Edit the text and save to make version %4.</source>
        <translation>第 %1 版（%2，%3）。修改正文后保存即成为第 %4 版。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="347"/>
        <source>Script created: %1</source>
        <translation>已创建话术：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="352"/>
        <source>Script saved: %1, version %2</source>
        <translation>已保存话术：%1（第 %2 版）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="363"/>
        <source>The list now shows the other changes; your edits are kept. Check them, then save again.</source>
        <translation>列表已显示他人的修改，您的修改仍保留。请核对后再次保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="375"/>
        <source>Comment saved: %1, version %2</source>
        <translation>已保存点评：%1（第 %2 版）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="394"/>
        <source>Choose a version to compare.</source>
        <translation>请选择要比较的版本。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/scripts_dialog.py" line="398"/>
        <source>Version 1 has no earlier version; select two versions to compare.</source>
        <translation>第 1 版没有更早的版本，请选择两个版本进行比较。</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="6"/>
        <location filename="../../forms/scripts_dialog.ui" line="11"/>
        <source>Sales scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="32"/>
        <source>Scripts</source>
        <translation>话术列表</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="47"/>
        <source>New script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="60"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="74"/>
        <source>Select two versions (Ctrl+click) to compare them, or one to compare it with the version before.</source>
        <translation>选中两个版本（按住 Ctrl 点击）进行比较；只选一个则与上一版比较。</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="80"/>
        <source>Compare versions…</source>
        <translation>比较版本…</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="98"/>
        <source>Title</source>
        <translation>话术标题</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="105"/>
        <source>e.g. Peach gift box opening</source>
        <translation>例如：蟠桃礼盒开场</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="116"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="135"/>
        <source>Script text</source>
        <translation>话术正文</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="147"/>
        <source>Write the script here, word by word. Banned advertising terms are marked as you type.</source>
        <translation>在此逐字逐句撰写话术，输入时会标出广告违禁词。</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="163"/>
        <source>Compliance check</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="187"/>
        <source>What should the student change in this version?</source>
        <translation>这一版还需要怎样修改？</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="212"/>
        <source>Save comment</source>
        <translation>保存点评</translation>
    </message>
    <message>
        <location filename="../../forms/scripts_dialog.ui" line="228"/>
        <source>Banned terms…</source>
        <translation>违禁词…</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/search_combo.py" line="91"/>
        <source>Type to search</source>
        <translation>输入文字搜索</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/search_checklist.py" line="129"/>
        <location filename="../../jiarenbase/gui/widgets/search_combo.py" line="232"/>
        <source>%1 more: type more to narrow the list</source>
        <translation>还有 %1 条，请输入更多字以缩小范围</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/search_checklist.py" line="126"/>
        <location filename="../../jiarenbase/gui/widgets/search_combo.py" line="263"/>
        <source>Nothing matches “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/session_actions.py" line="19"/>
        <source>Log session</source>
        <translation>记录实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/session_actions.py" line="21"/>
        <source>Log a drill or live session (%1)</source>
        <translation>记录一场模拟演练或实战直播（%1）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/session_actions.py" line="33"/>
        <source>Import CSV…</source>
        <translation>导入CSV…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/session_actions.py" line="32"/>
        <source>Import sessions from a platform&apos;s CSV export</source>
        <translation>从平台导出的CSV文件导入实训记录</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="113"/>
        <source>Type a name to search</source>
        <translation>输入姓名搜索</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="136"/>
        <source>Log practice session</source>
        <translation>记录实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="136"/>
        <source>Edit practice session</source>
        <translation>编辑实训记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="150"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="197"/>
        <source>Rubric scores (%1)</source>
        <translation>评分（%1）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="212"/>
        <source>From booking: %1</source>
        <translation>来自预约：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="217"/>
        <source>This booking has several students: choose the one this record is for.</source>
        <translation>此预约有多名学员：请选择本条记录的学员。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="219"/>
        <source>None of this booking&apos;s students is yours: choose a student.</source>
        <translation>此预约中没有您指导的学员：请选择学员。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="327"/>
        <source>choose a student from the list (type part of the name to search).</source>
        <translation>请从列表中选择学员（可输入姓名搜索）。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="332"/>
        <source>Average: %1 of 100</source>
        <translation>平均：%1 分（百分制）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="401"/>
        <source>Session in the future</source>
        <translation>未来的实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="402"/>
        <source>This session starts in the future (%1). Save it anyway?</source>
        <translation>本次实训的开始时间在未来（%1），仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_dialog.py" line="411"/>
        <source>Practice session saved: %1</source>
        <translation>已保存实训记录：%1</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="6"/>
        <source>Practice session</source>
        <translation>实训记录</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="32"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="49"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="67"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="91"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="98"/>
        <location filename="../../forms/session_dialog.ui" line="117"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="110"/>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="129"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="161"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="168"/>
        <source>e.g. Jinshan peaches, Fengjing rice wine</source>
        <translation>例如：金山蟠桃、枫泾黄酒</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="184"/>
        <source>Numbers from the platform</source>
        <translation>平台数据</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="196"/>
        <source>Viewers (UV)</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="205"/>
        <location filename="../../forms/session_dialog.ui" line="226"/>
        <location filename="../../forms/session_dialog.ui" line="247"/>
        <location filename="../../forms/session_dialog.ui" line="268"/>
        <location filename="../../forms/session_dialog.ui" line="289"/>
        <location filename="../../forms/session_dialog.ui" line="310"/>
        <location filename="../../forms/session_dialog.ui" line="338"/>
        <location filename="../../forms/session_dialog.ui" line="359"/>
        <location filename="../../forms/session_dialog.ui" line="380"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="206"/>
        <source>Unique viewers; 1,234 or 1.2万 are fine</source>
        <translation>观看人数（去重）；可填 1,234 或 1.2万</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="217"/>
        <source>Peak online</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="227"/>
        <source>Most viewers online at the same time</source>
        <translation>同一时刻最多在线人数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="238"/>
        <source>Avg. watch (s)</source>
        <translation>平均观看（秒）</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="248"/>
        <source>Seconds, or e.g. 1分23秒 / 01:23</source>
        <translation>秒数，或如 1分23秒 / 01:23</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="259"/>
        <location filename="../../forms/session_dialog.ui" line="269"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="280"/>
        <location filename="../../forms/session_dialog.ui" line="290"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="301"/>
        <location filename="../../forms/session_dialog.ui" line="311"/>
        <source>New followers</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="329"/>
        <source>Product clicks</source>
        <translation>商品点击</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="339"/>
        <source>Clicks on products (one viewer may click many times)</source>
        <translation>商品点击次数（一人可多次点击）</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="350"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="360"/>
        <source>Orders placed</source>
        <translation>下单数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="371"/>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="381"/>
        <source>People who bought</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="392"/>
        <source>GMV (¥)</source>
        <translation>成交金额（元）</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="401"/>
        <location filename="../../forms/session_dialog.ui" line="422"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="402"/>
        <source>Gross merchandise value in yuan</source>
        <translation>成交金额（元）</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="413"/>
        <source>Refunds (¥)</source>
        <translation>退款金额（元）</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="423"/>
        <source>Refunded amount in yuan</source>
        <translation>退款金额（元）</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="443"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="444"/>
        <location filename="../../forms/session_dialog.ui" line="451"/>
        <source>Buyers ÷ viewers</source>
        <translation>成交人数 ÷ 观看人数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="450"/>
        <location filename="../../forms/session_dialog.ui" line="463"/>
        <location filename="../../forms/session_dialog.ui" line="476"/>
        <location filename="../../forms/session_dialog.ui" line="489"/>
        <location filename="../../forms/session_dialog.ui" line="502"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="456"/>
        <source>Click rate</source>
        <translation>商品点击率</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="457"/>
        <location filename="../../forms/session_dialog.ui" line="464"/>
        <source>Product clicks ÷ viewers</source>
        <translation>商品点击 ÷ 观看人数</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="469"/>
        <source>GPM</source>
        <translation>GPM</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="470"/>
        <location filename="../../forms/session_dialog.ui" line="477"/>
        <source>GMV per 1,000 viewers</source>
        <translation>每千次观看成交额</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="482"/>
        <source>UV value</source>
        <translation>UV价值</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="483"/>
        <location filename="../../forms/session_dialog.ui" line="490"/>
        <source>GMV per viewer</source>
        <translation>每位观众成交额</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="495"/>
        <source>Avg. order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="496"/>
        <location filename="../../forms/session_dialog.ui" line="503"/>
        <source>GMV per order</source>
        <translation>每单成交额</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="523"/>
        <source>Rubric scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="557"/>
        <source>Mentor remarks</source>
        <translation>导师点评</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="564"/>
        <source>What went well, what to work on next</source>
        <translation>亮点与下次改进</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="577"/>
        <source>Data review</source>
        <translation>数据复盘</translation>
    </message>
    <message>
        <location filename="../../forms/session_dialog.ui" line="584"/>
        <source>Data review (数据复盘): what the numbers say</source>
        <translation>数据复盘：数据说明了什么</translation>
    </message>
</context>
<context>
    <name>SessionImportDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="124"/>
        <source>(named in the file)</source>
        <translation>（按文件中的学员）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="126"/>
        <source>(each student&apos;s mentor)</source>
        <translation>（各学员的导师）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="131"/>
        <source>Choose the platform export</source>
        <translation>选择平台导出文件</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="132"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="150"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="150"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="150"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="151"/>
        <source>%1 rows · encoding %2 · separated by %3</source>
        <translation>共 %1 行 · 编码 %2 · 分隔符 %3</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="173"/>
        <source>Using the mapping saved for %1.</source>
        <translation>使用为%1保存的列对应。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="174"/>
        <source>Guessed from the column names: check it, then save it for %1.</source>
        <translation>根据列名推测：请核对后为%1保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="178"/>
        <source>(ignore)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="223"/>
        <source>Mapping saved for %1.</source>
        <translation>已为%1保存列对应。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="224"/>
        <source>Column mapping saved for %1</source>
        <translation>已保存%1的列对应</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="276"/>
        <source>%1 rows will be imported, %2 rejected, %3 skipped.</source>
        <translation>将导入 %1 行，拒绝 %2 行，跳过 %3 行。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="285"/>
        <source>Import %1 sessions</source>
        <translation>导入 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/session_import_dialog.py" line="293"/>
        <source>Importing sessions</source>
        <translation>正在导入实训记录</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="6"/>
        <source>Import sessions from a platform export</source>
        <translation>从平台导出文件导入实训记录</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="20"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="27"/>
        <source>Choose the CSV exported from the platform&apos;s back end</source>
        <translation>选择从平台后台导出的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="33"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="46"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="57"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="73"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="80"/>
        <source>For an export of one student&apos;s account: every row is theirs</source>
        <translation>单个学员账号的导出：每一行都属于该学员</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="85"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="101"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="108"/>
        <source>Where the file has none</source>
        <translation>文件中没有商品时使用</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="126"/>
        <source>Columns in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="133"/>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="134"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="135"/>
        <source>Field</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="154"/>
        <source>Save this mapping</source>
        <translation>保存此映射</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="155"/>
        <source>Remember these columns for this platform on every computer</source>
        <translation>在所有电脑上记住此平台的列对应</translation>
    </message>
    <message>
        <location filename="../../forms/session_import_dialog.ui" line="163"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>SessionImportPreviewModel</name>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="29"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="29"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="29"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="30"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="30"/>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="30"/>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="30"/>
        <source>GMV</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="57"/>
        <source>Will import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="58"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/session_import_model.py" line="58"/>
        <source>Rejected</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="150"/>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="152"/>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="153"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="154"/>
        <source>Automatic (Microsoft YaHei on Windows)</source>
        <translation>自动选择（Windows 上为微软雅黑）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="157"/>
        <source>PDFs embed a Chinese TrueType font (.ttf/.ttc) so every reader shows them alike. In use: %1</source>
        <translation>PDF 内嵌中文 TrueType 字体（.ttf/.ttc），任何阅读器打开都一样。当前使用：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="158"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="327"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="332"/>
        <source>Connection OK: %1</source>
        <translation>连接成功：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="366"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请修改标红的内容。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="352"/>
        <source>Saved. The new database is used after the program is restarted.</source>
        <translation>已保存。新的数据库连接将在重新启动程序后生效。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="114"/>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="114"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="115"/>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="115"/>
        <source>Extra large</source>
        <translation>特大</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="117"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="126"/>
        <source>Your personal settings are saved at once. This computer&apos;s database, backups, report font and screen lock are saved with the button below.</source>
        <translation>个人设置修改后立即保存；本机的数据库、备份、报表字体和自动锁定需点下面的按钮保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="128"/>
        <source>Your personal settings are saved at once. This computer&apos;s database and backups are set by an administrator.</source>
        <translation>个人设置会立即保存。本机的数据库和备份由管理员设置。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="200"/>
        <source>Kept in this computer&apos;s system credential store, never in the settings file.</source>
        <translation>密码保存在本机的系统密码库中，不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="201"/>
        <source>This computer has no system credential store: the password is not saved and is asked for at each start.</source>
        <translation>本机没有可用的系统密码库：密码不会保存，每次启动时会询问。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="230"/>
        <source>Saved. The new language is used after the program is restarted.</source>
        <translation>已保存。新的界面语言将在重新启动程序后生效。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="231"/>
        <source>Personal settings saved.</source>
        <translation>个人设置已保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="354"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="376"/>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="377"/>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="385"/>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="392"/>
        <source>Choose the report font</source>
        <translation>选择报表字体</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/settings_page.py" line="393"/>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="24"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="35"/>
        <source>Personal settings</source>
        <translation>个人设置</translation>
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
        <location filename="../../forms/settings_page.ui" line="102"/>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="123"/>
        <source>Saved at once with your account: they follow you to every computer.</source>
        <translation>随您的账号立即保存，在任何一台电脑上登录都一样。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="138"/>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="149"/>
        <source>Database file on this computer (SQLite)</source>
        <translation>本机数据库文件（SQLite）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="162"/>
        <location filename="../../forms/settings_page.ui" line="256"/>
        <location filename="../../forms/settings_page.ui" line="352"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="169"/>
        <source>PostgreSQL server (several computers share one database)</source>
        <translation>PostgreSQL 服务器（多台电脑共用一个数据库）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="179"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="190"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="217"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="240"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="245"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="269"/>
        <source>Backups to keep</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="284"/>
        <source>Older backups in the folder are deleted.</source>
        <translation>超出数量的旧备份会被自动删除。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="301"/>
        <source>Longest gap between backups</source>
        <translation>备份最长间隔</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="316"/>
        <source>days; jiarenbase check reports a failure when the last good backup is older.</source>
        <translation>天；最近一次成功备份超过这个天数时，数据库检查会报告失败。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="336"/>
        <source>Printed reports</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="341"/>
        <source>Report font file</source>
        <translation>报表字体文件</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="374"/>
        <source>Screen lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="379"/>
        <source>Lock when idle for</source>
        <translation>无操作后锁定</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="395"/>
        <source>minutes (0 = never). The desktop then returns to the sign-in window; unsaved input in open dialogs is kept.</source>
        <translation>分钟（0 表示从不）。锁定后回到登录窗口，已打开的对话框中未保存的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="432"/>
        <source>Save this computer&apos;s settings</source>
        <translation>保存本机设置</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="451"/>
        <source>Base profile…</source>
        <translation>基地信息…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="477"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="481"/>
        <source>The settings file, the logs and (by default) the database and backups are kept here.</source>
        <translation>设置文件、日志以及（默认情况下）数据库和备份都保存在这里。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="494"/>
        <source>Open data folder</source>
        <translation>打开数据目录</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="439"/>
        <source>Shared by every desktop</source>
        <translation>所有电脑共用</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="443"/>
        <source>Kept in the database: a change here applies at once on every desktop that uses it.</source>
        <translation>保存在数据库中：修改后，使用该数据库的每台电脑立即生效。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="456"/>
        <source>Banned advertising terms…</source>
        <translation>广告违禁词清单…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="461"/>
        <source>Subsidy figures of the year…</source>
        <translation>年度补贴标准…</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="71"/>
        <location filename="../../forms/sign_off_dialog.ui" line="6"/>
        <source>Sign off a stage</source>
        <translation>阶段签核</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="73"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="75"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="75"/>
        <source>Has</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="75"/>
        <source>Needs</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="75"/>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="91"/>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="180"/>
        <source>Sign off</source>
        <translation>签核</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="131"/>
        <source>%1 has completed the training.</source>
        <translation>%1 已结业。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="134"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="137"/>
        <source>Mentor: %1</source>
        <translation>导师：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="140"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="140"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="141"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="141"/>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="153"/>
        <source>Waived: %1</source>
        <translation>已豁免：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="155"/>
        <source>No data: %1</source>
        <translation>无数据：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="163"/>
        <source>%1 of %2 criteria not met or without data yet.</source>
        <translation>%2 项标准中有 %1 项未达到或尚无数据。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="164"/>
        <source>%1 of %2 criteria not met.</source>
        <translation>%2 项标准中有 %1 项未达到。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="169"/>
        <source>Every criterion is met or waived: the stage can be signed off.</source>
        <translation>全部标准已达到或已豁免，可以签核。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="170"/>
        <source>Every criterion is met: the stage can be signed off.</source>
        <translation>全部标准已达到，可以签核。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="177"/>
        <source>Mentors cannot pass a student who has not met every criterion. Ask staff (教务) to sign off with an override reason, or sign off once the criteria are met.</source>
        <translation>未全部达标时导师不能签核。请待学员达标后再签核，或请教务填写特批理由后签核。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="180"/>
        <source>Override and sign off</source>
        <translation>特批签核</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="208"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 个字</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="226"/>
        <source>%1 passed by override: now in %2.</source>
        <translation>已特批：%1 进入%2。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/sign_off_dialog.py" line="227"/>
        <source>%1 signed off: now in %2.</source>
        <translation>已签核：%1 进入%2。</translation>
    </message>
    <message>
        <location filename="../../forms/sign_off_dialog.ui" line="53"/>
        <source>Override (pass although criteria are unmet)</source>
        <translation>特批（未全部达标仍予通过）</translation>
    </message>
    <message>
        <location filename="../../forms/sign_off_dialog.ui" line="57"/>
        <source>Only staff may let a student pass without meeting every criterion. Write why; the reason is kept with the stage record and in the audit log.</source>
        <translation>只有教务可以让未全部达标的学员通过。请写明理由；理由会随阶段记录保存并写入审计日志。</translation>
    </message>
    <message>
        <location filename="../../forms/sign_off_dialog.ui" line="63"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/sign_off_dialog.ui" line="72"/>
        <source>At least 10 characters, e.g. what the student did instead</source>
        <translation>至少10个字，例如学员以其他方式达到的要求</translation>
    </message>
</context>
<context>
    <name>StageBoardPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="133"/>
        <source>%1 (%2 students)</source>
        <translation>%1（%2名学员）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="140"/>
        <source>You have no students in any cohort yet.</source>
        <translation>您目前没有在任何批次中指导的学员。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="141"/>
        <source>No cohort to show. Staff create cohorts on the Cohorts page.</source>
        <translation>没有可显示的批次。教务可在“批次”页面新建批次。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="154"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="189"/>
        <source>%1 students · %2 ready for sign-off</source>
        <translation>共 %1 名学员 · %2 人可签核</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="263"/>
        <source>Select a student&apos;s card first.</source>
        <translation>请先选择一名学员的卡片。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="266"/>
        <source>%1 has completed the training; there is no stage left to sign off.</source>
        <translation>%1 已结业，没有可签核的阶段。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="275"/>
        <source>%1: %2 → %3 passed by override.</source>
        <translation>%1：%2 → %3，特批通过。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="276"/>
        <source>%1: %2 → %3 signed off.</source>
        <translation>%1：%2 → %3，已签核。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="285"/>
        <source>Only staff may change the stage criteria.</source>
        <translation>只有教务可以修改阶段标准。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/stage_board_page.py" line="293"/>
        <source>Stage criteria of %1 saved.</source>
        <translation>%1 的阶段标准已保存。</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="17"/>
        <source>Stage board</source>
        <translation>阶段看板</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="28"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="40"/>
        <source>Find a student</source>
        <translation>查找学员</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="47"/>
        <source>Ready for sign-off only</source>
        <translation>只看可签核</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="52"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="62"/>
        <source>Sign off…</source>
        <translation>签核…</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="67"/>
        <source>Open student</source>
        <translation>打开学员</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="72"/>
        <source>Stage criteria…</source>
        <translation>阶段标准…</translation>
    </message>
    <message>
        <location filename="../../forms/stage_board_page.ui" line="77"/>
        <source>Cognitive lessons and attendance…</source>
        <translation>认知课程考勤…</translation>
    </message>
</context>
<context>
    <name>StageCardWidget</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="240"/>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="263"/>
        <source>Mentor: %1</source>
        <translation>导师：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="241"/>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="264"/>
        <source>No mentor yet</source>
        <translation>尚未分配导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="182"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="179"/>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="274"/>
        <source>Waived: %1</source>
        <translation>已豁免：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="210"/>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="225"/>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="272"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="218"/>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="222"/>
        <source>Ready for sign-off</source>
        <translation>可签核</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="224"/>
        <source>Not ready</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="245"/>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="256"/>
        <source>Completed on %1</source>
        <translation>%1 结业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="248"/>
        <source>%1 days in stage</source>
        <translation>本阶段 %1 天</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_card.py" line="258"/>
        <source>In this stage since %1 (%2 days)</source>
        <translation>%1 进入本阶段（%2 天）</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_column.py" line="92"/>
        <source>%1 ready</source>
        <translation>%1 人可签核</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_column.py" line="105"/>
        <source>No students in this stage</source>
        <translation>本阶段暂无学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/stage_column.py" line="107"/>
        <source>No students match the filter</source>
        <translation>没有符合筛选条件的学员</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <location filename="../../forms/start_splash.ui" line="6"/>
        <location filename="../../forms/start_splash.ui" line="15"/>
        <source>JiarenBase</source>
        <translation>JiarenBase</translation>
    </message>
    <message>
        <location filename="../../forms/start_splash.ui" line="20"/>
        <source>Classroom operations of the 自家人 live-streaming training base</source>
        <translation>自家人直播实训基地教务系统</translation>
    </message>
    <message>
        <location filename="../../forms/start_splash.ui" line="32"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="92"/>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="94"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="97"/>
        <source>Filled from the ID number</source>
        <translation>由身份证号自动填写</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="109"/>
        <source>New student</source>
        <translation>登记学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="109"/>
        <source>Edit student</source>
        <translation>编辑学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="143"/>
        <location filename="../../forms/student_dialog.ui" line="76"/>
        <source>Change ID number</source>
        <translation>更改身份证号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="143"/>
        <source>Keep current number</source>
        <translation>保留原号码</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="144"/>
        <source>Type the new 18-character ID number</source>
        <translation>请输入新的18位身份证号</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/student_dialog.py" line="145"/>
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
    <name>StudentPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="121"/>
        <location filename="../../forms/student_page.ui" line="6"/>
        <source>Student file</source>
        <translation>学员档案</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="126"/>
        <source>Sessions</source>
        <translation>实训场次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="126"/>
        <source>Average rubric</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="127"/>
        <source>Best conversion</source>
        <translation>最佳转化率</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="127"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="131"/>
        <source>Rubric average per session</source>
        <translation>每场实训评分均值</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="131"/>
        <source>Rubric average (0–100)</source>
        <translation>评分均值（0–100）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="133"/>
        <source>Conversion rate per session</source>
        <translation>每场实训转化率</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="133"/>
        <source>Conversion rate (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="141"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="158"/>
        <source>Sales scripts are not available in this version.</source>
        <translation>此版本暂不提供话术功能。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="202"/>
        <source>Could not open the student file</source>
        <translation>无法打开学员档案</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="211"/>
        <source>Student file — %1</source>
        <translation>学员档案 — %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="228"/>
        <source>Mentor: %1</source>
        <translation>导师：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="228"/>
        <source>Last mentor: %1</source>
        <translation>最后一位导师：%1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="231"/>
        <source>No mentor assigned</source>
        <translation>未分配导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="232"/>
        <source>Cohort %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="233"/>
        <source>No cohort</source>
        <translation>未分批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="234"/>
        <source>ID %1</source>
        <translation>身份证 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="236"/>
        <source>Student no. %1</source>
        <translation>学号 %1</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="242"/>
        <source>%1 mock drills, %2 live sessions</source>
        <translation>模拟演练 %1 场，实战直播 %2 场</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="247"/>
        <source>Median of %1 students of the cohort at each session number</source>
        <translation>同批次 %1 名学员在第 N 场的中位数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="277"/>
        <source>%1 entries</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="278"/>
        <source>%1 of %2 entries</source>
        <translation>%2 条中的 %1 条</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/student_page.py" line="295"/>
        <source>Short videos are not available in this version.</source>
        <translation>此版本暂不提供短视频功能。</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="18"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="39"/>
        <source>Sales scripts…</source>
        <translation>话术…</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="40"/>
        <source>Versions, diffs, mentor comments and the compliance check of this student&apos;s sales scripts</source>
        <translation>该学员话术的各个版本、版本对比、导师点评和合规检查</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="45"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="66"/>
        <source>Growth and timeline</source>
        <translation>成长曲线与时间线</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="97"/>
        <source>No practice sessions yet</source>
        <translation>尚无实训记录</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="103"/>
        <source>The growth curves appear here once the first mock drill or live session is logged.</source>
        <translation>记录第一场模拟演练或实战直播后，这里会显示成长曲线。</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="129"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="140"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="151"/>
        <source>Needs attention only</source>
        <translation>只看需关注</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="152"/>
        <source>Absences, override sign-offs, overdue follow-ups and jobs left</source>
        <translation>缺勤、特批签核、逾期回访和离职</translation>
    </message>
    <message>
        <location filename="../../forms/student_page.ui" line="180"/>
        <source>Short videos</source>
        <translation>短视频</translation>
    </message>
</context>
<context>
    <name>SubsidyPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="94"/>
        <source>The bank debit card is not needed when the graduate already has a social security card.</source>
        <translation>毕业生已有社会保障卡的，无需提供银行借记卡。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="96"/>
        <source>All flexibly employed</source>
        <translation>全部灵活就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="96"/>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="201"/>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="96"/>
        <source>Eligible, not applied</source>
        <translation>符合条件未申请</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="97"/>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="200"/>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="244"/>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="99"/>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="99"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="99"/>
        <source>Months left</source>
        <translation>剩余月数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="99"/>
        <source>Per month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="100"/>
        <source>Apply in</source>
        <translation>申请所在区</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="100"/>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="129"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="165"/>
        <source>No graduate matches this filter.</source>
        <translation>没有符合筛选条件的毕业生。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="166"/>
        <source>No flexibly employed graduates yet. Record a placement with the outcome &quot;flexible employment&quot;.</source>
        <translation>暂无灵活就业的毕业生。请登记就业去向为“灵活就业”的记录。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="177"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="201"/>
        <source>Eligible · applied</source>
        <translation>符合条件 · 已申请</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="212"/>
        <source>%1 flexibly employed · %2 eligible · %3 eligible but not applied</source>
        <translation>灵活就业 %1 人 · 符合条件 %2 人 · 符合条件未申请 %3 人</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="238"/>
        <source>Choose a graduate on the left to see the reasons, the centre and the materials.</source>
        <translation>在左侧选择一名毕业生，查看判定理由、受理中心和申请材料。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="246"/>
        <source>Eligible: %1 months left; no amount (enter the year&apos;s rates)</source>
        <translation>符合条件：还可享受 %1 个月；未设置补贴标准，暂无金额</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="249"/>
        <source>Eligible: %1 months left, %2 a month</source>
        <translation>符合条件：还可享受 %1 个月，每月 %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="252"/>
        <source>Flexibly employed since %1</source>
        <translation>自 %1 起灵活就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="279"/>
        <source>Applied on %1.</source>
        <translation>已于 %1 申请。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="280"/>
        <source>Not applied yet.</source>
        <translation>尚未申请。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="328"/>
        <source>Last ticked by %1 on %2.</source>
        <translation>最近由 %1 于 %2 勾选。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/subsidy_page.py" line="348"/>
        <source>Materials saved: %1 (%2 of %3 ready)</source>
        <translation>已保存申请材料：%1（已备齐 %2/%3 项）</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="12"/>
        <source>Flexible-employment subsidy</source>
        <translation>灵活就业社会保险补贴</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="24"/>
        <source>Student, cohort or district</source>
        <translation>学员、批次或区</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="37"/>
        <source>Subsidy rates…</source>
        <translation>补贴标准…</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="42"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="93"/>
        <source>Why</source>
        <translation>判定理由</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="106"/>
        <source>Where to apply</source>
        <translation>申请地点</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="118"/>
        <source>Materials to bring</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="133"/>
        <source>Tick what the graduate has ready; each tick is saved.</source>
        <translation>勾选毕业生已备齐的材料（每次勾选即保存）。</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="147"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="154"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="159"/>
        <source>Mark applied</source>
        <translation>登记已申请</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_page.ui" line="164"/>
        <source>Not applied</source>
        <translation>撤销申请登记</translation>
    </message>
</context>
<context>
    <name>SubsidyRatesDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/subsidy_rates_dialog.py" line="50"/>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="6"/>
        <source>Subsidy rates</source>
        <translation>补贴标准</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/subsidy_rates_dialog.py" line="68"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/subsidy_rates_dialog.py" line="81"/>
        <source>Confirmed figures for %1, saved in the settings.</source>
        <translation>%1年标准已确认并保存在设置中。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/subsidy_rates_dialog.py" line="83"/>
        <source>Placeholder figures shipped with the program, not yet confirmed: check them against the %1 notice and save.</source>
        <translation>这是程序自带的参考数值，尚未确认：请对照 %1 年度的官方通知核对后保存。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/subsidy_rates_dialog.py" line="86"/>
        <source>No figures for %1 yet: enter them from the year&apos;s notice.</source>
        <translation>尚无%1年标准：请按当年通知填写。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/subsidy_rates_dialog.py" line="105"/>
        <source>%1 × %2 × %3 = %4 a month</source>
        <translation>%1 × %2 × %3 = 每月 %4</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="10"/>
        <source>The flexible-employment subsidy pays the given share of the pension and medical insurance computed on the year&apos;s minimum contribution base. Take the figures from the year&apos;s official notice.</source>
        <translation>灵活就业社保补贴按当年缴费基数下限计算的养老、医疗保险费的规定比例发放。请按当年官方通知填写数值。</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="26"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="39"/>
        <source>Minimum contribution base</source>
        <translation>缴费基数下限</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="47"/>
        <source> yuan/month</source>
        <translation> 元/月</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="59"/>
        <source>Pension + medical rate</source>
        <translation>养老+医疗缴费比例</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="67"/>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="87"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="78"/>
        <source>Subsidy share</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <location filename="../../forms/subsidy_rates_dialog.ui" line="98"/>
        <source>Monthly subsidy</source>
        <translation>每月补贴</translation>
    </message>
</context>
<context>
    <name>TalentPoolPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="83"/>
        <source>Any level</source>
        <translation>不限等级</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="85"/>
        <source>Any occupation</source>
        <translation>不限职业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="86"/>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="205"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="86"/>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="207"/>
        <location filename="../../forms/talent_pool_page.ui" line="20"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="86"/>
        <source>Top certificate</source>
        <translation>最高证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="87"/>
        <source>Best conversion</source>
        <translation>最佳转化率</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="87"/>
        <source>Avg rubric</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="87"/>
        <source>Sessions</source>
        <translation>实训场次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="87"/>
        <source>Consent</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="104"/>
        <source>Choose a candidate to see the file.</source>
        <translation>选择一名候选人查看档案。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="149"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="149"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="167"/>
        <source>No one in the talent pool matches. Loosen a filter, e.g. a lower certificate level.</source>
        <translation>人才库中没有符合条件的学员。请放宽条件，例如降低证书等级。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="169"/>
        <source>The talent pool is empty. Graduates not placed are archived here with their file.</source>
        <translation>人才库还是空的。未就业的结业学员会在此建档留档。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="197"/>
        <source>Agreed to be contacted by enterprise clients</source>
        <translation>已同意企业联系</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="198"/>
        <source>Has NOT agreed to be contacted: pass requests on through the base</source>
        <translation>未同意被联系：请经基地转达</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="199"/>
        <source>Best sessions</source>
        <translation>最佳实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="199"/>
        <source>No sessions logged.</source>
        <translation>暂无实训记录。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="200"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="200"/>
        <source>No certificates.</source>
        <translation>暂无证书。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="201"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="205"/>
        <source>School</source>
        <translation>院校名称</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="205"/>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="206"/>
        <source>Left school</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="207"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="214"/>
        <source>Rubric</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="214"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="214"/>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="214"/>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="238"/>
        <source>%1 candidates · %2 selected</source>
        <translation>共 %1 人 · 已选 %2 人</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="247"/>
        <source>Archive to talent pool</source>
        <translation>归入人才库</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="250"/>
        <source>Every graduate who completed training is placed, in the pool or has an unknown outcome to find out.</source>
        <translation>所有结业学员均已就业、已在人才库，或去向未知待核实。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="253"/>
        <source>Archive %1 graduates not placed into the talent pool?
%2</source>
        <translation>将 %1 名未就业的结业学员归入人才库？
%2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="262"/>
        <source>%1 archived to the talent pool.</source>
        <translation>已将 %1 人归入人才库。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="269"/>
        <source>shortlist</source>
        <translation>候选名单</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="270"/>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="280"/>
        <location filename="../../forms/talent_pool_page.ui" line="159"/>
        <source>Export shortlist…</source>
        <translation>导出候选名单…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="271"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/talent_pool_page.py" line="278"/>
        <source>Shortlist saved: %1 (%2 candidates)</source>
        <translation>候选名单已保存：%1（%2 人）</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="12"/>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="26"/>
        <source>e.g. 主播 数据复盘 (all words must match)</source>
        <translation>如：主播 数据复盘（须全部包含）</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="32"/>
        <source>Certificate at least</source>
        <translation>证书等级不低于</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="48"/>
        <source>Best conversion ≥</source>
        <translation>最佳转化率 ≥</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="54"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="63"/>
        <source>Average rubric ≥</source>
        <translation>平均评分 ≥</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="76"/>
        <source>Only those who agreed to be contacted</source>
        <translation>仅限同意联系的</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="83"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="89"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="127"/>
        <source>Candidate file</source>
        <translation>候选人档案</translation>
    </message>
    <message>
        <location filename="../../forms/talent_pool_page.ui" line="154"/>
        <source>Archive unplaced graduates…</source>
        <translation>未就业结业学员归档…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="38"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="39"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="40"/>
        <source>Practice session</source>
        <translation>实训</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="41"/>
        <source>Sales script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="42"/>
        <source>Short video</source>
        <translation>短视频</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="43"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="44"/>
        <source>Placement</source>
        <translation>就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="45"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="74"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="75"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/models/timeline_model.py" line="76"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="61"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="88"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="105"/>
        <source>No deleted records match the type or search.</source>
        <translation>没有符合类型或搜索条件的已删除记录。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="106"/>
        <source>Nothing has been deleted. Deleted students, cohorts, partner schools, enterprise clients, mentors, practice records, room bookings, placements and short videos appear here and can be restored.</source>
        <translation>没有已删除的记录。删除的学员、批次、合作院校、企业客户、导师、实训记录、直播间预约、就业去向和短视频会出现在这里，并可恢复。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="111"/>
        <source>%1 deleted records</source>
        <translation>共 %1 条已删除记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="145"/>
        <source>Restored: %1 “%2”.</source>
        <translation>已恢复：%1“%2”。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/trash_page.py" line="152"/>
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
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="86"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="87"/>
        <source>At least 8 characters of two kinds (letters, digits, symbols)</source>
        <translation>至少8位，包含字母、数字、符号中的两种</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="95"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="96"/>
        <source>Confirm new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="98"/>
        <source>Leave empty to keep the current password</source>
        <translation>留空则不修改密码</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="109"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="109"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/user_dialog.py" line="174"/>
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
<context>
    <name>VideoDialog</name>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/video_dialog.py" line="77"/>
        <location filename="../../jiarenbase/gui/dialogs/video_dialog.py" line="100"/>
        <source>(none: an original video)</source>
        <translation>（无：原创视频）</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/video_dialog.py" line="84"/>
        <source>New short video</source>
        <translation>新增短视频</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/video_dialog.py" line="84"/>
        <source>Edit short video</source>
        <translation>编辑短视频</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/video_dialog.py" line="96"/>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/video_dialog.py" line="143"/>
        <source>Like rate %1 · comment rate %2</source>
        <translation>点赞率 %1 · 评论率 %2</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/dialogs/video_dialog.py" line="147"/>
        <source>Views against “%1”: %2</source>
        <translation>播放量对比“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="6"/>
        <source>Short video</source>
        <translation>短视频</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="22"/>
        <source>Video title</source>
        <translation>视频标题</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="30"/>
        <source>e.g. Peach gift box unboxing, take 2</source>
        <translation>例如：蟠桃礼盒开箱第2版</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="41"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="56"/>
        <source>Publish date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="64"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="71"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="85"/>
        <source>Views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="105"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="125"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="145"/>
        <source>Iteration of</source>
        <translation>迭代自</translation>
    </message>
    <message>
        <location filename="../../forms/video_dialog.ui" line="152"/>
        <source>The earlier video of this student that this one improves on</source>
        <translation>该学员的哪个早先视频的改进版</translation>
    </message>
</context>
<context>
    <name>VideosPanel</name>
    <message>
        <location filename="../../jiarenbase/gui/widgets/videos_panel.py" line="65"/>
        <source>Views against the version before</source>
        <translation>播放量与上一版相比</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/videos_panel.py" line="122"/>
        <source>%1 videos · %2 originals · %3 views in all</source>
        <translation>共 %1 条视频 · %2 条原创 · 总播放量 %3</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/videos_panel.py" line="170"/>
        <source>Delete the video “%1”? Its iterations then count as iterations of the version before it.</source>
        <translation>删除视频“%1”吗？它的迭代版将改为接在它的上一版之后。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/videos_panel.py" line="172"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/videos_panel.py" line="173"/>
        <source>Delete video</source>
        <translation>删除视频</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/videos_panel.py" line="180"/>
        <source>video “%1”</source>
        <translation>视频“%1”</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/widgets/videos_panel.py" line="183"/>
        <source>Video deleted: %1</source>
        <translation>已删除视频：%1</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="22"/>
        <source>Add video</source>
        <translation>新增视频</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="27"/>
        <source>Add iteration</source>
        <translation>新增迭代版</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="32"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="37"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="54"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="55"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="56"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="57"/>
        <source>Views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="58"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="59"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="60"/>
        <source>Like rate</source>
        <translation>点赞率</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="61"/>
        <source>vs previous</source>
        <translation>较上一版</translation>
    </message>
    <message>
        <location filename="../../forms/videos_panel.ui" line="66"/>
        <source>No short videos yet. Click “Add video” to record the first one.</source>
        <translation>还没有短视频。点击“新增视频”记录第一条。</translation>
    </message>
</context>
</TS>

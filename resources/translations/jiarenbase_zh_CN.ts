<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="33"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="35"/>
        <source>Loading figures…</source>
        <translation>正在加载统计数据…</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="37"/>
        <source>Trained to date</source>
        <translation>累计培训学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="38"/>
        <source>Cognitive stage</source>
        <translation>认知实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="39"/>
        <source>Project stage</source>
        <translation>项目实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="40"/>
        <source>Live-practice stage</source>
        <translation>实战实训阶段</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="41"/>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="42"/>
        <source>Signed to enterprise projects</source>
        <translation>签约企业项目</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="43"/>
        <source>Employed on graduation</source>
        <translation>毕业即就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="44"/>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="45"/>
        <source>Enterprise clients served</source>
        <translation>已服务企业客户</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="46"/>
        <source>Practice sessions</source>
        <translation>实训记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="47"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="48"/>
        <source>Live rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/pages/dashboard.py" line="69"/>
        <source>%1 partner schools, %2 cohorts, %3 mentors</source>
        <translation>合作院校 %1 所，批次 %2 个，导师 %3 位</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="23"/>
        <source>JiarenBase — 自家人 live-streaming training base</source>
        <translation>JiarenBase — 自家人直播实训基地教务系统</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="25"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="26"/>
        <source>The lists and records of this page are being built; the figures are on the dashboard.</source>
        <translation>本页面的列表与记录功能正在建设中；各项统计数据可在“工作台”查看。</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="27"/>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="27"/>
        <source>Cohorts</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="27"/>
        <source>Partner schools</source>
        <translation>合作院校</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="28"/>
        <source>Enterprise clients</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="28"/>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="28"/>
        <source>Live rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="29"/>
        <source>Practice sessions</source>
        <translation>实训记录</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="29"/>
        <source>Placements</source>
        <translation>就业</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="29"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="30"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../jiarenbase/gui/main_window.py" line="30"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
</TS>

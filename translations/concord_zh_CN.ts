<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Concord</source>
        <translation>关于 Concord</translation>
    </message>
    <message>
        <source>Reads the Vietnamese and Chinese versions of cooperation agreements side by side and keeps every commitment in them up to date.</source>
        <translation>对照阅读合作协议的越南文本和中文本，并随时跟踪其中每一项承诺的落实情况。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty Concord database file</source>
        <translation>创建一个空的 Concord 数据库文件</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another Concord database file</source>
        <translation>打开另一个 Concord 数据库文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Concord</source>
        <translation>退出 Concord</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>协议(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>对照阅读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>承诺事项(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>各方(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>报告(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Concord</source>
        <translation>关于 Concord(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export Status Report…</source>
        <translation>导出情况报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the commitments&apos; status as PDF, Excel, CSV, HTML or a calendar</source>
        <translation>将承诺事项落实情况导出为 PDF、Excel、CSV、HTML 或日历</translation>
    </message>
    <message>
        <source>&amp;Import Agreements…</source>
        <translation>导入协议(&amp;I)…</translation>
    </message>
    <message>
        <source>Import agreements from text, Word or PDF files</source>
        <translation>从文本、Word 或 PDF 文件导入协议</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a copy of the open database (also while it is in use)</source>
        <translation>保存当前数据库的副本（使用中也可）</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the open database by a backup; its present content is kept beside it</source>
        <translation>用备份替换当前数据库；现有内容另存于旁</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a department&apos;s shared database on a PostgreSQL server</source>
        <translation>打开部门在 PostgreSQL 服务器上的共享数据库</translation>
    </message>
</context>
<context>
    <name>concord::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, ICU %2 and SQLite %3.</source>
        <translation>基于 Qt %1、ICU %2 和 SQLite %3 构建。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>concord::AgreementCatalog</name>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation>无法读取协议列表：%1</translation>
    </message>
</context>
<context>
    <name>concord::AgreementListModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n 项待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation>%1
导入自 %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>各方</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>⚠ OCR text</source>
        <translation>⚠ OCR 文本</translation>
    </message>
    <message>
        <source>⎙ OCR (scan)</source>
        <translation>⎙ OCR（扫描件）</translation>
    </message>
    <message>
        <source>Read from a scan by text recognition: the reader underlines the words it was unsure of and shows the scan beside the text.</source>
        <translation>由文字识别从扫描件读出：阅读器为没有把握的字词加下划线，并在文本旁显示扫描件。</translation>
    </message>
</context>
<context>
    <name>concord::AgreementObligationRule</name>
    <message>
        <source>The agreement gives no end of validity to renew by.</source>
        <translation>协议未写明有效期，无法确定续签期限。</translation>
    </message>
    <message>
        <source>The two texts name different hosts: %1 and %2.</source>
        <translation>两种文本写明的承办方不同：%1和%2。</translation>
    </message>
</context>
<context>
    <name>concord::AgreementShape</name>
    <message>
        <source>No agreement was recognised in it: no title, no numbered or signed parts, no parties. Import it anyway only if it is an agreement.</source>
        <translation>未识别出任何协议：没有标题、没有编号或签署部分、没有任何一方。只有确实是协议时才导入。</translation>
    </message>
</context>
<context>
    <name>concord::AgreementStore</name>
    <message>
        <source>The database cannot start the import: %1</source>
        <translation>数据库无法开始导入：%1</translation>
    </message>
    <message>
        <source>The file could not be stored; the database is unchanged: %1</source>
        <translation>文件未能保存，数据库未作更改：%1</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>没有编号为%1的协议。</translation>
    </message>
    <message>
        <source>The agreement could not be deleted; the database is unchanged: %1</source>
        <translation>无法删除该协议；数据库未作改动：%1</translation>
    </message>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation>无法读取协议列表：%1</translation>
    </message>
</context>
<context>
    <name>concord::AgreementsPage</name>
    <message>
        <source>Filter by title, place or party</source>
        <translation>按标题、地点或签署方筛选</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import agreements from files (Ctrl+I), or drop files here</source>
        <translation>从文件导入协议（Ctrl+I），或将文件拖放到此处</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>全部各方</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>全部有效状态</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n agreement(s)</source>
        <translation>
            <numerusform>%1 / %n 份协议</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Agreements</source>
        <translation>导入协议</translation>
    </message>
    <message>
        <source>Import finished with errors</source>
        <translation>导入完成，但有错误</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Delete Agreement…</source>
        <translation>删除协议…</translation>
    </message>
    <message>
        <source>Cannot read the agreements</source>
        <translation>无法读取协议列表</translation>
    </message>
    <message>
        <source>Delete Agreement</source>
        <translation>删除协议</translation>
    </message>
    <message>
        <source>Delete “%1” (%2) with its clauses, alignment, commitments and their history? The store&apos;s history keeps a line saying it was deleted; the file can be imported again.</source>
        <translation>删除“%1”（%2）及其条款、对照、承诺事项和历史记录？数据库日志将保留删除记录；该文件以后可重新导入。</translation>
    </message>
    <message>
        <source>Cannot delete the agreement</source>
        <translation>无法删除该协议</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>仍要导入吗？</translation>
    </message>
    <message numerus="yes">
        <source>No agreement was recognised in %n file(s). Import it (them) anyway?</source>
        <translation>
            <numerusform>有 %n 个文件未识别出协议。仍要导入吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Agreements and scans (%1)</source>
        <translation>协议和扫描件 (%1)</translation>
    </message>
    <message>
        <source>Scans (%1)</source>
        <translation>扫描件 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>concord::AlignmentSession</name>
    <message>
        <source>No agreement is open.</source>
        <translation>尚未打开任何协议。</translation>
    </message>
    <message>
        <source>This change does not apply to the selected pair.</source>
        <translation>此更改不适用于所选的句对。</translation>
    </message>
</context>
<context>
    <name>concord::AlignmentStore</name>
    <message>
        <source>There is no agreement %1.</source>
        <translation>不存在编号为 %1 的协议。</translation>
    </message>
    <message>
        <source>The agreement cannot be read: %1</source>
        <translation>无法读取协议：%1</translation>
    </message>
    <message>
        <source>The alignment cannot be read: %1</source>
        <translation>无法读取对齐结果：%1</translation>
    </message>
    <message>
        <source>The alignment cannot be saved: %1</source>
        <translation>无法保存对齐结果：%1</translation>
    </message>
    <message>
        <source>The alignment could not be saved; the database is unchanged: %1</source>
        <translation>未能保存对齐结果，数据库未作更改：%1</translation>
    </message>
    <message>
        <source>Agreement %1 was changed by someone else after you opened it: your change was not saved. The agreement is read again; make your change on it if it is still needed.</source>
        <translation>协议 %1 在您打开后已被他人更改：您的更改未保存。已重新读取该协议；如仍需要，请在其上重新更改。</translation>
    </message>
    <message>
        <source>%1 changed agreement %2 at %3, after you opened it: your change was not saved. The agreement is read again; make your change on it if it is still needed.</source>
        <translation>%1 于 %3 更改了协议 %2（在您打开之后）：您的更改未保存。已重新读取该协议；如仍需要，请在其上重新更改。</translation>
    </message>
</context>
<context>
    <name>concord::CloseHistoryDialog</name>
    <message>
        <source>Close History</source>
        <translation>关闭以往各期</translation>
    </message>
    <message>
        <source>Every period of “%1” that ended before it was tracked gets this status and note.</source>
        <translation>“%1”在开始跟踪之前已结束的每一期都将设为此状态并附此备注。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Why (e.g. done before Concord was used, per the 2025 review)</source>
        <translation>原因（例如：使用 Concord 之前已完成，见2025年总结）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentBoard</name>
    <message>
        <source>Overdue today</source>
        <translation>今日逾期</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>期限自</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>期限至</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Edit and Accept…</source>
        <translation>修改并接受…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Add a note (what was done, a document number, a link)…</source>
        <translation>添加备注（已做的工作、文号、链接）…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>全部各方</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>全部协议</translation>
    </message>
    <message>
        <source>Loading commitments…</source>
        <translation>正在加载承诺…</translation>
    </message>
    <message>
        <source>Cannot read the commitments</source>
        <translation>无法读取承诺</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n 项承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <source>to review: %1</source>
        <translation>待审核：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a commitment to see where it comes from and its history.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一项承诺，查看其出处和历史。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>文本依据</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>无法更改状态</translation>
    </message>
    <message>
        <source>Cannot add the note</source>
        <translation>无法添加备注</translation>
    </message>
    <message>
        <source>Cannot accept the commitment</source>
        <translation>无法接受该承诺</translation>
    </message>
    <message>
        <source>Cannot reject the commitment</source>
        <translation>无法驳回该承诺</translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>无法读取各方信息</translation>
    </message>
    <message>
        <source>Accepted and to review</source>
        <translation>已审核及待审核</translation>
    </message>
    <message>
        <source>Cannot read the agreements</source>
        <translation>无法读取协议列表</translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>30天内到期：%1</translation>
    </message>
    <message>
        <source>status to confirm: %1</source>
        <translation>状态待确认：%1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n commitment(s) by due date; reading the rest…</source>
        <translation>
            <numerusform>显示最早到期的 %n 项承诺；正在读取其余承诺…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Apply your change anyway? No shows the commitment as it is now.</source>
        <translation>仍然应用您的修改？选“否”则显示该承诺的当前状态。</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentExtractor</name>
    <message>
        <source>Recurring, but the agreement gives no dates: add the occurrences by hand.</source>
        <translation>定期承诺，但协议未给出日期：请手动添加各期。</translation>
    </message>
    <message numerus="yes">
        <source>Recurring, but the agreement gives no end of validity: occurrences are listed for %n year(s), until %1.</source>
        <translation>
            <numerusform>定期承诺，但协议未给出有效期截止日：仅列出%n年内的各期，至%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::CommitmentModel</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>(to confirm)</source>
        <translation>（待确认）</translation>
    </message>
    <message>
        <source>Lead: %1
Supporting: %2</source>
        <translation>牵头：%1
配合：%2</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>牵头：%1</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentStore</name>
    <message>
        <source>No party called &quot;%1&quot; in this store.</source>
        <translation>本数据库中没有名为“%1”的一方。</translation>
    </message>
    <message>
        <source>The commitments cannot be read: %1</source>
        <translation>无法读取承诺事项：%1</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>没有承诺事项%1。</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentTracker</name>
    <message>
        <source>&quot;%1&quot; is not a party Concord knows.</source>
        <translation>“%1”不是 Concord 已知的一方。</translation>
    </message>
    <message>
        <source>A commitment needs at least one responsible party.</source>
        <translation>承诺事项至少需要一个责任方。</translation>
    </message>
    <message>
        <source>Commitment %1 is already accepted as it is.</source>
        <translation>承诺事项%1已按原样确认。</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed: %1</source>
        <translation>更改未能保存，数据未作更改：%1</translation>
    </message>
    <message>
        <source>Commitment %1 is already rejected.</source>
        <translation>承诺事项%1已被驳回。</translation>
    </message>
    <message>
        <source>Commitment %1 was rejected; accept it before tracking it.</source>
        <translation>承诺事项%1已被驳回；请先确认再跟踪。</translation>
    </message>
    <message>
        <source>Commitment %1 has no occurrence in %2.</source>
        <translation>承诺事项%1在%2年没有待办事项。</translation>
    </message>
    <message>
        <source>Commitment %1 is already %2.</source>
        <translation>承诺事项%1已是%2状态。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>Every period of commitment %1 ended before tracking started; close them as history.</source>
        <translation>承诺事项%1的各期均在开始跟踪之前结束；请将其作为以往各期关闭。</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>没有编号为%1的协议。</translation>
    </message>
    <message>
        <source>Agreement %1 has no period before its tracked-from day that is not already %2.</source>
        <translation>协议%1在开始跟踪日期之前没有尚非%2状态的期次。</translation>
    </message>
    <message>
        <source>The tracked-from day is not a valid date.</source>
        <translation>开始跟踪日期不是有效日期。</translation>
    </message>
    <message>
        <source>Agreement %1 is already tracked from %2.</source>
        <translation>协议%1已从%2开始跟踪。</translation>
    </message>
    <message>
        <source>Commitment %1 was changed by someone else after you read it: reload it to see the change, or apply yours anyway.</source>
        <translation>承诺 %1 在您读取后已被他人修改：请重新加载查看修改，或仍然应用您的修改。</translation>
    </message>
    <message>
        <source>%1 changed commitment %2 at %3, after you read it: reload it to see the change, or apply yours anyway.</source>
        <translation>%1 于 %3 修改了承诺 %2（在您读取之后）：请重新加载查看修改，或仍然应用您的修改。</translation>
    </message>
</context>
<context>
    <name>concord::ConnectServerDialog</name>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>将密码保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass or the keyring</source>
        <translation>留空：使用 ~/.pgpass 或密钥环</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>加密并验证服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>安全(&amp;C)：</translation>
    </message>
    <message>
        <source>Concord never writes the password to its settings. Without the keyring it is kept until Concord closes; libpq&apos;s ~/.pgpass works too.</source>
        <translation>Concord 从不将密码写入其设置。没有密钥环时，密码仅保留到 Concord 关闭；也可使用 libpq 的 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>concord::Database</name>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>这是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>This is not a Concord database (not an SQLite file).</source>
        <translation>这不是 Concord 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation>无法创建数据库所在的文件夹。</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not Concord.</source>
        <translation>此 SQLite 文件属于其他程序，不是 Concord 的数据库。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Concord (schema %1; this version reads up to %2).</source>
        <translation>此数据库由更新版本的 Concord 写入（架构 %1；本版本最高只能读取 %2）。</translation>
    </message>
    <message>
        <source>The database cannot be configured.</source>
        <translation>无法配置数据库。</translation>
    </message>
    <message>
        <source>The database cannot be upgraded.</source>
        <translation>无法升级数据库。</translation>
    </message>
    <message>
        <source>The database cannot be upgraded to schema %1.</source>
        <translation>无法将数据库升级到架构 %1。</translation>
    </message>
    <message>
        <source>The agreements cannot be read.</source>
        <translation>无法读取协议列表。</translation>
    </message>
    <message>
        <source>The database cannot be upgraded: some rows refer to rows that do not exist.</source>
        <translation>无法升级数据库：部分记录引用了不存在的记录。</translation>
    </message>
    <message>
        <source>No database file was given (the path is empty).</source>
        <translation>未指定数据库文件（路径为空）。</translation>
    </message>
    <message>
        <source>its header is not an SQLite header</source>
        <translation>文件头已不是 SQLite 文件头</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>无法读取数据库。</translation>
    </message>
    <message>
        <source>The database is read-only and needs an upgrade to this version of Concord (schema %1 to %2); open it once where it can be written.</source>
        <translation>数据库为只读，且需要升级到本版 Concord（架构 %1 升至 %2）；请先在可写的位置打开一次。</translation>
    </message>
    <message numerus="yes">
        <source> and %n more finding(s)</source>
        <translation>
            <numerusform> 及另外 %n 处问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not upgraded: no backup could be made first. %1</source>
        <translation>数据库未升级：无法先做备份。%1</translation>
    </message>
    <message>
        <source>This installation of Concord cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>此 Concord 安装无法连接 PostgreSQL：缺少 Qt 的 QPSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot be opened.</source>
        <translation>无法打开服务器上的数据库。</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot be read.</source>
        <translation>无法读取服务器上的数据库。</translation>
    </message>
    <message>
        <source>This database on the server belongs to another program, not Concord: give Concord a database of its own (concord-cli init-server).</source>
        <translation>服务器上的这个数据库属于其他程序，而不是 Concord：请为 Concord 提供一个专用数据库（concord-cli init-server）。</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a socket), not a database.</source>
        <translation>这不是普通文件（而是设备、管道或套接字），不是数据库。</translation>
    </message>
    <message>
        <source>The store&apos;s file was moved or deleted by another program while Concord had it open; nothing was written. Open the store again.</source>
        <translation>Concord 打开数据库期间，另一个程序移动或删除了数据库文件；未写入任何内容。请重新打开数据库。</translation>
    </message>
    <message>
        <source>The store&apos;s journal (%1) was deleted by another program while Concord had the store open; nothing was written. Close the store and open it again.</source>
        <translation>Concord 打开数据库期间，另一个程序删除了数据库的日志文件（%1）；未写入任何内容。请关闭数据库后重新打开。</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a row of %3 that does not exist</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
</context>
<context>
    <name>concord::DeadlinesPage</name>
    <message>
        <source>Months ahead:</source>
        <translation>未来月数：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>逾期（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing falls due in this period.</source>
        <translation>此期间内没有到期事项。</translation>
    </message>
    <message>
        <source>Include commitments awaiting review</source>
        <translation>包括待审核的承诺事项</translation>
    </message>
    <message>
        <source>Close History of This Agreement…</source>
        <translation>关闭此协议的以往各期…</translation>
    </message>
    <message>
        <source>Set every period of the selected agreement that ended before it was tracked to one status, with one note.</source>
        <translation>为所选协议在开始跟踪之前已结束的各期统一设置一个状态和一条备注。</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Loading deadlines…</source>
        <translation>正在读取期限…</translation>
    </message>
    <message>
        <source>Cannot read the deadlines</source>
        <translation>无法读取期限</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n项承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted and awaiting review</source>
        <translation>已审核及待审核</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>30天内到期：%1</translation>
    </message>
    <message>
        <source>status to confirm: %1</source>
        <translation>状态待确认：%1</translation>
    </message>
    <message numerus="yes">
        <source>Status to confirm: due before tracking started (%n)</source>
        <translation>
            <numerusform>状态待确认：开始跟踪之前到期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before tracking started, still open (%n)</source>
        <translation>
            <numerusform>开始跟踪之前、尚未关闭（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot close the history</source>
        <translation>无法关闭以往各期</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the Commitments screen lists them all)</source>
        <translation>
            <numerusform>……另有 %n 项（“承诺”页面列出全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the earliest deadlines; reading the rest…</source>
        <translation>显示最早的到期事项；正在读取其余部分…</translation>
    </message>
    <message>
        <source>Overdue (…)</source>
        <translation>逾期（…）</translation>
    </message>
    <message>
        <source>Status to confirm: due before tracking started (…)</source>
        <translation>状态待确认：开始跟踪之前到期（…）</translation>
    </message>
    <message>
        <source>Before tracking started, still open (…)</source>
        <translation>开始跟踪之前、尚未关闭（…）</translation>
    </message>
</context>
<context>
    <name>concord::Decoder</name>
    <message>
        <source>The file declares UTF-8 (it starts with a byte-order mark) but is not valid UTF-8.</source>
        <translation>文件声明为 UTF-8（以字节顺序标记开头），但并不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The UTF-16 text is truncated: it ends in the middle of a character.</source>
        <translation>UTF-16 文本被截断：在一个字符中间结束。</translation>
    </message>
    <message>
        <source>The UTF-16 text contains an unpaired surrogate.</source>
        <translation>UTF-16 文本含有不成对的代理项。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8, and it does not read as Vietnamese in Windows-1258, TCVN3 or VNI either.</source>
        <translation>文件不是有效的 UTF-8，也无法按 Windows-1258、TCVN3 或 VNI 读成越南文。</translation>
    </message>
</context>
<context>
    <name>concord::DisplayNames</name>
    <message>
        <source>Minutes</source>
        <translation>会谈纪要</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>联合声明</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Validity unknown</source>
        <translation>有效期不详</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <source>autonomous region</source>
        <translation>自治区</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>vi</source>
        <comment>language whose text the summaries show first</comment>
        <translation>zh</translation>
    </message>
    <message>
        <source>The agreement&apos;s validity ends</source>
        <translation>协议有效期届满</translation>
    </message>
    <message>
        <source>Decide whether to renew the agreement</source>
        <translation>决定是否续签协议</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>下次会晤</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale of month names</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month heading format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>twice a year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>autonomous prefecture</source>
        <translation>自治州</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Agreement</source>
        <comment>kind of document</comment>
        <translation>协议</translation>
    </message>
</context>
<context>
    <name>concord::DocumentParser</name>
    <message>
        <source>The file has no text.</source>
        <translation>文件中没有文本。</translation>
    </message>
</context>
<context>
    <name>concord::DocxReader</name>
    <message>
        <source>The Word document cannot be opened: it is not a valid .docx (zip) file.</source>
        <translation>无法打开 Word 文档：它不是有效的 .docx（zip）文件。</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is damaged: %1</source>
        <translation>Word 文档的正文已损坏：%1</translation>
    </message>
    <message>
        <source>The Word document has no text part (%1).</source>
        <translation>该 Word 文档没有正文部分（%1）。</translation>
    </message>
    <message>
        <source>The Word document is damaged: its part %1 cannot be unpacked (checksum or data error).</source>
        <translation>该 Word 文档已损坏：无法解压其部分 %1（校验和或数据错误）。</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 expands to more than %2 MB; no agreement is that large, so it is not read.</source>
        <translation>该 Word 文档的部分 %1 解压后超过 %2 MB；没有协议会这么大，因此不予读取。</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 expands more than %2 times its stored size (a zip bomb); it is not read.</source>
        <translation>该 Word 文档的部分 %1 解压后超过其压缩大小的 %2 倍（压缩炸弹）；不予读取。</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is nested more than %1 levels deep; it is not read.</source>
        <translation>该 Word 文档的正文嵌套超过 %1 层；不予读取。</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 is compressed or encrypted in a way Word does not write (bzip2, LZMA or a password); save it again from Word or LibreOffice, without a password.</source>
        <translation>Word 文档的部件 %1 采用了 Word 不会使用的压缩或加密方式（bzip2、LZMA 或密码）；请用 Word 或 LibreOffice 重新保存，且不设密码。</translation>
    </message>
</context>
<context>
    <name>concord::FirstSteps</name>
    <message>
        <source>First steps:</source>
        <translation>入门：</translation>
    </message>
    <message>
        <source>Fill in your office in Preferences</source>
        <translation>在首选项中填写本单位名称</translation>
    </message>
    <message>
        <source>(Ctrl+,): reports are headed and signed by it.</source>
        <translation>（Ctrl+,）：报告以其署名并签发。</translation>
    </message>
    <message>
        <source>Import your agreements</source>
        <translation>导入本单位的协议</translation>
    </message>
    <message>
        <source>(Ctrl+I): Word, PDF, text or scans.</source>
        <translation>（Ctrl+I）：Word、PDF、文本或扫描件。</translation>
    </message>
    <message>
        <source>Review the commitments found</source>
        <translation>审核识别出的承诺事项</translation>
    </message>
    <message>
        <source>on the Commitments screen: only accepted ones are counted.</source>
        <translation>（在“承诺事项”页面）：只有已审核的才计入统计。</translation>
    </message>
    <message>
        <source>Close for good</source>
        <translation>关闭，不再显示</translation>
    </message>
</context>
<context>
    <name>concord::Gazetteer</name>
    <message>
        <source>The gazetteer is not valid JSON: %1</source>
        <translation>地名录不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>A gazetteer entry has no id or no name.</source>
        <translation>地名录中有一个条目缺少标识或名称。</translation>
    </message>
    <message>
        <source>The gazetteer lists no places.</source>
        <translation>地名录中没有任何地名。</translation>
    </message>
</context>
<context>
    <name>concord::ImportRunner</name>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>✗ %1: not imported. %2</source>
        <translation>✗ %1：未导入。%2</translation>
    </message>
    <message>
        <source>• %1: already imported; nothing was added.</source>
        <translation>• %1：此前已导入，未添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1: %n agreement(s) — %2</source>
        <translation>
            <numerusform>✓ %1：%n 份协议 — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %n aligned pair(s), %1</source>
        <translation>
            <numerusform>    %n 个对齐句对，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) found for review</source>
        <translation>
            <numerusform>发现 %n 项待审核的承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>• %1: cancelled; not imported.</source>
        <translation>• %1：已取消；未导入。</translation>
    </message>
    <message>
        <source>Reading the scan %1: %2…</source>
        <translation>正在识别扫描件 %1：%2…</translation>
    </message>
</context>
<context>
    <name>concord::ImportService</name>
    <message>
        <source>Text recognition was unsure of %1: check against the scan.</source>
        <translation>文字识别对 %1 没有把握：请与扫描件核对。</translation>
    </message>
    <message>
        <source>A paragraph of %1 characters begins on this line; a clause is at most %2. The file lacks line breaks or is not the text of an agreement.</source>
        <translation>从此行开始的一段文字长达 %1 个字符；一个条款最多 %2 个字符。该文件缺少换行，或不是协议的正文。</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <source>Concord databases (*.sqlite *.db);;All files (*)</source>
        <translation>Concord 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation>%1 已存在。请使用“打开数据库”打开它。</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>对照阅读</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>各方</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message numerus="yes">
        <source>Database: %1 · %n agreement(s)</source>
        <translation>
            <numerusform>数据库：%1 · %n 份协议</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Open or create a database from the File menu.</source>
        <translation>请从“文件”菜单打开或新建数据库。</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>情况报告</translation>
    </message>
    <message>
        <source>File ▸ Export Status Report… (Ctrl+E) writes the commitments&apos; status as PDF, Excel, CSV, HTML or a calendar, for a party, an agreement or a period.</source>
        <translation>文件 ▸ 导出情况报告…（Ctrl+E）可按一方、一份协议或一个时段，将承诺落实情况导出为 PDF、Excel、CSV、HTML 或日历。</translation>
    </message>
    <message>
        <source>Restored from the backup.</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <source>Nothing to edit: no database open</source>
        <translation>无可编辑内容：未打开数据库</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>对齐(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password (%1). Concord uses it until it closes; to sign in without it next time, put it in ~/.pgpass.</source>
        <translation>系统密钥环无法保存密码（%1）。Concord 将使用该密码直到关闭；若下次登录无需输入，请将其写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.</source>
        <translation>服务器上的数据库由服务器备份（pg_dump）；concord-cli copy 可将其复制为文件。</translation>
    </message>
</context>
<context>
    <name>concord::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>concord::MetadataExtractor</name>
    <message>
        <source>Vietnamese</source>
        <translation>越文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>The %1 version gives %2 as %3, the %4 version as %5.</source>
        <translation>%1文本中%2为 %3，%4文本中为 %5。</translation>
    </message>
    <message>
        <source>the signing date</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>the start of validity</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>the end of validity</source>
        <translation>有效期截止日期</translation>
    </message>
    <message>
        <source>whether it is legally binding</source>
        <translation>是否具有法律约束力</translation>
    </message>
    <message>
        <source>the number of originals</source>
        <translation>正本份数</translation>
    </message>
    <message>
        <source>the place of signing</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <source>the reference number</source>
        <translation>文号</translation>
    </message>
</context>
<context>
    <name>concord::OcrEngine</name>
    <message>
        <source>Text recognition needs Tesseract&apos;s Vietnamese model; install the package tesseract-ocr-vie.</source>
        <translation>文字识别需要 Tesseract 的越南文模型；请安装软件包 tesseract-ocr-vie。</translation>
    </message>
    <message>
        <source>Text recognition needs Tesseract&apos;s Chinese model; install the package tesseract-ocr-chi-sim.</source>
        <translation>文字识别需要 Tesseract 的中文模型；请安装软件包 tesseract-ocr-chi-sim。</translation>
    </message>
</context>
<context>
    <name>concord::OutputFile</name>
    <message>
        <source>This is the store Concord is reading (or its journal); writing here would destroy it. Choose another file.</source>
        <translation>这是 Concord 正在读取的数据库（或其日志）；写入此处会毁坏它。请选择其他文件。</translation>
    </message>
    <message>
        <source>This is in the store&apos;s backups folder, which holds its daily copies; choose another folder.</source>
        <translation>这是数据库的备份文件夹，存放每日副本；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
</context>
<context>
    <name>concord::PairModel</name>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Confirmed by a person</source>
        <translation>已由人工确认</translation>
    </message>
    <message>
        <source>Low score: check that these two texts say the same thing</source>
        <translation>得分低：请检查这两段文字是否一致</translation>
    </message>
    <message>
        <source>Aligned automatically</source>
        <translation>自动对齐</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>The two versions differ:</source>
        <translation>两种文本不一致：</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: “%2” in Vietnamese, “%3” in Chinese</source>
        <translation>%1：越文为“%2”，中文为“%3”</translation>
    </message>
    <message>
        <source>Read from page %1 of the scan; lowest word confidence %2 %.</source>
        <translation>读自扫描件第 %1 页；字词最低置信度 %2 %。</translation>
    </message>
    <message>
        <source>“%1” %2 %</source>
        <translation>“%1” %2 %</translation>
    </message>
    <message>
        <source>Unsure (underlined): %1</source>
        <translation>没有把握（下划线）：%1</translation>
    </message>
</context>
<context>
    <name>concord::PartiesPage</name>
    <message>
        <source>Vietnamese name</source>
        <translation>越南文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>merged on %1</source>
        <translation>于 %1 合并</translation>
    </message>
    <message>
        <source>&lt;i&gt;No parties yet: they come with the agreements you import.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚无各方：导入协议时会自动添加。&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 份协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>无法读取各方信息</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted commitment(s) it is responsible for</source>
        <translation>
            <numerusform>由该方负责的已接受承诺%n项</numerusform>
        </translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>30天内到期：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more awaiting review (not counted)</source>
        <translation>
            <numerusform>另有%n项待审核（未计入）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the commitments</source>
        <translation>无法读取承诺</translation>
    </message>
    <message>
        <source>Loading commitments…</source>
        <translation>正在读取承诺…</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 are listed below, next due first; … and %n more: the Commitments screen lists them all.</source>
        <translation>
            <numerusform>下面列出前 %1 项承诺，最近期限在前；另有 %n 项：承诺页面列出全部。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::PartyDirectory</name>
    <message>
        <source>The parties cannot be read: %1</source>
        <translation>无法读取各方信息：%1</translation>
    </message>
</context>
<context>
    <name>concord::PasswordVault</name>
    <message>
        <source>no system keyring answered</source>
        <translation>没有系统密钥环响应</translation>
    </message>
</context>
<context>
    <name>concord::PdfReader</name>
    <message>
        <source>The PDF cannot be read: it is damaged or not a PDF.</source>
        <translation>无法读取 PDF：文件已损坏或不是 PDF。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; open it, save an unprotected copy and import that.</source>
        <translation>PDF 受密码保护；请打开它，另存一份不加密的副本后再导入。</translation>
    </message>
    <message>
        <source>The PDF is damaged: it has no page that can be read.</source>
        <translation>该 PDF 已损坏：没有可读取的页面。</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; agreements have far fewer (at most %2 are read), so it is not imported.</source>
        <translation>该 PDF 有 %1 页；协议远没有这么多页（最多读取 %2 页），因此不予导入。</translation>
    </message>
    <message>
        <source>The PDF has no text layer: it is a scanned image.</source>
        <translation>该 PDF 没有文字层：它是扫描图像。</translation>
    </message>
    <message>
        <source>The PDF&apos;s text layer is not readable text.</source>
        <translation>该 PDF 的文字层不是可读的文字。</translation>
    </message>
</context>
<context>
    <name>concord::PdfReport</name>
    <message>
        <source>The PDF file cannot be created.</source>
        <translation>无法创建 PDF 文件。</translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>concord::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Office (Vietnamese):</source>
        <translation>单位（越文）：</translation>
    </message>
    <message>
        <source>Office (Chinese):</source>
        <translation>单位（中文）：</translation>
    </message>
    <message>
        <source>Reports signed by:</source>
        <translation>报告签署人：</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>签署人职务：</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>保留的每日备份数：</translation>
    </message>
    <message>
        <source>e.g. SỞ NGOẠI VỤ TỈNH LẠNG SƠN</source>
        <translation>例如：SỞ NGOẠI VỤ TỈNH LẠNG SƠN</translation>
    </message>
    <message>
        <source>e.g. 越南谅山省外务厅</source>
        <translation>例如：越南谅山省外务厅</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC</source>
        <translation>例如：厅长</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不备份</translation>
    </message>
    <message>
        <source>Concord copies the database once a day when it opens it and keeps this many copies.</source>
        <translation>Concord 每天首次打开数据库时备份一次，并保留这么多份。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>concord::ProseClauseRule</name>
    <message>
        <source>The Vietnamese text names %1 as responsible, the Chinese text %2.</source>
        <translation>越文文本写明的责任方为%1，中文文本为%2。</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the signing, which the document does not date: set it by hand.</source>
        <translation>期限“%1”自签字之日起算，但文件未写明签字日期：请手工填写。</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the end of validity, which the document does not give: set it by hand.</source>
        <translation>期限“%1”按有效期届满日计算，但文件未写明该日期：请手工填写。</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the entry into force, which the document does not date: set it by hand.</source>
        <translation>期限“%1”自生效之日起算，但文件未写明生效日期：请手工填写。</translation>
    </message>
    <message>
        <source>The quantity differs: %1 in one language, %2 in the other.</source>
        <translation>数量不一致：一种文本为%1，另一种为%2。</translation>
    </message>
    <message>
        <source>The month differs: %1 in one language, %2 in the other.</source>
        <translation>月份不一致：越文为%1月，中文为%2月。</translation>
    </message>
    <message>
        <source>Only the %1 text says this repeats (%2).</source>
        <translation>只有%1文本说明此事项定期重复（%2）。</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>The repetition differs: %1 in one language, %2 in the other.</source>
        <translation>重复周期不一致：一种文本为%1，另一种为%2。</translation>
    </message>
    <message>
        <source>“%1” gives no year: read as %2.</source>
        <translation>“%1”未注明年份：按%2理解。</translation>
    </message>
    <message>
        <source>The deadline differs: %1 in one language, %2 in the other.</source>
        <translation>期限不一致：一种文本为%1，另一种为%2。</translation>
    </message>
</context>
<context>
    <name>concord::ReaderPage</name>
    <message>
        <source>Unconfirm pair</source>
        <translation>取消确认句对</translation>
    </message>
    <message>
        <source>Confirm pair</source>
        <translation>确认句对</translation>
    </message>
    <message>
        <source>Unlink pair</source>
        <translation>拆开句对</translation>
    </message>
    <message>
        <source>Merge with next pair</source>
        <translation>与下一句对合并</translation>
    </message>
    <message>
        <source>Move Vietnamese unit down</source>
        <translation>将越南文段落下移</translation>
    </message>
    <message>
        <source>Move Vietnamese unit up</source>
        <translation>将越南文段落上移</translation>
    </message>
    <message>
        <source>Move Chinese unit down</source>
        <translation>将中文段落下移</translation>
    </message>
    <message>
        <source>Move Chinese unit up</source>
        <translation>将中文段落上移</translation>
    </message>
    <message>
        <source>Confirm / Unconfirm Pair</source>
        <translation>确认 / 取消确认句对</translation>
    </message>
    <message>
        <source>Unlink Pair</source>
        <translation>拆开句对</translation>
    </message>
    <message>
        <source>Merge with Next Pair</source>
        <translation>与下一句对合并</translation>
    </message>
    <message>
        <source>Split Vietnamese Unit at Next Sentence</source>
        <translation>在下一句处拆分越南文段落</translation>
    </message>
    <message>
        <source>Split Chinese Unit at Next Sentence</source>
        <translation>在下一句处拆分中文段落</translation>
    </message>
    <message>
        <source>Move Last Vietnamese Unit to Next Pair</source>
        <translation>将最后一个越南文段落移到下一句对</translation>
    </message>
    <message>
        <source>Move First Vietnamese Unit to Previous Pair</source>
        <translation>将第一个越南文段落移到上一句对</translation>
    </message>
    <message>
        <source>Move Last Chinese Unit to Next Pair</source>
        <translation>将最后一个中文段落移到下一句对</translation>
    </message>
    <message>
        <source>Move First Chinese Unit to Previous Pair</source>
        <translation>将第一个中文段落移到上一句对</translation>
    </message>
    <message>
        <source>Copy Pair as Bilingual Text</source>
        <translation>复制句对（双语文本）</translation>
    </message>
    <message>
        <source>Find in Agreement</source>
        <translation>在协议中查找</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Search this agreement (Vietnamese with or without diacritics, Chinese)</source>
        <translation>在本协议中搜索（越南文可带或不带声调，中文）</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Cannot open agreement</source>
        <translation>无法打开协议</translation>
    </message>
    <message>
        <source>No agreement open. Choose one in Agreements (double-click or Enter).</source>
        <translation>尚未打开协议。请在“协议”中选择一份（双击或按 Enter）。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>签署于 %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>地点：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) remaining</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Validity: %1 · Binding: %2</source>
        <translation>有效期：%1 · 法律约束力：%2</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>各方：%1</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>签署人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the alignment</source>
        <translation>无法更改对齐</translation>
    </message>
    <message>
        <source>Split Chinese unit</source>
        <translation>拆分中文段落</translation>
    </message>
    <message>
        <source>Split Vietnamese unit</source>
        <translation>拆分越南文段落</translation>
    </message>
    <message>
        <source>Nothing to split</source>
        <translation>没有可拆分的内容</translation>
    </message>
    <message>
        <source>The selected pair has no unit of more than one sentence in that language.</source>
        <translation>所选句对在该语言中没有超过一句的段落。</translation>
    </message>
    <message>
        <source>&lt;i&gt;No commitment was drawn from this pair.&lt;/i&gt;</source>
        <translation>&lt;i&gt;此句对中未提取到承诺。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Commitments drawn from this pair</source>
        <translation>从此句对提取的承诺</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Tracked from:</source>
        <translation>开始跟踪日期：</translation>
    </message>
    <message>
        <source>Follow-up starts on this day: periods of recurring commitments that ended before it are history, not overdue.</source>
        <translation>自此日起跟踪：周期性承诺中在此日前结束的各期视为以往各期，不计逾期。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>无法读取各方信息</translation>
    </message>
    <message>
        <source>Cannot change the tracked-from day</source>
        <translation>无法更改开始跟踪日期</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>已重做：%1。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>%1: saved. %2 undoes it.</source>
        <translation>%1：已保存。按 %2 可撤销。</translation>
    </message>
    <message>
        <source>Agreement &amp;Header in the Reader</source>
        <translation>阅读页中的协议信息(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Commitments of the Pair in the Reader</source>
        <translation>阅读页中该句对的承诺(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hinese Column on the Left</source>
        <translation>中文列在左侧(&amp;H)</translation>
    </message>
</context>
<context>
    <name>concord::ReportDialog</name>
    <message>
        <source>Export status report</source>
        <translation>导出情况报告</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>全部承诺事项</translation>
    </message>
    <message>
        <source>One party</source>
        <translation>某一方</translation>
    </message>
    <message>
        <source>One agreement</source>
        <translation>某一协议</translation>
    </message>
    <message>
        <source>Only commitments due between</source>
        <translation>仅限到期日期在此期间的承诺事项</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>网页 (HTML)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>日历 (iCalendar)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Vietnamese and Chinese</source>
        <translation>越文和中文</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至日期：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签语言：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); %1 commitments, %2 overdue.</source>
        <translation>
            <numerusform>%n 页；%1 项承诺事项，%2 项逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be made</source>
        <translation>无法生成报告</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>The report cannot be saved</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Saved %1 (%2 commitments).</source>
        <translation>已保存 %1（%2 项承诺事项）。</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation>预览显示前 %1 页。</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <source>Count commitments awaiting review with the accepted ones</source>
        <translation>将待审核的承诺事项与已审核的一并统计</translation>
    </message>
    <message>
        <source>Unchecked, candidates nobody has reviewed are listed apart and not counted.</source>
        <translation>不勾选时，尚无人审核的候选事项单独列出，不计入统计。</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review, listed apart.</source>
        <translation>
            <numerusform>%n项待审核，单独列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>报告编号：</translation>
    </message>
    <message>
        <source>e.g. 15/BC-SNgV (printed at the head of the PDF)</source>
        <translation>例如：15/BC-SNgV（印在 PDF 报告抬头）</translation>
    </message>
    <message>
        <source>Set them in Preferences…</source>
        <translation>在首选项中设置…</translation>
    </message>
    <message>
        <source>Set them in Edit ▸ Preferences (Ctrl+,).</source>
        <translation>在“编辑 ▸ 首选项”中设置（Ctrl+,）。</translation>
    </message>
    <message>
        <source>The issuing office and the signer are not set: the report leaves them blank (………) to fill in by hand.</source>
        <translation>尚未设置报告单位和签署人：报告中留空（………），需手工填写。</translation>
    </message>
</context>
<context>
    <name>concord::ReportsPage</name>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved or deleted).</source>
        <translation>%1 已不在原处（已移动或删除）。</translation>
    </message>
    <message>
        <source>No report written yet.</source>
        <translation>尚未导出任何报告。</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>情况报告</translation>
    </message>
    <message>
        <source>Choose a report: the export dialog opens set up for it, to preview and save as PDF, Excel, CSV, HTML or a calendar. File ▸ Export Status Report… (Ctrl+E) opens it unset.</source>
        <translation>选择一种报告：导出对话框将按该报告预先设置，可预览并保存为 PDF、Excel、CSV、HTML 或日历。文件 ▸ 导出情况报告…（Ctrl+E）以默认设置打开。</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>全部承诺</translation>
    </message>
    <message>
        <source>By party…</source>
        <translation>按一方…</translation>
    </message>
    <message>
        <source>By agreement…</source>
        <translation>按一份协议…</translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation>本季度到期</translation>
    </message>
    <message>
        <source>Due this year</source>
        <translation>本年度到期</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期承诺</translation>
    </message>
    <message>
        <source>Written last (double-click to open)</source>
        <translation>最近导出的报告（双击打开）</translation>
    </message>
</context>
<context>
    <name>concord::ReviewDialog</name>
    <message>
        <source>Accept Commitment with Changes</source>
        <translation>修改后接受承诺</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Party names, separated by ;</source>
        <translation>各方名称，以 ; 分隔</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>concord::SampleLibrary</name>
    <message>
        <source>The new database could not be moved into place.</source>
        <translation>无法将新数据库移到指定位置。</translation>
    </message>
</context>
<context>
    <name>concord::ScanPanel</name>
    <message>
        <source>Select a pair to see where it is on the scan.</source>
        <translation>选择一个句对，查看它在扫描件上的位置。</translation>
    </message>
    <message>
        <source>Chinese text on the scan</source>
        <translation>扫描件上的中文</translation>
    </message>
    <message>
        <source>Vietnamese text on the scan</source>
        <translation>扫描件上的越南文</translation>
    </message>
    <message>
        <source>This pair is not on the scan.</source>
        <translation>该句对不在扫描件上。</translation>
    </message>
    <message>
        <source>Scan, page %1</source>
        <translation>扫描件，第 %1 页</translation>
    </message>
    <message>
        <source>&amp;Scan Beside the Text</source>
        <translation>在文本旁显示扫描件(&amp;S)</translation>
    </message>
    <message>
        <source>Show the part of the scanned page each side of the selected pair was read from</source>
        <translation>显示所选句对两边文字所在的扫描页部分</translation>
    </message>
</context>
<context>
    <name>concord::ScanReader</name>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered: it is damaged.</source>
        <translation>无法渲染 PDF 第 %1 页：该页已损坏。</translation>
    </message>
    <message>
        <source>The image cannot be read: it is damaged or not a PNG, JPEG or TIFF file.</source>
        <translation>无法读取图像：它已损坏，或不是 PNG、JPEG、TIFF 文件。</translation>
    </message>
    <message>
        <source>Page %1 is too small to read (%2 × %3 pixels); scan it at 300 dpi.</source>
        <translation>第 %1 页太小，无法识别（%2 × %3 像素）；请以 300 dpi 扫描。</translation>
    </message>
    <message>
        <source>Page %1 yields no text: it is blank or holds no printed text. Remove the page from the scan and import again.</source>
        <translation>第 %1 页识别不出文字：该页空白或没有印刷文字。请从扫描件中删去该页后重新导入。</translation>
    </message>
    <message>
        <source>Reading the scan was cancelled.</source>
        <translation>已取消识别扫描件。</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to read (%2 × %3 inches); a scanned page is at most A3 (11.7 × 16.5 inches).</source>
        <translation>PDF 第 %1 页过大，无法读取（%2 × %3 英寸）；扫描页最大为 A3（11.7 × 16.5 英寸）。</translation>
    </message>
    <message>
        <source>Page %1 is too large to read (%2 × %3 pixels); a page scanned at 300 dpi is at most A3 (3508 × 4961). Scan it again at 300 dpi.</source>
        <translation>第 %1 页过大，无法读取（%2 × %3 像素）；以 300 dpi 扫描的页面最大为 A3（3508 × 4961）。请以 300 dpi 重新扫描。</translation>
    </message>
    <message>
        <source>Page %1 of the TIFF file cannot be read: it is damaged.</source>
        <translation>无法读取 TIFF 文件第 %1 页：文件已损坏。</translation>
    </message>
</context>
<context>
    <name>concord::ScanStore</name>
    <message>
        <source>The scan of the agreement cannot be read: %1</source>
        <translation>无法读取协议的扫描件：%1</translation>
    </message>
</context>
<context>
    <name>concord::ServerRoles</name>
    <message>
        <source>Roles are a server&apos;s: a database file has one user.</source>
        <translation>角色仅适用于服务器：数据库文件只有一个用户。</translation>
    </message>
    <message>
        <source>The roles cannot be set up.</source>
        <translation>无法设置角色。</translation>
    </message>
    <message>
        <source>The roles cannot be set up: %1</source>
        <translation>无法设置角色：%1</translation>
    </message>
    <message>
        <source>Users are a server&apos;s: a database file has one user.</source>
        <translation>用户仅适用于服务器：数据库文件只有一个用户。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a user name: use small letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter.</source>
        <translation>“%1”不能作为用户名：请使用小写字母、数字、“_”、“.”和“-”，并以字母开头。</translation>
    </message>
    <message>
        <source>An administrator cannot be limited to a province: imports and users are everyone&apos;s.</source>
        <translation>管理员不能限于某一省份：导入和用户管理面向全体。</translation>
    </message>
    <message>
        <source>User %1 cannot be added.</source>
        <translation>无法添加用户 %1。</translation>
    </message>
    <message>
        <source>This server has no Concord roles yet: run &apos;concord-cli init-server&apos; first.</source>
        <translation>此服务器尚无 Concord 角色：请先运行“concord-cli init-server”。</translation>
    </message>
    <message>
        <source>No province with the key &apos;%1&apos; is a party to any agreement in this store.</source>
        <translation>此数据库中没有任何协议的缔约方是代码为“%1”的省份。</translation>
    </message>
    <message>
        <source>User %1 cannot be added: %2</source>
        <translation>无法添加用户 %1：%2</translation>
    </message>
</context>
<context>
    <name>concord::SourceFile</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; agreements are much smaller.</source>
        <translation>文件大于 %1 MB；协议文件远小于此。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>The name says %1 but the content is %2; rename the file to end in .%3 and import it again.</source>
        <translation>文件名表明是%1，但内容是%2；请将文件扩展名改为 .%3 后重新导入。</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>This is not a text, Word (.docx), PDF or image (PNG, JPEG, TIFF) file.</source>
        <translation>这不是文本、Word（.docx）、PDF 或图像（PNG、JPEG、TIFF）文件。</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a socket); Concord imports documents saved as files.</source>
        <translation>这不是普通文件（而是设备、管道或套接字）；Concord 只导入保存为文件的文档。</translation>
    </message>
    <message>
        <source>This is a link that leads back to itself (a loop of links), not a file.</source>
        <translation>这是一个指回自身的链接（链接循环），不是文件。</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist (%1).</source>
        <translation>这是指向不存在文件的链接（%1）。</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>无法读取文件：没有权限。</translation>
    </message>
    <message>
        <source>The text holds NUL bytes (%1, the first at byte %2), which no text has: the file is damaged. Save the text again without them and import it again.</source>
        <translation>文本含有 NUL 字节（%1 个，第一个位于第 %2 字节），正常文本不会有：文件已损坏。请去掉这些字节重新保存后再导入。</translation>
    </message>
</context>
<context>
    <name>concord::SqliteFile</name>
    <message>
        <source>its size cannot be read</source>
        <translation>无法读取其大小</translation>
    </message>
</context>
<context>
    <name>concord::StoreAccess</name>
    <message>
        <source>You are connected as %1: %2 needs an %3. Ask the department&apos;s administrator.</source>
        <translation>您当前的角色是%1：%2需要%3权限。请联系本部门的管理员。</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>reviewing a commitment</source>
        <translation>审核承诺</translation>
    </message>
    <message>
        <source>changing a status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>adding a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>changing the tracked-from day</source>
        <translation>更改跟踪起始日</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>deleting an agreement</source>
        <translation>删除协议</translation>
    </message>
    <message>
        <source>editing an alignment</source>
        <translation>编辑对齐</translation>
    </message>
    <message>
        <source>editing the parties</source>
        <translation>编辑各方</translation>
    </message>
    <message>
        <source>adding users</source>
        <translation>添加用户</translation>
    </message>
</context>
<context>
    <name>concord::StoreAddress</name>
    <message>
        <source>The server address %1 cannot be used: %2</source>
        <translation>无法使用服务器地址 %1：%2</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>it names no database (…/database at its end)</source>
        <translation>地址未指明数据库（末尾应为 …/数据库名）</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds</source>
        <translation>connect_timeout 必须是秒数</translation>
    </message>
    <message>
        <source>the option %1 is not known (sslmode and connect_timeout are)</source>
        <translation>未知选项 %1（可用选项为 sslmode 和 connect_timeout）</translation>
    </message>
</context>
<context>
    <name>concord::StoreBackup</name>
    <message>
        <source>No file was given for the backup.</source>
        <translation>未指定备份文件。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the store it copies.</source>
        <translation>备份不能覆盖被备份的数据库本身。</translation>
    </message>
    <message>
        <source>The folder for the backup cannot be created.</source>
        <translation>无法创建备份所在的文件夹。</translation>
    </message>
    <message>
        <source>The backup cannot be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>The backup cannot be written.</source>
        <translation>无法写入备份。</translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation>备份不存在。</translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1</source>
        <translation>无法打开备份：%1</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>无法使用该备份：%1</translation>
    </message>
    <message>
        <source>The backup is not a Concord database.</source>
        <translation>该备份不是 Concord 数据库。</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Concord (schema %1).</source>
        <translation>该备份由更新版本的 Concord 写入（架构 %1）。</translation>
    </message>
    <message>
        <source>The backup is damaged too: %1</source>
        <translation>该备份也已损坏：%1</translation>
    </message>
    <message>
        <source>The backup is the store itself.</source>
        <translation>该备份就是数据库本身。</translation>
    </message>
    <message>
        <source>The store cannot be copied aside before it is replaced; nothing was changed.</source>
        <translation>替换前无法另存当前数据库；未做任何更改。</translation>
    </message>
    <message>
        <source>The backup cannot be copied into the store: %1</source>
        <translation>无法将备份复制到数据库：%1</translation>
    </message>
    <message>
        <source>A store on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.</source>
        <translation>服务器上的数据库由服务器备份（pg_dump）；concord-cli copy 可将其复制为文件。</translation>
    </message>
    <message>
        <source>This file is not a backup of a Concord store (not an SQLite database).</source>
        <translation>此文件不是 Concord 数据库的备份（不是 SQLite 数据库）。</translation>
    </message>
</context>
<context>
    <name>concord::StoreCare</name>
    <message>
        <source>Concord databases (*.sqlite *.db);;All files (*)</source>
        <translation>Concord 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1

The newest backup was made %2:
%3

Restore it? The damaged file is kept beside it.</source>
        <translation>%1

最新的备份制作于 %2：
%3

是否恢复？损坏的文件会另存于旁。</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore Database from Backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Replace the content of %1 by the backup %2? The present content is kept beside it.</source>
        <translation>用备份 %2 替换 %1 的内容？现有内容会另存于旁。</translation>
    </message>
</context>
<context>
    <name>concord::StoreCopy</name>
    <message>
        <source>The file exists; a copy is written only to a new file.</source>
        <translation>文件已存在；副本只能写入新文件。</translation>
    </message>
    <message>
        <source>The destination is not empty (%1 agreements); a copy fills only an empty store.</source>
        <translation>目标不是空的（%1 份协议）；只能复制到空数据库。</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The store could not be copied; the destination is unchanged: %1</source>
        <translation>无法复制数据库；目标未作任何更改：%1</translation>
    </message>
    <message>
        <source>The copy differs from the store in table %1 (%2 rows there, %3 here); the destination is unchanged.</source>
        <translation>副本与原数据库在表 %1 中不一致（原有 %2 行，副本 %3 行）；目标未作任何更改。</translation>
    </message>
    <message>
        <source>The copy could not be moved into place.</source>
        <translation>无法将副本移到目标位置。</translation>
    </message>
</context>
<context>
    <name>concord::StoreProblem</name>
    <message>
        <source>The database is read-only: it can be read, but changes cannot be saved.</source>
        <translation>数据库为只读：可以查看，但无法保存更改。</translation>
    </message>
    <message>
        <source>The database is locked by another program; try again when it has finished.</source>
        <translation>数据库被其他程序锁定；请待其完成后重试。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>磁盘已满；未做任何更改。</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (input/output error).</source>
        <translation>无法读写数据库文件（输入/输出错误）。</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>数据库连接未打开。</translation>
    </message>
    <message>
        <source>The database is damaged. Restore it from a backup (File ▸ Restore from Backup, or concord-cli restore).</source>
        <translation>数据库已损坏。请从备份恢复（文件 ▸ 从备份恢复，或 concord-cli restore）。</translation>
    </message>
    <message>
        <source>The server refused: your role does not allow this change. Ask the department&apos;s administrator.</source>
        <translation>服务器拒绝：您的角色不允许此更改。请联系本部门的管理员。</translation>
    </message>
    <message>
        <source>The connection to the server was lost (stopped or restarted); nothing of this change was saved.</source>
        <translation>与服务器的连接已断开（服务器已停止或重启）；此更改未保存任何内容。</translation>
    </message>
    <message>
        <source>Another change collided with this one on the server; nothing was saved. Try again.</source>
        <translation>服务器上的另一项更改与此更改冲突；未保存任何内容。请重试。</translation>
    </message>
</context>
<context>
    <name>concord::TableRowRule</name>
    <message>
        <source>The deadline “%1” counts from an event the document does not date: set it by hand.</source>
        <translation>期限“%1”自文件未写明日期的事件起算：请手工填写。</translation>
    </message>
    <message>
        <source>The deadline differs: %1 in one language, %2 in the other.</source>
        <translation>期限不一致：一种文本为%1，另一种为%2。</translation>
    </message>
    <message>
        <source>The rows are numbered %1 in Vietnamese and %2 in Chinese.</source>
        <translation>该行在越文本中编号为%1，在中文本中编号为%2。</translation>
    </message>
</context>
<context>
    <name>concord::TextQuality</name>
    <message>
        <source>OCR text: check against the original.</source>
        <translation>OCR 文本：请与原件核对。</translation>
    </message>
</context>
<context>
    <name>concord::TiffDirectory</name>
    <message>
        <source>This is not a TIFF file.</source>
        <translation>这不是 TIFF 文件。</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: after page %1 its list of pages comes back to an earlier page (a loop).</source>
        <translation>TIFF 文件已损坏：第 %1 页之后，页面列表又回到前面的某一页（循环）。</translation>
    </message>
    <message>
        <source>The TIFF file has more than %1 pages; a scan import takes at most %1. Split it into several files.</source>
        <translation>TIFF 文件超过 %1 页；一次扫描导入最多 %1 页。请拆分为多个文件。</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: page %1 lies beyond its end.</source>
        <translation>TIFF 文件已损坏：第 %1 页超出文件末尾。</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: page %1 has no size.</source>
        <translation>TIFF 文件已损坏：第 %1 页没有尺寸。</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: it lists no page.</source>
        <translation>TIFF 文件已损坏：没有任何页面。</translation>
    </message>
</context>
<context>
    <name>concord::UnitSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
</context>
<context>
    <name>concord::XlsxReport</name>
    <message>
        <source>The Excel file cannot be created.</source>
        <translation>无法创建 Excel 文件。</translation>
    </message>
    <message>
        <source>The Excel file cannot be written: %1</source>
        <translation>无法写入 Excel 文件：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sample agreements</source>
        <translation>示例协议</translation>
    </message>
</context>
</TS>

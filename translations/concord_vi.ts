<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Concord</source>
        <translation>Giới thiệu Concord</translation>
    </message>
    <message>
        <source>Reads the Vietnamese and Chinese versions of cooperation agreements side by side and keeps every commitment in them up to date.</source>
        <translation>Đọc song song bản tiếng Việt và tiếng Trung của các văn bản hợp tác và theo dõi để mọi cam kết trong đó luôn được cập nhật.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>Cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>Create an empty Concord database file</source>
        <translation>Tạo một tệp cơ sở dữ liệu Concord trống</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open another Concord database file</source>
        <translation>Mở một tệp cơ sở dữ liệu Concord khác</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Quit Concord</source>
        <translation>Thoát Concord</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>Đọc &amp;song ngữ</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Cam kết</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Các bên</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Thời hạn</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <source>&amp;About Concord</source>
        <translation>&amp;Giới thiệu Concord</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export Status Report…</source>
        <translation>&amp;Xuất báo cáo tình hình…</translation>
    </message>
    <message>
        <source>Write the commitments&apos; status as PDF, Excel, CSV, HTML or a calendar</source>
        <translation>Xuất tình hình thực hiện cam kết ra PDF, Excel, CSV, HTML hoặc lịch</translation>
    </message>
    <message>
        <source>&amp;Import Agreements…</source>
        <translation>&amp;Nhập văn bản…</translation>
    </message>
    <message>
        <source>Import agreements from text, Word or PDF files</source>
        <translation>Nhập văn bản từ tệp văn bản, Word hoặc PDF</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Save a copy of the open database (also while it is in use)</source>
        <translation>Lưu một bản sao của cơ sở dữ liệu đang mở (kể cả khi đang dùng)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Replace the open database by a backup; its present content is kept beside it</source>
        <translation>Thay cơ sở dữ liệu đang mở bằng một bản sao lưu; nội dung hiện tại được giữ lại bên cạnh</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Kết nối &amp;máy chủ…</translation>
    </message>
    <message>
        <source>Open a department&apos;s shared database on a PostgreSQL server</source>
        <translation>Mở cơ sở dữ liệu dùng chung của đơn vị trên máy chủ PostgreSQL</translation>
    </message>
</context>
<context>
    <name>concord::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, ICU %2 and SQLite %3.</source>
        <translation>Xây dựng với Qt %1, ICU %2 và SQLite %3.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>concord::AgreementCatalog</name>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation>Không đọc được danh sách văn bản: %1</translation>
    </message>
</context>
<context>
    <name>concord::AgreementListModel</name>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n chờ duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation>%1
Nhập từ %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên văn bản</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Nơi ký</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>⚠ OCR text</source>
        <translation>⚠ Văn bản OCR</translation>
    </message>
    <message>
        <source>⎙ OCR (scan)</source>
        <translation>⎙ OCR (bản quét)</translation>
    </message>
    <message>
        <source>Read from a scan by text recognition: the reader underlines the words it was unsure of and shows the scan beside the text.</source>
        <translation>Đọc từ bản quét bằng nhận dạng chữ: trình đọc gạch dưới những từ chưa chắc chắn và hiện bản quét bên cạnh văn bản.</translation>
    </message>
</context>
<context>
    <name>concord::AgreementObligationRule</name>
    <message>
        <source>The agreement gives no end of validity to renew by.</source>
        <translation>Văn bản không ghi thời hạn hiệu lực để gia hạn.</translation>
    </message>
    <message>
        <source>The two texts name different hosts: %1 and %2.</source>
        <translation>Hai bản ghi đơn vị đăng cai khác nhau: %1 và %2.</translation>
    </message>
</context>
<context>
    <name>concord::AgreementShape</name>
    <message>
        <source>No agreement was recognised in it: no title, no numbered or signed parts, no parties. Import it anyway only if it is an agreement.</source>
        <translation>Không nhận ra văn bản nào trong tệp: không có tiêu đề, không có phần đánh số hay phần ký, không có bên nào. Chỉ nhập nếu đó đúng là một văn bản.</translation>
    </message>
</context>
<context>
    <name>concord::AgreementStore</name>
    <message>
        <source>The database cannot start the import: %1</source>
        <translation>Cơ sở dữ liệu không thể bắt đầu nhập: %1</translation>
    </message>
    <message>
        <source>The file could not be stored; the database is unchanged: %1</source>
        <translation>Không lưu được tệp; cơ sở dữ liệu không thay đổi: %1</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Không có văn bản số %1.</translation>
    </message>
    <message>
        <source>The agreement could not be deleted; the database is unchanged: %1</source>
        <translation>Không xóa được văn bản; cơ sở dữ liệu không thay đổi: %1</translation>
    </message>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation>Không đọc được danh sách văn bản: %1</translation>
    </message>
</context>
<context>
    <name>concord::AgreementsPage</name>
    <message>
        <source>Filter by title, place or party</source>
        <translation>Lọc theo tên, nơi ký hoặc bên ký</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Import agreements from files (Ctrl+I), or drop files here</source>
        <translation>Nhập văn bản từ tệp (Ctrl+I), hoặc kéo thả tệp vào đây</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Mọi bên</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>Mọi tình trạng hiệu lực</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n agreement(s)</source>
        <translation>
            <numerusform>%1 / %n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Agreements</source>
        <translation>Nhập văn bản</translation>
    </message>
    <message>
        <source>Import finished with errors</source>
        <translation>Nhập xong, có lỗi</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Delete Agreement…</source>
        <translation>Xóa văn bản…</translation>
    </message>
    <message>
        <source>Cannot read the agreements</source>
        <translation>Không đọc được danh sách văn bản</translation>
    </message>
    <message>
        <source>Delete Agreement</source>
        <translation>Xóa văn bản</translation>
    </message>
    <message>
        <source>Delete “%1” (%2) with its clauses, alignment, commitments and their history? The store&apos;s history keeps a line saying it was deleted; the file can be imported again.</source>
        <translation>Xóa “%1” (%2) cùng các điều khoản, bản đối chiếu, cam kết và lịch sử của chúng? Nhật ký của cơ sở dữ liệu vẫn ghi lại việc xóa; có thể nhập lại tệp này sau.</translation>
    </message>
    <message>
        <source>Cannot delete the agreement</source>
        <translation>Không xóa được văn bản</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>Vẫn nhập?</translation>
    </message>
    <message numerus="yes">
        <source>No agreement was recognised in %n file(s). Import it (them) anyway?</source>
        <translation>
            <numerusform>Không nhận ra văn bản nào trong %n tệp. Vẫn nhập?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Không thể nhập</translation>
    </message>
    <message>
        <source>Agreements and scans (%1)</source>
        <translation>Văn bản và bản quét (%1)</translation>
    </message>
    <message>
        <source>Scans (%1)</source>
        <translation>Bản quét (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>concord::AlignmentSession</name>
    <message>
        <source>No agreement is open.</source>
        <translation>Chưa mở văn bản nào.</translation>
    </message>
    <message>
        <source>This change does not apply to the selected pair.</source>
        <translation>Không thể áp dụng thay đổi này cho cặp đã chọn.</translation>
    </message>
</context>
<context>
    <name>concord::AlignmentStore</name>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Không có văn bản số %1.</translation>
    </message>
    <message>
        <source>The agreement cannot be read: %1</source>
        <translation>Không đọc được văn bản: %1</translation>
    </message>
    <message>
        <source>The alignment cannot be read: %1</source>
        <translation>Không đọc được bản đối chiếu: %1</translation>
    </message>
    <message>
        <source>The alignment cannot be saved: %1</source>
        <translation>Không lưu được bản đối chiếu: %1</translation>
    </message>
    <message>
        <source>The alignment could not be saved; the database is unchanged: %1</source>
        <translation>Không lưu được bản đối chiếu; cơ sở dữ liệu không thay đổi: %1</translation>
    </message>
    <message>
        <source>Agreement %1 was changed by someone else after you opened it: your change was not saved. The agreement is read again; make your change on it if it is still needed.</source>
        <translation>Văn bản %1 đã được người khác thay đổi sau khi bạn mở: thay đổi của bạn chưa được lưu. Văn bản được đọc lại; hãy thực hiện lại thay đổi nếu vẫn cần.</translation>
    </message>
    <message>
        <source>%1 changed agreement %2 at %3, after you opened it: your change was not saved. The agreement is read again; make your change on it if it is still needed.</source>
        <translation>%1 đã thay đổi văn bản %2 lúc %3, sau khi bạn mở: thay đổi của bạn chưa được lưu. Văn bản được đọc lại; hãy thực hiện lại thay đổi nếu vẫn cần.</translation>
    </message>
</context>
<context>
    <name>concord::CloseHistoryDialog</name>
    <message>
        <source>Close History</source>
        <translation>Đóng các kỳ trước</translation>
    </message>
    <message>
        <source>Every period of “%1” that ended before it was tracked gets this status and note.</source>
        <translation>Mọi kỳ của “%1” đã kết thúc trước ngày bắt đầu theo dõi sẽ nhận trạng thái và ghi chú này.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Why (e.g. done before Concord was used, per the 2025 review)</source>
        <translation>Lý do (ví dụ: đã thực hiện trước khi dùng Concord, theo báo cáo tổng kết 2025)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentBoard</name>
    <message>
        <source>Overdue today</source>
        <translation>Quá hạn hôm nay</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Hạn từ ngày</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Hạn đến ngày</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Edit and Accept…</source>
        <translation>Sửa và chấp nhận…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Add a note (what was done, a document number, a link)…</source>
        <translation>Thêm ghi chú (việc đã làm, số công văn, đường dẫn)…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Mọi bên</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>Mọi văn bản</translation>
    </message>
    <message>
        <source>Loading commitments…</source>
        <translation>Đang tải cam kết…</translation>
    </message>
    <message>
        <source>Cannot read the commitments</source>
        <translation>Không đọc được các cam kết</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n cam kết</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>quá hạn: %1</translation>
    </message>
    <message>
        <source>to review: %1</source>
        <translation>chờ duyệt: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a commitment to see where it comes from and its history.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chọn một cam kết để xem nguồn gốc và lịch sử của nó.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc cam kết</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Bên thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Căn cứ trong văn bản</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Không đổi được trạng thái</translation>
    </message>
    <message>
        <source>Cannot add the note</source>
        <translation>Không thêm được ghi chú</translation>
    </message>
    <message>
        <source>Cannot accept the commitment</source>
        <translation>Không chấp nhận được cam kết</translation>
    </message>
    <message>
        <source>Cannot reject the commitment</source>
        <translation>Không loại bỏ được cam kết</translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>Không đọc được danh sách các bên</translation>
    </message>
    <message>
        <source>Accepted and to review</source>
        <translation>Đã duyệt và chờ duyệt</translation>
    </message>
    <message>
        <source>Cannot read the agreements</source>
        <translation>Không đọc được danh sách văn bản</translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>đến hạn trong 30 ngày: %1</translation>
    </message>
    <message>
        <source>status to confirm: %1</source>
        <translation>cần xác nhận trạng thái: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n commitment(s) by due date; reading the rest…</source>
        <translation>
            <numerusform>Đang hiện %n cam kết đến hạn sớm nhất; đang đọc phần còn lại…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Người khác đã thay đổi</translation>
    </message>
    <message>
        <source>Apply your change anyway? No shows the commitment as it is now.</source>
        <translation>Vẫn áp dụng thay đổi của bạn? Chọn Không để xem cam kết như hiện tại.</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentExtractor</name>
    <message>
        <source>Recurring, but the agreement gives no dates: add the occurrences by hand.</source>
        <translation>Cam kết định kỳ nhưng văn bản không có ngày tháng: hãy thêm các kỳ thực hiện bằng tay.</translation>
    </message>
    <message numerus="yes">
        <source>Recurring, but the agreement gives no end of validity: occurrences are listed for %n year(s), until %1.</source>
        <translation>
            <numerusform>Cam kết định kỳ nhưng văn bản không có ngày hết hiệu lực: các kỳ được liệt kê trong %n năm, đến %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::CommitmentModel</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Đến hạn trong %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Bên thực hiện</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>(to confirm)</source>
        <translation>(cần xác nhận)</translation>
    </message>
    <message>
        <source>Lead: %1
Supporting: %2</source>
        <translation>Chủ trì: %1
Phối hợp: %2</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Chủ trì: %1</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentStore</name>
    <message>
        <source>No party called &quot;%1&quot; in this store.</source>
        <translation>Không có bên nào tên &quot;%1&quot; trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The commitments cannot be read: %1</source>
        <translation>Không đọc được các cam kết: %1</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>Không có cam kết %1.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Không đọc được lịch sử: %1</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentTracker</name>
    <message>
        <source>&quot;%1&quot; is not a party Concord knows.</source>
        <translation>&quot;%1&quot; không phải là bên mà Concord biết.</translation>
    </message>
    <message>
        <source>A commitment needs at least one responsible party.</source>
        <translation>Cam kết cần ít nhất một bên chịu trách nhiệm.</translation>
    </message>
    <message>
        <source>Commitment %1 is already accepted as it is.</source>
        <translation>Cam kết %1 đã được chấp nhận đúng như vậy.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed: %1</source>
        <translation>Không lưu được thay đổi; dữ liệu không bị thay đổi: %1</translation>
    </message>
    <message>
        <source>Commitment %1 is already rejected.</source>
        <translation>Cam kết %1 đã bị loại.</translation>
    </message>
    <message>
        <source>Commitment %1 was rejected; accept it before tracking it.</source>
        <translation>Cam kết %1 đã bị loại; hãy chấp nhận trước khi theo dõi.</translation>
    </message>
    <message>
        <source>Commitment %1 has no occurrence in %2.</source>
        <translation>Cam kết %1 không có lần thực hiện nào trong năm %2.</translation>
    </message>
    <message>
        <source>Commitment %1 is already %2.</source>
        <translation>Cam kết %1 đã ở trạng thái %2.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Ghi chú đang trống.</translation>
    </message>
    <message>
        <source>Every period of commitment %1 ended before tracking started; close them as history.</source>
        <translation>Mọi kỳ của cam kết %1 đã kết thúc trước ngày bắt đầu theo dõi; hãy đóng chúng như các kỳ trước.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Không có văn bản số %1.</translation>
    </message>
    <message>
        <source>Agreement %1 has no period before its tracked-from day that is not already %2.</source>
        <translation>Văn bản %1 không có kỳ nào trước ngày bắt đầu theo dõi mà chưa ở trạng thái %2.</translation>
    </message>
    <message>
        <source>The tracked-from day is not a valid date.</source>
        <translation>Ngày bắt đầu theo dõi không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <source>Agreement %1 is already tracked from %2.</source>
        <translation>Văn bản %1 đã được theo dõi từ ngày %2.</translation>
    </message>
    <message>
        <source>Commitment %1 was changed by someone else after you read it: reload it to see the change, or apply yours anyway.</source>
        <translation>Cam kết %1 đã bị người khác thay đổi sau khi bạn mở: hãy tải lại để xem thay đổi, hoặc vẫn áp dụng thay đổi của bạn.</translation>
    </message>
    <message>
        <source>%1 changed commitment %2 at %3, after you read it: reload it to see the change, or apply yours anyway.</source>
        <translation>%1 đã thay đổi cam kết %2 lúc %3, sau khi bạn mở: hãy tải lại để xem thay đổi, hoặc vẫn áp dụng thay đổi của bạn.</translation>
    </message>
</context>
<context>
    <name>concord::ConnectServerDialog</name>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Lưu mật khẩu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass or the keyring</source>
        <translation>để trống: ~/.pgpass hoặc kho khóa</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Mã hóa nếu máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Luôn mã hóa</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Mã hóa, kiểm tra chứng chỉ máy chủ</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Không mã hóa</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Bảo mật:</translation>
    </message>
    <message>
        <source>Concord never writes the password to its settings. Without the keyring it is kept until Concord closes; libpq&apos;s ~/.pgpass works too.</source>
        <translation>Concord không bao giờ ghi mật khẩu vào phần cài đặt. Nếu không có kho khóa, mật khẩu chỉ được giữ đến khi đóng Concord; tệp ~/.pgpass của libpq cũng dùng được.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>concord::Database</name>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>Đây là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>This is not a Concord database (not an SQLite file).</source>
        <translation>Đây không phải cơ sở dữ liệu Concord (không phải tệp SQLite).</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation>Không tạo được thư mục chứa cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Không mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not Concord.</source>
        <translation>Tệp SQLite này thuộc về một chương trình khác, không phải Concord.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Concord (schema %1; this version reads up to %2).</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản Concord mới hơn (lược đồ %1; phiên bản này chỉ đọc đến %2).</translation>
    </message>
    <message>
        <source>The database cannot be configured.</source>
        <translation>Không thiết lập được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database cannot be upgraded.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database cannot be upgraded to schema %1.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu lên lược đồ %1.</translation>
    </message>
    <message>
        <source>The agreements cannot be read.</source>
        <translation>Không đọc được danh sách văn bản.</translation>
    </message>
    <message>
        <source>The database cannot be upgraded: some rows refer to rows that do not exist.</source>
        <translation>Không thể nâng cấp cơ sở dữ liệu: một số dòng tham chiếu đến dòng không tồn tại.</translation>
    </message>
    <message>
        <source>No database file was given (the path is empty).</source>
        <translation>Chưa chỉ định tệp cơ sở dữ liệu (đường dẫn trống).</translation>
    </message>
    <message>
        <source>its header is not an SQLite header</source>
        <translation>phần đầu tệp không còn là phần đầu SQLite</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>Không đọc được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database is read-only and needs an upgrade to this version of Concord (schema %1 to %2); open it once where it can be written.</source>
        <translation>Cơ sở dữ liệu chỉ đọc và cần nâng cấp cho phiên bản Concord này (lược đồ %1 lên %2); hãy mở nó một lần ở nơi có quyền ghi.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more finding(s)</source>
        <translation>
            <numerusform> và %n lỗi khác</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not upgraded: no backup could be made first. %1</source>
        <translation>Cơ sở dữ liệu chưa được nâng cấp: không tạo được bản sao lưu trước. %1</translation>
    </message>
    <message>
        <source>This installation of Concord cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Bản cài đặt Concord này không kết nối được PostgreSQL: thiếu trình điều khiển QPSQL của Qt (gói Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot be opened.</source>
        <translation>Không mở được cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot be read.</source>
        <translation>Không đọc được cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>This database on the server belongs to another program, not Concord: give Concord a database of its own (concord-cli init-server).</source>
        <translation>Cơ sở dữ liệu này trên máy chủ thuộc về chương trình khác, không phải Concord: hãy dành cho Concord một cơ sở dữ liệu riêng (concord-cli init-server).</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a socket), not a database.</source>
        <translation>Đây không phải là tệp thông thường (là thiết bị, đường ống hoặc socket), không phải cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The store&apos;s file was moved or deleted by another program while Concord had it open; nothing was written. Open the store again.</source>
        <translation>Tệp cơ sở dữ liệu đã bị một chương trình khác di chuyển hoặc xóa trong khi Concord đang mở nó; chưa ghi gì. Hãy mở lại cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The store&apos;s journal (%1) was deleted by another program while Concord had the store open; nothing was written. Close the store and open it again.</source>
        <translation>Nhật ký ghi (%1) của cơ sở dữ liệu đã bị một chương trình khác xóa trong khi Concord đang mở nó; chưa ghi gì. Hãy đóng rồi mở lại cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a row of %3 that does not exist</source>
        <translation>dòng %1 của bảng %2 trỏ tới một dòng không tồn tại của %3</translation>
    </message>
</context>
<context>
    <name>concord::DeadlinesPage</name>
    <message>
        <source>Months ahead:</source>
        <translation>Số tháng tới:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Quá hạn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing falls due in this period.</source>
        <translation>Không có việc nào đến hạn trong thời gian này.</translation>
    </message>
    <message>
        <source>Include commitments awaiting review</source>
        <translation>Gồm cả cam kết chờ duyệt</translation>
    </message>
    <message>
        <source>Close History of This Agreement…</source>
        <translation>Đóng các kỳ trước của văn bản này…</translation>
    </message>
    <message>
        <source>Set every period of the selected agreement that ended before it was tracked to one status, with one note.</source>
        <translation>Đặt một trạng thái và một ghi chú cho mọi kỳ của văn bản đã chọn kết thúc trước ngày bắt đầu theo dõi.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Bên thực hiện</translation>
    </message>
    <message>
        <source>Loading deadlines…</source>
        <translation>Đang tải các thời hạn…</translation>
    </message>
    <message>
        <source>Cannot read the deadlines</source>
        <translation>Không đọc được các thời hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n cam kết</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted and awaiting review</source>
        <translation>đã duyệt và chờ duyệt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>quá hạn: %1</translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>đến hạn trong 30 ngày: %1</translation>
    </message>
    <message>
        <source>status to confirm: %1</source>
        <translation>cần xác nhận trạng thái: %1</translation>
    </message>
    <message numerus="yes">
        <source>Status to confirm: due before tracking started (%n)</source>
        <translation>
            <numerusform>Cần xác nhận trạng thái: đến hạn trước ngày bắt đầu theo dõi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before tracking started, still open (%n)</source>
        <translation>
            <numerusform>Trước ngày bắt đầu theo dõi, chưa đóng (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot close the history</source>
        <translation>Không đóng được các kỳ trước</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the Commitments screen lists them all)</source>
        <translation>
            <numerusform>… và %n cam kết khác (màn hình Cam kết liệt kê đầy đủ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the earliest deadlines; reading the rest…</source>
        <translation>Đang hiện các thời hạn sớm nhất; đang đọc phần còn lại…</translation>
    </message>
    <message>
        <source>Overdue (…)</source>
        <translation>Quá hạn (…)</translation>
    </message>
    <message>
        <source>Status to confirm: due before tracking started (…)</source>
        <translation>Cần xác nhận trạng thái: đến hạn trước ngày bắt đầu theo dõi (…)</translation>
    </message>
    <message>
        <source>Before tracking started, still open (…)</source>
        <translation>Trước ngày bắt đầu theo dõi, chưa đóng (…)</translation>
    </message>
</context>
<context>
    <name>concord::Decoder</name>
    <message>
        <source>The file declares UTF-8 (it starts with a byte-order mark) but is not valid UTF-8.</source>
        <translation>Tệp khai báo UTF-8 (bắt đầu bằng dấu thứ tự byte) nhưng không phải UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>The UTF-16 text is truncated: it ends in the middle of a character.</source>
        <translation>Văn bản UTF-16 bị cắt cụt: kết thúc giữa chừng một ký tự.</translation>
    </message>
    <message>
        <source>The UTF-16 text contains an unpaired surrogate.</source>
        <translation>Văn bản UTF-16 chứa một nửa cặp thay thế (surrogate) không có cặp.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8, and it does not read as Vietnamese in Windows-1258, TCVN3 or VNI either.</source>
        <translation>Tệp không phải UTF-8 hợp lệ, và cũng không đọc được thành tiếng Việt theo Windows-1258, TCVN3 hay VNI.</translation>
    </message>
</context>
<context>
    <name>concord::DisplayNames</name>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Bản ghi nhớ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Tuyên bố chung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Chưa có hiệu lực</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>Sắp hết hiệu lực</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <source>Validity unknown</source>
        <translation>Chưa rõ hiệu lực</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Tạm hoãn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã loại bỏ</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <source>autonomous region</source>
        <translation>khu tự trị</translation>
    </message>
    <message>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <source>vi</source>
        <comment>language whose text the summaries show first</comment>
        <translation>vi</translation>
    </message>
    <message>
        <source>The agreement&apos;s validity ends</source>
        <translation>Văn bản hết hiệu lực</translation>
    </message>
    <message>
        <source>Decide whether to renew the agreement</source>
        <translation>Quyết định có gia hạn văn bản hay không</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Cuộc gặp tiếp theo</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale of month names</comment>
        <translation>vi_VN</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month heading format</comment>
        <translation>MMMM &apos;năm&apos; yyyy</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <source>twice a year</source>
        <translation>sáu tháng một lần</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <source>autonomous prefecture</source>
        <translation>châu tự trị</translation>
    </message>
    <message>
        <source>county</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Bên thực hiện</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Agreement</source>
        <comment>kind of document</comment>
        <translation>Thỏa thuận</translation>
    </message>
</context>
<context>
    <name>concord::DocumentParser</name>
    <message>
        <source>The file has no text.</source>
        <translation>Tệp không có nội dung văn bản.</translation>
    </message>
</context>
<context>
    <name>concord::DocxReader</name>
    <message>
        <source>The Word document cannot be opened: it is not a valid .docx (zip) file.</source>
        <translation>Không mở được tài liệu Word: đây không phải tệp .docx (zip) hợp lệ.</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is damaged: %1</source>
        <translation>Nội dung tài liệu Word bị hỏng: %1</translation>
    </message>
    <message>
        <source>The Word document has no text part (%1).</source>
        <translation>Tài liệu Word không có phần văn bản (%1).</translation>
    </message>
    <message>
        <source>The Word document is damaged: its part %1 cannot be unpacked (checksum or data error).</source>
        <translation>Tài liệu Word bị hỏng: không giải nén được phần %1 (lỗi tổng kiểm hoặc dữ liệu).</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 expands to more than %2 MB; no agreement is that large, so it is not read.</source>
        <translation>Phần %1 của tài liệu Word giải nén ra hơn %2 MB; không văn bản văn bản nào lớn như vậy nên tệp không được đọc.</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 expands more than %2 times its stored size (a zip bomb); it is not read.</source>
        <translation>Phần %1 của tài liệu Word giải nén ra lớn hơn %2 lần kích thước nén (bom nén zip); tệp không được đọc.</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is nested more than %1 levels deep; it is not read.</source>
        <translation>Văn bản của tài liệu Word lồng nhau sâu hơn %1 cấp; tệp không được đọc.</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 is compressed or encrypted in a way Word does not write (bzip2, LZMA or a password); save it again from Word or LibreOffice, without a password.</source>
        <translation>Phần %1 của tài liệu Word được nén hoặc mã hóa theo cách Word không dùng (bzip2, LZMA hoặc mật khẩu); hãy lưu lại từ Word hoặc LibreOffice, không đặt mật khẩu.</translation>
    </message>
</context>
<context>
    <name>concord::FirstSteps</name>
    <message>
        <source>First steps:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Fill in your office in Preferences</source>
        <translation>Điền tên cơ quan trong Tùy chọn</translation>
    </message>
    <message>
        <source>(Ctrl+,): reports are headed and signed by it.</source>
        <translation>(Ctrl+,): báo cáo mang tên cơ quan và người ký.</translation>
    </message>
    <message>
        <source>Import your agreements</source>
        <translation>Nhập các văn bản của đơn vị</translation>
    </message>
    <message>
        <source>(Ctrl+I): Word, PDF, text or scans.</source>
        <translation>(Ctrl+I): Word, PDF, văn bản thuần hoặc bản quét.</translation>
    </message>
    <message>
        <source>Review the commitments found</source>
        <translation>Duyệt các cam kết tìm được</translation>
    </message>
    <message>
        <source>on the Commitments screen: only accepted ones are counted.</source>
        <translation>trên màn hình Cam kết: chỉ cam kết đã duyệt mới được tính.</translation>
    </message>
    <message>
        <source>Close for good</source>
        <translation>Đóng, không hiện lại</translation>
    </message>
</context>
<context>
    <name>concord::Gazetteer</name>
    <message>
        <source>The gazetteer is not valid JSON: %1</source>
        <translation>Danh mục địa danh không phải JSON hợp lệ: %1</translation>
    </message>
    <message>
        <source>A gazetteer entry has no id or no name.</source>
        <translation>Một mục trong danh mục địa danh thiếu mã hoặc thiếu tên.</translation>
    </message>
    <message>
        <source>The gazetteer lists no places.</source>
        <translation>Danh mục địa danh không có địa danh nào.</translation>
    </message>
</context>
<context>
    <name>concord::ImportRunner</name>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Đang nhập %1 (%2/%3)…</translation>
    </message>
    <message>
        <source>✗ %1: not imported. %2</source>
        <translation>✗ %1: chưa nhập. %2</translation>
    </message>
    <message>
        <source>• %1: already imported; nothing was added.</source>
        <translation>• %1: đã nhập trước đây; không thêm gì.</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1: %n agreement(s) — %2</source>
        <translation>
            <numerusform>✓ %1: %n văn bản — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %n aligned pair(s), %1</source>
        <translation>
            <numerusform>    %n cặp đối chiếu, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) found for review</source>
        <translation>
            <numerusform>tìm thấy %n cam kết chờ duyệt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>• %1: cancelled; not imported.</source>
        <translation>• %1: đã hủy; chưa được nhập.</translation>
    </message>
    <message>
        <source>Reading the scan %1: %2…</source>
        <translation>Đang đọc bản quét %1: %2…</translation>
    </message>
</context>
<context>
    <name>concord::ImportService</name>
    <message>
        <source>Text recognition was unsure of %1: check against the scan.</source>
        <translation>Nhận dạng chữ chưa chắc chắn về %1: hãy đối chiếu với bản quét.</translation>
    </message>
    <message>
        <source>A paragraph of %1 characters begins on this line; a clause is at most %2. The file lacks line breaks or is not the text of an agreement.</source>
        <translation>Một đoạn dài %1 ký tự bắt đầu từ dòng này; mỗi điều khoản dài tối đa %2 ký tự. Tệp thiếu dấu xuống dòng hoặc không phải là nội dung của một văn bản.</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <source>Concord databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Concord (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>Không tạo được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation>%1 đã tồn tại. Hãy dùng “Mở cơ sở dữ liệu” để mở tệp này.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Đọc song ngữ</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>Database: %1 · %n agreement(s)</source>
        <translation>
            <numerusform>Cơ sở dữ liệu: %1 · %n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu nào</translation>
    </message>
    <message>
        <source>Open or create a database from the File menu.</source>
        <translation>Hãy mở hoặc tạo cơ sở dữ liệu từ trình đơn Tệp.</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Báo cáo tình hình</translation>
    </message>
    <message>
        <source>File ▸ Export Status Report… (Ctrl+E) writes the commitments&apos; status as PDF, Excel, CSV, HTML or a calendar, for a party, an agreement or a period.</source>
        <translation>Tệp ▸ Xuất báo cáo tình hình… (Ctrl+E) ghi tình hình thực hiện cam kết ra PDF, Excel, CSV, HTML hoặc lịch, theo một bên, một văn bản hoặc một khoảng thời gian.</translation>
    </message>
    <message>
        <source>Restored from the backup.</source>
        <translation>Đã khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Nothing to edit: no database open</source>
        <translation>Không có gì để sửa: chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Căn chỉnh</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Chưa lưu mật khẩu</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password (%1). Concord uses it until it closes; to sign in without it next time, put it in ~/.pgpass.</source>
        <translation>Kho khóa của hệ thống không lưu được mật khẩu (%1). Concord dùng mật khẩu này đến khi đóng; để lần sau đăng nhập không cần nhập lại, hãy ghi nó vào ~/.pgpass.</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.</source>
        <translation>Cơ sở dữ liệu trên máy chủ do máy chủ sao lưu (pg_dump); lệnh concord-cli copy chép nó ra một tệp.</translation>
    </message>
</context>
<context>
    <name>concord::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>concord::MetadataExtractor</name>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>tiếng Trung</translation>
    </message>
    <message>
        <source>The %1 version gives %2 as %3, the %4 version as %5.</source>
        <translation>Bản %1 ghi %2 là %3, bản %4 ghi là %5.</translation>
    </message>
    <message>
        <source>the signing date</source>
        <translation>ngày ký</translation>
    </message>
    <message>
        <source>the start of validity</source>
        <translation>ngày bắt đầu hiệu lực</translation>
    </message>
    <message>
        <source>the end of validity</source>
        <translation>ngày hết hiệu lực</translation>
    </message>
    <message>
        <source>whether it is legally binding</source>
        <translation>giá trị ràng buộc pháp lý</translation>
    </message>
    <message>
        <source>the number of originals</source>
        <translation>số bản gốc</translation>
    </message>
    <message>
        <source>the place of signing</source>
        <translation>nơi ký</translation>
    </message>
    <message>
        <source>the reference number</source>
        <translation>số hiệu văn bản</translation>
    </message>
</context>
<context>
    <name>concord::OcrEngine</name>
    <message>
        <source>Text recognition needs Tesseract&apos;s Vietnamese model; install the package tesseract-ocr-vie.</source>
        <translation>Nhận dạng chữ cần mô hình tiếng Việt của Tesseract; hãy cài gói tesseract-ocr-vie.</translation>
    </message>
    <message>
        <source>Text recognition needs Tesseract&apos;s Chinese model; install the package tesseract-ocr-chi-sim.</source>
        <translation>Nhận dạng chữ cần mô hình tiếng Trung của Tesseract; hãy cài gói tesseract-ocr-chi-sim.</translation>
    </message>
</context>
<context>
    <name>concord::OutputFile</name>
    <message>
        <source>This is the store Concord is reading (or its journal); writing here would destroy it. Choose another file.</source>
        <translation>Đây là cơ sở dữ liệu Concord đang đọc (hoặc nhật ký ghi của nó); ghi vào đây sẽ phá hỏng nó. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>This is in the store&apos;s backups folder, which holds its daily copies; choose another folder.</source>
        <translation>Đây là thư mục sao lưu của cơ sở dữ liệu, nơi giữ các bản sao hằng ngày; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đó là một thư mục</translation>
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
        <translation>Đã được người dùng xác nhận</translation>
    </message>
    <message>
        <source>Low score: check that these two texts say the same thing</source>
        <translation>Điểm thấp: hãy kiểm tra hai đoạn này có cùng nội dung không</translation>
    </message>
    <message>
        <source>Aligned automatically</source>
        <translation>Đối chiếu tự động</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tiếng Trung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>The two versions differ:</source>
        <translation>Hai bản khác nhau:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1: “%2” in Vietnamese, “%3” in Chinese</source>
        <translation>%1: bản tiếng Việt “%2”, bản tiếng Trung “%3”</translation>
    </message>
    <message>
        <source>Read from page %1 of the scan; lowest word confidence %2 %.</source>
        <translation>Đọc từ trang %1 của bản quét; độ tin cậy thấp nhất của một từ: %2 %.</translation>
    </message>
    <message>
        <source>“%1” %2 %</source>
        <translation>“%1” %2 %</translation>
    </message>
    <message>
        <source>Unsure (underlined): %1</source>
        <translation>Chưa chắc chắn (gạch dưới): %1</translation>
    </message>
</context>
<context>
    <name>concord::PartiesPage</name>
    <message>
        <source>Vietnamese name</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Tên tiếng Trung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>merged on %1</source>
        <translation>sáp nhập ngày %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No parties yet: they come with the agreements you import.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chưa có bên nào: các bên được thêm khi nhập văn bản.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>Không đọc được danh sách các bên</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted commitment(s) it is responsible for</source>
        <translation>
            <numerusform>%n cam kết đã chấp nhận do bên này thực hiện</numerusform>
        </translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>đến hạn trong 30 ngày: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more awaiting review (not counted)</source>
        <translation>
            <numerusform>Còn %n cam kết chờ duyệt (chưa tính)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the commitments</source>
        <translation>Không đọc được các cam kết</translation>
    </message>
    <message>
        <source>Loading commitments…</source>
        <translation>Đang tải các cam kết…</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Hạn kế tiếp</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 are listed below, next due first; … and %n more: the Commitments screen lists them all.</source>
        <translation>
            <numerusform>Dưới đây liệt kê %1 cam kết đầu tiên, hạn gần nhất trước; còn %n cam kết nữa: màn hình Cam kết liệt kê đầy đủ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::PartyDirectory</name>
    <message>
        <source>The parties cannot be read: %1</source>
        <translation>Không đọc được danh sách các bên: %1</translation>
    </message>
</context>
<context>
    <name>concord::PasswordVault</name>
    <message>
        <source>no system keyring answered</source>
        <translation>không có kho khóa hệ thống nào phản hồi</translation>
    </message>
</context>
<context>
    <name>concord::PdfReader</name>
    <message>
        <source>The PDF cannot be read: it is damaged or not a PDF.</source>
        <translation>Không đọc được tệp PDF: tệp bị hỏng hoặc không phải PDF.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; open it, save an unprotected copy and import that.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu; hãy mở tệp, lưu một bản không có mật khẩu rồi nhập bản đó.</translation>
    </message>
    <message>
        <source>The PDF is damaged: it has no page that can be read.</source>
        <translation>Tệp PDF bị hỏng: không có trang nào đọc được.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; agreements have far fewer (at most %2 are read), so it is not imported.</source>
        <translation>Tệp PDF có %1 trang; văn bản văn bản ít hơn nhiều (chỉ đọc tối đa %2 trang) nên tệp không được nhập.</translation>
    </message>
    <message>
        <source>The PDF has no text layer: it is a scanned image.</source>
        <translation>Tệp PDF không có lớp chữ: đó là ảnh quét.</translation>
    </message>
    <message>
        <source>The PDF&apos;s text layer is not readable text.</source>
        <translation>Lớp chữ của tệp PDF không phải là chữ đọc được.</translation>
    </message>
</context>
<context>
    <name>concord::PdfReport</name>
    <message>
        <source>The PDF file cannot be created.</source>
        <translation>Không tạo được tệp PDF.</translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation>Không ghi được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>concord::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Office (Vietnamese):</source>
        <translation>Cơ quan (tiếng Việt):</translation>
    </message>
    <message>
        <source>Office (Chinese):</source>
        <translation>Cơ quan (tiếng Trung):</translation>
    </message>
    <message>
        <source>Reports signed by:</source>
        <translation>Người ký báo cáo:</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>Số bản sao lưu hằng ngày giữ lại:</translation>
    </message>
    <message>
        <source>e.g. SỞ NGOẠI VỤ TỈNH LẠNG SƠN</source>
        <translation>ví dụ: SỞ NGOẠI VỤ TỈNH LẠNG SƠN</translation>
    </message>
    <message>
        <source>e.g. 越南谅山省外务厅</source>
        <translation>ví dụ: 越南谅山省外务厅</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC</source>
        <translation>ví dụ: GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Concord copies the database once a day when it opens it and keeps this many copies.</source>
        <translation>Mỗi ngày một lần, khi mở cơ sở dữ liệu, Concord sao lưu nó và giữ lại số bản này.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>concord::ProseClauseRule</name>
    <message>
        <source>The Vietnamese text names %1 as responsible, the Chinese text %2.</source>
        <translation>Bản tiếng Việt ghi bên thực hiện là %1, bản tiếng Trung ghi %2.</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the signing, which the document does not date: set it by hand.</source>
        <translation>Thời hạn “%1” tính từ ngày ký, nhưng văn bản không ghi ngày ký: hãy nhập tay.</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the end of validity, which the document does not give: set it by hand.</source>
        <translation>Thời hạn “%1” tính từ ngày hết hiệu lực, nhưng văn bản không ghi ngày này: hãy nhập tay.</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the entry into force, which the document does not date: set it by hand.</source>
        <translation>Thời hạn “%1” tính từ ngày có hiệu lực, nhưng văn bản không ghi ngày đó: hãy nhập tay.</translation>
    </message>
    <message>
        <source>The quantity differs: %1 in one language, %2 in the other.</source>
        <translation>Số lượng khác nhau: một bản ghi %1, bản kia ghi %2.</translation>
    </message>
    <message>
        <source>The month differs: %1 in one language, %2 in the other.</source>
        <translation>Tháng khác nhau: tháng %1 trong bản tiếng Việt, tháng %2 trong bản tiếng Trung.</translation>
    </message>
    <message>
        <source>Only the %1 text says this repeats (%2).</source>
        <translation>Chỉ văn bản tiếng %1 nói việc này được lặp lại (%2).</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>tiếng Trung</translation>
    </message>
    <message>
        <source>The repetition differs: %1 in one language, %2 in the other.</source>
        <translation>Chu kỳ lặp lại khác nhau: %1 ở một ngôn ngữ, %2 ở ngôn ngữ kia.</translation>
    </message>
    <message>
        <source>“%1” gives no year: read as %2.</source>
        <translation>“%1” không ghi năm: được hiểu là %2.</translation>
    </message>
    <message>
        <source>The deadline differs: %1 in one language, %2 in the other.</source>
        <translation>Thời hạn khác nhau: một bản ghi %1, bản kia ghi %2.</translation>
    </message>
</context>
<context>
    <name>concord::ReaderPage</name>
    <message>
        <source>Unconfirm pair</source>
        <translation>Bỏ xác nhận cặp</translation>
    </message>
    <message>
        <source>Confirm pair</source>
        <translation>Xác nhận cặp</translation>
    </message>
    <message>
        <source>Unlink pair</source>
        <translation>Tách cặp</translation>
    </message>
    <message>
        <source>Merge with next pair</source>
        <translation>Gộp với cặp sau</translation>
    </message>
    <message>
        <source>Move Vietnamese unit down</source>
        <translation>Chuyển đoạn tiếng Việt xuống</translation>
    </message>
    <message>
        <source>Move Vietnamese unit up</source>
        <translation>Chuyển đoạn tiếng Việt lên</translation>
    </message>
    <message>
        <source>Move Chinese unit down</source>
        <translation>Chuyển đoạn tiếng Trung xuống</translation>
    </message>
    <message>
        <source>Move Chinese unit up</source>
        <translation>Chuyển đoạn tiếng Trung lên</translation>
    </message>
    <message>
        <source>Confirm / Unconfirm Pair</source>
        <translation>Xác nhận / bỏ xác nhận cặp</translation>
    </message>
    <message>
        <source>Unlink Pair</source>
        <translation>Tách cặp</translation>
    </message>
    <message>
        <source>Merge with Next Pair</source>
        <translation>Gộp với cặp sau</translation>
    </message>
    <message>
        <source>Split Vietnamese Unit at Next Sentence</source>
        <translation>Tách đoạn tiếng Việt ở câu tiếp theo</translation>
    </message>
    <message>
        <source>Split Chinese Unit at Next Sentence</source>
        <translation>Tách đoạn tiếng Trung ở câu tiếp theo</translation>
    </message>
    <message>
        <source>Move Last Vietnamese Unit to Next Pair</source>
        <translation>Chuyển đoạn tiếng Việt cuối sang cặp sau</translation>
    </message>
    <message>
        <source>Move First Vietnamese Unit to Previous Pair</source>
        <translation>Chuyển đoạn tiếng Việt đầu sang cặp trước</translation>
    </message>
    <message>
        <source>Move Last Chinese Unit to Next Pair</source>
        <translation>Chuyển đoạn tiếng Trung cuối sang cặp sau</translation>
    </message>
    <message>
        <source>Move First Chinese Unit to Previous Pair</source>
        <translation>Chuyển đoạn tiếng Trung đầu sang cặp trước</translation>
    </message>
    <message>
        <source>Copy Pair as Bilingual Text</source>
        <translation>Sao chép cặp dạng song ngữ</translation>
    </message>
    <message>
        <source>Find in Agreement</source>
        <translation>Tìm trong văn bản</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>Kết quả tiếp theo</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <source>Search this agreement (Vietnamese with or without diacritics, Chinese)</source>
        <translation>Tìm trong văn bản này (tiếng Việt có hoặc không dấu, tiếng Trung)</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Kết quả trước (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Kết quả tiếp theo (F3)</translation>
    </message>
    <message>
        <source>Cannot open agreement</source>
        <translation>Không mở được văn bản</translation>
    </message>
    <message>
        <source>No agreement open. Choose one in Agreements (double-click or Enter).</source>
        <translation>Chưa mở văn bản nào. Hãy chọn một văn bản ở mục Văn bản (nhấp đúp hoặc Enter).</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>ký ngày %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>tại %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) remaining</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Validity: %1 · Binding: %2</source>
        <translation>Hiệu lực: %1 · Ràng buộc pháp lý: %2</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Các bên: %1</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the alignment</source>
        <translation>Không thay đổi được bản đối chiếu</translation>
    </message>
    <message>
        <source>Split Chinese unit</source>
        <translation>Tách đoạn tiếng Trung</translation>
    </message>
    <message>
        <source>Split Vietnamese unit</source>
        <translation>Tách đoạn tiếng Việt</translation>
    </message>
    <message>
        <source>Nothing to split</source>
        <translation>Không có gì để tách</translation>
    </message>
    <message>
        <source>The selected pair has no unit of more than one sentence in that language.</source>
        <translation>Cặp đã chọn không có đoạn nào dài hơn một câu trong ngôn ngữ đó.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No commitment was drawn from this pair.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Không có cam kết nào rút ra từ cặp này.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Commitments drawn from this pair</source>
        <translation>Các cam kết rút ra từ cặp này</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>Tracked from:</source>
        <translation>Theo dõi từ ngày:</translation>
    </message>
    <message>
        <source>Follow-up starts on this day: periods of recurring commitments that ended before it are history, not overdue.</source>
        <translation>Việc theo dõi bắt đầu từ ngày này: các kỳ của cam kết định kỳ đã kết thúc trước ngày này là các kỳ trước, không tính quá hạn.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>Không đọc được danh sách các bên</translation>
    </message>
    <message>
        <source>Cannot change the tracked-from day</source>
        <translation>Không đổi được ngày bắt đầu theo dõi</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Đã hoàn tác: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Đã làm lại: %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>%1: saved. %2 undoes it.</source>
        <translation>%1: đã lưu. %2 để hoàn tác.</translation>
    </message>
    <message>
        <source>Agreement &amp;Header in the Reader</source>
        <translation>&amp;Thông tin văn bản trong màn hình đọc</translation>
    </message>
    <message>
        <source>&amp;Commitments of the Pair in the Reader</source>
        <translation>&amp;Cam kết của cặp câu trong màn hình đọc</translation>
    </message>
    <message>
        <source>C&amp;hinese Column on the Left</source>
        <translation>Cột tiếng &amp;Trung bên trái</translation>
    </message>
</context>
<context>
    <name>concord::ReportDialog</name>
    <message>
        <source>Export status report</source>
        <translation>Xuất báo cáo tình hình</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>Tất cả cam kết</translation>
    </message>
    <message>
        <source>One party</source>
        <translation>Một bên</translation>
    </message>
    <message>
        <source>One agreement</source>
        <translation>Một văn bản</translation>
    </message>
    <message>
        <source>Only commitments due between</source>
        <translation>Chỉ các cam kết đến hạn trong khoảng</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Bảng tính Excel</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Bảng CSV</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Trang web (HTML)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Lịch (iCalendar)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>tiếng Trung</translation>
    </message>
    <message>
        <source>Vietnamese and Chinese</source>
        <translation>Tiếng Việt và tiếng Trung</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Tính đến ngày:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Ngôn ngữ nhãn:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); %1 commitments, %2 overdue.</source>
        <translation>
            <numerusform>%n trang; %1 cam kết, %2 quá hạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be made</source>
        <translation>Không lập được báo cáo</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Tệp %1 (*.%2)</translation>
    </message>
    <message>
        <source>The report cannot be saved</source>
        <translation>Không lưu được báo cáo</translation>
    </message>
    <message>
        <source>Saved %1 (%2 commitments).</source>
        <translation>Đã lưu %1 (%2 cam kết).</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation>Bản xem trước hiển thị %1 trang đầu.</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Duyệt:</translation>
    </message>
    <message>
        <source>Count commitments awaiting review with the accepted ones</source>
        <translation>Tính cả cam kết chờ duyệt cùng các cam kết đã duyệt</translation>
    </message>
    <message>
        <source>Unchecked, candidates nobody has reviewed are listed apart and not counted.</source>
        <translation>Nếu không chọn, các cam kết chưa ai duyệt được liệt kê riêng và không tính vào số liệu.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review, listed apart.</source>
        <translation>
            <numerusform>%n cam kết chờ duyệt, liệt kê riêng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Số báo cáo:</translation>
    </message>
    <message>
        <source>e.g. 15/BC-SNgV (printed at the head of the PDF)</source>
        <translation>ví dụ: 15/BC-SNgV (in ở đầu báo cáo PDF)</translation>
    </message>
    <message>
        <source>Set them in Preferences…</source>
        <translation>Đặt trong Tùy chọn…</translation>
    </message>
    <message>
        <source>Set them in Edit ▸ Preferences (Ctrl+,).</source>
        <translation>Đặt trong Sửa ▸ Tùy chọn (Ctrl+,).</translation>
    </message>
    <message>
        <source>The issuing office and the signer are not set: the report leaves them blank (………) to fill in by hand.</source>
        <translation>Chưa đặt cơ quan báo cáo và người ký: báo cáo để trống (………) để điền tay.</translation>
    </message>
</context>
<context>
    <name>concord::ReportsPage</name>
    <message>
        <source>Cannot open the report</source>
        <translation>Không mở được báo cáo</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved or deleted).</source>
        <translation>%1 không còn ở đó (đã bị chuyển đi hoặc xóa).</translation>
    </message>
    <message>
        <source>No report written yet.</source>
        <translation>Chưa xuất báo cáo nào.</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Báo cáo tình hình</translation>
    </message>
    <message>
        <source>Choose a report: the export dialog opens set up for it, to preview and save as PDF, Excel, CSV, HTML or a calendar. File ▸ Export Status Report… (Ctrl+E) opens it unset.</source>
        <translation>Chọn một loại báo cáo: hộp thoại xuất báo cáo mở ra với các lựa chọn tương ứng để xem trước và lưu thành PDF, Excel, CSV, HTML hoặc lịch. Tệp ▸ Xuất báo cáo tình hình… (Ctrl+E) mở hộp thoại với lựa chọn mặc định.</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>Tất cả cam kết</translation>
    </message>
    <message>
        <source>By party…</source>
        <translation>Theo từng bên…</translation>
    </message>
    <message>
        <source>By agreement…</source>
        <translation>Theo từng văn bản…</translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation>Đến hạn trong quý này</translation>
    </message>
    <message>
        <source>Due this year</source>
        <translation>Đến hạn trong năm nay</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ cam kết quá hạn</translation>
    </message>
    <message>
        <source>Written last (double-click to open)</source>
        <translation>Báo cáo đã xuất gần đây (nhấp đúp để mở)</translation>
    </message>
</context>
<context>
    <name>concord::ReviewDialog</name>
    <message>
        <source>Accept Commitment with Changes</source>
        <translation>Chấp nhận cam kết có chỉnh sửa</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Hạn ngày</translation>
    </message>
    <message>
        <source>Party names, separated by ;</source>
        <translation>Tên các bên, cách nhau bởi dấu ;</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Bên thực hiện</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>concord::SampleLibrary</name>
    <message>
        <source>The new database could not be moved into place.</source>
        <translation>Không thể đặt cơ sở dữ liệu mới vào đúng chỗ.</translation>
    </message>
</context>
<context>
    <name>concord::ScanPanel</name>
    <message>
        <source>Select a pair to see where it is on the scan.</source>
        <translation>Chọn một cặp để xem vị trí của nó trên bản quét.</translation>
    </message>
    <message>
        <source>Chinese text on the scan</source>
        <translation>Văn bản tiếng Trung trên bản quét</translation>
    </message>
    <message>
        <source>Vietnamese text on the scan</source>
        <translation>Văn bản tiếng Việt trên bản quét</translation>
    </message>
    <message>
        <source>This pair is not on the scan.</source>
        <translation>Cặp này không có trên bản quét.</translation>
    </message>
    <message>
        <source>Scan, page %1</source>
        <translation>Bản quét, trang %1</translation>
    </message>
    <message>
        <source>&amp;Scan Beside the Text</source>
        <translation>&amp;Bản quét bên cạnh văn bản</translation>
    </message>
    <message>
        <source>Show the part of the scanned page each side of the selected pair was read from</source>
        <translation>Hiện phần trang quét mà mỗi bên của cặp đã chọn được đọc ra</translation>
    </message>
</context>
<context>
    <name>concord::ScanReader</name>
    <message>
        <source>page %1 of %2</source>
        <translation>trang %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>còn khoảng %n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>còn khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered: it is damaged.</source>
        <translation>Không hiển thị được trang %1 của tệp PDF: trang bị hỏng.</translation>
    </message>
    <message>
        <source>The image cannot be read: it is damaged or not a PNG, JPEG or TIFF file.</source>
        <translation>Không đọc được ảnh: ảnh bị hỏng hoặc không phải tệp PNG, JPEG hay TIFF.</translation>
    </message>
    <message>
        <source>Page %1 is too small to read (%2 × %3 pixels); scan it at 300 dpi.</source>
        <translation>Trang %1 quá nhỏ để đọc (%2 × %3 điểm ảnh); hãy quét ở 300 dpi.</translation>
    </message>
    <message>
        <source>Page %1 yields no text: it is blank or holds no printed text. Remove the page from the scan and import again.</source>
        <translation>Trang %1 không có chữ: trang trống hoặc không có chữ in. Hãy bỏ trang này khỏi bản quét rồi nhập lại.</translation>
    </message>
    <message>
        <source>Reading the scan was cancelled.</source>
        <translation>Đã hủy việc đọc bản quét.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to read (%2 × %3 inches); a scanned page is at most A3 (11.7 × 16.5 inches).</source>
        <translation>Trang %1 của PDF quá lớn để đọc (%2 × %3 inch); trang quét lớn nhất là khổ A3 (11,7 × 16,5 inch).</translation>
    </message>
    <message>
        <source>Page %1 is too large to read (%2 × %3 pixels); a page scanned at 300 dpi is at most A3 (3508 × 4961). Scan it again at 300 dpi.</source>
        <translation>Trang %1 quá lớn để đọc (%2 × %3 điểm ảnh); trang quét ở 300 dpi lớn nhất là khổ A3 (3508 × 4961). Hãy quét lại ở 300 dpi.</translation>
    </message>
    <message>
        <source>Page %1 of the TIFF file cannot be read: it is damaged.</source>
        <translation>Không đọc được trang %1 của tệp TIFF: tệp bị hỏng.</translation>
    </message>
</context>
<context>
    <name>concord::ScanStore</name>
    <message>
        <source>The scan of the agreement cannot be read: %1</source>
        <translation>Không đọc được bản quét của văn bản: %1</translation>
    </message>
</context>
<context>
    <name>concord::ServerRoles</name>
    <message>
        <source>Roles are a server&apos;s: a database file has one user.</source>
        <translation>Vai trò chỉ có trên máy chủ: một tệp cơ sở dữ liệu chỉ có một người dùng.</translation>
    </message>
    <message>
        <source>The roles cannot be set up.</source>
        <translation>Không thể thiết lập các vai trò.</translation>
    </message>
    <message>
        <source>The roles cannot be set up: %1</source>
        <translation>Không thể thiết lập các vai trò: %1</translation>
    </message>
    <message>
        <source>Users are a server&apos;s: a database file has one user.</source>
        <translation>Người dùng chỉ có trên máy chủ: một tệp cơ sở dữ liệu chỉ có một người dùng.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a user name: use small letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; không thể là tên người dùng: hãy dùng chữ thường, chữ số, &apos;_&apos;, &apos;.&apos; và &apos;-&apos;, bắt đầu bằng một chữ cái.</translation>
    </message>
    <message>
        <source>An administrator cannot be limited to a province: imports and users are everyone&apos;s.</source>
        <translation>Không thể giới hạn quản trị viên trong một tỉnh: việc nhập văn bản và quản lý người dùng là chung cho tất cả.</translation>
    </message>
    <message>
        <source>User %1 cannot be added.</source>
        <translation>Không thể thêm người dùng %1.</translation>
    </message>
    <message>
        <source>This server has no Concord roles yet: run &apos;concord-cli init-server&apos; first.</source>
        <translation>Máy chủ này chưa có các vai trò của Concord: hãy chạy &apos;concord-cli init-server&apos; trước.</translation>
    </message>
    <message>
        <source>No province with the key &apos;%1&apos; is a party to any agreement in this store.</source>
        <translation>Không có tỉnh nào với mã &apos;%1&apos; là một bên của văn bản nào trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>User %1 cannot be added: %2</source>
        <translation>Không thể thêm người dùng %1: %2</translation>
    </message>
</context>
<context>
    <name>concord::SourceFile</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Đây là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; agreements are much smaller.</source>
        <translation>Tệp lớn hơn %1 MB; văn bản văn bản nhỏ hơn nhiều.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>văn bản thuần</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>tài liệu Word</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <source>The name says %1 but the content is %2; rename the file to end in .%3 and import it again.</source>
        <translation>Tên tệp cho biết đây là %1 nhưng nội dung là %2; hãy đổi đuôi tên tệp thành .%3 rồi nhập lại.</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>một ảnh</translation>
    </message>
    <message>
        <source>This is not a text, Word (.docx), PDF or image (PNG, JPEG, TIFF) file.</source>
        <translation>Đây không phải tệp văn bản, Word (.docx), PDF hay ảnh (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a socket); Concord imports documents saved as files.</source>
        <translation>Đây không phải là tệp thông thường (là thiết bị, đường ống hoặc socket); Concord chỉ nhập tài liệu được lưu thành tệp.</translation>
    </message>
    <message>
        <source>This is a link that leads back to itself (a loop of links), not a file.</source>
        <translation>Đây là một liên kết dẫn ngược về chính nó (vòng lặp liên kết), không phải tệp.</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist (%1).</source>
        <translation>Đây là liên kết tới một tệp không tồn tại (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>Không đọc được tệp: không có quyền truy cập.</translation>
    </message>
    <message>
        <source>The text holds NUL bytes (%1, the first at byte %2), which no text has: the file is damaged. Save the text again without them and import it again.</source>
        <translation>Tệp chứa byte NUL (%1 byte, byte đầu tiên ở vị trí %2), điều mà không tệp văn bản nào có: tệp bị hỏng. Hãy lưu lại nội dung không có các byte đó rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>concord::SqliteFile</name>
    <message>
        <source>its size cannot be read</source>
        <translation>không đọc được kích thước của tệp</translation>
    </message>
</context>
<context>
    <name>concord::StoreAccess</name>
    <message>
        <source>You are connected as %1: %2 needs an %3. Ask the department&apos;s administrator.</source>
        <translation>Bạn đang kết nối với vai trò %1: %2 cần vai trò %3. Hãy liên hệ quản trị viên của đơn vị.</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>người xem</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>người biên tập</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>reviewing a commitment</source>
        <translation>việc duyệt cam kết</translation>
    </message>
    <message>
        <source>changing a status</source>
        <translation>việc thay đổi trạng thái</translation>
    </message>
    <message>
        <source>adding a note</source>
        <translation>việc thêm ghi chú</translation>
    </message>
    <message>
        <source>changing the tracked-from day</source>
        <translation>việc thay đổi ngày bắt đầu theo dõi</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>việc nhập văn bản</translation>
    </message>
    <message>
        <source>deleting an agreement</source>
        <translation>việc xóa văn bản</translation>
    </message>
    <message>
        <source>editing an alignment</source>
        <translation>việc chỉnh sửa căn chỉnh</translation>
    </message>
    <message>
        <source>editing the parties</source>
        <translation>việc chỉnh sửa các bên</translation>
    </message>
    <message>
        <source>adding users</source>
        <translation>việc thêm người dùng</translation>
    </message>
</context>
<context>
    <name>concord::StoreAddress</name>
    <message>
        <source>The server address %1 cannot be used: %2</source>
        <translation>Không dùng được địa chỉ máy chủ %1: %2</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>cổng phải từ 1 đến 65535</translation>
    </message>
    <message>
        <source>it names no database (…/database at its end)</source>
        <translation>địa chỉ không nêu cơ sở dữ liệu nào (…/tên-cơ-sở-dữ-liệu ở cuối)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode phải là một trong: %1</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds</source>
        <translation>connect_timeout phải là số giây</translation>
    </message>
    <message>
        <source>the option %1 is not known (sslmode and connect_timeout are)</source>
        <translation>không có tùy chọn %1 (chỉ có sslmode và connect_timeout)</translation>
    </message>
</context>
<context>
    <name>concord::StoreBackup</name>
    <message>
        <source>No file was given for the backup.</source>
        <translation>Chưa chỉ định tệp để sao lưu.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the store it copies.</source>
        <translation>Bản sao lưu không được ghi đè lên chính cơ sở dữ liệu được sao lưu.</translation>
    </message>
    <message>
        <source>The folder for the backup cannot be created.</source>
        <translation>Không tạo được thư mục chứa bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup cannot be written: %1</source>
        <translation>Không ghi được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>The backup cannot be written.</source>
        <translation>Không ghi được bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation>Bản sao lưu không tồn tại.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1</source>
        <translation>Không mở được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>Không dùng được bản sao lưu này: %1</translation>
    </message>
    <message>
        <source>The backup is not a Concord database.</source>
        <translation>Bản sao lưu không phải cơ sở dữ liệu Concord.</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Concord (schema %1).</source>
        <translation>Bản sao lưu được tạo bởi phiên bản Concord mới hơn (lược đồ %1).</translation>
    </message>
    <message>
        <source>The backup is damaged too: %1</source>
        <translation>Bản sao lưu cũng bị hỏng: %1</translation>
    </message>
    <message>
        <source>The backup is the store itself.</source>
        <translation>Bản sao lưu chính là cơ sở dữ liệu đang dùng.</translation>
    </message>
    <message>
        <source>The store cannot be copied aside before it is replaced; nothing was changed.</source>
        <translation>Không sao chép được cơ sở dữ liệu hiện tại trước khi thay thế; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The backup cannot be copied into the store: %1</source>
        <translation>Không chép được bản sao lưu vào cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>A store on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.</source>
        <translation>Cơ sở dữ liệu trên máy chủ do máy chủ sao lưu (pg_dump); lệnh concord-cli copy chép nó ra một tệp.</translation>
    </message>
    <message>
        <source>This file is not a backup of a Concord store (not an SQLite database).</source>
        <translation>Tệp này không phải là bản sao lưu của cơ sở dữ liệu Concord (không phải cơ sở dữ liệu SQLite).</translation>
    </message>
</context>
<context>
    <name>concord::StoreCare</name>
    <message>
        <source>Concord databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Concord (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>%1

The newest backup was made %2:
%3

Restore it? The damaged file is kept beside it.</source>
        <translation>%1

Bản sao lưu mới nhất được tạo lúc %2:
%3

Khôi phục từ bản này? Tệp bị hỏng được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Restore Database from Backup</source>
        <translation>Khôi phục cơ sở dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>Replace the content of %1 by the backup %2? The present content is kept beside it.</source>
        <translation>Thay nội dung của %1 bằng bản sao lưu %2? Nội dung hiện tại được giữ lại bên cạnh.</translation>
    </message>
</context>
<context>
    <name>concord::StoreCopy</name>
    <message>
        <source>The file exists; a copy is written only to a new file.</source>
        <translation>Tệp đã tồn tại; bản chép chỉ được ghi ra một tệp mới.</translation>
    </message>
    <message>
        <source>The destination is not empty (%1 agreements); a copy fills only an empty store.</source>
        <translation>Nơi nhận không trống (%1 văn bản); chỉ chép vào một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The store could not be copied; the destination is unchanged: %1</source>
        <translation>Không chép được cơ sở dữ liệu; nơi nhận không thay đổi: %1</translation>
    </message>
    <message>
        <source>The copy differs from the store in table %1 (%2 rows there, %3 here); the destination is unchanged.</source>
        <translation>Bản chép khác cơ sở dữ liệu gốc ở bảng %1 (bên gốc %2 dòng, bên chép %3 dòng); nơi nhận không thay đổi.</translation>
    </message>
    <message>
        <source>The copy could not be moved into place.</source>
        <translation>Không đưa được bản chép vào đúng chỗ.</translation>
    </message>
</context>
<context>
    <name>concord::StoreProblem</name>
    <message>
        <source>The database is read-only: it can be read, but changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu chỉ đọc: có thể xem nhưng không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>The database is locked by another program; try again when it has finished.</source>
        <translation>Cơ sở dữ liệu đang bị chương trình khác khóa; hãy thử lại khi chương trình đó xong việc.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Ổ đĩa đã đầy; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (input/output error).</source>
        <translation>Không đọc hoặc ghi được tệp cơ sở dữ liệu (lỗi vào/ra).</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>Không mở được tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>Kết nối cơ sở dữ liệu chưa mở.</translation>
    </message>
    <message>
        <source>The database is damaged. Restore it from a backup (File ▸ Restore from Backup, or concord-cli restore).</source>
        <translation>Cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu, hoặc concord-cli restore).</translation>
    </message>
    <message>
        <source>The server refused: your role does not allow this change. Ask the department&apos;s administrator.</source>
        <translation>Máy chủ từ chối: vai trò của bạn không cho phép thay đổi này. Hãy liên hệ quản trị viên của đơn vị.</translation>
    </message>
    <message>
        <source>The connection to the server was lost (stopped or restarted); nothing of this change was saved.</source>
        <translation>Mất kết nối với máy chủ (máy chủ đã dừng hoặc khởi động lại); thay đổi này chưa được lưu.</translation>
    </message>
    <message>
        <source>Another change collided with this one on the server; nothing was saved. Try again.</source>
        <translation>Một thay đổi khác trên máy chủ xung đột với thay đổi này; chưa có gì được lưu. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>concord::TableRowRule</name>
    <message>
        <source>The deadline “%1” counts from an event the document does not date: set it by hand.</source>
        <translation>Thời hạn “%1” tính từ một sự kiện mà văn bản không ghi ngày: hãy nhập tay.</translation>
    </message>
    <message>
        <source>The deadline differs: %1 in one language, %2 in the other.</source>
        <translation>Thời hạn khác nhau: một bản ghi %1, bản kia ghi %2.</translation>
    </message>
    <message>
        <source>The rows are numbered %1 in Vietnamese and %2 in Chinese.</source>
        <translation>Dòng này đánh số %1 ở bản tiếng Việt và %2 ở bản tiếng Trung.</translation>
    </message>
</context>
<context>
    <name>concord::TextQuality</name>
    <message>
        <source>OCR text: check against the original.</source>
        <translation>Văn bản OCR: cần đối chiếu với bản gốc.</translation>
    </message>
</context>
<context>
    <name>concord::TiffDirectory</name>
    <message>
        <source>This is not a TIFF file.</source>
        <translation>Đây không phải là tệp TIFF.</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: after page %1 its list of pages comes back to an earlier page (a loop).</source>
        <translation>Tệp TIFF bị hỏng: sau trang %1, danh sách trang quay về một trang trước đó (vòng lặp).</translation>
    </message>
    <message>
        <source>The TIFF file has more than %1 pages; a scan import takes at most %1. Split it into several files.</source>
        <translation>Tệp TIFF có hơn %1 trang; mỗi lần nhập bản quét nhận tối đa %1 trang. Hãy tách thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: page %1 lies beyond its end.</source>
        <translation>Tệp TIFF bị hỏng: trang %1 nằm ngoài phần cuối tệp.</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: page %1 has no size.</source>
        <translation>Tệp TIFF bị hỏng: trang %1 không có kích thước.</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: it lists no page.</source>
        <translation>Tệp TIFF bị hỏng: không có trang nào.</translation>
    </message>
</context>
<context>
    <name>concord::UnitSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Tìm kiếm không thành công: %1</translation>
    </message>
</context>
<context>
    <name>concord::XlsxReport</name>
    <message>
        <source>The Excel file cannot be created.</source>
        <translation>Không tạo được tệp Excel.</translation>
    </message>
    <message>
        <source>The Excel file cannot be written: %1</source>
        <translation>Không ghi được tệp Excel: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sample agreements</source>
        <translation>Văn bản mẫu</translation>
    </message>
</context>
</TS>

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
        <translation>Đọc song song bản tiếng Việt và tiếng Trung của các thỏa thuận hợp tác và theo dõi để mọi cam kết trong đó luôn được cập nhật.</translation>
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
        <translation>&amp;Thỏa thuận</translation>
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
    <name>concord::AgreementStore</name>
    <message>
        <source>The database cannot start the import: %1</source>
        <translation>Cơ sở dữ liệu không thể bắt đầu nhập: %1</translation>
    </message>
    <message>
        <source>The file could not be stored; the database is unchanged: %1</source>
        <translation>Không lưu được tệp; cơ sở dữ liệu không thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentExtractor</name>
    <message>
        <source>The Vietnamese text names %1 as responsible, the Chinese text %2.</source>
        <translation>Bản tiếng Việt ghi bên thực hiện là %1, bản tiếng Trung ghi %2.</translation>
    </message>
    <message>
        <source>The quantity differs: %1 in one language, %2 in the other.</source>
        <translation>Số lượng khác nhau: một bản ghi %1, bản kia ghi %2.</translation>
    </message>
    <message>
        <source>Only the %1 text says this happens every year.</source>
        <translation>Chỉ bản %1 nói việc này diễn ra hằng năm.</translation>
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
        <source>The deadline differs: %1 in one language, %2 in the other.</source>
        <translation>Thời hạn khác nhau: một bản ghi %1, bản kia ghi %2.</translation>
    </message>
    <message>
        <source>Yearly, but the agreement gives no dates: add the occurrences by hand.</source>
        <translation>Hằng năm, nhưng văn bản không ghi thời gian: hãy thêm các lần thực hiện bằng tay.</translation>
    </message>
    <message>
        <source>Yearly, but the agreement gives no end of validity: only %1 is listed.</source>
        <translation>Hằng năm, nhưng văn bản không ghi thời hạn hiệu lực: chỉ liệt kê năm %1.</translation>
    </message>
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
        <source>This is not a Concord database.</source>
        <translation>Đây không phải cơ sở dữ liệu Concord.</translation>
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
        <source>The Word document has no text part (word/document.xml).</source>
        <translation>Tài liệu Word không có phần nội dung (word/document.xml).</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is damaged: %1</source>
        <translation>Nội dung tài liệu Word bị hỏng: %1</translation>
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
        <translation>Thỏa thuận</translation>
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
            <numerusform>Cơ sở dữ liệu: %1 · %n thỏa thuận</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu nào</translation>
    </message>
    <message>
        <source>Concord — %1</source>
        <translation>Concord — %1</translation>
    </message>
    <message>
        <source>Nothing to show until agreements are imported into this database.</source>
        <translation>Chưa có gì để hiển thị cho đến khi nhập thỏa thuận vào cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>No agreements yet</source>
        <translation>Chưa có thỏa thuận nào</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) stored</source>
        <translation>
            <numerusform>Đã lưu %n thỏa thuận</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Open or create a database from the File menu.</source>
        <translation>Hãy mở hoặc tạo cơ sở dữ liệu từ trình đơn Tệp.</translation>
    </message>
    <message>
        <source>No agreement open</source>
        <translation>Chưa mở thỏa thuận nào</translation>
    </message>
    <message>
        <source>Choose an agreement to read it side by side.</source>
        <translation>Hãy chọn một thỏa thuận để đọc song song hai bản.</translation>
    </message>
    <message>
        <source>No commitments yet</source>
        <translation>Chưa có cam kết nào</translation>
    </message>
    <message>
        <source>No parties yet</source>
        <translation>Chưa có bên nào</translation>
    </message>
    <message>
        <source>No deadlines yet</source>
        <translation>Chưa có thời hạn nào</translation>
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation>Chưa có gì để báo cáo</translation>
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
        <source>The PDF has no text layer: it is a scanned image. Run text recognition (OCR) on it, for example with ocrmypdf, and import the result.</source>
        <translation>Tệp PDF không có lớp văn bản: đây là ảnh quét. Hãy nhận dạng chữ (OCR) cho tệp, chẳng hạn bằng ocrmypdf, rồi nhập kết quả.</translation>
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
    <message>
        <source>The PDF file cannot be moved into place.</source>
        <translation>Không thể đặt tệp PDF vào đúng chỗ.</translation>
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
</context>
<context>
    <name>concord::SampleLibrary</name>
    <message>
        <source>The new database could not be moved into place.</source>
        <translation>Không thể đặt cơ sở dữ liệu mới vào đúng chỗ.</translation>
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
        <translation>Tệp lớn hơn %1 MB; văn bản thỏa thuận nhỏ hơn nhiều.</translation>
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
        <source>This is not a text, Word (.docx) or PDF file.</source>
        <translation>Đây không phải tệp văn bản, Word (.docx) hay PDF.</translation>
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
    <message>
        <source>The Excel file cannot be moved into place.</source>
        <translation>Không thể đặt tệp Excel vào đúng chỗ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sample agreements</source>
        <translation>Thỏa thuận mẫu</translation>
    </message>
</context>
</TS>

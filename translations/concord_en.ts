<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Concord</source>
        <translation>About Concord</translation>
    </message>
    <message>
        <source>Reads the Vietnamese and Chinese versions of cooperation agreements side by side and keeps every commitment in them up to date.</source>
        <translation>Reads the Vietnamese and Chinese versions of cooperation agreements side by side and keeps every commitment in them up to date.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>Create an empty Concord database file</source>
        <translation>Create an empty Concord database file</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open another Concord database file</source>
        <translation>Open another Concord database file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit Concord</source>
        <translation>Quit Concord</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Agreements</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Reader</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Commitments</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;About Concord</source>
        <translation>&amp;About Concord</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export Status Report…</source>
        <translation>&amp;Export Status Report…</translation>
    </message>
    <message>
        <source>Write the commitments&apos; status as PDF, Excel, CSV, HTML or a calendar</source>
        <translation>Write the commitments' status as PDF, Excel, CSV, HTML or a calendar</translation>
    </message>
</context>
<context>
    <name>concord::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, ICU %2 and SQLite %3.</source>
        <translation>Built with Qt %1, ICU %2 and SQLite %3.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>concord::AgreementStore</name>
    <message>
        <source>The database cannot start the import: %1</source>
        <translation>The database cannot start the import: %1</translation>
    </message>
    <message>
        <source>The file could not be stored; the database is unchanged: %1</source>
        <translation>The file could not be stored; the database is unchanged: %1</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentExtractor</name>
    <message>
        <source>The Vietnamese text names %1 as responsible, the Chinese text %2.</source>
        <translation>The Vietnamese text names %1 as responsible, the Chinese text %2.</translation>
    </message>
    <message>
        <source>The quantity differs: %1 in one language, %2 in the other.</source>
        <translation>The quantity differs: %1 in one language, %2 in the other.</translation>
    </message>
    <message>
        <source>Only the %1 text says this happens every year.</source>
        <translation>Only the %1 text says this happens every year.</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>The deadline differs: %1 in one language, %2 in the other.</source>
        <translation>The deadline differs: %1 in one language, %2 in the other.</translation>
    </message>
    <message>
        <source>Yearly, but the agreement gives no dates: add the occurrences by hand.</source>
        <translation>Yearly, but the agreement gives no dates: add the occurrences by hand.</translation>
    </message>
    <message>
        <source>Yearly, but the agreement gives no end of validity: only %1 is listed.</source>
        <translation>Yearly, but the agreement gives no end of validity: only %1 is listed.</translation>
    </message>
    <message>
        <source>The agreement gives no end of validity to renew by.</source>
        <translation>The agreement gives no end of validity to renew by.</translation>
    </message>
    <message>
        <source>The two texts name different hosts: %1 and %2.</source>
        <translation>The two texts name different hosts: %1 and %2.</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentStore</name>
    <message>
        <source>No party called &quot;%1&quot; in this store.</source>
        <translation>No party called &quot;%1&quot; in this store.</translation>
    </message>
    <message>
        <source>The commitments cannot be read: %1</source>
        <translation>The commitments cannot be read: %1</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>There is no commitment %1.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentTracker</name>
    <message>
        <source>&quot;%1&quot; is not a party Concord knows.</source>
        <translation>&quot;%1&quot; is not a party Concord knows.</translation>
    </message>
    <message>
        <source>A commitment needs at least one responsible party.</source>
        <translation>A commitment needs at least one responsible party.</translation>
    </message>
    <message>
        <source>Commitment %1 is already accepted as it is.</source>
        <translation>Commitment %1 is already accepted as it is.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed: %1</source>
        <translation>The change could not be saved; nothing was changed: %1</translation>
    </message>
    <message>
        <source>Commitment %1 is already rejected.</source>
        <translation>Commitment %1 is already rejected.</translation>
    </message>
    <message>
        <source>Commitment %1 was rejected; accept it before tracking it.</source>
        <translation>Commitment %1 was rejected; accept it before tracking it.</translation>
    </message>
    <message>
        <source>Commitment %1 has no occurrence in %2.</source>
        <translation>Commitment %1 has no occurrence in %2.</translation>
    </message>
    <message>
        <source>Commitment %1 is already %2.</source>
        <translation>Commitment %1 is already %2.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
</context>
<context>
    <name>concord::Database</name>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>This is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>The database cannot be read: %1</translation>
    </message>
    <message>
        <source>This is not a Concord database (not an SQLite file).</source>
        <translation>This is not a Concord database (not an SQLite file).</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation>The folder for the database cannot be created.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>This is not a Concord database.</source>
        <translation>This is not a Concord database.</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not Concord.</source>
        <translation>This SQLite file belongs to another program, not Concord.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Concord (schema %1; this version reads up to %2).</source>
        <translation>This database was written by a newer version of Concord (schema %1; this version reads up to %2).</translation>
    </message>
    <message>
        <source>The database cannot be configured.</source>
        <translation>The database cannot be configured.</translation>
    </message>
    <message>
        <source>The database cannot be upgraded.</source>
        <translation>The database cannot be upgraded.</translation>
    </message>
    <message>
        <source>The database cannot be upgraded to schema %1.</source>
        <translation>The database cannot be upgraded to schema %1.</translation>
    </message>
</context>
<context>
    <name>concord::Decoder</name>
    <message>
        <source>The file declares UTF-8 (it starts with a byte-order mark) but is not valid UTF-8.</source>
        <translation>The file declares UTF-8 (it starts with a byte-order mark) but is not valid UTF-8.</translation>
    </message>
    <message>
        <source>The UTF-16 text is truncated: it ends in the middle of a character.</source>
        <translation>The UTF-16 text is truncated: it ends in the middle of a character.</translation>
    </message>
    <message>
        <source>The UTF-16 text contains an unpaired surrogate.</source>
        <translation>The UTF-16 text contains an unpaired surrogate.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8, and it does not read as Vietnamese in Windows-1258, TCVN3 or VNI either.</source>
        <translation>The file is not valid UTF-8, and it does not read as Vietnamese in Windows-1258, TCVN3 or VNI either.</translation>
    </message>
</context>
<context>
    <name>concord::DocumentParser</name>
    <message>
        <source>The file has no text.</source>
        <translation>The file has no text.</translation>
    </message>
</context>
<context>
    <name>concord::DocxReader</name>
    <message>
        <source>The Word document cannot be opened: it is not a valid .docx (zip) file.</source>
        <translation>The Word document cannot be opened: it is not a valid .docx (zip) file.</translation>
    </message>
    <message>
        <source>The Word document has no text part (word/document.xml).</source>
        <translation>The Word document has no text part (word/document.xml).</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is damaged: %1</source>
        <translation>The Word document&apos;s text is damaged: %1</translation>
    </message>
</context>
<context>
    <name>concord::Gazetteer</name>
    <message>
        <source>The gazetteer is not valid JSON: %1</source>
        <translation>The gazetteer is not valid JSON: %1</translation>
    </message>
    <message>
        <source>A gazetteer entry has no id or no name.</source>
        <translation>A gazetteer entry has no id or no name.</translation>
    </message>
    <message>
        <source>The gazetteer lists no places.</source>
        <translation>The gazetteer lists no places.</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <source>Concord databases (*.sqlite *.db);;All files (*)</source>
        <translation>Concord databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>Cannot create database</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation>%1 already exists. Use Open Database to open it.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message numerus="yes">
        <source>Database: %1 · %n agreement(s)</source>
        <translation>
            <numerusform>Database: %1 · %n agreement</numerusform>
            <numerusform>Database: %1 · %n agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Concord — %1</source>
        <translation>Concord — %1</translation>
    </message>
    <message>
        <source>Nothing to show until agreements are imported into this database.</source>
        <translation>Nothing to show until agreements are imported into this database.</translation>
    </message>
    <message>
        <source>No agreements yet</source>
        <translation>No agreements yet</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) stored</source>
        <translation>
            <numerusform>%n agreement stored</numerusform>
            <numerusform>%n agreements stored</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Open or create a database from the File menu.</source>
        <translation>Open or create a database from the File menu.</translation>
    </message>
    <message>
        <source>No agreement open</source>
        <translation>No agreement open</translation>
    </message>
    <message>
        <source>Choose an agreement to read it side by side.</source>
        <translation>Choose an agreement to read it side by side.</translation>
    </message>
    <message>
        <source>No commitments yet</source>
        <translation>No commitments yet</translation>
    </message>
    <message>
        <source>No parties yet</source>
        <translation>No parties yet</translation>
    </message>
    <message>
        <source>No deadlines yet</source>
        <translation>No deadlines yet</translation>
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation>Nothing to report yet</translation>
    </message>
</context>
<context>
    <name>concord::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>concord::MetadataExtractor</name>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>The %1 version gives %2 as %3, the %4 version as %5.</source>
        <translation>The %1 version gives %2 as %3, the %4 version as %5.</translation>
    </message>
    <message>
        <source>the signing date</source>
        <translation>the signing date</translation>
    </message>
    <message>
        <source>the start of validity</source>
        <translation>the start of validity</translation>
    </message>
    <message>
        <source>the end of validity</source>
        <translation>the end of validity</translation>
    </message>
    <message>
        <source>whether it is legally binding</source>
        <translation>whether it is legally binding</translation>
    </message>
    <message>
        <source>the number of originals</source>
        <translation>the number of originals</translation>
    </message>
    <message>
        <source>the place of signing</source>
        <translation>the place of signing</translation>
    </message>
    <message>
        <source>the reference number</source>
        <translation>the reference number</translation>
    </message>
</context>
<context>
    <name>concord::PdfReader</name>
    <message>
        <source>The PDF cannot be read: it is damaged or not a PDF.</source>
        <translation>The PDF cannot be read: it is damaged or not a PDF.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; open it, save an unprotected copy and import that.</source>
        <translation>The PDF is protected by a password; open it, save an unprotected copy and import that.</translation>
    </message>
    <message>
        <source>The PDF has no text layer: it is a scanned image. Run text recognition (OCR) on it, for example with ocrmypdf, and import the result.</source>
        <translation>The PDF has no text layer: it is a scanned image. Run text recognition (OCR) on it, for example with ocrmypdf, and import the result.</translation>
    </message>
</context>
<context>
    <name>concord::PdfReport</name>
    <message>
        <source>The PDF file cannot be created.</source>
        <translation>The PDF file cannot be created.</translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation>The PDF file cannot be written.</translation>
    </message>
    <message>
        <source>The PDF file cannot be moved into place.</source>
        <translation>The PDF file cannot be moved into place.</translation>
    </message>
</context>
<context>
    <name>concord::ReportDialog</name>
    <message>
        <source>Export status report</source>
        <translation>Export status report</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>All commitments</translation>
    </message>
    <message>
        <source>One party</source>
        <translation>One party</translation>
    </message>
    <message>
        <source>One agreement</source>
        <translation>One agreement</translation>
    </message>
    <message>
        <source>Only commitments due between</source>
        <translation>Only commitments due between</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Calendar (iCalendar)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Vietnamese and Chinese</source>
        <translation>Vietnamese and Chinese</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); %1 commitments, %2 overdue.</source>
        <translation>
            <numerusform>%n page; %1 commitments, %2 overdue.</numerusform>
            <numerusform>%n pages; %1 commitments, %2 overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be made</source>
        <translation>The report cannot be made</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>The report cannot be saved</source>
        <translation>The report cannot be saved</translation>
    </message>
    <message>
        <source>Saved %1 (%2 commitments).</source>
        <translation>Saved %1 (%2 commitments).</translation>
    </message>
</context>
<context>
    <name>concord::SampleLibrary</name>
    <message>
        <source>The new database could not be moved into place.</source>
        <translation>The new database could not be moved into place.</translation>
    </message>
</context>
<context>
    <name>concord::SourceFile</name>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; agreements are much smaller.</source>
        <translation>The file is larger than %1 MB; agreements are much smaller.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a text, Word (.docx) or PDF file.</source>
        <translation>This is not a text, Word (.docx) or PDF file.</translation>
    </message>
</context>
<context>
    <name>concord::UnitSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>concord::XlsxReport</name>
    <message>
        <source>The Excel file cannot be created.</source>
        <translation>The Excel file cannot be created.</translation>
    </message>
    <message>
        <source>The Excel file cannot be written: %1</source>
        <translation>The Excel file cannot be written: %1</translation>
    </message>
    <message>
        <source>The Excel file cannot be moved into place.</source>
        <translation>The Excel file cannot be moved into place.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sample agreements</source>
        <translation>Sample agreements</translation>
    </message>
</context>
</TS>

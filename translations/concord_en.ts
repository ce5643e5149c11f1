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
        <translation>Write the commitments&apos; status as PDF, Excel, CSV, HTML or a calendar</translation>
    </message>
    <message>
        <source>&amp;Import Agreements…</source>
        <translation>&amp;Import Agreements…</translation>
    </message>
    <message>
        <source>Import agreements from text, Word or PDF files</source>
        <translation>Import agreements from text, Word or PDF files</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <source>Save a copy of the open database (also while it is in use)</source>
        <translation>Save a copy of the open database (also while it is in use)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>Replace the open database by a backup; its present content is kept beside it</source>
        <translation>Replace the open database by a backup; its present content is kept beside it</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Connect to &amp;Server…</translation>
    </message>
    <message>
        <source>Open a department&apos;s shared database on a PostgreSQL server</source>
        <translation>Open a department&apos;s shared database on a PostgreSQL server</translation>
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
    <name>concord::AgreementCatalog</name>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation>The agreements cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>concord::AgreementListModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation>%1
Imported from %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>⚠ OCR text</source>
        <translation>⚠ OCR text</translation>
    </message>
    <message>
        <source>⎙ OCR (scan)</source>
        <translation>⎙ OCR (scan)</translation>
    </message>
    <message>
        <source>Read from a scan by text recognition: the reader underlines the words it was unsure of and shows the scan beside the text.</source>
        <translation>Read from a scan by text recognition: the reader underlines the words it was unsure of and shows the scan beside the text.</translation>
    </message>
</context>
<context>
    <name>concord::AgreementObligationRule</name>
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
    <name>concord::AgreementShape</name>
    <message>
        <source>No agreement was recognised in it: no title, no numbered or signed parts, no parties. Import it anyway only if it is an agreement.</source>
        <translation>No agreement was recognised in it: no title, no numbered or signed parts, no parties. Import it anyway only if it is an agreement.</translation>
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
    <message>
        <source>There is no agreement %1.</source>
        <translation>There is no agreement %1.</translation>
    </message>
    <message>
        <source>The agreement could not be deleted; the database is unchanged: %1</source>
        <translation>The agreement could not be deleted; the database is unchanged: %1</translation>
    </message>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation>The agreements cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>concord::AgreementsPage</name>
    <message>
        <source>Filter by title, place or party</source>
        <translation>Filter by title, place or party</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import agreements from files (Ctrl+I), or drop files here</source>
        <translation>Import agreements from files (Ctrl+I), or drop files here</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>All parties</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>Any validity</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n agreement(s)</source>
        <translation>
            <numerusform>%1 of %n agreement</numerusform>
            <numerusform>%1 of %n agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Agreements</source>
        <translation>Import Agreements</translation>
    </message>
    <message>
        <source>Import finished with errors</source>
        <translation>Import finished with errors</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Delete Agreement…</source>
        <translation>Delete Agreement…</translation>
    </message>
    <message>
        <source>Cannot read the agreements</source>
        <translation>Cannot read the agreements</translation>
    </message>
    <message>
        <source>Delete Agreement</source>
        <translation>Delete Agreement</translation>
    </message>
    <message>
        <source>Delete “%1” (%2) with its clauses, alignment, commitments and their history? The store&apos;s history keeps a line saying it was deleted; the file can be imported again.</source>
        <translation>Delete “%1” (%2) with its clauses, alignment, commitments and their history? The store&apos;s history keeps a line saying it was deleted; the file can be imported again.</translation>
    </message>
    <message>
        <source>Cannot delete the agreement</source>
        <translation>Cannot delete the agreement</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>Import anyway?</translation>
    </message>
    <message numerus="yes">
        <source>No agreement was recognised in %n file(s). Import it (them) anyway?</source>
        <translation>
            <numerusform>No agreement was recognised in %n file. Import it anyway?</numerusform>
            <numerusform>No agreement was recognised in %n files. Import them anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Agreements and scans (%1)</source>
        <translation>Agreements and scans (%1)</translation>
    </message>
    <message>
        <source>Scans (%1)</source>
        <translation>Scans (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>concord::AlignmentSession</name>
    <message>
        <source>No agreement is open.</source>
        <translation>No agreement is open.</translation>
    </message>
    <message>
        <source>This change does not apply to the selected pair.</source>
        <translation>This change does not apply to the selected pair.</translation>
    </message>
</context>
<context>
    <name>concord::AlignmentStore</name>
    <message>
        <source>There is no agreement %1.</source>
        <translation>There is no agreement %1.</translation>
    </message>
    <message>
        <source>The agreement cannot be read: %1</source>
        <translation>The agreement cannot be read: %1</translation>
    </message>
    <message>
        <source>The alignment cannot be read: %1</source>
        <translation>The alignment cannot be read: %1</translation>
    </message>
    <message>
        <source>The alignment cannot be saved: %1</source>
        <translation>The alignment cannot be saved: %1</translation>
    </message>
    <message>
        <source>The alignment could not be saved; the database is unchanged: %1</source>
        <translation>The alignment could not be saved; the database is unchanged: %1</translation>
    </message>
    <message>
        <source>Agreement %1 was changed by someone else after you opened it: your change was not saved. The agreement is read again; make your change on it if it is still needed.</source>
        <translation>Agreement %1 was changed by someone else after you opened it: your change was not saved. The agreement is read again; make your change on it if it is still needed.</translation>
    </message>
    <message>
        <source>%1 changed agreement %2 at %3, after you opened it: your change was not saved. The agreement is read again; make your change on it if it is still needed.</source>
        <translation>%1 changed agreement %2 at %3, after you opened it: your change was not saved. The agreement is read again; make your change on it if it is still needed.</translation>
    </message>
</context>
<context>
    <name>concord::CloseHistoryDialog</name>
    <message>
        <source>Close History</source>
        <translation>Close History</translation>
    </message>
    <message>
        <source>Every period of “%1” that ended before it was tracked gets this status and note.</source>
        <translation>Every period of “%1” that ended before it was tracked gets this status and note.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Why (e.g. done before Concord was used, per the 2025 review)</source>
        <translation>Why (e.g. done before Concord was used, per the 2025 review)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentBoard</name>
    <message>
        <source>Overdue today</source>
        <translation>Overdue today</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Due until</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Edit and Accept…</source>
        <translation>Edit and Accept…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Add a note (what was done, a document number, a link)…</source>
        <translation>Add a note (what was done, a document number, a link)…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Add Note</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>All parties</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>All agreements</translation>
    </message>
    <message>
        <source>Loading commitments…</source>
        <translation>Loading commitments…</translation>
    </message>
    <message>
        <source>Cannot read the commitments</source>
        <translation>Cannot read the commitments</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>overdue: %1</translation>
    </message>
    <message>
        <source>to review: %1</source>
        <translation>to review: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a commitment to see where it comes from and its history.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select a commitment to see where it comes from and its history.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Cannot change the status</translation>
    </message>
    <message>
        <source>Cannot add the note</source>
        <translation>Cannot add the note</translation>
    </message>
    <message>
        <source>Cannot accept the commitment</source>
        <translation>Cannot accept the commitment</translation>
    </message>
    <message>
        <source>Cannot reject the commitment</source>
        <translation>Cannot reject the commitment</translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>Cannot read the parties</translation>
    </message>
    <message>
        <source>Accepted and to review</source>
        <translation>Accepted and to review</translation>
    </message>
    <message>
        <source>Cannot read the agreements</source>
        <translation>Cannot read the agreements</translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>due within 30 days: %1</translation>
    </message>
    <message>
        <source>status to confirm: %1</source>
        <translation>status to confirm: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n commitment(s) by due date; reading the rest…</source>
        <translation>
            <numerusform>Showing the first %n commitment by due date; reading the rest…</numerusform>
            <numerusform>Showing the first %n commitments by due date; reading the rest…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Apply your change anyway? No shows the commitment as it is now.</source>
        <translation>Apply your change anyway? No shows the commitment as it is now.</translation>
    </message>
</context>
<context>
    <name>concord::CommitmentExtractor</name>
    <message>
        <source>Recurring, but the agreement gives no dates: add the occurrences by hand.</source>
        <translation>Recurring, but the agreement gives no dates: add the occurrences by hand.</translation>
    </message>
    <message numerus="yes">
        <source>Recurring, but the agreement gives no end of validity: occurrences are listed for %n year(s), until %1.</source>
        <translation>
            <numerusform>Recurring, but the agreement gives no end of validity: occurrences are listed for %n year, until %1.</numerusform>
            <numerusform>Recurring, but the agreement gives no end of validity: occurrences are listed for %n years, until %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::CommitmentModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>(to confirm)</source>
        <translation>(to confirm)</translation>
    </message>
    <message>
        <source>Lead: %1
Supporting: %2</source>
        <translation>Lead: %1
Supporting: %2</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
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
    <message>
        <source>Every period of commitment %1 ended before tracking started; close them as history.</source>
        <translation>Every period of commitment %1 ended before tracking started; close them as history.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>There is no agreement %1.</translation>
    </message>
    <message>
        <source>Agreement %1 has no period before its tracked-from day that is not already %2.</source>
        <translation>Agreement %1 has no period before its tracked-from day that is not already %2.</translation>
    </message>
    <message>
        <source>The tracked-from day is not a valid date.</source>
        <translation>The tracked-from day is not a valid date.</translation>
    </message>
    <message>
        <source>Agreement %1 is already tracked from %2.</source>
        <translation>Agreement %1 is already tracked from %2.</translation>
    </message>
    <message>
        <source>Commitment %1 was changed by someone else after you read it: reload it to see the change, or apply yours anyway.</source>
        <translation>Commitment %1 was changed by someone else after you read it: reload it to see the change, or apply yours anyway.</translation>
    </message>
    <message>
        <source>%1 changed commitment %2 at %3, after you read it: reload it to see the change, or apply yours anyway.</source>
        <translation>%1 changed commitment %2 at %3, after you read it: reload it to see the change, or apply yours anyway.</translation>
    </message>
</context>
<context>
    <name>concord::ConnectServerDialog</name>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Keep the password in the system keyring</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass or the keyring</source>
        <translation>empty: ~/.pgpass or the keyring</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Encrypted if the server offers it</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Always encrypted</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Encrypted, server certificate checked</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;curity:</translation>
    </message>
    <message>
        <source>Concord never writes the password to its settings. Without the keyring it is kept until Concord closes; libpq&apos;s ~/.pgpass works too.</source>
        <translation>Concord never writes the password to its settings. Without the keyring it is kept until Concord closes; libpq&apos;s ~/.pgpass works too.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <message>
        <source>The agreements cannot be read.</source>
        <translation>The agreements cannot be read.</translation>
    </message>
    <message>
        <source>The database cannot be upgraded: some rows refer to rows that do not exist.</source>
        <translation>The database cannot be upgraded: some rows refer to rows that do not exist.</translation>
    </message>
    <message>
        <source>No database file was given (the path is empty).</source>
        <translation>No database file was given (the path is empty).</translation>
    </message>
    <message>
        <source>its header is not an SQLite header</source>
        <translation>its header is not an SQLite header</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>The database cannot be read.</translation>
    </message>
    <message>
        <source>The database is read-only and needs an upgrade to this version of Concord (schema %1 to %2); open it once where it can be written.</source>
        <translation>The database is read-only and needs an upgrade to this version of Concord (schema %1 to %2); open it once where it can be written.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more finding(s)</source>
        <translation>
            <numerusform> and %n more finding</numerusform>
            <numerusform> and %n more findings</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not upgraded: no backup could be made first. %1</source>
        <translation>The database is not upgraded: no backup could be made first. %1</translation>
    </message>
    <message>
        <source>This installation of Concord cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>This installation of Concord cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot be opened.</source>
        <translation>The server&apos;s database cannot be opened.</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot be read.</source>
        <translation>The server&apos;s database cannot be read.</translation>
    </message>
    <message>
        <source>This database on the server belongs to another program, not Concord: give Concord a database of its own (concord-cli init-server).</source>
        <translation>This database on the server belongs to another program, not Concord: give Concord a database of its own (concord-cli init-server).</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a socket), not a database.</source>
        <translation>This is not a regular file (a device, a pipe or a socket), not a database.</translation>
    </message>
    <message>
        <source>The store&apos;s file was moved or deleted by another program while Concord had it open; nothing was written. Open the store again.</source>
        <translation>The store&apos;s file was moved or deleted by another program while Concord had it open; nothing was written. Open the store again.</translation>
    </message>
    <message>
        <source>The store&apos;s journal (%1) was deleted by another program while Concord had the store open; nothing was written. Close the store and open it again.</source>
        <translation>The store&apos;s journal (%1) was deleted by another program while Concord had the store open; nothing was written. Close the store and open it again.</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a row of %3 that does not exist</source>
        <translation>row %1 of table %2 refers to a row of %3 that does not exist</translation>
    </message>
</context>
<context>
    <name>concord::DeadlinesPage</name>
    <message>
        <source>Months ahead:</source>
        <translation>Months ahead:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing falls due in this period.</source>
        <translation>Nothing falls due in this period.</translation>
    </message>
    <message>
        <source>Include commitments awaiting review</source>
        <translation>Include commitments awaiting review</translation>
    </message>
    <message>
        <source>Close History of This Agreement…</source>
        <translation>Close History of This Agreement…</translation>
    </message>
    <message>
        <source>Set every period of the selected agreement that ended before it was tracked to one status, with one note.</source>
        <translation>Set every period of the selected agreement that ended before it was tracked to one status, with one note.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Loading deadlines…</source>
        <translation>Loading deadlines…</translation>
    </message>
    <message>
        <source>Cannot read the deadlines</source>
        <translation>Cannot read the deadlines</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted and awaiting review</source>
        <translation>accepted and awaiting review</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>overdue: %1</translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>due within 30 days: %1</translation>
    </message>
    <message>
        <source>status to confirm: %1</source>
        <translation>status to confirm: %1</translation>
    </message>
    <message numerus="yes">
        <source>Status to confirm: due before tracking started (%n)</source>
        <translation>
            <numerusform>Status to confirm: due before tracking started (%n)</numerusform>
            <numerusform>Status to confirm: due before tracking started (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before tracking started, still open (%n)</source>
        <translation>
            <numerusform>Before tracking started, still open (%n)</numerusform>
            <numerusform>Before tracking started, still open (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot close the history</source>
        <translation>Cannot close the history</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the Commitments screen lists them all)</source>
        <translation>
            <numerusform>… and %n more (the Commitments screen lists them all)</numerusform>
            <numerusform>… and %n more (the Commitments screen lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the earliest deadlines; reading the rest…</source>
        <translation>Showing the earliest deadlines; reading the rest…</translation>
    </message>
    <message>
        <source>Overdue (…)</source>
        <translation>Overdue (…)</translation>
    </message>
    <message>
        <source>Status to confirm: due before tracking started (…)</source>
        <translation>Status to confirm: due before tracking started (…)</translation>
    </message>
    <message>
        <source>Before tracking started, still open (…)</source>
        <translation>Before tracking started, still open (…)</translation>
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
    <name>concord::DisplayNames</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Joint statement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>Expiring within 90 days</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Validity unknown</source>
        <translation>Validity unknown</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>autonomous region</source>
        <translation>autonomous region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>vi</source>
        <comment>language whose text the summaries show first</comment>
        <translation>vi</translation>
    </message>
    <message>
        <source>The agreement&apos;s validity ends</source>
        <translation>The agreement&apos;s validity ends</translation>
    </message>
    <message>
        <source>Decide whether to renew the agreement</source>
        <translation>Decide whether to renew the agreement</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale of month names</comment>
        <translation>en_US</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month heading format</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>twice a year</source>
        <translation>twice a year</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>autonomous prefecture</source>
        <translation>autonomous prefecture</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Agreement</source>
        <comment>kind of document</comment>
        <translation>Agreement</translation>
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
        <source>The Word document&apos;s text is damaged: %1</source>
        <translation>The Word document&apos;s text is damaged: %1</translation>
    </message>
    <message>
        <source>The Word document has no text part (%1).</source>
        <translation>The Word document has no text part (%1).</translation>
    </message>
    <message>
        <source>The Word document is damaged: its part %1 cannot be unpacked (checksum or data error).</source>
        <translation>The Word document is damaged: its part %1 cannot be unpacked (checksum or data error).</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 expands to more than %2 MB; no agreement is that large, so it is not read.</source>
        <translation>The Word document&apos;s part %1 expands to more than %2 MB; no agreement is that large, so it is not read.</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 expands more than %2 times its stored size (a zip bomb); it is not read.</source>
        <translation>The Word document&apos;s part %1 expands more than %2 times its stored size (a zip bomb); it is not read.</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is nested more than %1 levels deep; it is not read.</source>
        <translation>The Word document&apos;s text is nested more than %1 levels deep; it is not read.</translation>
    </message>
    <message>
        <source>The Word document&apos;s part %1 is compressed or encrypted in a way Word does not write (bzip2, LZMA or a password); save it again from Word or LibreOffice, without a password.</source>
        <translation>The Word document&apos;s part %1 is compressed or encrypted in a way Word does not write (bzip2, LZMA or a password); save it again from Word or LibreOffice, without a password.</translation>
    </message>
</context>
<context>
    <name>concord::FirstSteps</name>
    <message>
        <source>First steps:</source>
        <translation>First steps:</translation>
    </message>
    <message>
        <source>Fill in your office in Preferences</source>
        <translation>Fill in your office in Preferences</translation>
    </message>
    <message>
        <source>(Ctrl+,): reports are headed and signed by it.</source>
        <translation>(Ctrl+,): reports are headed and signed by it.</translation>
    </message>
    <message>
        <source>Import your agreements</source>
        <translation>Import your agreements</translation>
    </message>
    <message>
        <source>(Ctrl+I): Word, PDF, text or scans.</source>
        <translation>(Ctrl+I): Word, PDF, text or scans.</translation>
    </message>
    <message>
        <source>Review the commitments found</source>
        <translation>Review the commitments found</translation>
    </message>
    <message>
        <source>on the Commitments screen: only accepted ones are counted.</source>
        <translation>on the Commitments screen: only accepted ones are counted.</translation>
    </message>
    <message>
        <source>Close for good</source>
        <translation>Close for good</translation>
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
    <name>concord::ImportRunner</name>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importing %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>✗ %1: not imported. %2</source>
        <translation>✗ %1: not imported. %2</translation>
    </message>
    <message>
        <source>• %1: already imported; nothing was added.</source>
        <translation>• %1: already imported; nothing was added.</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1: %n agreement(s) — %2</source>
        <translation>
            <numerusform>✓ %1: %n agreement — %2</numerusform>
            <numerusform>✓ %1: %n agreements — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %n aligned pair(s), %1</source>
        <translation>
            <numerusform>    %n aligned pair, %1</numerusform>
            <numerusform>    %n aligned pairs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) found for review</source>
        <translation>
            <numerusform>%n commitment found for review</numerusform>
            <numerusform>%n commitments found for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>• %1: cancelled; not imported.</source>
        <translation>• %1: cancelled; not imported.</translation>
    </message>
    <message>
        <source>Reading the scan %1: %2…</source>
        <translation>Reading the scan %1: %2…</translation>
    </message>
</context>
<context>
    <name>concord::ImportService</name>
    <message>
        <source>Text recognition was unsure of %1: check against the scan.</source>
        <translation>Text recognition was unsure of %1: check against the scan.</translation>
    </message>
    <message>
        <source>A paragraph of %1 characters begins on this line; a clause is at most %2. The file lacks line breaks or is not the text of an agreement.</source>
        <translation>A paragraph of %1 characters begins on this line; a clause is at most %2. The file lacks line breaks or is not the text of an agreement.</translation>
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
        <source>Open or create a database from the File menu.</source>
        <translation>Open or create a database from the File menu.</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Status reports</translation>
    </message>
    <message>
        <source>File ▸ Export Status Report… (Ctrl+E) writes the commitments&apos; status as PDF, Excel, CSV, HTML or a calendar, for a party, an agreement or a period.</source>
        <translation>File ▸ Export Status Report… (Ctrl+E) writes the commitments&apos; status as PDF, Excel, CSV, HTML or a calendar, for a party, an agreement or a period.</translation>
    </message>
    <message>
        <source>Restored from the backup.</source>
        <translation>Restored from the backup.</translation>
    </message>
    <message>
        <source>Nothing to edit: no database open</source>
        <translation>Nothing to edit: no database open</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Alignment</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Password not kept</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password (%1). Concord uses it until it closes; to sign in without it next time, put it in ~/.pgpass.</source>
        <translation>The system keyring cannot keep the password (%1). Concord uses it until it closes; to sign in without it next time, put it in ~/.pgpass.</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.</source>
        <translation>A database on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.</translation>
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
    <name>concord::OcrEngine</name>
    <message>
        <source>Text recognition needs Tesseract&apos;s Vietnamese model; install the package tesseract-ocr-vie.</source>
        <translation>Text recognition needs Tesseract&apos;s Vietnamese model; install the package tesseract-ocr-vie.</translation>
    </message>
    <message>
        <source>Text recognition needs Tesseract&apos;s Chinese model; install the package tesseract-ocr-chi-sim.</source>
        <translation>Text recognition needs Tesseract&apos;s Chinese model; install the package tesseract-ocr-chi-sim.</translation>
    </message>
</context>
<context>
    <name>concord::OutputFile</name>
    <message>
        <source>This is the store Concord is reading (or its journal); writing here would destroy it. Choose another file.</source>
        <translation>This is the store Concord is reading (or its journal); writing here would destroy it. Choose another file.</translation>
    </message>
    <message>
        <source>This is in the store&apos;s backups folder, which holds its daily copies; choose another folder.</source>
        <translation>This is in the store&apos;s backups folder, which holds its daily copies; choose another folder.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
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
        <translation>Confirmed by a person</translation>
    </message>
    <message>
        <source>Low score: check that these two texts say the same thing</source>
        <translation>Low score: check that these two texts say the same thing</translation>
    </message>
    <message>
        <source>Aligned automatically</source>
        <translation>Aligned automatically</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
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
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>The two versions differ:</source>
        <translation>The two versions differ:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1: “%2” in Vietnamese, “%3” in Chinese</source>
        <translation>%1: “%2” in Vietnamese, “%3” in Chinese</translation>
    </message>
    <message>
        <source>Read from page %1 of the scan; lowest word confidence %2 %.</source>
        <translation>Read from page %1 of the scan; lowest word confidence %2 %.</translation>
    </message>
    <message>
        <source>“%1” %2 %</source>
        <translation>“%1” %2 %</translation>
    </message>
    <message>
        <source>Unsure (underlined): %1</source>
        <translation>Unsure (underlined): %1</translation>
    </message>
</context>
<context>
    <name>concord::PartiesPage</name>
    <message>
        <source>Vietnamese name</source>
        <translation>Vietnamese name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>merged on %1</source>
        <translation>merged on %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No parties yet: they come with the agreements you import.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No parties yet: they come with the agreements you import.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>Cannot read the parties</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted commitment(s) it is responsible for</source>
        <translation>
            <numerusform>%n accepted commitment it is responsible for</numerusform>
            <numerusform>%n accepted commitments it is responsible for</numerusform>
        </translation>
    </message>
    <message>
        <source>due within 30 days: %1</source>
        <translation>due within 30 days: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more awaiting review (not counted)</source>
        <translation>
            <numerusform>%n more awaiting review (not counted)</numerusform>
            <numerusform>%n more awaiting review (not counted)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the commitments</source>
        <translation>Cannot read the commitments</translation>
    </message>
    <message>
        <source>Loading commitments…</source>
        <translation>Loading commitments…</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 are listed below, next due first; … and %n more: the Commitments screen lists them all.</source>
        <translation>
            <numerusform>The first %1 are listed below, next due first; … and %n more: the Commitments screen lists them all.</numerusform>
            <numerusform>The first %1 are listed below, next due first; … and %n more: the Commitments screen lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::PartyDirectory</name>
    <message>
        <source>The parties cannot be read: %1</source>
        <translation>The parties cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>concord::PasswordVault</name>
    <message>
        <source>no system keyring answered</source>
        <translation>no system keyring answered</translation>
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
        <source>The PDF is damaged: it has no page that can be read.</source>
        <translation>The PDF is damaged: it has no page that can be read.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; agreements have far fewer (at most %2 are read), so it is not imported.</source>
        <translation>The PDF has %1 pages; agreements have far fewer (at most %2 are read), so it is not imported.</translation>
    </message>
    <message>
        <source>The PDF has no text layer: it is a scanned image.</source>
        <translation>The PDF has no text layer: it is a scanned image.</translation>
    </message>
    <message>
        <source>The PDF&apos;s text layer is not readable text.</source>
        <translation>The PDF&apos;s text layer is not readable text.</translation>
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
</context>
<context>
    <name>concord::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Office (Vietnamese):</source>
        <translation>Office (Vietnamese):</translation>
    </message>
    <message>
        <source>Office (Chinese):</source>
        <translation>Office (Chinese):</translation>
    </message>
    <message>
        <source>Reports signed by:</source>
        <translation>Reports signed by:</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>Daily backups kept:</translation>
    </message>
    <message>
        <source>e.g. SỞ NGOẠI VỤ TỈNH LẠNG SƠN</source>
        <translation>e.g. SỞ NGOẠI VỤ TỈNH LẠNG SƠN</translation>
    </message>
    <message>
        <source>e.g. 越南谅山省外务厅</source>
        <translation>e.g. 越南谅山省外务厅</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC</source>
        <translation>e.g. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Concord copies the database once a day when it opens it and keeps this many copies.</source>
        <translation>Concord copies the database once a day when it opens it and keeps this many copies.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>concord::ProseClauseRule</name>
    <message>
        <source>The Vietnamese text names %1 as responsible, the Chinese text %2.</source>
        <translation>The Vietnamese text names %1 as responsible, the Chinese text %2.</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the signing, which the document does not date: set it by hand.</source>
        <translation>The deadline “%1” counts from the signing, which the document does not date: set it by hand.</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the end of validity, which the document does not give: set it by hand.</source>
        <translation>The deadline “%1” counts from the end of validity, which the document does not give: set it by hand.</translation>
    </message>
    <message>
        <source>The deadline “%1” counts from the entry into force, which the document does not date: set it by hand.</source>
        <translation>The deadline “%1” counts from the entry into force, which the document does not date: set it by hand.</translation>
    </message>
    <message>
        <source>The quantity differs: %1 in one language, %2 in the other.</source>
        <translation>The quantity differs: %1 in one language, %2 in the other.</translation>
    </message>
    <message>
        <source>The month differs: %1 in one language, %2 in the other.</source>
        <translation>The month differs: %1 in one language, %2 in the other.</translation>
    </message>
    <message>
        <source>Only the %1 text says this repeats (%2).</source>
        <translation>Only the %1 text says this repeats (%2).</translation>
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
        <source>The repetition differs: %1 in one language, %2 in the other.</source>
        <translation>The repetition differs: %1 in one language, %2 in the other.</translation>
    </message>
    <message>
        <source>“%1” gives no year: read as %2.</source>
        <translation>“%1” gives no year: read as %2.</translation>
    </message>
    <message>
        <source>The deadline differs: %1 in one language, %2 in the other.</source>
        <translation>The deadline differs: %1 in one language, %2 in the other.</translation>
    </message>
</context>
<context>
    <name>concord::ReaderPage</name>
    <message>
        <source>Unconfirm pair</source>
        <translation>Unconfirm pair</translation>
    </message>
    <message>
        <source>Confirm pair</source>
        <translation>Confirm pair</translation>
    </message>
    <message>
        <source>Unlink pair</source>
        <translation>Unlink pair</translation>
    </message>
    <message>
        <source>Merge with next pair</source>
        <translation>Merge with next pair</translation>
    </message>
    <message>
        <source>Move Vietnamese unit down</source>
        <translation>Move Vietnamese unit down</translation>
    </message>
    <message>
        <source>Move Vietnamese unit up</source>
        <translation>Move Vietnamese unit up</translation>
    </message>
    <message>
        <source>Move Chinese unit down</source>
        <translation>Move Chinese unit down</translation>
    </message>
    <message>
        <source>Move Chinese unit up</source>
        <translation>Move Chinese unit up</translation>
    </message>
    <message>
        <source>Confirm / Unconfirm Pair</source>
        <translation>Confirm / Unconfirm Pair</translation>
    </message>
    <message>
        <source>Unlink Pair</source>
        <translation>Unlink Pair</translation>
    </message>
    <message>
        <source>Merge with Next Pair</source>
        <translation>Merge with Next Pair</translation>
    </message>
    <message>
        <source>Split Vietnamese Unit at Next Sentence</source>
        <translation>Split Vietnamese Unit at Next Sentence</translation>
    </message>
    <message>
        <source>Split Chinese Unit at Next Sentence</source>
        <translation>Split Chinese Unit at Next Sentence</translation>
    </message>
    <message>
        <source>Move Last Vietnamese Unit to Next Pair</source>
        <translation>Move Last Vietnamese Unit to Next Pair</translation>
    </message>
    <message>
        <source>Move First Vietnamese Unit to Previous Pair</source>
        <translation>Move First Vietnamese Unit to Previous Pair</translation>
    </message>
    <message>
        <source>Move Last Chinese Unit to Next Pair</source>
        <translation>Move Last Chinese Unit to Next Pair</translation>
    </message>
    <message>
        <source>Move First Chinese Unit to Previous Pair</source>
        <translation>Move First Chinese Unit to Previous Pair</translation>
    </message>
    <message>
        <source>Copy Pair as Bilingual Text</source>
        <translation>Copy Pair as Bilingual Text</translation>
    </message>
    <message>
        <source>Find in Agreement</source>
        <translation>Find in Agreement</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>Next Hit</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>Previous Hit</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Larger Text</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Smaller Text</translation>
    </message>
    <message>
        <source>Search this agreement (Vietnamese with or without diacritics, Chinese)</source>
        <translation>Search this agreement (Vietnamese with or without diacritics, Chinese)</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <source>Cannot open agreement</source>
        <translation>Cannot open agreement</translation>
    </message>
    <message>
        <source>No agreement open. Choose one in Agreements (double-click or Enter).</source>
        <translation>No agreement open. Choose one in Agreements (double-click or Enter).</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) remaining</source>
        <translation>
            <numerusform>%n day remaining</numerusform>
            <numerusform>%n days remaining</numerusform>
        </translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Validity: %1 · Binding: %2</source>
        <translation>Validity: %1 · Binding: %2</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Parties: %1</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the alignment</source>
        <translation>Cannot change the alignment</translation>
    </message>
    <message>
        <source>Split Chinese unit</source>
        <translation>Split Chinese unit</translation>
    </message>
    <message>
        <source>Split Vietnamese unit</source>
        <translation>Split Vietnamese unit</translation>
    </message>
    <message>
        <source>Nothing to split</source>
        <translation>Nothing to split</translation>
    </message>
    <message>
        <source>The selected pair has no unit of more than one sentence in that language.</source>
        <translation>The selected pair has no unit of more than one sentence in that language.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No commitment was drawn from this pair.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No commitment was drawn from this pair.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Commitments drawn from this pair</source>
        <translation>Commitments drawn from this pair</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Tracked from:</source>
        <translation>Tracked from:</translation>
    </message>
    <message>
        <source>Follow-up starts on this day: periods of recurring commitments that ended before it are history, not overdue.</source>
        <translation>Follow-up starts on this day: periods of recurring commitments that ended before it are history, not overdue.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cannot read the parties</source>
        <translation>Cannot read the parties</translation>
    </message>
    <message>
        <source>Cannot change the tracked-from day</source>
        <translation>Cannot change the tracked-from day</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Redone: %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>%1: saved. %2 undoes it.</source>
        <translation>%1: saved. %2 undoes it.</translation>
    </message>
    <message>
        <source>Agreement &amp;Header in the Reader</source>
        <translation>Agreement &amp;Header in the Reader</translation>
    </message>
    <message>
        <source>&amp;Commitments of the Pair in the Reader</source>
        <translation>&amp;Commitments of the Pair in the Reader</translation>
    </message>
    <message>
        <source>C&amp;hinese Column on the Left</source>
        <translation>C&amp;hinese Column on the Left</translation>
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
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation>The preview shows the first %1.</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Count commitments awaiting review with the accepted ones</source>
        <translation>Count commitments awaiting review with the accepted ones</translation>
    </message>
    <message>
        <source>Unchecked, candidates nobody has reviewed are listed apart and not counted.</source>
        <translation>Unchecked, candidates nobody has reviewed are listed apart and not counted.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review, listed apart.</source>
        <translation>
            <numerusform>%n awaiting review, listed apart.</numerusform>
            <numerusform>%n awaiting review, listed apart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Report number:</translation>
    </message>
    <message>
        <source>e.g. 15/BC-SNgV (printed at the head of the PDF)</source>
        <translation>e.g. 15/BC-SNgV (printed at the head of the PDF)</translation>
    </message>
    <message>
        <source>Set them in Preferences…</source>
        <translation>Set them in Preferences…</translation>
    </message>
    <message>
        <source>Set them in Edit ▸ Preferences (Ctrl+,).</source>
        <translation>Set them in Edit ▸ Preferences (Ctrl+,).</translation>
    </message>
    <message>
        <source>The issuing office and the signer are not set: the report leaves them blank (………) to fill in by hand.</source>
        <translation>The issuing office and the signer are not set: the report leaves them blank (………) to fill in by hand.</translation>
    </message>
</context>
<context>
    <name>concord::ReportsPage</name>
    <message>
        <source>Cannot open the report</source>
        <translation>Cannot open the report</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved or deleted).</source>
        <translation>%1 is no longer there (moved or deleted).</translation>
    </message>
    <message>
        <source>No report written yet.</source>
        <translation>No report written yet.</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Status reports</translation>
    </message>
    <message>
        <source>Choose a report: the export dialog opens set up for it, to preview and save as PDF, Excel, CSV, HTML or a calendar. File ▸ Export Status Report… (Ctrl+E) opens it unset.</source>
        <translation>Choose a report: the export dialog opens set up for it, to preview and save as PDF, Excel, CSV, HTML or a calendar. File ▸ Export Status Report… (Ctrl+E) opens it unset.</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>All commitments</translation>
    </message>
    <message>
        <source>By party…</source>
        <translation>By party…</translation>
    </message>
    <message>
        <source>By agreement…</source>
        <translation>By agreement…</translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation>Due this quarter</translation>
    </message>
    <message>
        <source>Due this year</source>
        <translation>Due this year</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Written last (double-click to open)</source>
        <translation>Written last (double-click to open)</translation>
    </message>
</context>
<context>
    <name>concord::ReviewDialog</name>
    <message>
        <source>Accept Commitment with Changes</source>
        <translation>Accept Commitment with Changes</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Party names, separated by ;</source>
        <translation>Party names, separated by ;</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
    <name>concord::ScanPanel</name>
    <message>
        <source>Select a pair to see where it is on the scan.</source>
        <translation>Select a pair to see where it is on the scan.</translation>
    </message>
    <message>
        <source>Chinese text on the scan</source>
        <translation>Chinese text on the scan</translation>
    </message>
    <message>
        <source>Vietnamese text on the scan</source>
        <translation>Vietnamese text on the scan</translation>
    </message>
    <message>
        <source>This pair is not on the scan.</source>
        <translation>This pair is not on the scan.</translation>
    </message>
    <message>
        <source>Scan, page %1</source>
        <translation>Scan, page %1</translation>
    </message>
    <message>
        <source>&amp;Scan Beside the Text</source>
        <translation>&amp;Scan Beside the Text</translation>
    </message>
    <message>
        <source>Show the part of the scanned page each side of the selected pair was read from</source>
        <translation>Show the part of the scanned page each side of the selected pair was read from</translation>
    </message>
</context>
<context>
    <name>concord::ScanReader</name>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered: it is damaged.</source>
        <translation>Page %1 of the PDF cannot be rendered: it is damaged.</translation>
    </message>
    <message>
        <source>The image cannot be read: it is damaged or not a PNG, JPEG or TIFF file.</source>
        <translation>The image cannot be read: it is damaged or not a PNG, JPEG or TIFF file.</translation>
    </message>
    <message>
        <source>Page %1 is too small to read (%2 × %3 pixels); scan it at 300 dpi.</source>
        <translation>Page %1 is too small to read (%2 × %3 pixels); scan it at 300 dpi.</translation>
    </message>
    <message>
        <source>Page %1 yields no text: it is blank or holds no printed text. Remove the page from the scan and import again.</source>
        <translation>Page %1 yields no text: it is blank or holds no printed text. Remove the page from the scan and import again.</translation>
    </message>
    <message>
        <source>Reading the scan was cancelled.</source>
        <translation>Reading the scan was cancelled.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to read (%2 × %3 inches); a scanned page is at most A3 (11.7 × 16.5 inches).</source>
        <translation>Page %1 of the PDF is too large to read (%2 × %3 inches); a scanned page is at most A3 (11.7 × 16.5 inches).</translation>
    </message>
    <message>
        <source>Page %1 is too large to read (%2 × %3 pixels); a page scanned at 300 dpi is at most A3 (3508 × 4961). Scan it again at 300 dpi.</source>
        <translation>Page %1 is too large to read (%2 × %3 pixels); a page scanned at 300 dpi is at most A3 (3508 × 4961). Scan it again at 300 dpi.</translation>
    </message>
    <message>
        <source>Page %1 of the TIFF file cannot be read: it is damaged.</source>
        <translation>Page %1 of the TIFF file cannot be read: it is damaged.</translation>
    </message>
</context>
<context>
    <name>concord::ScanStore</name>
    <message>
        <source>The scan of the agreement cannot be read: %1</source>
        <translation>The scan of the agreement cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>concord::ServerRoles</name>
    <message>
        <source>Roles are a server&apos;s: a database file has one user.</source>
        <translation>Roles are a server&apos;s: a database file has one user.</translation>
    </message>
    <message>
        <source>The roles cannot be set up.</source>
        <translation>The roles cannot be set up.</translation>
    </message>
    <message>
        <source>The roles cannot be set up: %1</source>
        <translation>The roles cannot be set up: %1</translation>
    </message>
    <message>
        <source>Users are a server&apos;s: a database file has one user.</source>
        <translation>Users are a server&apos;s: a database file has one user.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a user name: use small letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; cannot be a user name: use small letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>An administrator cannot be limited to a province: imports and users are everyone&apos;s.</source>
        <translation>An administrator cannot be limited to a province: imports and users are everyone&apos;s.</translation>
    </message>
    <message>
        <source>User %1 cannot be added.</source>
        <translation>User %1 cannot be added.</translation>
    </message>
    <message>
        <source>This server has no Concord roles yet: run &apos;concord-cli init-server&apos; first.</source>
        <translation>This server has no Concord roles yet: run &apos;concord-cli init-server&apos; first.</translation>
    </message>
    <message>
        <source>No province with the key &apos;%1&apos; is a party to any agreement in this store.</source>
        <translation>No province with the key &apos;%1&apos; is a party to any agreement in this store.</translation>
    </message>
    <message>
        <source>User %1 cannot be added: %2</source>
        <translation>User %1 cannot be added: %2</translation>
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
        <source>plain text</source>
        <translation>plain text</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>a PDF</translation>
    </message>
    <message>
        <source>The name says %1 but the content is %2; rename the file to end in .%3 and import it again.</source>
        <translation>The name says %1 but the content is %2; rename the file to end in .%3 and import it again.</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>an image</translation>
    </message>
    <message>
        <source>This is not a text, Word (.docx), PDF or image (PNG, JPEG, TIFF) file.</source>
        <translation>This is not a text, Word (.docx), PDF or image (PNG, JPEG, TIFF) file.</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a socket); Concord imports documents saved as files.</source>
        <translation>This is not a regular file (a device, a pipe or a socket); Concord imports documents saved as files.</translation>
    </message>
    <message>
        <source>This is a link that leads back to itself (a loop of links), not a file.</source>
        <translation>This is a link that leads back to itself (a loop of links), not a file.</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist (%1).</source>
        <translation>This is a link to a file that does not exist (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>The file cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>The text holds NUL bytes (%1, the first at byte %2), which no text has: the file is damaged. Save the text again without them and import it again.</source>
        <translation>The text holds NUL bytes (%1, the first at byte %2), which no text has: the file is damaged. Save the text again without them and import it again.</translation>
    </message>
</context>
<context>
    <name>concord::SqliteFile</name>
    <message>
        <source>its size cannot be read</source>
        <translation>its size cannot be read</translation>
    </message>
</context>
<context>
    <name>concord::StoreAccess</name>
    <message>
        <source>You are connected as %1: %2 needs an %3. Ask the department&apos;s administrator.</source>
        <translation>You are connected as %1: %2 needs an %3. Ask the department&apos;s administrator.</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>reviewing a commitment</source>
        <translation>reviewing a commitment</translation>
    </message>
    <message>
        <source>changing a status</source>
        <translation>changing a status</translation>
    </message>
    <message>
        <source>adding a note</source>
        <translation>adding a note</translation>
    </message>
    <message>
        <source>changing the tracked-from day</source>
        <translation>changing the tracked-from day</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importing</translation>
    </message>
    <message>
        <source>deleting an agreement</source>
        <translation>deleting an agreement</translation>
    </message>
    <message>
        <source>editing an alignment</source>
        <translation>editing an alignment</translation>
    </message>
    <message>
        <source>editing the parties</source>
        <translation>editing the parties</translation>
    </message>
    <message>
        <source>adding users</source>
        <translation>adding users</translation>
    </message>
</context>
<context>
    <name>concord::StoreAddress</name>
    <message>
        <source>The server address %1 cannot be used: %2</source>
        <translation>The server address %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>the port must be between 1 and 65535</translation>
    </message>
    <message>
        <source>it names no database (…/database at its end)</source>
        <translation>it names no database (…/database at its end)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode must be one of %1</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds</source>
        <translation>connect_timeout must be a number of seconds</translation>
    </message>
    <message>
        <source>the option %1 is not known (sslmode and connect_timeout are)</source>
        <translation>the option %1 is not known (sslmode and connect_timeout are)</translation>
    </message>
</context>
<context>
    <name>concord::StoreBackup</name>
    <message>
        <source>No file was given for the backup.</source>
        <translation>No file was given for the backup.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the store it copies.</source>
        <translation>A backup cannot overwrite the store it copies.</translation>
    </message>
    <message>
        <source>The folder for the backup cannot be created.</source>
        <translation>The folder for the backup cannot be created.</translation>
    </message>
    <message>
        <source>The backup cannot be written: %1</source>
        <translation>The backup cannot be written: %1</translation>
    </message>
    <message>
        <source>The backup cannot be written.</source>
        <translation>The backup cannot be written.</translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation>The backup does not exist.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1</source>
        <translation>The backup cannot be opened: %1</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>The backup cannot be used: %1</translation>
    </message>
    <message>
        <source>The backup is not a Concord database.</source>
        <translation>The backup is not a Concord database.</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Concord (schema %1).</source>
        <translation>The backup was written by a newer version of Concord (schema %1).</translation>
    </message>
    <message>
        <source>The backup is damaged too: %1</source>
        <translation>The backup is damaged too: %1</translation>
    </message>
    <message>
        <source>The backup is the store itself.</source>
        <translation>The backup is the store itself.</translation>
    </message>
    <message>
        <source>The store cannot be copied aside before it is replaced; nothing was changed.</source>
        <translation>The store cannot be copied aside before it is replaced; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup cannot be copied into the store: %1</source>
        <translation>The backup cannot be copied into the store: %1</translation>
    </message>
    <message>
        <source>A store on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.</source>
        <translation>A store on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.</translation>
    </message>
    <message>
        <source>This file is not a backup of a Concord store (not an SQLite database).</source>
        <translation>This file is not a backup of a Concord store (not an SQLite database).</translation>
    </message>
</context>
<context>
    <name>concord::StoreCare</name>
    <message>
        <source>Concord databases (*.sqlite *.db);;All files (*)</source>
        <translation>Concord databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>%1

The newest backup was made %2:
%3

Restore it? The damaged file is kept beside it.</source>
        <translation>%1

The newest backup was made %2:
%3

Restore it? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Restore Database from Backup</source>
        <translation>Restore Database from Backup</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Replace the content of %1 by the backup %2? The present content is kept beside it.</source>
        <translation>Replace the content of %1 by the backup %2? The present content is kept beside it.</translation>
    </message>
</context>
<context>
    <name>concord::StoreCopy</name>
    <message>
        <source>The file exists; a copy is written only to a new file.</source>
        <translation>The file exists; a copy is written only to a new file.</translation>
    </message>
    <message>
        <source>The destination is not empty (%1 agreements); a copy fills only an empty store.</source>
        <translation>The destination is not empty (%1 agreements); a copy fills only an empty store.</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>The store cannot be read: %1</translation>
    </message>
    <message>
        <source>The store could not be copied; the destination is unchanged: %1</source>
        <translation>The store could not be copied; the destination is unchanged: %1</translation>
    </message>
    <message>
        <source>The copy differs from the store in table %1 (%2 rows there, %3 here); the destination is unchanged.</source>
        <translation>The copy differs from the store in table %1 (%2 rows there, %3 here); the destination is unchanged.</translation>
    </message>
    <message>
        <source>The copy could not be moved into place.</source>
        <translation>The copy could not be moved into place.</translation>
    </message>
</context>
<context>
    <name>concord::StoreProblem</name>
    <message>
        <source>The database is read-only: it can be read, but changes cannot be saved.</source>
        <translation>The database is read-only: it can be read, but changes cannot be saved.</translation>
    </message>
    <message>
        <source>The database is locked by another program; try again when it has finished.</source>
        <translation>The database is locked by another program; try again when it has finished.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>The disk is full; nothing was changed.</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (input/output error).</source>
        <translation>The database file cannot be read or written (input/output error).</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>The database connection is not open.</translation>
    </message>
    <message>
        <source>The database is damaged. Restore it from a backup (File ▸ Restore from Backup, or concord-cli restore).</source>
        <translation>The database is damaged. Restore it from a backup (File ▸ Restore from Backup, or concord-cli restore).</translation>
    </message>
    <message>
        <source>The server refused: your role does not allow this change. Ask the department&apos;s administrator.</source>
        <translation>The server refused: your role does not allow this change. Ask the department&apos;s administrator.</translation>
    </message>
    <message>
        <source>The connection to the server was lost (stopped or restarted); nothing of this change was saved.</source>
        <translation>The connection to the server was lost (stopped or restarted); nothing of this change was saved.</translation>
    </message>
    <message>
        <source>Another change collided with this one on the server; nothing was saved. Try again.</source>
        <translation>Another change collided with this one on the server; nothing was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>concord::TableRowRule</name>
    <message>
        <source>The deadline “%1” counts from an event the document does not date: set it by hand.</source>
        <translation>The deadline “%1” counts from an event the document does not date: set it by hand.</translation>
    </message>
    <message>
        <source>The deadline differs: %1 in one language, %2 in the other.</source>
        <translation>The deadline differs: %1 in one language, %2 in the other.</translation>
    </message>
    <message>
        <source>The rows are numbered %1 in Vietnamese and %2 in Chinese.</source>
        <translation>The rows are numbered %1 in Vietnamese and %2 in Chinese.</translation>
    </message>
</context>
<context>
    <name>concord::TextQuality</name>
    <message>
        <source>OCR text: check against the original.</source>
        <translation>OCR text: check against the original.</translation>
    </message>
</context>
<context>
    <name>concord::TiffDirectory</name>
    <message>
        <source>This is not a TIFF file.</source>
        <translation>This is not a TIFF file.</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: after page %1 its list of pages comes back to an earlier page (a loop).</source>
        <translation>The TIFF file is damaged: after page %1 its list of pages comes back to an earlier page (a loop).</translation>
    </message>
    <message>
        <source>The TIFF file has more than %1 pages; a scan import takes at most %1. Split it into several files.</source>
        <translation>The TIFF file has more than %1 pages; a scan import takes at most %1. Split it into several files.</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: page %1 lies beyond its end.</source>
        <translation>The TIFF file is damaged: page %1 lies beyond its end.</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: page %1 has no size.</source>
        <translation>The TIFF file is damaged: page %1 has no size.</translation>
    </message>
    <message>
        <source>The TIFF file is damaged: it lists no page.</source>
        <translation>The TIFF file is damaged: it lists no page.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Sample agreements</source>
        <translation>Sample agreements</translation>
    </message>
</context>
</TS>

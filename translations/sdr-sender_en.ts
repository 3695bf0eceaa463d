<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportLeadsDialog</name>
    <message numerus="yes">
        <source>%n lead(s) imported.</source>
        <translation>
            <numerusform>%n lead imported.</numerusform>
            <numerusform>%n leads imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, left unchanged.</source>
        <translation>
            <numerusform>%n already known, left unchanged.</numerusform>
            <numerusform>%n already known, left unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused:</source>
        <translation>
            <numerusform>%n row refused:</numerusform>
            <numerusform>%n rows refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n lead(s) imported before it stay in the queue; the rest of the file was not imported. Importing the same file again adds only the rest.</source>
        <translation>
            <numerusform>Import cancelled: %n lead imported before it stays in the queue; the rest of the file was not imported. Importing the same file again adds only the rest.</numerusform>
            <numerusform>Import cancelled: %n leads imported before it stay in the queue; the rest of the file was not imported. Importing the same file again adds only the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message numerus="yes">
        <source>The newest %n lead(s) shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Only the newest %n lead shown; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %n leads shown; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n SDR(s) connected</source>
        <translation>
            <numerusform>%1 of %n SDR connected</numerusform>
            <numerusform>%1 of %n SDRs connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>The last %n send(s) for %1 failed.</source>
        <translation>
            <numerusform>The last send for %1 failed.</numerusform>
            <numerusform>The last %n sends for %1 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message numerus="yes">
        <source>%n lead(s) without a usable id in the queue were ignored (cannot be reported).</source>
        <translation>
            <numerusform>%n lead without a usable id in the queue was ignored (cannot be reported).</numerusform>
            <numerusform>%n leads without a usable id in the queue were ignored (cannot be reported).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SdrDirectory</name>
    <message numerus="yes">
        <source>%n invalid SDR entry(s) in the CRM&apos;s list were ignored.</source>
        <translation>
            <numerusform>%n invalid SDR entry in the CRM&apos;s list was ignored.</numerusform>
            <numerusform>%n invalid SDR entries in the CRM&apos;s list were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SdrListModel</name>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n unread chat</numerusform>
            <numerusform>%n unread chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SenderEngine</name>
    <message numerus="yes">
        <source>%n unsent lead(s) of this SDR cancelled: it is no longer active.</source>
        <translation>
            <numerusform>%n unsent lead of this SDR cancelled: it is no longer active.</numerusform>
            <numerusform>%n unsent leads of this SDR cancelled: it is no longer active.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendsChart</name>
    <message numerus="yes">
        <source>%n send(s) today</source>
        <translation>
            <numerusform>%n send today</numerusform>
            <numerusform>%n sends today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) today</source>
        <translation>
            <numerusform>%n reply today</numerusform>
            <numerusform>%n replies today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message numerus="yes">
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>%n phone added</numerusform>
            <numerusform>%n phones added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed</source>
        <translation>
            <numerusform>%n already listed</numerusform>
            <numerusform>%n already listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: %1</source>
        <translation>
            <numerusform>%n row refused: %1</numerusform>
            <numerusform>%n rows refused: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n phone(s).</source>
        <translation>
            <numerusform>Exported %n phone.</numerusform>
            <numerusform>Exported %n phones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message numerus="yes">
        <source>%n phone(s) added to the suppression list from a CSV file.</source>
        <translation>
            <numerusform>%n phone added to the suppression list from a CSV file.</numerusform>
            <numerusform>%n phones added to the suppression list from a CSV file.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>c360::ui::ChartText</name>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <extracomment>A number of customers, as in &quot;41% of 12,345 customers&quot;. %1 is the number.</extracomment>
        <translation>
            <numerusform>%1 customer</numerusform>
            <numerusform>%1 customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableView</name>
    <message numerus="yes">
        <source>Copied the first %Ln selected row(s). To take more, use File → Export filtered customers.</source>
        <translation>
            <numerusform>Copied the first %Ln selected row. To take more, use File → Export filtered customers.</numerusform>
            <numerusform>Copied the first %Ln selected rows. To take more, use File → Export filtered customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) as tab-separated text.</source>
        <translation>
            <numerusform>Copied %Ln row as tab-separated text.</numerusform>
            <numerusform>Copied %Ln rows as tab-separated text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportJob</name>
    <message numerus="yes">
        <source>Wrote %Ln customer(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>
            <numerusform>Wrote %Ln customer to %1.</numerusform>
            <numerusform>Wrote %Ln customers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::FacetListModel</name>
    <message numerus="yes">
        <source>%1, %2 customer(s)</source>
        <extracomment>%1 is a value such as &quot;High&quot;, %2 its number of customers.</extracomment>
        <translation>
            <numerusform>%1, %2 customer</numerusform>
            <numerusform>%1, %2 customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter on; %1 customer(s) with the other filters</source>
        <translation>
            <numerusform>Filter on; %1 customer with the other filters</numerusform>
            <numerusform>Filter on; %1 customers with the other filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter off; %1 customer(s) with the other filters</source>
        <translation>
            <numerusform>Filter off; %1 customer with the other filters</numerusform>
            <numerusform>Filter off; %1 customers with the other filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) match %2 under the other filters</source>
        <extracomment>%1 is a number of customers, %2 a value such as &quot;High&quot;.</extracomment>
        <translation>
            <numerusform>%1 customer matches %2 under the other filters</numerusform>
            <numerusform>%1 customers match %2 under the other filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln rejected row</numerusform>
            <numerusform>%Ln rejected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the first %Ln are listed.</source>
        <translation>
            <numerusform>%1; the first %Ln is listed.</numerusform>
            <numerusform>%1; the first %Ln are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln issue</numerusform>
            <numerusform>%Ln issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s).</source>
        <translation>
            <numerusform>%Ln issue.</numerusform>
            <numerusform>%Ln issues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln issue(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>
            <numerusform>Wrote %Ln issue to %1.</numerusform>
            <numerusform>Wrote %Ln issues to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %2 customer(s)</source>
        <extracomment>The customers the filter shows, of all in the workspace: &quot;1,204 of 12,345 customers&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %2 customer</numerusform>
            <numerusform>%1 of %2 customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::Messages</name>
    <message numerus="yes">
        <source>%Ln rows refer to customers not in customer_info and were left out (for example %2).</source>
        <extracomment>%Ln is the number of rows; %2 some of their customer ids, quoted and separated by commas.</extracomment>
        <translation>
            <numerusform>%Ln row refers to customers not in customer_info and was left out (for example %2).</numerusform>
            <numerusform>%Ln rows refer to customers not in customer_info and were left out (for example %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows belong to customers registered after as_of and were left out with them.</source>
        <extracomment>%Ln is the number of rows.</extracomment>
        <translation>
            <numerusform>%Ln row belongs to customers registered after as_of and was left out with them.</numerusform>
            <numerusform>%Ln rows belong to customers registered after as_of and were left out with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines name a product_id that is not in product_catalog: they count towards purchases and spend, not towards favourites.</source>
        <extracomment>%Ln is the number of purchase lines.</extracomment>
        <translation>
            <numerusform>%Ln line names a product_id that is not in product_catalog: it counts towards purchases and spend, not towards favourites.</numerusform>
            <numerusform>%Ln lines name a product_id that is not in product_catalog: they count towards purchases and spend, not towards favourites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln responses name a campaign_id that is not in marketing_campaigns: they do not count as engagement.</source>
        <extracomment>%Ln is the number of responses.</extracomment>
        <translation>
            <numerusform>%Ln response names a campaign_id that is not in marketing_campaigns: it does not count as engagement.</numerusform>
            <numerusform>%Ln responses name a campaign_id that is not in marketing_campaigns: they do not count as engagement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes could not be read as %2 and were replaced by �; see the warnings for their lines.</source>
        <extracomment>%Ln is the number of bytes; %2 the encoding&apos;s name (&quot;UTF-8&quot;).</extracomment>
        <translation>
            <numerusform>%Ln byte could not be read as %2 and was replaced by �; see the warning for its line.</numerusform>
            <numerusform>%Ln bytes could not be read as %2 and were replaced by �; see the warnings for their lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SavedSegmentsModel</name>
    <message numerus="yes">
        <source>%1 — %2 customer(s)</source>
        <extracomment>%1 is the segment&apos;s name, %2 its number of customers.</extracomment>
        <translation>
            <numerusform>%1 — %2 customer</numerusform>
            <numerusform>%1 — %2 customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SourceTablesModel</name>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of unknown customers</source>
        <translation>
            <numerusform>%Ln row of an unknown customer</numerusform>
            <numerusform>%Ln rows of unknown customers</numerusform>
        </translation>
    </message>
</context>
</TS>

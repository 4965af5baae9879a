<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lectern::AbstractLinesParser</name>
    <message>
        <source>Abstract lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AbstractViewer</name>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paper to read its abstract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title in the source; this provisional title is the abstract&apos;s first sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n author(s), names not given in the source</source>
        <translation>
            <numerusform>%n author, name not given in the source</numerusform>
            <numerusform>%n authors, names not given in the source</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors not given in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n upvote(s)</source>
        <translation>
            <numerusform>%n upvote</numerusform>
            <numerusform>%n upvotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No abstract in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paper was imported from several records; pick the one to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paper to see the records it was imported from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — line %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import record is stored for this paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ArxivAtomParser</name>
    <message>
        <source>line %1: the &lt;%2&gt; element is longer than %3 characters; cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arXiv API (Atom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file declares a DOCTYPE, which an arXiv feed never has; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the arXiv API reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: entry without a title or summary; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: XML error: %2; the entry starting on line %3 is skipped and reading stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: XML error: %2; reading stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the query matched %2 papers; this page of its results holds %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ArxivJsonlParser</name>
    <message>
        <source>line %1: the &quot;%2&quot; field is longer than %3 characters; cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arXiv metadata (JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not a JSON object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: invalid JSON (%2); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: record without a title or abstract; skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ArxivListingParser</name>
    <message>
        <source>arXiv listing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::BibtexExporter</name>
    <message>
        <source>BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibLaTeX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::BibtexParser</name>
    <message>
        <source>BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ChartPanel</name>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers per technique and metric kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values each technique&apos;s papers report for one metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers per technique per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart on show as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is empty: nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CitationKey</name>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown modifier .%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CommandPalette</name>
    <message>
        <source>Type a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CslJsonExporter</name>
    <message>
        <source>CSL-JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CslJsonParser</name>
    <message>
        <source>line %1: the &quot;%2&quot; field is longer than %3 characters; cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break inside a string (a missing quote?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSL-JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not CSL-JSON: the file does not start with &apos;[&apos; or &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2; the item starting on line %3 is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not an item (a JSON object); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: invalid JSON (%2); the item starting on line %3 is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: item without a title or abstract; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file ends before the list of items is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after the end of the list ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CsvExporter</name>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CsvField</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arXiv identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CsvMappingDialog</name>
    <message>
        <source>Import CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first papers as they will be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header line naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n column(s) separated by %2. Choose the field each column holds; Lectern needs a Title or an Abstract column.</source>
        <translation>
            <numerusform>%1 has %n column separated by %2. Choose the field each column holds; Lectern needs a Title or an Abstract column.</numerusform>
            <numerusform>%1 has %n columns separated by %2. Choose the field each column holds; Lectern needs a Title or an Abstract column.</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Title or Abstract for at least one column to import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n author</numerusform>
            <numerusform>%n authors</numerusform>
        </translation>
    </message>
    <message>
        <source>No papers can be read with these fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No papers can be read with these fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CsvParser</name>
    <message>
        <source>CSV/TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: no column is mapped to the title or the abstract (columns: %1); map the columns to fields and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the first line is not a header of column names; map the columns to fields and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed; record skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3; the extra fields are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3; the missing fields are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a field longer than %2 characters was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unreadable DOI &quot;%2&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unreadable arXiv identifier &quot;%2&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: neither a title nor an abstract; record skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Curation</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading status is 0 (unread), 1 (reading) or 2 (read), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is from 0 to %1 stars, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority is 0 (low), 1 (normal) or 2 (high), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; cannot be moved into itself (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags go on the keys 1 to 9, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; can be on one key only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no paper %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reading list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a reading list named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading list &quot;%1&quot; cannot be put back: its place is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a saved search named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved search %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back: &quot;%2&quot;, stored since, has the same DOI, arXiv id or citation key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paper cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CurationController</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add Tag “%1” to %n Paper(s)</source>
        <translation>
            <numerusform>Add Tag “%1” to %n Paper</numerusform>
            <numerusform>Add Tag “%1” to %n Papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %1 Tags to %n Paper(s)</source>
        <translation>
            <numerusform>Add %1 Tags to %n Paper</numerusform>
            <numerusform>Add %1 Tags to %n Papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Tag “%1” from %n Paper(s)</source>
        <translation>
            <numerusform>Remove Tag “%1” from %n Paper</numerusform>
            <numerusform>Remove Tag “%1” from %n Papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 Tags from %n Paper(s)</source>
        <translation>
            <numerusform>Remove %1 Tags from %n Paper</numerusform>
            <numerusform>Remove %1 Tags from %n Papers</numerusform>
        </translation>
    </message>
    <message>
        <source>No tag is on key %1. Assign one from a tag&apos;s menu in the side panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Toggle Tag “%1” on %n Paper(s)</source>
        <translation>
            <numerusform>Toggle Tag “%1” on %n Paper</numerusform>
            <numerusform>Toggle Tag “%1” on %n Papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Paper(s) as Read</source>
        <translation>
            <numerusform>Mark %n Paper as Read</numerusform>
            <numerusform>Mark %n Papers as Read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Paper(s) as Reading</source>
        <translation>
            <numerusform>Mark %n Paper as Reading</numerusform>
            <numerusform>Mark %n Papers as Reading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Paper(s) as Unread</source>
        <translation>
            <numerusform>Mark %n Paper as Unread</numerusform>
            <numerusform>Mark %n Papers as Unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the Rating of %n Paper(s)</source>
        <translation>
            <numerusform>Clear the Rating of %n Paper</numerusform>
            <numerusform>Clear the Rating of %n Papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Paper(s) %1</source>
        <translation>
            <numerusform>Rate %n Paper %1</numerusform>
            <numerusform>Rate %n Papers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n Paper(s) High Priority</source>
        <translation>
            <numerusform>Give %n Paper High Priority</numerusform>
            <numerusform>Give %n Papers High Priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n Paper(s) Low Priority</source>
        <translation>
            <numerusform>Give %n Paper Low Priority</numerusform>
            <numerusform>Give %n Papers Low Priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n Paper(s) Normal Priority</source>
        <translation>
            <numerusform>Give %n Paper Normal Priority</numerusform>
            <numerusform>Give %n Papers Normal Priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Paper(s)</source>
        <translation>
            <numerusform>Delete %n Paper</numerusform>
            <numerusform>Delete %n Papers</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Two Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Paper(s) to “%1”</source>
        <translation>
            <numerusform>Add %n Paper to “%1”</numerusform>
            <numerusform>Add %n Papers to “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Reading List “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Reading List “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Reading List “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Saved Search to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Colour of Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Tag “%1” off Its Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Tag “%1” on Key %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::DailyPapersParser</name>
    <message>
        <source>Hugging Face Daily Papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::DistributionChart</name>
    <message>
        <source>Reported values per technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper in the library reports a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper in the current filter with a technique reports a %1 in this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Median of %3 values: %4
Click to open the paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first %1 papers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected papers (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected papers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers matching the current filter (no filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers matching the filter “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export format is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no papers to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) in all</source>
        <translation>
            <numerusform>%n paper in all</numerusform>
            <numerusform>%n papers in all</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading list “%1” in its order (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ExportJob</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::FilterBar</name>
    <message>
        <source>Not a valid filter at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter papers: words, &quot;a phrase&quot;, author:…, technique:pruning, speedup&gt;=2, status:unread, tag:… (F1: syntax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter syntax, with examples to add (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it (F8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ImportJob</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no papers found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled, nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 records read, %3 papers added, %4 merged into existing papers, %5 already imported, %6 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a format Lectern recognizes (it reads %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns have no title or abstract Lectern recognizes by name; map them to fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ImportWorker</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extraction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Library</name>
    <message>
        <source>The library %1 was written by a newer version of Lectern (schema %2; this version understands up to %3). It was left untouched; please update Lectern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LibraryCommand</name>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import; the file being imported is rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show All Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A desktop literature explorer: import listings, filter papers, read abstracts with their techniques and numbers highlighted, and see which techniques report which results.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper listings (*.txt *.md *.bib *.ris *.json *.jsonl *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1 papers added, %2 merged into existing papers.</source>
        <translation>
            <numerusform>Imported %n file: %1 papers added, %2 merged into existing papers.</numerusform>
            <numerusform>Imported %n files: %1 papers added, %2 merged into existing papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n file failed.</numerusform>
            <numerusform>%n files failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be imported; they left the library unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import finished, but some records were skipped or had problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Quit anyway? The file being imported will be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 papers match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extracting techniques and metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-extract All Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the techniques and numbers of every paper again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectern is importing or re-extracting. Edit the taxonomy when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV with Column &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or TSV file, choosing the field each column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the papers the filter matches, or the whole library, to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the papers listed in the clipboard&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV with Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) written to %1</source>
        <translation>
            <numerusform>%n paper written to %1</numerusform>
            <numerusform>%n papers written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which field each column holds to import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Two Papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make two papers that are the same one paper, keeping all their sources, tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toggle Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Reading &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Reading List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Reading List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the filter under a name in the side panel, with its live count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the filter, then save it under the same name to replace the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Papers from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) wait for the import</source>
        <translation>
            <numerusform>%n edit wait for the import</numerusform>
            <numerusform>%n edits wait for the import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n edit(s)…</source>
        <translation>
            <numerusform>Saving %n edit…</numerusform>
            <numerusform>Saving %n edits…</numerusform>
        </translation>
    </message>
    <message>
        <source>Key %1: No Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a tag to this key from the tag&apos;s menu in the side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the selected papers, or remove it when they all have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Reading List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle the tag on that key on the selected papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to a tag or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the dragged papers, or add them to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected papers from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the tag, list or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag, list or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the query syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1” (use / for levels; an existing tag&apos;s name merges the two):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into (its papers get this tag instead):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Reading List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a reading list named “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Reading List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a filter first; Save Search keeps it under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter has an error; fix it before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n paper(s) to:</source>
        <translation>
            <numerusform>Add %n paper to:</numerusform>
            <numerusform>Add %n papers to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two papers to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MarkdownExporter</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MarkdownListParser</name>
    <message>
        <source>Markdown paper list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a list item longer than %2 characters was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a code block is never closed; the rest of the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MedlineParser</name>
    <message>
        <source>MEDLINE (PubMed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record without a title or an abstract; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value longer than %2 characters; cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MergeDialog</name>
    <message>
        <source>Merge Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arXiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the paper to keep. The other one is merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep paper &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep paper &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (filled in from the other paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is kept with its citation key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other paper&apos;s sources, tags, notes and list places move to the kept paper; fields it lacks are filled in. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Metric</name>
    <message>
        <source>speedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <source>The note is saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paper to write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be written now; the note is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::PaperTableModel</name>
    <message>
        <source>No title in the source: this provisional title is the abstract&apos;s first sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated: click a star to rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Query</name>
    <message>
        <source>unexpected “)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“OR” needs a term after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“-” needs a term after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“(” is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year or a range of years like 2020..2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year range takes “year:”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be compared with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “%1” (fields: %2; comparisons: rating&gt;=3, speedup&gt;=2 and the other metric kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a rating: ratings go from 0 (unrated) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority “%1” (priorities: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reading status “%1” (statuses: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“has:” takes one of %1, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number: compare %2 with a number and a unit, like %2&gt;=2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a unit after the number, one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit “%1” (%2 is reported in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::QueryHelpPopup</name>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the word in the title, abstract, authors or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the word in the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the word in the abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word of an author&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the word in your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published in 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published from 2020 to 2024; either end may be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published in 2020 or later (also &gt;, &lt;, &lt;=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paper with this arXiv id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paper with this DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the technique, or any technique of its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports a number of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports a speedup of at least 2× (a bare number means × for speedup, throughput and model size, % for accuracy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports an accuracy of at least 75%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports a memory change above 40%; only values in % are compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports a latency under 10 ms; the unit picks the values compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports any number (also has:techniques, has:abstract, has:title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your curation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the tag or one of its sub-tags (compression/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading status: unread, reading or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated 3 stars or more; rating:0 finds the unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority: high, normal or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the reading list of that name (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both: terms side by side must all match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not: a minus before any term excludes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parentheses group terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an example, or select it and press Enter, to add it to the filter. Terms side by side must all match. Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ReadingListModel</name>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n author</numerusform>
            <numerusform>%n authors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ReadingListPanel</name>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected papers up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected papers down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected papers out of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this list&apos;s papers in their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reading list in the side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag papers here from the table, or use Add to List (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ReadingLists</name>
    <message>
        <source>a reading list needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a reading list named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Reextraction</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extraction cancelled; the library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extraction failed; the library is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extracted %1 papers in %2 s: techniques changed in %3, metrics in %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RisExporter</name>
    <message>
        <source>RIS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RisParser</name>
    <message>
        <source>RIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;ER  - &quot; line ends this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record without a title or an abstract; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value longer than %2 characters; cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record does not start with a &quot;TY  - &quot; line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortcut matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Sidebar</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Current Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SidebarModel</name>
    <message>
        <source>All Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
This search&apos;s query is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message>
        <source>Toggled on the selected papers with the key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::TagBox</name>
    <message>
        <source>tag, another/tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas; “/” makes a tag hierarchy. Enter applies, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add tags to %n paper(s)</source>
        <translation>
            <numerusform>Add tags to %n paper</numerusform>
            <numerusform>Add tags to %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tags from %n paper(s)</source>
        <translation>
            <numerusform>Remove tags from %n paper</numerusform>
            <numerusform>Remove tags from %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::Taxonomy</name>
    <message>
        <source>The change would break the taxonomy at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change would break the taxonomy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be an id: use only lower-case letters a–z, digits and “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved into %2, which is inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a technique and carries signals, so it cannot contain other techniques. Make a group first and put the techniques in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 would leave the group %2 empty. Remove the group instead, or add another technique to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 would leave the group %2 empty. Remove the group %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a group: only the techniques in it carry signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one signal: a word or phrase that marks the technique in a title or abstract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no technique or group with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal %1 has no word in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal %1 cannot begin with “*”: “*” stands for up to two words between other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal %1 already marks %2, and a phrase can mark only one technique. Remove it from %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot yield to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot yield to %2: there is no technique with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot yield to the group %2: name the techniques in it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group cannot carry signals: only the techniques in it are assigned to papers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::TaxonomyDialog</name>
    <message>
        <source>Technique Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques are assigned to papers when their signals appear in the title or abstract. Changes re-extract the whole library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group this node belongs to. You can also drag it in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low-rank adaptation
lora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One phrase per line. Case, plurals and hyphens do not matter; “*” stands for up to two words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>efficient * adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only in the paper&apos;s own sentences (“we”, “our”, “this work”) or when seen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids of more specific techniques, one per line: when one of them is assigned, this one is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weak signals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yields to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Technique…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a technique to the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Gro&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group, with a first technique in it, next to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the name of the selection (its id stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selection; a group goes with all its techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1”: filter with technique:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique “%1”: filter with technique:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a technique or a group to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A technique: it is assigned to a paper when one of its signals appears in the title or abstract. Filter with technique:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of %1. Filtering with technique:%2 includes all of them; a group carries no signals of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of a new node follows its name until you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters and stored facts use the id, so it stays when the name changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of “%1” was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name changed, but the signal stays “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signals of “%1” were not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New technique %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::TechniqueChart</name>
    <message>
        <source>No paper in the current filter has both a technique and a reported number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show these papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers per technique and reported metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to collapse the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to expand the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::TechniqueMatrixModel</name>
    <message numerus="yes">
        <source>%1 × %2: %n paper(s)</source>
        <translation>
            <numerusform>%1 × %2: %n paper</numerusform>
            <numerusform>%1 × %2: %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::TitleAbstractParser</name>
    <message>
        <source>Title and abstract lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::TrendChart</name>
    <message>
        <source>Papers per technique per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper in the current filter has both a technique and a known year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n paper(s)
Click to show them.</source>
        <translation>
            <numerusform>%1, %2: %n paper
Click to show it.</numerusform>
            <numerusform>%1, %2: %n papers
Click to show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <source>lectern-cli import: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectern-cli import: no files given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectern-cli list: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectern-cli list: only --json output is supported; add --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectern-cli list: invalid query at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON array of {id, title, abstract}: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: lectern-cli [--library PATH] extract --json IN.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: lectern-cli [--library PATH] reextract [--techniques-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: lectern-cli [--library PATH] taxonomy --export OUT.json | --import IN.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lectern-cli [--library PATH] COMMAND [OPTIONS]

Commands:
  import [--dry-run] [--format ID] FILE...
                                   import files into the library, one transaction per file; the
                                   format is detected from the content unless --format names it
                                   (%2). --dry-run reports what an import would do and stores
                                   nothing
  export --format F [--query TEXT | --list NAME] [-o FILE]
                                   write the papers matching TEXT (all without --query), or the
                                   reading list NAME in its order, as F: %3; to FILE (written
                                   atomically) or standard output
  lists                            print the reading lists and their sizes
  lists --create NAME [--query TEXT]
                                   make a reading list, with the papers matching TEXT
  lists --add NAME --query TEXT    append the papers matching TEXT to a reading list
  lists --delete NAME              delete a reading list (not its papers)
  list [--query TEXT] --json       print the papers matching TEXT (all papers without --query)
  extract --json IN.json           print techniques and metrics of [{id, title, abstract}], with the
                                   built-in taxonomy or, given --library, the library&apos;s
  reextract [--techniques-only]    run extraction again over every paper of the library
  taxonomy --export FILE|-         write the library&apos;s taxonomy as JSON
  taxonomy --import FILE           make FILE the library&apos;s taxonomy and re-extract techniques

Options:
  --library PATH   the library file (default: %1)
  --help           show this help
  --version        show the version

Exit status: 0 success, 1 a file failed or an error occurred, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectern-cli import: unknown format %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectern-cli export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1 (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --query or --list, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid query at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectern-cli export: no reading list named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) written as %2</source>
        <translation>
            <numerusform>%1: %n paper written as %2</numerusform>
            <numerusform>%1: %n papers written as %2</numerusform>
        </translation>
    </message>
    <message>
        <source>lectern-cli lists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add needs --query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query goes with --create or --add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectern-cli lists: no reading list named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) added</source>
        <translation>
            <numerusform>%1: %n paper added</numerusform>
            <numerusform>%1: %n papers added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lectern, a desktop literature explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>lectern::AbstractLinesParser</name>
    <message>
        <source>Abstract lines</source>
        <translation>Zeilen mit Abstracts</translation>
    </message>
</context>
<context>
    <name>lectern::AbstractViewer</name>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Select a paper to read its abstract.</source>
        <translation>Wählen Sie einen Artikel aus, um seinen Abstract zu lesen.</translation>
    </message>
    <message>
        <source>No title in the source; this provisional title is the abstract&apos;s first sentence.</source>
        <translation>Die Quelle nennt keinen Titel; dieser vorläufige Titel ist der erste Satz des Abstracts.</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s), names not given in the source</source>
        <translation>
            <numerusform>%n Autor, Name in der Quelle nicht angegeben</numerusform>
            <numerusform>%n Autoren, Namen in der Quelle nicht angegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors not given in the source</source>
        <translation>Autoren in der Quelle nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n upvote(s)</source>
        <translation>
            <numerusform>%n Upvote</numerusform>
            <numerusform>%n Upvotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Techniques: </source>
        <translation>Verfahren: </translation>
    </message>
    <message>
        <source>Reported: </source>
        <translation>Berichtet: </translation>
    </message>
    <message>
        <source>No abstract in the source.</source>
        <translation>Die Quelle enthält keinen Abstract.</translation>
    </message>
    <message>
        <source>This paper was imported from several records; pick the one to show.</source>
        <translation>Dieser Artikel wurde aus mehreren Einträgen importiert; wählen Sie den anzuzeigenden aus.</translation>
    </message>
    <message>
        <source>Select a paper to see the records it was imported from.</source>
        <translation>Wählen Sie einen Artikel aus, um die Einträge zu sehen, aus denen er importiert wurde.</translation>
    </message>
    <message>
        <source>%1 — line %2 — %3</source>
        <translation>%1 — Zeile %2 — %3</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>No import record is stored for this paper.</source>
        <translation>Für diesen Artikel ist kein Importeintrag gespeichert.</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Rated %1 of %2</source>
        <translation>Mit %1 von %2 bewertet</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hohe Priorität</translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation>Normale Priorität</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>Schlagwörter: </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>lectern::ArxivAtomParser</name>
    <message>
        <source>line %1: the &lt;%2&gt; element is longer than %3 characters; cut</source>
        <translation>Zeile %1: Element &lt;%2&gt; ist länger als %3 Zeichen; gekürzt</translation>
    </message>
    <message>
        <source>arXiv API (Atom)</source>
        <translation>arXiv-API (Atom)</translation>
    </message>
    <message>
        <source>line %1: the file declares a DOCTYPE, which an arXiv feed never has; refused</source>
        <translation>Zeile %1: Die Datei deklariert einen DOCTYPE, den ein arXiv-Feed nie enthält; abgelehnt</translation>
    </message>
    <message>
        <source>line %1: the arXiv API reported an error: %2</source>
        <translation>Zeile %1: Die arXiv-API meldete einen Fehler: %2</translation>
    </message>
    <message>
        <source>line %1: entry without a title or summary; skipped</source>
        <translation>Zeile %1: Eintrag ohne Titel oder Zusammenfassung; übersprungen</translation>
    </message>
    <message>
        <source>line %1: XML error: %2; the entry starting on line %3 is skipped and reading stopped</source>
        <translation>Zeile %1: XML-Fehler: %2; der in Zeile %3 beginnende Eintrag wird übersprungen und das Lesen beendet</translation>
    </message>
    <message>
        <source>line %1: XML error: %2; reading stopped</source>
        <translation>Zeile %1: XML-Fehler: %2; Lesen beendet</translation>
    </message>
    <message>
        <source>line %1: the query matched %2 papers; this page of its results holds %3</source>
        <translation>Zeile %1: Die Abfrage ergab %2 Artikel; diese Ergebnisseite enthält %3</translation>
    </message>
</context>
<context>
    <name>lectern::ArxivJsonlParser</name>
    <message>
        <source>line %1: the &quot;%2&quot; field is longer than %3 characters; cut</source>
        <translation>Zeile %1: Feld „%2“ ist länger als %3 Zeichen; gekürzt</translation>
    </message>
    <message>
        <source>arXiv metadata (JSON lines)</source>
        <translation>arXiv-Metadaten (JSON Lines)</translation>
    </message>
    <message>
        <source>line %1: not a JSON object; skipped</source>
        <translation>Zeile %1: kein JSON-Objekt; übersprungen</translation>
    </message>
    <message>
        <source>line %1: invalid JSON (%2); skipped</source>
        <translation>Zeile %1: ungültiges JSON (%2); übersprungen</translation>
    </message>
    <message>
        <source>line %1: record without a title or abstract; skipped</source>
        <translation>Zeile %1: Eintrag ohne Titel oder Abstract; übersprungen</translation>
    </message>
</context>
<context>
    <name>lectern::ArxivListingParser</name>
    <message>
        <source>arXiv listing</source>
        <translation>arXiv-Liste</translation>
    </message>
</context>
<context>
    <name>lectern::BibtexExporter</name>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>BibLaTeX</source>
        <translation>BibLaTeX</translation>
    </message>
</context>
<context>
    <name>lectern::BibtexParser</name>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
</context>
<context>
    <name>lectern::ChartPanel</name>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Papers per technique and metric kind</source>
        <translation>Artikel je Verfahren und Art der Kennzahl</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>The values each technique&apos;s papers report for one metric</source>
        <translation>Die Werte, die die Artikel eines Verfahrens für eine Kennzahl berichten</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>Papers per technique per year</source>
        <translation>Artikel je Verfahren und Jahr</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the chart on show as an image</source>
        <translation>Das angezeigte Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren …</translation>
    </message>
    <message>
        <source>The chart is empty: nothing to export.</source>
        <translation>Das Diagramm ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported from Lectern</source>
        <translation>Aus Lectern exportiert</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>lectern::CitationKey</name>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>nicht geschlossenes „[“ an Position %1</translation>
    </message>
    <message>
        <source>unknown field [%1]</source>
        <translation>unbekanntes Feld [%1]</translation>
    </message>
    <message>
        <source>unknown modifier .%1</source>
        <translation>unbekannter Modifikator .%1</translation>
    </message>
</context>
<context>
    <name>lectern::CommandPalette</name>
    <message>
        <source>Type a command</source>
        <translation>Befehl eingeben</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Derzeit nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>lectern::CslJsonExporter</name>
    <message>
        <source>CSL-JSON</source>
        <translation>CSL-JSON</translation>
    </message>
</context>
<context>
    <name>lectern::CslJsonParser</name>
    <message>
        <source>line %1: the &quot;%2&quot; field is longer than %3 characters; cut</source>
        <translation>Zeile %1: Feld „%2“ ist länger als %3 Zeichen; gekürzt</translation>
    </message>
    <message>
        <source>the file ends inside the item</source>
        <translation>die Datei endet innerhalb des Eintrags</translation>
    </message>
    <message>
        <source>the item is not closed</source>
        <translation>der Eintrag wird nicht geschlossen</translation>
    </message>
    <message>
        <source>unbalanced &apos;%1&apos;</source>
        <translation>„%1“ ohne Gegenstück</translation>
    </message>
    <message>
        <source>line break inside a string (a missing quote?)</source>
        <translation>Zeilenumbruch innerhalb einer Zeichenkette (fehlendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>CSL-JSON</source>
        <translation>CSL-JSON</translation>
    </message>
    <message>
        <source>line %1: not CSL-JSON: the file does not start with &apos;[&apos; or &apos;{&apos;</source>
        <translation>Zeile %1: kein CSL-JSON: Die Datei beginnt nicht mit „[“ oder „{“</translation>
    </message>
    <message>
        <source>line %1: %2; the item starting on line %3 is skipped</source>
        <translation>Zeile %1: %2; der in Zeile %3 beginnende Eintrag wird übersprungen</translation>
    </message>
    <message>
        <source>line %1: not an item (a JSON object); skipped</source>
        <translation>Zeile %1: kein Eintrag (JSON-Objekt); übersprungen</translation>
    </message>
    <message>
        <source>line %1: invalid JSON (%2); the item starting on line %3 is skipped</source>
        <translation>Zeile %1: ungültiges JSON (%2); der in Zeile %3 beginnende Eintrag wird übersprungen</translation>
    </message>
    <message>
        <source>line %1: item without a title or abstract; skipped</source>
        <translation>Zeile %1: Eintrag ohne Titel oder Abstract; übersprungen</translation>
    </message>
    <message>
        <source>line %1: the file ends before the list of items is closed</source>
        <translation>Zeile %1: Die Datei endet, bevor die Liste der Einträge geschlossen wird</translation>
    </message>
    <message>
        <source>line %1: text after the end of the list ignored</source>
        <translation>Zeile %1: Text nach dem Ende der Liste ignoriert</translation>
    </message>
</context>
<context>
    <name>lectern::CsvExporter</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>lectern::CsvField</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>arXiv identifier</source>
        <translation>arXiv-ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veröffentlicht in</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Heft</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>Zitierschlüssel</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>lectern::CsvMappingDialog</name>
    <message>
        <source>Import CSV: %1</source>
        <translation>CSV importieren: %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>The first papers as they will be imported:</source>
        <translation>Die ersten Artikel, wie sie importiert werden:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no header line naming its columns.</source>
        <translation>%1 hat keine Kopfzeile mit Spaltennamen.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n column(s) separated by %2. Choose the field each column holds; Lectern needs a Title or an Abstract column.</source>
        <translation>
            <numerusform>%1 hat %n Spalte, getrennt durch %2. Wählen Sie für jede Spalte das Feld, das sie enthält; Lectern benötigt eine Titel- oder Abstract-Spalte.</numerusform>
            <numerusform>%1 hat %n Spalten, getrennt durch %2. Wählen Sie für jede Spalte das Feld, das sie enthält; Lectern benötigt eine Titel- oder Abstract-Spalte.</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Choose Title or Abstract for at least one column to import the file.</source>
        <translation>Wählen Sie für mindestens eine Spalte Titel oder Abstract, um die Datei zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n Autor</numerusform>
            <numerusform>%n Autoren</numerusform>
        </translation>
    </message>
    <message>
        <source>No papers can be read with these fields.</source>
        <translation>Mit diesen Feldern lassen sich keine Artikel lesen.</translation>
    </message>
    <message>
        <source>No papers can be read with these fields: %1</source>
        <translation>Mit diesen Feldern lassen sich keine Artikel lesen: %1</translation>
    </message>
</context>
<context>
    <name>lectern::CsvParser</name>
    <message>
        <source>CSV/TSV</source>
        <translation>CSV/TSV</translation>
    </message>
    <message>
        <source>line 1: no column is mapped to the title or the abstract (columns: %1); map the columns to fields and import again</source>
        <translation>Zeile 1: Keine Spalte ist dem Titel oder dem Abstract zugeordnet (Spalten: %1); ordnen Sie die Spalten Feldern zu und importieren Sie erneut</translation>
    </message>
    <message>
        <source>line 1: the first line is not a header of column names; map the columns to fields and import again</source>
        <translation>Zeile 1: Die erste Zeile ist keine Kopfzeile mit Spaltennamen; ordnen Sie die Spalten Feldern zu und importieren Sie erneut</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed; record skipped</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen; Eintrag übersprungen</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3; the extra fields are ignored</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat aber %3; die überzähligen Felder werden ignoriert</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3; the missing fields are empty</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat aber %3; die fehlenden Felder bleiben leer</translation>
    </message>
    <message>
        <source>line %1: a field longer than %2 characters was cut</source>
        <translation>Zeile %1: Ein Feld mit mehr als %2 Zeichen wurde gekürzt</translation>
    </message>
    <message>
        <source>line %1: unreadable DOI &quot;%2&quot; ignored</source>
        <translation>Zeile %1: unlesbare DOI „%2“ ignoriert</translation>
    </message>
    <message>
        <source>line %1: unreadable arXiv identifier &quot;%2&quot; ignored</source>
        <translation>Zeile %1: unlesbare arXiv-ID „%2“ ignoriert</translation>
    </message>
    <message>
        <source>line %1: neither a title nor an abstract; record skipped</source>
        <translation>Zeile %1: weder Titel noch Abstract; Eintrag übersprungen</translation>
    </message>
</context>
<context>
    <name>lectern::Curation</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no tag named &quot;%1&quot;.</source>
        <translation>Es gibt kein Schlagwort namens „%1“.</translation>
    </message>
    <message>
        <source>A reading status is 0 (unread), 1 (reading) or 2 (read), not %1.</source>
        <translation>Ein Lesestatus ist 0 (ungelesen), 1 (wird gelesen) oder 2 (gelesen), nicht %1.</translation>
    </message>
    <message>
        <source>A rating is from 0 to %1 stars, not %2.</source>
        <translation>Eine Bewertung reicht von 0 bis %1 Sternen, nicht %2.</translation>
    </message>
    <message>
        <source>A priority is 0 (low), 1 (normal) or 2 (high), not %1.</source>
        <translation>Eine Priorität ist 0 (niedrig), 1 (normal) oder 2 (hoch), nicht %1.</translation>
    </message>
    <message>
        <source>A reading list needs a name.</source>
        <translation>Eine Leseliste braucht einen Namen.</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; cannot be moved into itself (&quot;%2&quot;).</source>
        <translation>Das Schlagwort „%1“ kann nicht in sich selbst verschoben werden („%2“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb.</source>
        <translation>„%1“ ist keine Farbe der Form #rrggbb.</translation>
    </message>
    <message>
        <source>Tags go on the keys 1 to 9, not %1.</source>
        <translation>Schlagwörter können nur auf den Tasten 1 bis 9 liegen, nicht auf %1.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; can be on one key only.</source>
        <translation>Das Schlagwort „%1“ kann nur auf einer Taste liegen.</translation>
    </message>
    <message>
        <source>There is no paper %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>There is no reading list %1.</source>
        <translation>Es gibt keine Leseliste %1.</translation>
    </message>
    <message>
        <source>There is already a reading list named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Leseliste namens „%1“.</translation>
    </message>
    <message>
        <source>The reading list &quot;%1&quot; cannot be put back: its place is taken.</source>
        <translation>Die Leseliste „%1“ kann nicht wiederhergestellt werden: Ihr Platz ist bereits belegt.</translation>
    </message>
    <message>
        <source>There is already a saved search named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine gespeicherte Suche namens „%1“.</translation>
    </message>
    <message>
        <source>There is no saved search %1.</source>
        <translation>Es gibt keine gespeicherte Suche %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back: &quot;%2&quot;, stored since, has the same DOI, arXiv id or citation key.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Der inzwischen gespeicherte Artikel „%2“ hat dieselbe DOI, arXiv-ID oder denselben Zitierschlüssel.</translation>
    </message>
    <message>
        <source>A paper cannot be merged into itself.</source>
        <translation>Ein Artikel kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>lectern::CurationController</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Add Tag “%1” to %n Paper(s)</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Artikel hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Artikeln hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %1 Tags to %n Paper(s)</source>
        <translation>
            <numerusform>%1 Schlagwörter zu %n Artikel hinzufügen</numerusform>
            <numerusform>%1 Schlagwörter zu %n Artikeln hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Tag “%1” from %n Paper(s)</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Artikel entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Artikeln entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 Tags from %n Paper(s)</source>
        <translation>
            <numerusform>%1 Schlagwörter von %n Artikel entfernen</numerusform>
            <numerusform>%1 Schlagwörter von %n Artikeln entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>No tag is on key %1. Assign one from a tag&apos;s menu in the side panel.</source>
        <translation>Auf Taste %1 liegt kein Schlagwort. Weisen Sie eines über das Menü eines Schlagworts in der Seitenleiste zu.</translation>
    </message>
    <message numerus="yes">
        <source>Toggle Tag “%1” on %n Paper(s)</source>
        <translation>
            <numerusform>Schlagwort „%1“ bei %n Artikel umschalten</numerusform>
            <numerusform>Schlagwort „%1“ bei %n Artikeln umschalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Paper(s) as Read</source>
        <translation>
            <numerusform>%n Artikel als gelesen markieren</numerusform>
            <numerusform>%n Artikel als gelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Paper(s) as Reading</source>
        <translation>
            <numerusform>%n Artikel als „wird gelesen“ markieren</numerusform>
            <numerusform>%n Artikel als „wird gelesen“ markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Paper(s) as Unread</source>
        <translation>
            <numerusform>%n Artikel als ungelesen markieren</numerusform>
            <numerusform>%n Artikel als ungelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the Rating of %n Paper(s)</source>
        <translation>
            <numerusform>Bewertung von %n Artikel entfernen</numerusform>
            <numerusform>Bewertung von %n Artikeln entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Paper(s) %1</source>
        <translation>
            <numerusform>%n Artikel mit %1 bewerten</numerusform>
            <numerusform>%n Artikel mit %1 bewerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n Paper(s) High Priority</source>
        <translation>
            <numerusform>%n Artikel auf hohe Priorität setzen</numerusform>
            <numerusform>%n Artikel auf hohe Priorität setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n Paper(s) Low Priority</source>
        <translation>
            <numerusform>%n Artikel auf niedrige Priorität setzen</numerusform>
            <numerusform>%n Artikel auf niedrige Priorität setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n Paper(s) Normal Priority</source>
        <translation>
            <numerusform>%n Artikel auf normale Priorität setzen</numerusform>
            <numerusform>%n Artikel auf normale Priorität setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Paper(s)</source>
        <translation>
            <numerusform>%n Artikel löschen</numerusform>
            <numerusform>%n Artikel löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Two Papers</source>
        <translation>Zwei Artikel zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Paper(s) to “%1”</source>
        <translation>
            <numerusform>%n Artikel zu „%1“ hinzufügen</numerusform>
            <numerusform>%n Artikel zu „%1“ hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Reading List “%1”</source>
        <translation>Leseliste „%1“ anlegen</translation>
    </message>
    <message>
        <source>Rename Reading List “%1” to “%2”</source>
        <translation>Leseliste „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Delete Reading List “%1”</source>
        <translation>Leseliste „%1“ löschen</translation>
    </message>
    <message>
        <source>Save Search “%1”</source>
        <translation>Suche „%1“ speichern</translation>
    </message>
    <message>
        <source>Rename Saved Search to “%1”</source>
        <translation>Gespeicherte Suche in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
    <message>
        <source>Remove the Colour of Tag “%1”</source>
        <translation>Farbe von Schlagwort „%1“ entfernen</translation>
    </message>
    <message>
        <source>Colour Tag “%1”</source>
        <translation>Schlagwort „%1“ einfärben</translation>
    </message>
    <message>
        <source>Take Tag “%1” off Its Key</source>
        <translation>Schlagwort „%1“ von seiner Taste entfernen</translation>
    </message>
    <message>
        <source>Put Tag “%1” on Key %2</source>
        <translation>Schlagwort „%1“ auf Taste %2 legen</translation>
    </message>
</context>
<context>
    <name>lectern::DailyPapersParser</name>
    <message>
        <source>Hugging Face Daily Papers</source>
        <translation>Hugging Face Daily Papers</translation>
    </message>
</context>
<context>
    <name>lectern::DistributionChart</name>
    <message>
        <source>Reported values per technique</source>
        <translation>Berichtete Werte je Verfahren</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(ohne Einheit)</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 Werte)</translation>
    </message>
    <message>
        <source>No paper in the library reports a %1.</source>
        <translation>Kein Artikel in der Bibliothek berichtet einen Wert für %1.</translation>
    </message>
    <message>
        <source>No paper in the current filter with a technique reports a %1 in this unit.</source>
        <translation>Kein Artikel mit Verfahren im aktuellen Filter berichtet einen Wert für %1 in dieser Einheit.</translation>
    </message>
    <message>
        <source>, log scale</source>
        <translation>, logarithmische Skala</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2
Median of %3 values: %4
Click to open the paper.</source>
        <translation>%1: %2
Median von %3 Werten: %4
Klicken, um den Artikel zu öffnen.</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export Papers</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Papers:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Preview of the first %1 papers:</source>
        <translation>Vorschau der ersten %1 Artikel:</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Export abbrechen; es wird keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Could not read the library: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Selected papers (none selected)</source>
        <translation>Ausgewählte Artikel (keine ausgewählt)</translation>
    </message>
    <message>
        <source>Selected papers (%1)</source>
        <translation>Ausgewählte Artikel (%1)</translation>
    </message>
    <message>
        <source>Papers matching the current filter (no filter)</source>
        <translation>Artikel im aktuellen Filter (kein Filter gesetzt)</translation>
    </message>
    <message>
        <source>Papers matching the filter “%1” (%2)</source>
        <translation>Artikel, die zum Filter „%1“ passen (%2)</translation>
    </message>
    <message>
        <source>Whole library (%1)</source>
        <translation>Gesamte Bibliothek (%1)</translation>
    </message>
    <message>
        <source>No export format is available.</source>
        <translation>Es ist kein Exportformat verfügbar.</translation>
    </message>
    <message>
        <source>Reading papers…</source>
        <translation>Artikel werden gelesen …</translation>
    </message>
    <message>
        <source>There are no papers to export.</source>
        <translation>Es gibt keine Artikel zum Exportieren.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) in all</source>
        <translation>
            <numerusform>%n Artikel insgesamt</numerusform>
            <numerusform>%n Artikel insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%v of %m papers</source>
        <translation>%v von %m Artikeln</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Export nach %1 nicht möglich.</translation>
    </message>
    <message>
        <source>Reading list “%1” in its order (%2)</source>
        <translation>Leseliste „%1“ in ihrer Reihenfolge (%2)</translation>
    </message>
</context>
<context>
    <name>lectern::ExportJob</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: nothing written: %2</source>
        <translation>%1: nichts geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>lectern::FilterBar</name>
    <message>
        <source>Not a valid filter at character %1: %2</source>
        <translation>Kein gültiger Filter bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Filter papers: words, &quot;a phrase&quot;, author:…, technique:pruning, speedup&gt;=2, status:unread, tag:… (F1: syntax)</source>
        <translation>Artikel filtern: Wörter, &quot;eine Phrase&quot;, author:…, technique:pruning, speedup&gt;=2, status:unread, tag:… (F1: Syntax)</translation>
    </message>
    <message>
        <source>Filter syntax, with examples to add (F1)</source>
        <translation>Filtersyntax mit Beispielen zum Einfügen (F1)</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>Filtersyntax</translation>
    </message>
    <message>
        <source>Select it (F8)</source>
        <translation>Stelle markieren (F8)</translation>
    </message>
</context>
<context>
    <name>lectern::ImportJob</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>no papers found in the file</source>
        <translation>Keine Artikel in der Datei gefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>cancelled, nothing imported</source>
        <translation>abgebrochen, nichts importiert</translation>
    </message>
    <message>
        <source>failed, nothing imported: %1</source>
        <translation>fehlgeschlagen, nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1; %2 records read, %3 papers added, %4 merged into existing papers, %5 already imported, %6 skipped</source>
        <translation>%1; %2 Einträge gelesen, %3 Artikel hinzugefügt, %4 mit vorhandenen Artikeln zusammengeführt, %5 bereits importiert, %6 übersprungen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>not a format Lectern recognizes (it reads %1)</source>
        <translation>kein Format, das Lectern erkennt (Lectern liest %1)</translation>
    </message>
    <message>
        <source>the columns have no title or abstract Lectern recognizes by name; map them to fields</source>
        <translation>Lectern erkennt keine Spalte am Namen als Titel oder Abstract; ordnen Sie die Spalten Feldern zu</translation>
    </message>
</context>
<context>
    <name>lectern::ImportWorker</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Re-extraction</source>
        <translation>Neuextraktion</translation>
    </message>
</context>
<context>
    <name>lectern::Library</name>
    <message>
        <source>The library %1 was written by a newer version of Lectern (schema %2; this version understands up to %3). It was left untouched; please update Lectern.</source>
        <translation>Die Bibliothek %1 wurde von einer neueren Lectern-Version geschrieben (Schema %2; diese Version versteht bis Schema %3). Sie wurde nicht verändert; bitte aktualisieren Sie Lectern.</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import; the file being imported is rolled back</source>
        <translation>Import abbrechen; die gerade importierte Datei wird zurückgerollt</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Could not read the library: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Show All Papers</source>
        <translation>&amp;Alle Artikel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>Ü&amp;ber Lectern</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A desktop literature explorer: import listings, filter papers, read abstracts with their techniques and numbers highlighted, and see which techniques report which results.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Ein Literatur-Explorer für den Desktop: Listen importieren, Artikel filtern, Abstracts mit hervorgehobenen Verfahren und Zahlen lesen und sehen, welche Verfahren welche Ergebnisse berichten.&lt;/p&gt;&lt;p&gt;Bibliothek: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>suche …</translation>
    </message>
    <message>
        <source>%1+ papers</source>
        <translation>%1+ Artikel</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Import Papers</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Paper listings (*.txt *.md *.bib *.ris *.json *.jsonl *.csv *.tsv);;All files (*)</source>
        <translation>Artikellisten (*.txt *.md *.bib *.ris *.json *.jsonl *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1 papers added, %2 merged into existing papers.</source>
        <translation>
            <numerusform>%n Datei importiert: %1 Artikel hinzugefügt, %2 mit vorhandenen Artikeln zusammengeführt.</numerusform>
            <numerusform>%n Dateien importiert: %1 Artikel hinzugefügt, %2 mit vorhandenen Artikeln zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n Datei ist fehlgeschlagen.</numerusform>
            <numerusform>%n Dateien sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Some files could not be imported; they left the library unchanged.</source>
        <translation>Einige Dateien konnten nicht importiert werden; die Bibliothek blieb durch sie unverändert.</translation>
    </message>
    <message>
        <source>The import finished, but some records were skipped or had problems.</source>
        <translation>Der Import ist abgeschlossen, aber einige Einträge wurden übersprungen oder hatten Probleme.</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>An import is still running. Quit anyway? The file being imported will be rolled back.</source>
        <translation>Ein Import läuft noch. Trotzdem beenden? Die gerade importierte Datei wird zurückgerollt.</translation>
    </message>
    <message>
        <source>1 paper</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 papers</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>%1 papers in the library</source>
        <translation>%1 Artikel in der Bibliothek</translation>
    </message>
    <message>
        <source>%1 of %2 papers match</source>
        <translation>%1 von %2 Artikeln passen</translation>
    </message>
    <message>
        <source>Re-extracting techniques and metrics…</source>
        <translation>Verfahren und Kennzahlen werden neu extrahiert …</translation>
    </message>
    <message>
        <source>&amp;Matrix Chart</source>
        <translation>&amp;Matrix-Diagramm</translation>
    </message>
    <message>
        <source>&amp;Distribution Chart</source>
        <translation>&amp;Verteilungsdiagramm</translation>
    </message>
    <message>
        <source>&amp;Trend Chart</source>
        <translation>&amp;Trenddiagramm</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Edit &amp;Taxonomy…</source>
        <translation>&amp;Taxonomie bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Re-extract All Papers</source>
        <translation>Alle Artikel &amp;neu extrahieren</translation>
    </message>
    <message>
        <source>Find the techniques and numbers of every paper again</source>
        <translation>Verfahren und Zahlen aller Artikel erneut ermitteln</translation>
    </message>
    <message>
        <source>Edit Taxonomy</source>
        <translation>Taxonomie bearbeiten</translation>
    </message>
    <message>
        <source>Lectern is importing or re-extracting. Edit the taxonomy when it has finished.</source>
        <translation>Lectern importiert gerade oder extrahiert neu. Bearbeiten Sie die Taxonomie, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Import CSV with Column &amp;Mapping…</source>
        <translation>CSV mit &amp;Spaltenzuordnung importieren …</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file, choosing the field each column holds</source>
        <translation>Eine CSV- oder TSV-Datei importieren und dabei für jede Spalte das Feld wählen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Write the papers the filter matches, or the whole library, to a file</source>
        <translation>Die zum Filter passenden Artikel oder die gesamte Bibliothek in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <source>&amp;Paste Papers</source>
        <translation>Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Import the papers listed in the clipboard&apos;s text</source>
        <translation>Die im Text der Zwischenablage aufgeführten Artikel importieren</translation>
    </message>
    <message>
        <source>Import CSV with Column Mapping</source>
        <translation>CSV mit Spaltenzuordnung importieren</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und TSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) written to %1</source>
        <translation>
            <numerusform>%n Artikel in %1 geschrieben</numerusform>
            <numerusform>%n Artikel in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Auswahl exportieren …</translation>
    </message>
    <message>
        <source>Choose which field each column holds to import %1.</source>
        <translation>Wählen Sie für jede Spalte das Feld, das sie enthält, um %1 zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Befehls&amp;palette …</translation>
    </message>
    <message>
        <source>&amp;Delete Papers</source>
        <translation>Artikel &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Merge Two Papers…</source>
        <translation>Zwei Artikel &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>Make two papers that are the same one paper, keeping all their sources, tags and notes</source>
        <translation>Zwei Artikel, die derselbe Artikel sind, zu einem zusammenführen und dabei alle Quellen, Schlagwörter und Notizen behalten</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>Schlagwörter &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>Schlagwörter &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;Toggle Tag</source>
        <translation>Schlagwort &amp;umschalten</translation>
    </message>
    <message>
        <source>Reading &amp;Status</source>
        <translation>Lese&amp;status</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Ungelesen</translation>
    </message>
    <message>
        <source>Rea&amp;ding</source>
        <translation>&amp;Wird gelesen</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Gelesen</translation>
    </message>
    <message>
        <source>R&amp;ating</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>&amp;No Rating</source>
        <translation>&amp;Keine Bewertung</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>N&amp;iedrig</translation>
    </message>
    <message>
        <source>Add to Reading &amp;List…</source>
        <translation>Zur &amp;Leseliste hinzufügen …</translation>
    </message>
    <message>
        <source>Add to Reading List</source>
        <translation>Zur Leseliste hinzufügen</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>&amp;Sammlungen</translation>
    </message>
    <message>
        <source>&amp;New Reading List…</source>
        <translation>&amp;Neue Leseliste …</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>Suche &amp;speichern …</translation>
    </message>
    <message>
        <source>Keep the filter under a name in the side panel, with its live count</source>
        <translation>Den Filter unter einem Namen in der Seitenleiste ablegen, mit laufend aktualisierter Anzahl</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>the library could not be written</source>
        <translation>die Bibliothek konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Change the filter, then save it under the same name to replace the search.</source>
        <translation>Ändern Sie den Filter und speichern Sie ihn dann unter demselben Namen, um die Suche zu ersetzen.</translation>
    </message>
    <message>
        <source>Reorder “%1”</source>
        <translation>„%1“ neu ordnen</translation>
    </message>
    <message>
        <source>Remove Papers from “%1”</source>
        <translation>Artikel aus „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) wait for the import</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Import</numerusform>
            <numerusform>%n Änderungen warten auf den Import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n edit(s)…</source>
        <translation>
            <numerusform>%n Änderung wird gespeichert …</numerusform>
            <numerusform>%n Änderungen werden gespeichert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Key %1: No Tag</source>
        <translation>Taste %1: kein Schlagwort</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Taste %1: %2</translation>
    </message>
    <message>
        <source>Assign a tag to this key from the tag&apos;s menu in the side panel</source>
        <translation>Weisen Sie dieser Taste über das Menü eines Schlagworts in der Seitenleiste ein Schlagwort zu</translation>
    </message>
    <message>
        <source>Add “%1” to the selected papers, or remove it when they all have it</source>
        <translation>„%1“ den ausgewählten Artikeln hinzufügen oder es entfernen, wenn alle es bereits haben</translation>
    </message>
    <message>
        <source>New Reading List…</source>
        <translation>Neue Leseliste …</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>1–9</source>
        <translation>1–9</translation>
    </message>
    <message>
        <source>Toggle the tag on that key on the selected papers</source>
        <translation>Das Schlagwort dieser Taste bei den ausgewählten Artikeln umschalten</translation>
    </message>
    <message>
        <source>Drag to a tag or list</source>
        <translation>Auf ein Schlagwort oder eine Liste ziehen</translation>
    </message>
    <message>
        <source>Tag the dragged papers, or add them to the list</source>
        <translation>Den gezogenen Artikeln das Schlagwort zuweisen oder sie der Liste hinzufügen</translation>
    </message>
    <message>
        <source>Reading List</source>
        <translation>Leseliste</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Up, Alt+Down</translation>
    </message>
    <message>
        <source>Move the selected papers</source>
        <translation>Die ausgewählten Artikel verschieben</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Remove the selected papers from the list</source>
        <translation>Die ausgewählten Artikel aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the tag, list or search</source>
        <translation>Schlagwort, Liste oder Suche umbenennen</translation>
    </message>
    <message>
        <source>Delete the tag, list or search</source>
        <translation>Schlagwort, Liste oder Suche löschen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Show the query syntax</source>
        <translation>Die Abfragesyntax anzeigen</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Accept the completion</source>
        <translation>Die Vervollständigung übernehmen</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1” (use / for levels; an existing tag&apos;s name merges the two):</source>
        <translation>Neuer Name für „%1“ (/ trennt Ebenen; der Name eines vorhandenen Schlagworts führt beide zusammen):</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Schlagwort zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into (its papers get this tag instead):</source>
        <translation>„%1“ zusammenführen in (seine Artikel erhalten stattdessen dieses Schlagwort):</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>New Reading List</source>
        <translation>Neue Leseliste</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>There is a reading list named “%1” already.</source>
        <translation>Es gibt bereits eine Leseliste namens „%1“.</translation>
    </message>
    <message>
        <source>Rename Reading List</source>
        <translation>Leseliste umbenennen</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <source>Type a filter first; Save Search keeps it under a name.</source>
        <translation>Geben Sie zuerst einen Filter ein; „Suche speichern“ legt ihn unter einem Namen ab.</translation>
    </message>
    <message>
        <source>The filter has an error; fix it before saving it.</source>
        <translation>Der Filter enthält einen Fehler; beheben Sie ihn vor dem Speichern.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>Name für „%1“:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n paper(s) to:</source>
        <translation>
            <numerusform>%n Artikel hinzufügen zu:</numerusform>
            <numerusform>%n Artikel hinzufügen zu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two papers to merge them.</source>
        <translation>Wählen Sie genau zwei Artikel aus, um sie zusammenzuführen.</translation>
    </message>
</context>
<context>
    <name>lectern::MarkdownExporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Leseliste</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>lectern::MarkdownListParser</name>
    <message>
        <source>Markdown paper list</source>
        <translation>Markdown-Artikelliste</translation>
    </message>
    <message>
        <source>line %1: a list item longer than %2 characters was ignored</source>
        <translation>Zeile %1: Ein Listeneintrag mit mehr als %2 Zeichen wurde ignoriert</translation>
    </message>
    <message>
        <source>line %1: a code block is never closed; the rest of the file was not read</source>
        <translation>Zeile %1: Ein Codeblock wird nie geschlossen; der Rest der Datei wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>lectern::MedlineParser</name>
    <message>
        <source>MEDLINE (PubMed)</source>
        <translation>MEDLINE (PubMed)</translation>
    </message>
    <message>
        <source>record without a title or an abstract; skipped</source>
        <translation>Eintrag ohne Titel oder Abstract; übersprungen</translation>
    </message>
    <message>
        <source>%1 value longer than %2 characters; cut</source>
        <translation>%1-Wert länger als %2 Zeichen; gekürzt</translation>
    </message>
</context>
<context>
    <name>lectern::MergeDialog</name>
    <message>
        <source>Merge Papers</source>
        <translation>Artikel zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veröffentlicht in</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>arXiv</source>
        <translation>arXiv</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>Zitierschlüssel</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Choose the paper to keep. The other one is merged into it.</source>
        <translation>Wählen Sie den Artikel, der erhalten bleiben soll. Der andere wird mit ihm zusammengeführt.</translation>
    </message>
    <message>
        <source>Keep paper &amp;1</source>
        <translation>Artikel &amp;1 behalten</translation>
    </message>
    <message>
        <source>Keep paper &amp;2</source>
        <translation>Artikel &amp;2 behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>%1 (filled in from the other paper)</source>
        <translation>%1 (aus dem anderen Artikel übernommen)</translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>“%1” is kept.</source>
        <translation>„%1“ bleibt erhalten.</translation>
    </message>
    <message>
        <source>“%1” is kept with its citation key %2.</source>
        <translation>„%1“ bleibt mit dem Zitierschlüssel %2 erhalten.</translation>
    </message>
    <message>
        <source>The other paper&apos;s sources, tags, notes and list places move to the kept paper; fields it lacks are filled in. You can undo this.</source>
        <translation>Quellen, Schlagwörter, Notizen und Listenplätze des anderen Artikels gehen auf den behaltenen Artikel über; fehlende Felder werden ergänzt. Sie können dies rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>lectern::Metric</name>
    <message>
        <source>speedup</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>training cost</source>
        <translation>Trainingskosten</translation>
    </message>
    <message>
        <source>bit width</source>
        <translation>Bitbreite</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1-Bit</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <source>The note is saved as you type</source>
        <translation>Die Notiz wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Select a paper to write a note</source>
        <translation>Wählen Sie einen Artikel aus, um eine Notiz zu schreiben</translation>
    </message>
    <message>
        <source>The library cannot be written now; the note is read-only.</source>
        <translation>Die Bibliothek kann gerade nicht geschrieben werden; die Notiz ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Write a note in Markdown…</source>
        <translation>Notiz in Markdown schreiben …</translation>
    </message>
</context>
<context>
    <name>lectern::PaperTableModel</name>
    <message>
        <source>No title in the source: this provisional title is the abstract&apos;s first sentence.</source>
        <translation>Die Quelle nennt keinen Titel: Dieser vorläufige Titel ist der erste Satz des Abstracts.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veröffentlicht in</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Headline metric</source>
        <translation>Hauptkennzahl</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>1 author</source>
        <translation>1 Autor</translation>
    </message>
    <message>
        <source>%1 authors</source>
        <translation>%1 Autoren</translation>
    </message>
    <message>
        <source>✎ Has a note</source>
        <translation>✎ Hat eine Notiz</translation>
    </message>
    <message>
        <source>Rated %1 of %2</source>
        <translation>Mit %1 von %2 bewertet</translation>
    </message>
    <message>
        <source>Not rated: click a star to rate</source>
        <translation>Nicht bewertet: Zum Bewerten auf einen Stern klicken</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>lectern::Query</name>
    <message>
        <source>unexpected “)”</source>
        <translation>unerwartetes „)“</translation>
    </message>
    <message>
        <source>“OR” needs a term after it</source>
        <translation>nach „OR“ fehlt ein Suchbegriff</translation>
    </message>
    <message>
        <source>“-” needs a term after it</source>
        <translation>nach „-“ fehlt ein Suchbegriff</translation>
    </message>
    <message>
        <source>“(” is never closed</source>
        <translation>„(“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>the quote is never closed</source>
        <translation>das Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>“%1” needs a value</source>
        <translation>„%1“ braucht einen Wert</translation>
    </message>
    <message>
        <source>“%1” is not a year or a range of years like 2020..2024</source>
        <translation>„%1“ ist weder ein Jahr noch ein Jahresbereich wie 2020..2024</translation>
    </message>
    <message>
        <source>a year range takes “year:”</source>
        <translation>ein Jahresbereich gehört zu „year:“</translation>
    </message>
    <message>
        <source>“%1” cannot be compared with “%2”</source>
        <translation>„%1“ lässt sich nicht mit „%2“ vergleichen</translation>
    </message>
    <message>
        <source>unknown field “%1” (fields: %2; comparisons: rating&gt;=3, speedup&gt;=2 and the other metric kinds)</source>
        <translation>unbekanntes Feld „%1“ (Felder: %2; Vergleiche: rating&gt;=3, speedup&gt;=2 und die anderen Kennzahlarten)</translation>
    </message>
    <message>
        <source>“%1” is not a rating: ratings go from 0 (unrated) to %2</source>
        <translation>„%1“ ist keine Bewertung: Bewertungen reichen von 0 (unbewertet) bis %2</translation>
    </message>
    <message>
        <source>unknown priority “%1” (priorities: %2)</source>
        <translation>unbekannte Priorität „%1“ (Prioritäten: %2)</translation>
    </message>
    <message>
        <source>unknown reading status “%1” (statuses: %2)</source>
        <translation>unbekannter Lesestatus „%1“ (Status: %2)</translation>
    </message>
    <message>
        <source>“has:” takes one of %1, not “%2”</source>
        <translation>„has:“ erwartet einen der Werte %1, nicht „%2“</translation>
    </message>
    <message>
        <source>“%1” is not a number: compare %2 with a number and a unit, like %2&gt;=2%3</source>
        <translation>„%1“ ist keine Zahl: Vergleichen Sie %2 mit einer Zahl und einer Einheit, etwa %2&gt;=2%3</translation>
    </message>
    <message>
        <source>%1 needs a unit after the number, one of: %2</source>
        <translation>%1 braucht nach der Zahl eine Einheit, eine von: %2</translation>
    </message>
    <message>
        <source>unknown unit “%1” (%2 is reported in: %3)</source>
        <translation>unbekannte Einheit „%1“ (%2 wird angegeben in: %3)</translation>
    </message>
</context>
<context>
    <name>lectern::QueryHelpPopup</name>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>the word in the title, abstract, authors or note</source>
        <translation>das Wort in Titel, Abstract, Autoren oder Notiz</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>die genaue Phrase</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>the word in the title</source>
        <translation>das Wort im Titel</translation>
    </message>
    <message>
        <source>the word in the abstract</source>
        <translation>das Wort im Abstract</translation>
    </message>
    <message>
        <source>a word of an author&apos;s name</source>
        <translation>ein Wort im Namen eines Autors</translation>
    </message>
    <message>
        <source>the word in your note</source>
        <translation>das Wort in Ihrer Notiz</translation>
    </message>
    <message>
        <source>the venue contains the text</source>
        <translation>der Veröffentlichungsort enthält den Text</translation>
    </message>
    <message>
        <source>published in 2023</source>
        <translation>erschienen 2023</translation>
    </message>
    <message>
        <source>published from 2020 to 2024; either end may be left out</source>
        <translation>erschienen von 2020 bis 2024; eine der beiden Grenzen darf fehlen</translation>
    </message>
    <message>
        <source>published in 2020 or later (also &gt;, &lt;, &lt;=)</source>
        <translation>erschienen 2020 oder später (auch &gt;, &lt;, &lt;=)</translation>
    </message>
    <message>
        <source>the paper with this arXiv id</source>
        <translation>der Artikel mit dieser arXiv-ID</translation>
    </message>
    <message>
        <source>the paper with this DOI</source>
        <translation>der Artikel mit dieser DOI</translation>
    </message>
    <message>
        <source>Techniques and metrics</source>
        <translation>Verfahren und Kennzahlen</translation>
    </message>
    <message>
        <source>uses the technique, or any technique of its group</source>
        <translation>verwendet das Verfahren oder ein beliebiges Verfahren seiner Gruppe</translation>
    </message>
    <message>
        <source>reports a number of this kind</source>
        <translation>berichtet eine Zahl dieser Art</translation>
    </message>
    <message>
        <source>reports a speedup of at least 2× (a bare number means × for speedup, throughput and model size, % for accuracy)</source>
        <translation>berichtet eine Beschleunigung von mindestens 2× (eine Zahl ohne Einheit bedeutet × bei Beschleunigung, Durchsatz und Modellgröße, % bei Genauigkeit)</translation>
    </message>
    <message>
        <source>reports an accuracy of at least 75%</source>
        <translation>berichtet eine Genauigkeit von mindestens 75 %</translation>
    </message>
    <message>
        <source>reports a memory change above 40%; only values in % are compared</source>
        <translation>berichtet eine Speicheränderung von über 40 %; nur Werte in % werden verglichen</translation>
    </message>
    <message>
        <source>reports a latency under 10 ms; the unit picks the values compared</source>
        <translation>berichtet eine Latenz unter 10 ms; die Einheit bestimmt, welche Werte verglichen werden</translation>
    </message>
    <message>
        <source>reports any number (also has:techniques, has:abstract, has:title)</source>
        <translation>berichtet irgendeine Zahl (auch has:techniques, has:abstract, has:title)</translation>
    </message>
    <message>
        <source>Your curation</source>
        <translation>Eigene Angaben</translation>
    </message>
    <message>
        <source>has the tag or one of its sub-tags (compression/…)</source>
        <translation>hat das Schlagwort oder eines seiner Unterschlagwörter (compression/…)</translation>
    </message>
    <message>
        <source>reading status: unread, reading or read</source>
        <translation>Lesestatus: unread (ungelesen), reading (wird gelesen) oder read (gelesen)</translation>
    </message>
    <message>
        <source>rated 3 stars or more; rating:0 finds the unrated</source>
        <translation>mit 3 oder mehr Sternen bewertet; rating:0 findet die unbewerteten</translation>
    </message>
    <message>
        <source>priority: high, normal or low</source>
        <translation>Priorität: high (hoch), normal oder low (niedrig)</translation>
    </message>
    <message>
        <source>in the reading list of that name (any case)</source>
        <translation>in der Leseliste dieses Namens (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>hat eine Notiz</translation>
    </message>
    <message>
        <source>Combining</source>
        <translation>Kombinieren</translation>
    </message>
    <message>
        <source>both: terms side by side must all match</source>
        <translation>beide: nebeneinanderstehende Begriffe müssen alle passen</translation>
    </message>
    <message>
        <source>either one</source>
        <translation>einer von beiden</translation>
    </message>
    <message>
        <source>not: a minus before any term excludes it</source>
        <translation>nicht: ein Minus vor einem Begriff schließt ihn aus</translation>
    </message>
    <message>
        <source>parentheses group terms</source>
        <translation>Klammern gruppieren Begriffe</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>Filtersyntax</translation>
    </message>
    <message>
        <source>Click an example, or select it and press Enter, to add it to the filter. Terms side by side must all match. Esc closes.</source>
        <translation>Klicken Sie auf ein Beispiel oder wählen Sie es aus und drücken Sie die Eingabetaste, um es dem Filter hinzuzufügen. Nebeneinanderstehende Begriffe müssen alle passen. Esc schließt.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Add “%1” to the filter</source>
        <translation>„%1“ zum Filter hinzufügen</translation>
    </message>
</context>
<context>
    <name>lectern::ReadingListModel</name>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n Autor</numerusform>
            <numerusform>%n Autoren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation>%1 et al.</translation>
    </message>
</context>
<context>
    <name>lectern::ReadingListPanel</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected papers up</source>
        <translation>Die ausgewählten Artikel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected papers down</source>
        <translation>Die ausgewählten Artikel nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Aus Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Take the selected papers out of this list</source>
        <translation>Die ausgewählten Artikel aus dieser Liste nehmen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export this list&apos;s papers in their order</source>
        <translation>Die Artikel dieser Liste in ihrer Reihenfolge exportieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a reading list in the side panel</source>
        <translation>Wählen Sie in der Seitenleiste eine Leseliste aus</translation>
    </message>
    <message>
        <source>Drag papers here from the table, or use Add to List (Ctrl+L)</source>
        <translation>Ziehen Sie Artikel aus der Tabelle hierher oder verwenden Sie „Zur Leseliste hinzufügen“ (Ctrl+L)</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ReadingLists</name>
    <message>
        <source>a reading list needs a name</source>
        <translation>eine Leseliste braucht einen Namen</translation>
    </message>
    <message>
        <source>there is already a reading list named &quot;%1&quot;</source>
        <translation>es gibt bereits eine Leseliste namens „%1“</translation>
    </message>
</context>
<context>
    <name>lectern::Reextraction</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Re-extraction cancelled; the library is unchanged.</source>
        <translation>Neuextraktion abgebrochen; die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>Re-extraction failed; the library is unchanged: %1</source>
        <translation>Neuextraktion fehlgeschlagen; die Bibliothek ist unverändert: %1</translation>
    </message>
    <message>
        <source>Re-extracted %1 papers in %2 s: techniques changed in %3, metrics in %4.</source>
        <translation>%1 Artikel in %2 s neu extrahiert: Verfahren bei %3 geändert, Kennzahlen bei %4.</translation>
    </message>
</context>
<context>
    <name>lectern::RisExporter</name>
    <message>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
</context>
<context>
    <name>lectern::RisParser</name>
    <message>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
    <message>
        <source>no &quot;ER  - &quot; line ends this record</source>
        <translation>keine Zeile „ER  - “ beendet diesen Eintrag</translation>
    </message>
    <message>
        <source>record without a title or an abstract; skipped</source>
        <translation>Eintrag ohne Titel oder Abstract; übersprungen</translation>
    </message>
    <message>
        <source>%1 value longer than %2 characters; cut</source>
        <translation>%1-Wert länger als %2 Zeichen; gekürzt</translation>
    </message>
    <message>
        <source>record does not start with a &quot;TY  - &quot; line</source>
        <translation>Eintrag beginnt nicht mit einer Zeile „TY  - “</translation>
    </message>
</context>
<context>
    <name>lectern::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten durchsuchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>No shortcut matches the search.</source>
        <translation>Kein Tastenkürzel passt zur Suche.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>lectern::Sidebar</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Zusammenführen in …</translation>
    </message>
    <message>
        <source>Set Colour…</source>
        <translation>Farbe festlegen …</translation>
    </message>
    <message>
        <source>Assign to Key</source>
        <translation>Taste zuweisen</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>Liste exportieren …</translation>
    </message>
    <message>
        <source>Edit Query</source>
        <translation>Abfrage bearbeiten</translation>
    </message>
    <message>
        <source>New List…</source>
        <translation>Neue Liste …</translation>
    </message>
    <message>
        <source>Save Current Search…</source>
        <translation>Aktuelle Suche speichern …</translation>
    </message>
</context>
<context>
    <name>lectern::SidebarModel</name>
    <message>
        <source>All Papers</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Reading Lists</source>
        <translation>Leselisten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1
This search&apos;s query is not valid: %2</source>
        <translation>%1
Die Abfrage dieser Suche ist ungültig: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Toggled on the selected papers with the key %1</source>
        <translation>Wird mit der Taste %1 bei den ausgewählten Artikeln umgeschaltet</translation>
    </message>
</context>
<context>
    <name>lectern::TagBox</name>
    <message>
        <source>tag, another/tag</source>
        <translation>Schlagwort, weiteres/Schlagwort</translation>
    </message>
    <message>
        <source>Separate tags with commas; “/” makes a tag hierarchy. Enter applies, Esc cancels.</source>
        <translation>Schlagwörter durch Kommas trennen; „/“ erzeugt eine Hierarchie. Eingabe übernimmt, Esc bricht ab.</translation>
    </message>
    <message numerus="yes">
        <source>Add tags to %n paper(s)</source>
        <translation>
            <numerusform>Schlagwörter zu %n Artikel hinzufügen</numerusform>
            <numerusform>Schlagwörter zu %n Artikeln hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tags from %n paper(s)</source>
        <translation>
            <numerusform>Schlagwörter von %n Artikel entfernen</numerusform>
            <numerusform>Schlagwörter von %n Artikeln entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::Taxonomy</name>
    <message>
        <source>The change would break the taxonomy at %1.</source>
        <translation>Die Änderung würde die Taxonomie bei %1 ungültig machen.</translation>
    </message>
    <message>
        <source>The change would break the taxonomy: %1</source>
        <translation>Die Änderung würde die Taxonomie ungültig machen: %1</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 cannot be an id: use only lower-case letters a–z, digits and “-”.</source>
        <translation>%1 kann keine ID sein: Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und „-“.</translation>
    </message>
    <message>
        <source>The id %1 is already used by %2.</source>
        <translation>Die ID %1 wird bereits von %2 verwendet.</translation>
    </message>
    <message>
        <source>There is no group with the id %1.</source>
        <translation>Es gibt keine Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 cannot be moved into itself.</source>
        <translation>%1 kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be moved into %2, which is inside it.</source>
        <translation>%1 kann nicht nach %2 verschoben werden, da %2 darin enthalten ist.</translation>
    </message>
    <message>
        <source>%1 is a technique and carries signals, so it cannot contain other techniques. Make a group first and put the techniques in it.</source>
        <translation>%1 ist ein Verfahren und trägt Signale, daher kann es keine anderen Verfahren enthalten. Legen Sie zuerst eine Gruppe an und verschieben Sie die Verfahren hinein.</translation>
    </message>
    <message>
        <source>Moving %1 would leave the group %2 empty. Remove the group instead, or add another technique to it first.</source>
        <translation>Durch das Verschieben von %1 würde die Gruppe %2 leer. Entfernen Sie stattdessen die Gruppe, oder fügen Sie ihr zuerst ein weiteres Verfahren hinzu.</translation>
    </message>
    <message>
        <source>Removing %1 would leave the group %2 empty. Remove the group %2 instead.</source>
        <translation>Durch das Entfernen von %1 würde die Gruppe %2 leer. Entfernen Sie stattdessen die Gruppe %2.</translation>
    </message>
    <message>
        <source>%1 is a group: only the techniques in it carry signals.</source>
        <translation>%1 ist eine Gruppe: Nur die darin enthaltenen Verfahren tragen Signale.</translation>
    </message>
    <message>
        <source>%1 needs at least one signal: a word or phrase that marks the technique in a title or abstract.</source>
        <translation>%1 braucht mindestens ein Signal: ein Wort oder eine Phrase, die das Verfahren in einem Titel oder Abstract kennzeichnet.</translation>
    </message>
    <message>
        <source>There is no technique or group with the id %1.</source>
        <translation>Es gibt kein Verfahren und keine Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>The signal %1 has no word in it.</source>
        <translation>Das Signal %1 enthält kein Wort.</translation>
    </message>
    <message>
        <source>The signal %1 cannot begin with “*”: “*” stands for up to two words between other words.</source>
        <translation>Das Signal %1 darf nicht mit „*“ beginnen: „*“ steht für bis zu zwei Wörter zwischen anderen Wörtern.</translation>
    </message>
    <message>
        <source>The signal %1 already marks %2, and a phrase can mark only one technique. Remove it from %2 first.</source>
        <translation>Das Signal %1 kennzeichnet bereits %2, und eine Phrase kann nur ein Verfahren kennzeichnen. Entfernen Sie es zuerst aus %2.</translation>
    </message>
    <message>
        <source>%1 cannot yield to itself.</source>
        <translation>%1 kann nicht hinter sich selbst zurücktreten.</translation>
    </message>
    <message>
        <source>%1 cannot yield to %2: there is no technique with that id.</source>
        <translation>%1 kann nicht hinter %2 zurücktreten: Es gibt kein Verfahren mit dieser ID.</translation>
    </message>
    <message>
        <source>%1 cannot yield to the group %2: name the techniques in it instead.</source>
        <translation>%1 kann nicht hinter der Gruppe %2 zurücktreten: Geben Sie stattdessen die darin enthaltenen Verfahren an.</translation>
    </message>
    <message>
        <source>A group cannot carry signals: only the techniques in it are assigned to papers.</source>
        <translation>Eine Gruppe kann keine Signale tragen: Nur die darin enthaltenen Verfahren werden Artikeln zugeordnet.</translation>
    </message>
</context>
<context>
    <name>lectern::TaxonomyDialog</name>
    <message>
        <source>Technique Taxonomy</source>
        <translation>Verfahrenstaxonomie</translation>
    </message>
    <message>
        <source>Techniques are assigned to papers when their signals appear in the title or abstract. Changes re-extract the whole library.</source>
        <translation>Verfahren werden Artikeln zugeordnet, wenn ihre Signale im Titel oder Abstract vorkommen. Änderungen lösen eine Neuextraktion der gesamten Bibliothek aus.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Techniques and groups</source>
        <translation>Verfahren und Gruppen</translation>
    </message>
    <message>
        <source>The group this node belongs to. You can also drag it in the tree.</source>
        <translation>Die Gruppe, zu der dieser Knoten gehört. Sie können ihn auch im Baum per Drag-and-drop verschieben.</translation>
    </message>
    <message>
        <source>low-rank adaptation
lora</source>
        <translation>low-rank adaptation
lora</translation>
    </message>
    <message>
        <source>One phrase per line. Case, plurals and hyphens do not matter; “*” stands for up to two words.</source>
        <translation>Eine Phrase pro Zeile. Groß-/Kleinschreibung, Plural und Bindestriche spielen keine Rolle; „*“ steht für bis zu zwei Wörter.</translation>
    </message>
    <message>
        <source>efficient * adapter</source>
        <translation>efficient * adapter</translation>
    </message>
    <message>
        <source>Count only in the paper&apos;s own sentences (“we”, “our”, “this work”) or when seen twice.</source>
        <translation>Nur in den eigenen Sätzen des Artikels („we“, „our“, „this work“) oder bei zweimaligem Vorkommen zählen.</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>quantization</translation>
    </message>
    <message>
        <source>Ids of more specific techniques, one per line: when one of them is assigned, this one is dropped.</source>
        <translation>IDs spezifischerer Verfahren, eine pro Zeile: Wird eines davon zugeordnet, entfällt dieses.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>In &amp;group:</source>
        <translation>In &amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Signals:</source>
        <translation>&amp;Signale:</translation>
    </message>
    <message>
        <source>&amp;Weak signals:</source>
        <translation>Sch&amp;wache Signale:</translation>
    </message>
    <message>
        <source>&amp;Yields to:</source>
        <translation>Tritt zurück &amp;hinter:</translation>
    </message>
    <message>
        <source>Add &amp;Technique…</source>
        <translation>&amp;Verfahren hinzufügen …</translation>
    </message>
    <message>
        <source>Add a technique to the selected group</source>
        <translation>Der ausgewählten Gruppe ein Verfahren hinzufügen</translation>
    </message>
    <message>
        <source>Add Gro&amp;up…</source>
        <translation>Gr&amp;uppe hinzufügen …</translation>
    </message>
    <message>
        <source>Add a group, with a first technique in it, next to the selection</source>
        <translation>Neben der Auswahl eine Gruppe mit einem ersten Verfahren darin hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Um&amp;benennen</translation>
    </message>
    <message>
        <source>Edit the name of the selection (its id stays)</source>
        <translation>Den Namen der Auswahl bearbeiten (die ID bleibt erhalten)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selection; a group goes with all its techniques</source>
        <translation>Die Auswahl entfernen; eine Gruppe wird mit all ihren Verfahren entfernt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 papers</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>1 paper</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>Group “%1”: filter with technique:%2</source>
        <translation>Gruppe „%1“: filtern mit technique:%2</translation>
    </message>
    <message>
        <source>Technique “%1”: filter with technique:%2</source>
        <translation>Verfahren „%1“: filtern mit technique:%2</translation>
    </message>
    <message>
        <source>Select a technique or a group to edit it.</source>
        <translation>Wählen Sie zum Bearbeiten ein Verfahren oder eine Gruppe aus.</translation>
    </message>
    <message>
        <source>A technique: it is assigned to a paper when one of its signals appears in the title or abstract. Filter with technique:%1.</source>
        <translation>Ein Verfahren: Es wird einem Artikel zugeordnet, wenn eines seiner Signale im Titel oder Abstract vorkommt. Filtern mit technique:%1.</translation>
    </message>
    <message>
        <source>1 technique</source>
        <translation>1 Verfahren</translation>
    </message>
    <message>
        <source>%1 techniques</source>
        <translation>%1 Verfahren</translation>
    </message>
    <message>
        <source>A group of %1. Filtering with technique:%2 includes all of them; a group carries no signals of its own.</source>
        <translation>Eine Gruppe aus %1. Filtern mit technique:%2 schließt alle ein; eine Gruppe trägt keine eigenen Signale.</translation>
    </message>
    <message>
        <source>The id of a new node follows its name until you press OK.</source>
        <translation>Die ID eines neuen Knotens folgt seinem Namen, bis Sie OK drücken.</translation>
    </message>
    <message>
        <source>Filters and stored facts use the id, so it stays when the name changes.</source>
        <translation>Filter und gespeicherte Fakten verwenden die ID, daher bleibt sie erhalten, wenn sich der Name ändert.</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Oberste Ebene)</translation>
    </message>
    <message>
        <source>The name of “%1” was not changed. %2</source>
        <translation>Der Name von „%1“ wurde nicht geändert. %2</translation>
    </message>
    <message>
        <source>The name changed, but the signal stays “%1”: %2</source>
        <translation>Der Name wurde geändert, aber das Signal bleibt „%1“: %2</translation>
    </message>
    <message>
        <source>The signals of “%1” were not changed. %2</source>
        <translation>Die Signale von „%1“ wurden nicht geändert. %2</translation>
    </message>
    <message>
        <source>New technique</source>
        <translation>Neues Verfahren</translation>
    </message>
    <message>
        <source>New technique %1</source>
        <translation>Neues Verfahren %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>Neue Gruppe %1</translation>
    </message>
</context>
<context>
    <name>lectern::TechniqueChart</name>
    <message>
        <source>No paper in the current filter has both a technique and a reported number.</source>
        <translation>Kein Artikel im aktuellen Filter hat sowohl ein Verfahren als auch eine berichtete Zahl.</translation>
    </message>
    <message>
        <source>Click to show these papers.</source>
        <translation>Klicken, um diese Artikel anzuzeigen.</translation>
    </message>
    <message>
        <source>Papers per technique and reported metric</source>
        <translation>Artikel je Verfahren und berichteter Kennzahl</translation>
    </message>
    <message>
        <source>Click to collapse the group</source>
        <translation>Klicken, um die Gruppe einzuklappen</translation>
    </message>
    <message>
        <source>Click to expand the group</source>
        <translation>Klicken, um die Gruppe auszuklappen</translation>
    </message>
</context>
<context>
    <name>lectern::TechniqueMatrixModel</name>
    <message numerus="yes">
        <source>%1 × %2: %n paper(s)</source>
        <translation>
            <numerusform>%1 × %2: %n Artikel</numerusform>
            <numerusform>%1 × %2: %n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::TitleAbstractParser</name>
    <message>
        <source>Title and abstract lines</source>
        <translation>Zeilen mit Titel und Abstract</translation>
    </message>
</context>
<context>
    <name>lectern::TrendChart</name>
    <message>
        <source>Papers per technique per year</source>
        <translation>Artikel je Verfahren und Jahr</translation>
    </message>
    <message>
        <source>No paper in the current filter has both a technique and a known year.</source>
        <translation>Kein Artikel im aktuellen Filter hat sowohl ein Verfahren als auch ein bekanntes Jahr.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n paper(s)
Click to show them.</source>
        <translation>
            <numerusform>%1, %2: %n Artikel
Klicken, um ihn anzuzeigen.</numerusform>
            <numerusform>%1, %2: %n Artikel
Klicken, um sie anzuzeigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <source>lectern-cli import: unknown option %1</source>
        <translation>lectern-cli import: unbekannte Option %1</translation>
    </message>
    <message>
        <source>lectern-cli import: no files given</source>
        <translation>lectern-cli import: keine Dateien angegeben</translation>
    </message>
    <message>
        <source>lectern-cli list: unexpected argument %1</source>
        <translation>lectern-cli list: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>lectern-cli list: only --json output is supported; add --json</source>
        <translation>lectern-cli list: nur die Ausgabe mit --json wird unterstützt; bitte --json angeben</translation>
    </message>
    <message>
        <source>lectern-cli list: invalid query at character %1: %2</source>
        <translation>lectern-cli list: ungültige Abfrage bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON array of {id, title, abstract}: %2 at byte %3</source>
        <translation>%1: kein JSON-Array aus {id, title, abstract}: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>--library needs a path</source>
        <translation>--library braucht einen Pfad</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>usage: lectern-cli [--library PATH] extract --json IN.json</source>
        <translation>Aufruf: lectern-cli [--library PATH] extract --json IN.json</translation>
    </message>
    <message>
        <source>usage: lectern-cli [--library PATH] reextract [--techniques-only]</source>
        <translation>Aufruf: lectern-cli [--library PATH] reextract [--techniques-only]</translation>
    </message>
    <message>
        <source>usage: lectern-cli [--library PATH] taxonomy --export OUT.json | --import IN.json</source>
        <translation>Aufruf: lectern-cli [--library PATH] taxonomy --export OUT.json | --import IN.json</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
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
        <translation>Aufruf: lectern-cli [--library PATH] COMMAND [OPTIONS]

Befehle:
  import [--dry-run] [--format ID] FILE...
                                   Dateien in die Bibliothek importieren, eine Transaktion pro Datei; das
                                   Format wird am Inhalt erkannt, sofern --format es nicht angibt (%2).
                                   --dry-run meldet, was ein Import bewirken würde, und speichert nichts
  export --format F [--query TEXT | --list NAME] [-o FILE]
                                   die zu TEXT passenden Artikel (ohne --query alle) oder die Leseliste NAME
                                   in ihrer Reihenfolge als F schreiben: %3; in FILE (atomar geschrieben)
                                   oder auf die Standardausgabe
  lists                            die Leselisten und ihre Größen ausgeben
  lists --create NAME [--query TEXT]
                                   eine Leseliste anlegen, mit den zu TEXT passenden Artikeln
  lists --add NAME --query TEXT    die zu TEXT passenden Artikel an eine Leseliste anhängen
  lists --delete NAME              eine Leseliste löschen (nicht ihre Artikel)
  list [--query TEXT] --json       die zu TEXT passenden Artikel ausgeben (ohne --query alle Artikel)
  extract --json IN.json           Verfahren und Kennzahlen zu [{id, title, abstract}] ausgeben, mit der
                                   eingebauten Taxonomie oder, bei --library, mit der Taxonomie der Bibliothek
  reextract [--techniques-only]    die Extraktion für jeden Artikel der Bibliothek erneut ausführen
  taxonomy --export FILE|-         die Taxonomie der Bibliothek als JSON schreiben
  taxonomy --import FILE           FILE zur Taxonomie der Bibliothek machen und Verfahren neu extrahieren

Optionen:
  --library PATH   die Bibliotheksdatei (Standard: %1)
  --help           diese Hilfe anzeigen
  --version        die Version anzeigen

Exit-Status: 0 Erfolg, 1 eine Datei ist fehlgeschlagen oder ein Fehler ist aufgetreten, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>lectern-cli import: unknown format %1 (known: %2)</source>
        <translation>lectern-cli import: unbekanntes Format %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>lectern-cli export: %1</source>
        <translation>lectern-cli export: %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--format is required (one of %1)</source>
        <translation>--format ist erforderlich (eines von %1)</translation>
    </message>
    <message>
        <source>unknown format %1 (one of %2)</source>
        <translation>unbekanntes Format %1 (eines von %2)</translation>
    </message>
    <message>
        <source>give --query or --list, not both</source>
        <translation>--query oder --list angeben, nicht beides</translation>
    </message>
    <message>
        <source>invalid query at character %1: %2</source>
        <translation>ungültige Abfrage bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>lectern-cli export: no reading list named &quot;%1&quot;</source>
        <translation>lectern-cli export: keine Leseliste namens „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) written as %2</source>
        <translation>
            <numerusform>%1: %n Artikel als %2 geschrieben</numerusform>
            <numerusform>%1: %n Artikel als %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>lectern-cli lists: %1</source>
        <translation>lectern-cli lists: %1</translation>
    </message>
    <message>
        <source>--add needs --query</source>
        <translation>--add braucht --query</translation>
    </message>
    <message>
        <source>--query goes with --create or --add</source>
        <translation>--query nur zusammen mit --create oder --add</translation>
    </message>
    <message>
        <source>lectern-cli lists: no reading list named &quot;%1&quot;</source>
        <translation>lectern-cli lists: keine Leseliste namens „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) added</source>
        <translation>
            <numerusform>%1: %n Artikel hinzugefügt</numerusform>
            <numerusform>%1: %n Artikel hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lectern, a desktop literature explorer</source>
        <translation>Lectern, ein Literatur-Explorer für den Desktop</translation>
    </message>
    <message>
        <source>Open the library file PATH.</source>
        <translation>Die Bibliotheksdatei PATH öffnen.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
</context>
</TS>

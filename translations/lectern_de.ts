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
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>No abstract in the source.</source>
        <translation>Die Quelle enthält keinen Abstract.</translation>
    </message>
    <message>
        <source>── %1  (%2, record %3, line %4)</source>
        <translation>── %1  (%2, Eintrag %3, Zeile %4)</translation>
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
    <name>lectern::DailyPapersParser</name>
    <message>
        <source>Hugging Face Daily Papers</source>
        <translation>Hugging Face Daily Papers</translation>
    </message>
</context>
<context>
    <name>lectern::FilterBar</name>
    <message>
        <source>Filter papers: words, &quot;a phrase&quot;, title:…, author:…, year:2020..2024, technique:pruning, metric:speedup</source>
        <translation>Artikel filtern: Wörter, &quot;eine Phrase&quot;, title:…, author:…, year:2020..2024, technique:pruning, metric:speedup</translation>
    </message>
    <message>
        <source>Not a valid filter at character %1: %2</source>
        <translation>Kein gültiger Filter bei Zeichen %1: %2</translation>
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
        <source>not a format Lectern recognizes (it reads arXiv listings, daily-papers listings, title/abstract listings and abstract lines)</source>
        <translation>Kein Format, das Lectern erkennt (es liest arXiv-Listen, Daily-Papers-Listen, Titel-/Abstract-Listen und Zeilen mit Abstracts)</translation>
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
</context>
<context>
    <name>lectern::ImportReport</name>
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
</context>
<context>
    <name>lectern::ImportWorker</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
</context>
<context>
    <name>lectern::Parser</name>
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
        <source>unknown field “%1” (fields: %2)</source>
        <translation>unbekanntes Feld „%1“ (Felder: %2)</translation>
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
    <name>lectern::cli</name>
    <message>
        <source>Usage: lectern-cli [--library PATH] COMMAND [OPTIONS]

Commands:
  import [--dry-run] FILE...       import listings into the library (one transaction per file)
  list [--query TEXT] --json       print the papers matching TEXT (all papers without --query)
  extract --json IN.json           print techniques and metrics of [{id, title, abstract}]

Options:
  --library PATH   the library file (default: %1)
  --help           show this help
  --version        show the version

Exit status: 0 success, 1 a file failed or an error occurred, 2 usage error.
</source>
        <translation>Aufruf: lectern-cli [--library PFAD] BEFEHL [OPTIONEN]

Befehle:
  import [--dry-run] DATEI...      Listen in die Bibliothek importieren (eine Transaktion je Datei)
  list [--query TEXT] --json       die zu TEXT passenden Artikel ausgeben (ohne --query alle Artikel)
  extract --json EIN.json          Verfahren und Kennzahlen von [{id, title, abstract}] ausgeben

Optionen:
  --library PFAD   die Bibliotheksdatei (Vorgabe: %1)
  --help           diese Hilfe anzeigen
  --version        die Version anzeigen

Rückgabewert: 0 Erfolg, 1 eine Datei ist fehlgeschlagen oder ein Fehler ist aufgetreten, 2 falscher Aufruf.
</translation>
    </message>
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
        <source>usage: lectern-cli extract --json IN.json</source>
        <translation>Aufruf: lectern-cli extract --json EIN.json</translation>
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

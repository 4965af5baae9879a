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
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No abstract in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── %1  (%2, record %3, line %4)</source>
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
    <name>lectern::DailyPapersParser</name>
    <message>
        <source>Hugging Face Daily Papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::FilterBar</name>
    <message>
        <source>Filter papers: words, &quot;a phrase&quot;, title:…, author:…, year:2020..2024, technique:pruning, metric:speedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid filter at character %1: %2</source>
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
        <source>not a format Lectern recognizes (it reads arXiv listings, daily-papers listings, title/abstract listings and abstract lines)</source>
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
</context>
<context>
    <name>lectern::ImportReport</name>
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
</context>
<context>
    <name>lectern::ImportWorker</name>
    <message>
        <source>cancelled</source>
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
</context>
<context>
    <name>lectern::Parser</name>
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
        <source>unknown field “%1” (fields: %2)</source>
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
        <translation type="unfinished"></translation>
    </message>
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
        <source>usage: lectern-cli extract --json IN.json</source>
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

package html

// stylesheet sets the page like a typeset diplomatic draft: a serif face, justified text,
// centred article headings kept with their text, numbered paragraphs and lettered points with
// hanging indents, ruled tables whose header repeats on every printed page, footnotes as
// notes at the end, a grid of signature blocks; on paper, A4 with the table of contents left
// out and annexes on a new page.
const stylesheet = `:root { color-scheme: light; }
html { font-family: "Liberation Serif", "Times New Roman", Times, serif; font-size: 12pt;
  line-height: 1.4; color: #111; background: #e9e9e6; }
body { margin: 0; }
main { box-sizing: border-box; max-width: 210mm; margin: 2rem auto; padding: 25mm 25mm 25mm 30mm;
  background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
p { margin: 0 0 .7em; text-align: justify; hyphens: auto; orphans: 2; widows: 2; }
.marking { text-align: center; color: #9b1c1c; font-size: .9rem; letter-spacing: .04em;
  border-top: 1px solid #9b1c1c; border-bottom: 1px solid #9b1c1c; padding: .3em 0; margin-bottom: 2em; }
.marking strong { letter-spacing: .15em; }
h1 { font-size: 1.35rem; text-align: center; line-height: 1.3; margin: 0 0 .4em; }
.place-date { text-align: center; font-style: italic; margin-bottom: 2em; }
h2, h3 { font-size: 1rem; text-align: center; margin: 1.6em 0 .7em;
  break-after: avoid; page-break-after: avoid; }
h3 { font-style: italic; font-weight: normal; }
.parties { margin-bottom: 1em; }
.recital { text-indent: 2em; }
.formula { margin-top: 1em; }
ol { margin: 0 0 .7em; padding-left: 2em; }
li { padding-left: .3em; }
li > p { margin-bottom: .7em; }
p.point { margin-left: 2em; padding-left: 2em; text-indent: -2em; }
p.subparagraph { padding-left: 2.6em; text-indent: -2.6em; }
li > p.point { margin-left: 0; }
a.xref { color: inherit; text-decoration: underline dotted; }
.testimonium { margin-top: 1.4em; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 2.4em 3em; margin-top: 2.4em;
  break-before: avoid; }
.signature { break-inside: avoid; page-break-inside: avoid; }
.signatory { text-align: left; margin-bottom: 0; }
.sign-line { height: 3.2em; border-bottom: 1px solid #111; }
table { border-collapse: collapse; margin: 0 0 1em; width: 100%; }
th, td { border: 1px solid #555; padding: .25em .5em; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
sup { line-height: 0; }
a.footnote-ref, a.footnote-backref { color: inherit; text-decoration: none; }
.footnotes { font-size: .85rem; margin-top: 2.5em; }
.footnotes hr { width: 30%; margin: 0 0 .6em; border: 0; border-top: 1px solid #555; }
.footnotes p { margin-bottom: .3em; }
.annex { break-before: page; page-break-before: always; }
nav.toc { margin: 0 0 2.5em; padding: 1em 1.5em; background: #f6f6f3; border: 1px solid #ddd; }
nav.toc h2 { margin: 0 0 .5em; text-align: left; }
nav.toc ol { list-style: none; padding: 0; margin: 0; columns: 2; column-gap: 2em; }
nav.toc li { padding: 0; break-inside: avoid; }
nav.toc a { color: #1a3f7a; text-decoration: none; }
@media (max-width: 700px) { main { padding: 8mm 6mm; margin: 0; } .signatures { grid-template-columns: 1fr; }
  nav.toc ol { columns: 1; } }
@media print {
  html { background: none; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 25mm 25mm 25mm 30mm;
  @top-left { font: italic 9pt "Liberation Serif", "Times New Roman", serif; color: #444; }
  @top-right { font: bold 9pt "Liberation Serif", "Times New Roman", serif; }
  @bottom-center { font: 9pt "Liberation Serif", "Times New Roman", serif; color: #444; } }
`

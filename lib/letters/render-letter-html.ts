// One version of a Kamerbrief as a standalone HTML document for Chromium to print to PDF:
// the same structure as components/letters/letter-document.tsx (addressee, letterhead,
// sections with headings, the summary table, sign-off), lang="nl", the title, A4 print CSS.
// A small string renderer rather than react-dom/server (which route handlers of the App
// Router do not offer); every piece of text goes through `escapeHtml`, so no character a
// user typed can become markup. A CSP in the document itself forbids loading anything.
import { formatCalendarDate } from "@/lib/calendar-date";
import { nl } from "@/lib/i18n/nl";
import { LETTER_ADDRESSEE, type LetterContent, type LetterTableSection } from "@/lib/letters/letter-content";
import { parseMarkup, type MarkupRun } from "@/lib/letters/letter-markup";
import { reportKind } from "@/lib/reports/report-kinds";
import { englishDate } from "@/lib/reports/english-text";
import { oecdReportWords } from "@/lib/reports/oecd-report-words";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

const PRINT_CSS = `
@page { size: A4; margin: 25mm 20mm; }
html { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.45; color: #000; }
body { margin: 0; }
h1 { font-size: 15pt; margin: 0 0 12pt; }
h2 { font-size: 11pt; margin: 16pt 0 6pt; break-after: avoid; }
p, ul { margin: 0 0 8pt; }
address { font-style: normal; margin: 0 0 18pt; }
address span { display: block; }
dl.letterhead { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0 0 18pt; }
dl.letterhead dt { font-weight: 700; }
dl.letterhead dd { margin: 0; }
.illustrative { border: 1pt solid #000; padding: 4pt 6pt; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
caption { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #767676; padding: 3pt 4pt; text-align: start; vertical-align: top; }
thead th { background: #e6e6e6; }
.signatory { margin-top: 24pt; }
.title-page { break-after: page; padding-top: 60mm; }
.title-page h1 { font-size: 22pt; }
.title-page p { font-size: 12pt; }
`;

export function renderLetterHtml(content: LetterContent, title: string): string {
  const words = nl.letterDocument;
  const parts: string[] = [];
  const kind = reportKind(content.kind ?? "KAMERBRIEF");
  if (content.titlePage) return reportHtml(content, kind.htmlLang);
  if (content.containsIllustrativeData) {
    parts.push(
      `<p class="illustrative"><strong>${escapeHtml(capitalise(nl.app.illustrative))}:</strong> ${escapeHtml(words.illustrativeNote)}</p>`,
    );
  }
  parts.push(`<address>${LETTER_ADDRESSEE.map((line) => `<span>${escapeHtml(line)}</span>`).join("")}</address>`);
  parts.push(
    `<dl class="letterhead">${[
      [words.date, formatCalendarDate(content.letterhead.date)],
      [words.subject, content.letterhead.subject],
      [words.reference, content.letterhead.reference],
    ]
      .map(([label, value]) => `<dt>${escapeHtml(label!)}</dt><dd>${escapeHtml(value!)}</dd>`)
      .join("")}</dl>`,
  );
  parts.push(`<h1>${escapeHtml(title)}</h1>`);
  parts.push(`<p>${escapeHtml(content.salutation)}</p>`);
  for (const section of content.sections) {
    const heading = section.heading ? `<h2>${escapeHtml(section.heading)}</h2>` : "";
    const body = section.kind === "table" ? summaryTable(section) : markupHtml(section.body);
    parts.push(`<section>${heading}${body}</section>`);
  }
  parts.push(`<p>${escapeHtml(content.signOff)}</p>`);
  for (const signatory of content.signatories) {
    parts.push(
      `<p class="signatory">${[signatory.title, signatory.name].filter(Boolean).map(escapeHtml).join("<br>")}</p>`,
    );
  }
  return htmlDocument(kind.htmlLang, title, parts);
}

/** A report with a title page (the OECD follow-up report): English words and dates, no letter frame. */
function reportHtml(content: LetterContent, lang: string): string {
  const page = content.titlePage!;
  const words = oecdReportWords;
  const parts = [
    `<header class="title-page"><p>${escapeHtml(page.country)}</p><h1>${escapeHtml(page.title)}</h1>` +
      `<p>${escapeHtml(page.evaluationDate ? words.evaluationOf(englishDate(page.evaluationDate)) : page.evaluation)}</p>` +
      `<p>${escapeHtml(words.reportingDate(englishDate(page.reportingDate)))}</p></header>`,
  ];
  if (content.containsIllustrativeData)
    parts.push(
      `<p class="illustrative"><strong>${escapeHtml(words.illustrativeMarker)}</strong> ${escapeHtml(words.illustrativeNote)}</p>`,
    );
  for (const section of content.sections) {
    const heading = section.heading ? `<h2>${escapeHtml(section.heading)}</h2>` : "";
    const body = section.kind === "table" ? summaryTable(section) : markupHtml(section.body);
    parts.push(`<section>${heading}${body}</section>`);
  }
  return htmlDocument(lang, `${page.title}: ${page.country}`, parts);
}

function htmlDocument(lang: string, title: string, parts: string[]): string {
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PRINT_CSS}</style>`,
    "</head>",
    `<body><main><article>${parts.join("\n")}</article></main></body>`,
    "</html>",
  ].join("\n");
}

function markupHtml(text: string): string {
  return parseMarkup(text)
    .map((block) =>
      block.kind === "list"
        ? `<ul>${block.items.map((item) => `<li>${runs(item)}</li>`).join("")}</ul>`
        : `<p>${block.lines.map(runs).join("<br>")}</p>`,
    )
    .join("");
}

function runs(line: MarkupRun[]): string {
  return line.map((run) => (run.bold ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text))).join("");
}

function summaryTable(section: LetterTableSection): string {
  const head = `<thead><tr>${section.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>`;
  const body = section.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join("")}</tr>`,
    )
    .join("");
  return `<table><caption>${escapeHtml(section.heading ?? nl.letterDocument.summaryTable)}</caption>${head}<tbody>${body}</tbody></table>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// One version of a Kamerbrief as a Word document (.docx), the primary output: ministries
// finish letters in their own Word templates, so the structure is real Word structure —
// Heading 1/Heading 2 styles, paragraphs, bulleted lists and bold from the section markup,
// the summary table with a header row that repeats on every page, "Pagina X van Y" in the
// footer, document language nl-NL and the core properties (title, creator). Pure: content
// in, bytes out; the same content the screen and the PDF render.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { formatCalendarDate } from "@/lib/calendar-date";
import { nl } from "@/lib/i18n/nl";
import { LETTER_ADDRESSEE, type LetterContent, type LetterTableSection } from "@/lib/letters/letter-content";
import { parseMarkup, type MarkupRun } from "@/lib/letters/letter-markup";
import { reportKind } from "@/lib/reports/report-kinds";
import { englishDate } from "@/lib/reports/english-text";
import { oecdReportWords } from "@/lib/reports/oecd-report-words";

// A4 in twentieths of a point, with 2.5 cm margins.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;
const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "767676" };

export async function renderLetterDocx(content: LetterContent, title: string): Promise<Buffer> {
  const kind = reportKind(content.kind ?? "KAMERBRIEF");
  const english = kind.language === "en";
  const document = new Document({
    title,
    subject: content.letterhead.subject,
    creator: nl.app.name,
    lastModifiedBy: nl.app.name,
    description: nl.letterExport.docxDescription,
    styles: {
      default: {
        document: {
          run: { font: "Arial", size: 20, language: { value: kind.docxLanguage } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: {
          run: { font: "Arial", size: 28, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 240 }, keepNext: true },
        },
        heading2: {
          run: { font: "Arial", size: 22, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    children: [
                      `${english ? "Page" : nl.letterExport.page} `,
                      PageNumber.CURRENT,
                      ` ${english ? "of" : nl.letterExport.of} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: content.titlePage ? reportBody(content) : body(content, title),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function body(content: LetterContent, title: string): (Paragraph | Table)[] {
  const words = nl.letterDocument;
  const parts: (Paragraph | Table)[] = [];
  if (content.containsIllustrativeData) {
    parts.push(
      new Paragraph({
        border: { top: TABLE_BORDER, bottom: TABLE_BORDER, left: TABLE_BORDER, right: TABLE_BORDER },
        children: [
          new TextRun({ text: `${capitalise(nl.app.illustrative)}: `, bold: true }),
          new TextRun(words.illustrativeNote),
        ],
      }),
    );
  }
  parts.push(new Paragraph({ spacing: { after: 360 }, children: lines([...LETTER_ADDRESSEE]) }));
  for (const [label, value] of [
    [words.date, formatCalendarDate(content.letterhead.date)],
    [words.subject, content.letterhead.subject],
    [words.reference, content.letterhead.reference],
  ] as const) {
    parts.push(
      new Paragraph({
        spacing: { after: 0 },
        children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
      }),
    );
  }
  parts.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }));
  parts.push(new Paragraph({ children: [new TextRun(content.salutation)] }));
  for (const section of content.sections) {
    if (section.heading)
      parts.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    if (section.kind === "table") parts.push(summaryTable(section));
    else parts.push(...markupParagraphs(section.body));
  }
  parts.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun(content.signOff)] }));
  for (const signatory of content.signatories) {
    parts.push(
      new Paragraph({ spacing: { before: 480 }, children: lines([signatory.title, signatory.name].filter(Boolean)) }),
    );
  }
  return parts;
}

/** A report with a title page (the OECD follow-up report): English words and dates, no letter frame. */
function reportBody(content: LetterContent): (Paragraph | Table)[] {
  const page = content.titlePage!;
  const words = oecdReportWords;
  const parts: (Paragraph | Table)[] = [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: page.country, size: 24 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: page.title, size: 44, bold: true })] }),
    new Paragraph({
      children: [
        new TextRun({
          text: page.evaluationDate ? words.evaluationOf(englishDate(page.evaluationDate)) : page.evaluation,
          size: 24,
        }),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: words.reportingDate(englishDate(page.reportingDate)), size: 24 })],
    }),
  ];
  if (content.containsIllustrativeData)
    parts.push(
      new Paragraph({
        border: { top: TABLE_BORDER, bottom: TABLE_BORDER, left: TABLE_BORDER, right: TABLE_BORDER },
        children: [
          new TextRun({ text: `${words.illustrativeMarker} `, bold: true }),
          new TextRun(words.illustrativeNote),
        ],
      }),
    );
  content.sections.forEach((section, index) => {
    if (section.heading)
      parts.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          // The introduction starts on the page after the title page.
          pageBreakBefore: index === 0,
          children: [new TextRun(section.heading)],
        }),
      );
    if (section.kind === "table") parts.push(summaryTable(section));
    else parts.push(...markupParagraphs(section.body));
  });
  return parts;
}

/** Paragraphs and bulleted lists from the section markup; a line break inside a paragraph stays one. */
function markupParagraphs(text: string): Paragraph[] {
  return parseMarkup(text).flatMap((block) =>
    block.kind === "list"
      ? block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: runs(item) }))
      : [
          new Paragraph({
            children: block.lines.flatMap((line, index) => [
              ...(index > 0 ? [new TextRun({ break: 1 })] : []),
              ...runs(line),
            ]),
          }),
        ],
  );
}

function runs(line: MarkupRun[]): ParagraphChild[] {
  return line.map((run) => new TextRun({ text: run.text, bold: run.bold }));
}

function lines(texts: string[]): ParagraphChild[] {
  return texts.map((text, index) => new TextRun({ text, break: index > 0 ? 1 : undefined }));
}

// Shares of the text width per column of the summary table (Nr. | Aanbeveling | Verantwoordelijk |
// Stand van zaken | Status | Vervolgstap en termijn): equal columns broke "Verantwoordelijk" and
// "geïmplementeerd" mid-word while the number column stood half empty.
const SUMMARY_COLUMN_SHARES = [0.05, 0.18, 0.19, 0.19, 0.19, 0.2];

function columnWidths(count: number): number[] {
  const textWidth = A4.width - 2 * MARGIN;
  const shares =
    count === SUMMARY_COLUMN_SHARES.length ? SUMMARY_COLUMN_SHARES : Array.from({ length: count }, () => 1 / count);
  return shares.map((share) => Math.floor(textWidth * share));
}

function summaryTable(section: LetterTableSection): Table {
  const widths = columnWidths(section.columns.length);
  const cell = (text: string, header: boolean, column: number) =>
    new TableCell({
      width: { size: widths[column] ?? widths[0]!, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      shading: header ? { fill: "E6E6E6" } : undefined,
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: header, size: 16 })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    borders: {
      top: TABLE_BORDER,
      bottom: TABLE_BORDER,
      left: TABLE_BORDER,
      right: TABLE_BORDER,
      insideHorizontal: TABLE_BORDER,
      insideVertical: TABLE_BORDER,
    },
    rows: [
      // Repeats at the top of every page the table runs onto.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: section.columns.map((column, index) => cell(column, true, index)),
      }),
      ...section.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, false, index)) }),
      ),
    ],
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

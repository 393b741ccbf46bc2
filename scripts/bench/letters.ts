// Bench figures for the Kamerbrieven: how long the .docx of a large letter takes — 50
// recommendations with 500 actions between them (10 each), one section per recommendation
// with its state of affairs and its next steps as a list, and the summary table of 50 rows.
// Target: at most 300 ms. Content composed here by hand, so the figure is the renderer's alone.
// Runs inside `npm run bench`, or alone: npx tsx scripts/bench/letters.ts
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { renderLetterDocx } from "../../lib/letters/render-letter-docx.ts";
import { LetterContentSchema, SUMMARY_TABLE_COLUMNS, type LetterContent } from "../../lib/letters/letter-content.ts";

const RECOMMENDATIONS = 50;
const ACTIONS_PER_RECOMMENDATION = 10;
const RUNS = 7;
export const DOCX_TARGET_MS = 300;

export function largeLetterContent(): LetterContent {
  const organisations = ["FIN", "BZ", "ADSB"];
  const recommendations = Array.from({ length: RECOMMENDATIONS }, (_, index) => {
    const number = index + 1;
    const actions = Array.from(
      { length: ACTIONS_PER_RECOMMENDATION },
      (_, a) =>
        `- **Actie ${number}.${a + 1}** (${organisations[a % 3]}): werkinstructie bijwerken en toetsen, uiterlijk ${1 + (a % 28)} juni 2023`,
    );
    return {
      number,
      section: {
        key: `aanbeveling-${number}`,
        kind: "text" as const,
        heading: `Aanbeveling ${number}: Versterk het risicokader voor onderdeel ${number}`,
        body: [
          `Status: **gedeeltelijk geïmplementeerd**. Verantwoordelijk: FIN, BZ en ADSB.`,
          `Stand van zaken: de eerste stappen zijn gezet; de werkinstructies zijn herzien en de medewerkers van ADSB zijn getraind in het herkennen van signalen van omkoping. Het risicokader wordt in het tweede kwartaal vastgesteld.`,
          `Vervolgstappen:\n\n${actions.join("\n")}`,
        ].join("\n\n"),
      },
      row: [
        String(number),
        `Versterk het risicokader voor onderdeel ${number}`,
        "FIN, BZ en ADSB",
        "De werkinstructies zijn herzien; training loopt.",
        "gedeeltelijk geïmplementeerd",
        "Risicokader vaststellen, 30 juni 2023",
      ],
    };
  });
  return LetterContentSchema.parse({
    schemaVersion: 1,
    letterhead: {
      date: "2023-04-03",
      subject: "Voortgang opvolging aanbevelingen evaluatie anti-omkopingsbeleid",
      reference: "2023-0000012345",
    },
    salutation: "Geachte voorzitter,",
    sections: [
      {
        key: "aanleiding",
        kind: "text",
        heading: "Aanleiding",
        body: "Zoals toegezegd informeer ik u over de voortgang van de opvolging van de aanbevelingen.",
      },
      ...recommendations.map((recommendation) => recommendation.section),
      {
        key: "samenvatting",
        kind: "table",
        heading: "Overzicht",
        columns: [...SUMMARY_TABLE_COLUMNS],
        rows: recommendations.map((recommendation) => recommendation.row),
      },
      { key: "afsluiting", kind: "text", heading: null, body: "Ik houd uw Kamer op de hoogte." },
    ],
    signOff: "Hoogachtend,",
    signatories: [{ title: "de staatssecretaris van Financiën", name: "" }],
    containsIllustrativeData: true,
  });
}

export type DocxFigure = { medianMs: number; maxMs: number; bytes: number; runs: number };

/** Renders the large letter RUNS times after one warm-up; the median and the slowest run. */
export async function measureLetterDocx(): Promise<DocxFigure> {
  const content = largeLetterContent();
  let bytes = (await renderLetterDocx(content, "Voortgang opvolging aanbevelingen")).length;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    bytes = (await renderLetterDocx(content, "Voortgang opvolging aanbevelingen")).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, maxMs: times.at(-1)!, bytes, runs: RUNS };
}

export function printLetterDocx(figure: DocxFigure): void {
  const verdict = figure.medianMs <= DOCX_TARGET_MS ? "binnen" : "BOVEN";
  console.log(
    `\nKamerbrief als .docx (${RECOMMENDATIONS} aanbevelingen, ${RECOMMENDATIONS * ACTIONS_PER_RECOMMENDATION} acties, tabel van ${RECOMMENDATIONS} rijen):`,
  );
  console.log(
    `  mediaan ${figure.medianMs.toFixed(1)} ms, traagste ${figure.maxMs.toFixed(1)} ms over ${figure.runs} keer; ${(figure.bytes / 1000).toFixed(1)} kB; ${verdict} het doel van ${DOCX_TARGET_MS} ms.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  printLetterDocx(await measureLetterDocx());
}

// The composer on hand-made snapshots: correct Dutch (dates, singular and plural, lists with
// "en"), each status on both scales, the awkward recommendations (no actions, only cancelled
// ones, all done), long texts, markup characters in user text, and determinism.
import { describe, expect, it } from "vitest";
import { composeLetter, splitMinisters } from "@/lib/letters/compose-letter";
import { countOf, joinWithEn, dutchDate, inSentence } from "@/lib/letters/dutch-text";
import {
  LetterSnapshotSchema,
  type LetterSnapshot,
  type SnapshotAction,
  type SnapshotRecommendation,
} from "@/lib/letters/letter-snapshot";
import {
  SUMMARY_TABLE_COLUMNS,
  type LetterContent,
  type LetterTableSection,
  type LetterTextSection,
} from "@/lib/letters/letter-content";
import { markupToPlainText, parseMarkup } from "@/lib/letters/letter-markup";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";

const plan = {
  id: "doc-plan",
  title:
    "Plan van aanpak voor de versterking en verbetering van het anti-omkopingsbeleid van de exportkredietverzekering",
  date: "2022-11-17",
  dossier: "36 200 IX",
  number: "11",
};

function action(overrides: Partial<SnapshotAction> = {}): SnapshotAction {
  return {
    id: "a1",
    title: "Risicokader opstellen",
    organisation: "FIN",
    status: "IN_PROGRESS",
    dueDate: "2023-07-01",
    completedOn: null,
    percentDone: 40,
    cancelReason: null,
    illustrative: false,
    latestProgress: null,
    ...overrides,
  };
}

function recommendation(overrides: Partial<SnapshotRecommendation> = {}): SnapshotRecommendation {
  return {
    id: "r1",
    evaluationId: "e1",
    number: 1,
    title: "Stel een risicokader vast",
    text: "Leg vast welke risico's aanvaardbaar zijn.",
    illustrative: false,
    leadOrganisation: "FIN",
    status: "IN_PROGRESS",
    statusOverridden: false,
    actions: [action()],
    ...overrides,
  };
}

function snapshot(overrides: Partial<LetterSnapshot> = {}): LetterSnapshot {
  return LetterSnapshotSchema.parse({
    schemaVersion: 1,
    peildatum: "2023-04-03",
    commitment: {
      id: "c1",
      title: "Kamerbrief over de implementatie van de aanbevelingen, voor de zomer van 2023",
      originalWording: "Voor de zomer van 2023 zal het kabinet middels een Kamerbrief hierover rapporteren.",
      dueDate: "2023-07-07",
      origin: "PARLIAMENTARY_DOCUMENT",
      originDocument: plan,
      originDescription: null,
      responsibleMinister:
        "Staatssecretaris van Financiën, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
      status: "OPEN",
      illustrative: false,
    },
    evaluations: [
      {
        id: "e1",
        title: "Evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering",
        evaluator: "Partner in Compliance",
        reportDate: null,
        sentToParliamentOn: "2022-07-08",
        document: null,
      },
    ],
    planOfAction: plan,
    previousLetter: null,
    recommendations: [recommendation()],
    ...overrides,
  });
}

const text = (content: LetterContent, key: string) => {
  const section = content.sections.find((candidate) => candidate.key === key);
  if (!section || section.kind !== "text") throw new Error(`no text section ${key}`);
  return section as LetterTextSection;
};
const table = (content: LetterContent) =>
  content.sections.find((section) => section.kind === "table") as LetterTableSection;
const plain = (content: LetterContent, key: string) => markupToPlainText(text(content, key).body);

describe("Dutch helpers", () => {
  it("joins lists with 'en'", () => {
    expect(joinWithEn([])).toBe("");
    expect(joinWithEn(["FIN"])).toBe("FIN");
    expect(joinWithEn(["FIN", "BZ"])).toBe("FIN en BZ");
    expect(joinWithEn(["FIN", "BZ", "ADSB"])).toBe("FIN, BZ en ADSB");
  });

  it("counts in singular and plural", () => {
    expect(countOf(0, "actie", "acties")).toBe("0 acties");
    expect(countOf(1, "actie", "acties")).toBe("1 actie");
    expect(countOf(2, "actie", "acties")).toBe("2 acties");
  });

  it("writes dates as a letter does", () => {
    expect(dutchDate("2023-04-03")).toBe("3 april 2023");
    expect(dutchDate("2022-11-17")).toBe("17 november 2022");
    expect(dutchDate("2023-07-01")).toBe("1 juli 2023");
  });

  it("lower-cases a title inside a sentence but keeps abbreviations", () => {
    expect(inSentence("Evaluatie van het beleid")).toBe("evaluatie van het beleid");
    expect(inSentence("OESO-werkgroep")).toBe("OESO-werkgroep");
  });

  it("reads the signatories from the responsible minister", () => {
    expect(
      splitMinisters(
        "Staatssecretaris van Financiën, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
      ),
    ).toEqual([
      "de staatssecretaris van Financiën",
      "de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    ]);
    expect(splitMinisters("Minister van Financiën")).toEqual(["de minister van Financiën"]);
  });
});

describe("composeLetter", () => {
  it("has the letter's fixed parts and sections in order", () => {
    const content = composeLetter(snapshot());
    expect(content.salutation).toBe("Geachte voorzitter,");
    expect(content.signOff).toBe("Hoogachtend,");
    expect(content.letterhead).toEqual({
      date: "2023-04-03",
      subject:
        "Voortgang opvolging aanbevelingen evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering",
      reference: "",
    });
    expect(content.sections.map((section) => section.key)).toEqual([
      "aanleiding",
      "aanbeveling-r1",
      "samenvatting",
      "afsluiting",
    ]);
    expect(content.signatories).toEqual([
      { title: "De staatssecretaris van Financiën", name: "" },
      { title: "De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", name: "" },
    ]);
    expect(content.containsIllustrativeData).toBe(false);
  });

  it("writes the Aanleiding: evaluation, plan van aanpak with its Kamerstuk, and the commitment 'zoals toegezegd'", () => {
    const aanleiding = plain(composeLetter(snapshot()), "aanleiding");
    expect(aanleiding).toContain(
      "Op 8 juli 2022 ontving uw Kamer de evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering, uitgevoerd door Partner in Compliance.",
    );
    expect(aanleiding).toContain(
      "Op 17 november 2022 ontving uw Kamer het plan van aanpak voor de versterking en verbetering van het anti-omkopingsbeleid van de exportkredietverzekering (Kamerstuk 36 200 IX, nr. 11).",
    );
    expect(aanleiding).toContain(
      "Zoals toegezegd in het plan van aanpak informeer ik uw Kamer, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, met deze brief",
    );
    expect(aanleiding).toContain(
      "De toezegging luidde: ‘Voor de zomer van 2023 zal het kabinet middels een Kamerbrief hierover rapporteren.’",
    );
    expect(aanleiding).toContain("de stand van zaken op 3 april 2023");
  });

  it("names the previous letter when there is one", () => {
    const content = composeLetter(
      snapshot({
        previousLetter: {
          letterDraftId: "l0",
          document: { id: "d0", title: "Voortgangsbrief", date: "2023-01-10", dossier: "36 200 IX", number: "20" },
        },
      }),
    );
    expect(plain(content, "aanleiding")).toContain(
      "Op 10 januari 2023 informeerde ik uw Kamer voor het laatst over de voortgang (Kamerstuk 36 200 IX, nr. 20).",
    );
  });

  it.each<[ImplementationStatus, string, string]>([
    ["NOT_STARTED", "niet geïmplementeerd", "de uitvoering is nog niet gestart"],
    ["IN_PROGRESS", "gedeeltelijk geïmplementeerd", "de uitvoering loopt"],
    ["DELAYED", "gedeeltelijk geïmplementeerd", "de uitvoering is vertraagd"],
    ["IMPLEMENTED", "volledig geïmplementeerd", "de uitvoering is afgerond"],
  ])("shows %s on the OECD scale (%s) and in the Taskforce's own words", (status, oecd, own) => {
    const content = composeLetter(snapshot({ recommendations: [recommendation({ status })] }));
    expect(plain(content, "aanbeveling-r1")).toContain(`Status: ${oecd}; ${own}.`);
    expect(table(content).rows[0]![4]).toBe(oecd);
    expect(plain(content, "aanleiding")).toContain(`De aanbeveling is ${oecd}.`);
  });

  it("says when the coordinator set the status", () => {
    const content = composeLetter(
      snapshot({ recommendations: [recommendation({ status: "IMPLEMENTED", statusOverridden: true })] }),
    );
    expect(plain(content, "aanbeveling-r1")).toContain("Deze status is door de Taskforce vastgesteld.");
  });

  it("counts recommendations per grade with is/zijn", () => {
    const recommendations = [
      recommendation({ id: "r1", number: 1, status: "IMPLEMENTED" }),
      recommendation({ id: "r2", number: 2, status: "IN_PROGRESS" }),
      recommendation({ id: "r3", number: 3, status: "DELAYED" }),
      recommendation({ id: "r4", number: 4, status: "NOT_STARTED" }),
    ];
    expect(plain(composeLetter(snapshot({ recommendations })), "aanleiding")).toContain(
      "Van de 4 aanbevelingen is er 1 volledig geïmplementeerd, zijn er 2 gedeeltelijk geïmplementeerd en is er 1 niet geïmplementeerd.",
    );
    const same = [recommendation({ id: "r1", number: 1 }), recommendation({ id: "r2", number: 2 })];
    expect(plain(composeLetter(snapshot({ recommendations: same })), "aanleiding")).toContain(
      "Alle 2 aanbevelingen zijn gedeeltelijk geïmplementeerd.",
    );
  });

  it("writes one action in the singular and several in the plural", () => {
    const one = composeLetter(snapshot());
    expect(plain(one, "aanbeveling-r1")).toContain("Er is 1 actie afgesproken; die is in uitvoering.");
    expect(table(one).rows[0]![3]).toBe("1 actie: 1 in uitvoering");

    const three = composeLetter(
      snapshot({
        recommendations: [
          recommendation({
            actions: [
              action({ id: "a1", status: "DONE", completedOn: "2023-03-28", percentDone: 100 }),
              action({ id: "a2", status: "IN_PROGRESS", organisation: "ADSB", dueDate: "2023-09-30" }),
              action({
                id: "a3",
                status: "IN_PROGRESS",
                organisation: "BZ",
                title: "Training geven",
                dueDate: "2023-06-30",
              }),
            ],
          }),
        ],
      }),
    );
    const body = plain(three, "aanbeveling-r1");
    expect(body).toContain("Er zijn 3 acties afgesproken: 1 is afgerond en 2 zijn in uitvoering.");
    expect(body).toContain(
      "Verantwoordelijk: het ministerie van Financiën, Atradius Dutch State Business en het ministerie van Buitenlandse Zaken.",
    );
    expect(body).toContain("Risicokader opstellen (FIN): afgerond op 28 maart 2023.");
    expect(table(three).rows[0]![2]).toBe("FIN, ADSB en BZ");
    expect(table(three).rows[0]![3]).toBe("3 acties: 1 afgerond en 2 in uitvoering");
    // next steps by term, with "uiterlijk"
    expect(body).toMatch(
      /Training geven \(BZ, uiterlijk 30 juni 2023\)\n- Risicokader opstellen \(ADSB, uiterlijk 30 september 2023\)/,
    );
    expect(table(three).rows[0]![5]).toBe("Training geven (uiterlijk 30 juni 2023), en nog 1 actie");
  });

  it("draws the state of affairs from the latest progress update, with its date", () => {
    const content = composeLetter(
      snapshot({
        recommendations: [
          recommendation({
            actions: [action({ latestProgress: { date: "2023-03-15", text: "Impactanalyse gestart" } })],
          }),
        ],
      }),
    );
    expect(plain(content, "aanbeveling-r1")).toContain(
      "Risicokader opstellen (FIN): in uitvoering, 40 procent gereed. Laatste voortgang (15 maart 2023): Impactanalyse gestart.",
    );
  });

  it("says when a term has passed", () => {
    const content = composeLetter(
      snapshot({
        recommendations: [recommendation({ actions: [action({ status: "DELAYED", dueDate: "2023-03-15" })] })],
      }),
    );
    expect(plain(content, "aanbeveling-r1")).toContain(
      "Risicokader opstellen (FIN, uiterlijk 15 maart 2023; deze termijn is verstreken)",
    );
    expect(table(content).rows[0]![5]).toBe(
      "Risicokader opstellen (uiterlijk 15 maart 2023; deze termijn is verstreken)",
    );
  });

  it("handles a recommendation without actions", () => {
    const content = composeLetter(
      snapshot({ recommendations: [recommendation({ status: "NOT_STARTED", actions: [] })] }),
    );
    const body = plain(content, "aanbeveling-r1");
    expect(body).toContain("Stand van zaken: Voor deze aanbeveling zijn nog geen acties vastgelegd.");
    expect(body).toContain("Vervolgstappen: Er zijn nog geen vervolgstappen vastgelegd.");
    expect(body).toContain("Verantwoordelijk: het ministerie van Financiën.");
    expect(table(content).rows[0]!.slice(2)).toEqual([
      "FIN",
      "nog geen acties",
      "niet geïmplementeerd",
      "nog niet vastgelegd",
    ]);
  });

  it("handles a recommendation with only cancelled actions", () => {
    const content = composeLetter(
      snapshot({
        recommendations: [
          recommendation({
            status: "NOT_STARTED",
            leadOrganisation: "FIN",
            actions: [
              action({ id: "a1", status: "CANCELLED", organisation: "ADSB", cancelReason: "Niet meer nodig." }),
              action({ id: "a2", status: "CANCELLED", organisation: "BZ" }),
            ],
          }),
        ],
      }),
    );
    const body = plain(content, "aanbeveling-r1");
    expect(body).toContain("Er zijn 2 acties afgesproken; beide zijn geannuleerd.");
    expect(body).toContain("Risicokader opstellen (ADSB): geannuleerd; reden: Niet meer nodig.");
    expect(body).toContain("Vervolgstappen: Alle acties zijn geannuleerd; er zijn geen vervolgstappen vastgelegd.");
    // a cancelled action's organisation is no longer responsible
    expect(body).toContain("Verantwoordelijk: het ministerie van Financiën.");
    expect(table(content).rows[0]![5]).toBe("geen: alle acties geannuleerd");
  });

  it("handles a recommendation whose actions are all done, and closes accordingly", () => {
    const done = [
      action({ id: "a1", status: "DONE", completedOn: "2023-02-01" }),
      action({ id: "a2", status: "DONE", completedOn: null }),
      action({ id: "a3", status: "DONE", completedOn: "2023-03-01" }),
    ];
    const content = composeLetter(
      snapshot({ recommendations: [recommendation({ status: "IMPLEMENTED", actions: done })] }),
    );
    const body = plain(content, "aanbeveling-r1");
    expect(body).toContain("Er zijn 3 acties afgesproken; alle 3 zijn afgerond.");
    expect(body).toContain("Vervolgstappen: Alle acties zijn afgerond; er zijn geen vervolgstappen.");
    expect(plain(content, "afsluiting")).toContain("Alle aanbevelingen zijn volledig geïmplementeerd.");
    expect(plain(composeLetter(snapshot()), "afsluiting")).toBe(
      "Ik houd uw Kamer op de hoogte van de verdere voortgang van de opvolging van de aanbevelingen.",
    );
  });

  it("builds the summary table with the fixed columns, one row per recommendation", () => {
    const recommendations = [
      recommendation({ id: "r1", number: 1 }),
      recommendation({ id: "r2", number: 2, title: "Train medewerkers" }),
    ];
    const summary = table(composeLetter(snapshot({ recommendations })));
    expect(summary.columns).toEqual([...SUMMARY_TABLE_COLUMNS]);
    expect(summary.rows.map((row) => row.slice(0, 2))).toEqual([
      ["1", "Stel een risicokader vast"],
      ["2", "Train medewerkers"],
    ]);
    expect(summary.rows.every((row) => row.length === SUMMARY_TABLE_COLUMNS.length)).toBe(true);
  });

  it("numbers per evaluation when the letter covers more than one", () => {
    const content = composeLetter(
      snapshot({
        evaluations: [
          {
            id: "e1",
            title: "Evaluatie A",
            evaluator: "Bureau A",
            reportDate: null,
            sentToParliamentOn: "2022-07-08",
            document: null,
          },
          {
            id: "e2",
            title: "Fase 4-evaluatie van Nederland",
            evaluator: "OESO-werkgroep omkoping",
            reportDate: "2020-11-05",
            sentToParliamentOn: null,
            document: null,
          },
        ],
        recommendations: [
          recommendation({ id: "r1", evaluationId: "e1", number: 1 }),
          recommendation({ id: "r2", evaluationId: "e2", number: 1 }),
        ],
      }),
    );
    expect(content.letterhead.subject).toBe("Voortgang opvolging aanbevelingen uit 2 evaluaties");
    expect(text(content, "aanbeveling-r2").heading).toBe("Aanbeveling 2.1: Stel een risicokader vast");
    expect(table(content).rows.map((row) => row[0])).toEqual(["1.1", "2.1"]);
    expect(plain(content, "aanleiding")).toContain(
      "Op 5 november 2020 verscheen de fase 4-evaluatie van Nederland, uitgevoerd door OESO-werkgroep omkoping.",
    );
  });

  it("marks illustrative data visibly and flags the letter", () => {
    const content = composeLetter(
      snapshot({
        recommendations: [
          recommendation({ id: "r1", illustrative: true }),
          recommendation({ id: "r2", number: 2, actions: [action({ illustrative: true })] }),
        ],
      }),
    );
    expect(content.containsIllustrativeData).toBe(true);
    expect(text(content, "aanbeveling-r1").heading).toBe("Aanbeveling 1: Stel een risicokader vast [illustratief]");
    expect(text(content, "aanbeveling-r1").body).toContain(
      "**[illustratief]** Deze aanbeveling en haar acties zijn voorbeeldgegevens",
    );
    expect(plain(content, "aanbeveling-r2")).toContain("Risicokader opstellen [illustratief] (FIN)");
    expect(table(content).rows[0]![1]).toBe("Stel een risicokader vast [illustratief]");
    expect(plain(content, "aanleiding")).toContain("[illustratief] Deze brief bevat voorbeeldgegevens");
  });

  it("keeps user text with markup characters as text", () => {
    const nasty = "Risico's **vet** <script> & A|B_c # - geen lijst";
    const content = composeLetter(
      snapshot({
        recommendations: [
          recommendation({
            title: nasty,
            text: "Tekst met **sterretjes",
            actions: [
              action({
                title: nasty,
                latestProgress: { date: "2023-03-01", text: "Regel een\n\n- geen lijstpunt\n**" },
              }),
            ],
          }),
        ],
      }),
    );
    const section = text(content, "aanbeveling-r1");
    expect(section.heading).toBe(`Aanbeveling 1: ${nasty}`);
    // No bold run comes from user text: only the labels are bold.
    const boldRuns = parseMarkup(section.body)
      .flatMap((block) => (block.kind === "list" ? block.items.flat() : block.lines.flat()))
      .filter((run) => run.bold);
    expect(boldRuns.map((run) => run.text)).toEqual([
      "Status:",
      "Verantwoordelijk:",
      "Stand van zaken:",
      "Vervolgstappen:",
    ]);
    // The progress text stays on its list item (its blank line and "- " do not make a new block).
    const blocks = parseMarkup(section.body);
    const lists = blocks.filter((block) => block.kind === "list");
    expect(lists).toHaveLength(2);
    expect(lists[0]!.items).toHaveLength(1);
    const plainBody = markupToPlainText(section.body).replace(/\u200d/g, "");
    expect(plainBody).toContain("Risico's **vet** <script> & A|B_c # - geen lijst (FIN)");
    expect(plainBody).toContain("Regel een - geen lijstpunt **.");
    expect(table(content).rows[0]![1]).toBe(nasty);
  });

  it("keeps very long texts whole", () => {
    const long = "Lange voortgangstekst ".repeat(500).trim();
    const title = "Een zeer lange titel ".repeat(20).trim();
    const content = composeLetter(
      snapshot({
        recommendations: [
          recommendation({ title, actions: [action({ title, latestProgress: { date: "2023-03-01", text: long } })] }),
        ],
      }),
    );
    expect(plain(content, "aanbeveling-r1")).toContain(`${long}.`);
    expect(text(content, "aanbeveling-r1").heading).toBe(`Aanbeveling 1: ${title}`);
    expect(table(content).rows[0]![1]).toBe(title);
  });

  it("uses the letter date, reference and signatories it is given", () => {
    const content = composeLetter(snapshot(), {
      letterDate: "2023-04-05",
      reference: "2023-0000012345",
      signatories: [{ title: "De staatssecretaris van Financiën", name: "M.L.A. van Rij" }],
    });
    expect(content.letterhead.date).toBe("2023-04-05");
    expect(content.letterhead.reference).toBe("2023-0000012345");
    expect(content.signatories).toEqual([{ title: "De staatssecretaris van Financiën", name: "M.L.A. van Rij" }]);
  });

  it("is deterministic: the same snapshot gives identical content", () => {
    const recommendations = [
      recommendation({
        id: "r1",
        actions: [
          action({ id: "a1" }),
          action({ id: "a2", status: "DONE" }),
          action({ id: "a3", status: "CANCELLED" }),
        ],
      }),
      recommendation({ id: "r2", number: 2, status: "IMPLEMENTED", actions: [] }),
    ];
    const first = composeLetter(snapshot({ recommendations }));
    const second = composeLetter(structuredClone(snapshot({ recommendations })));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});

// The case's data. Two kinds of records live here, kept apart on purpose:
//  - facts from the public record, each with its source;
//  - illustrative recommendations, actions and progress updates written from the
//    evaluation's themes (the exact lists are not in our sources). These carry
//    `isIllustrative: true` and the UI marks them "illustratief".
import type { ActionStatus, CabinetResponse, Role } from "../lib/generated/prisma/enums.ts";

const SEED_SOURCE =
  "Jaarverslag Ministerie van Financiën en Nationale Schuld (IX) 2022, Kamerstuk 36 360 IX, nr. 1, p. 86";

export const organisations = [
  { code: "FIN", name: "Ministerie van Financiën" },
  { code: "BZ", name: "Ministerie van Buitenlandse Zaken" },
  { code: "ADSB", name: "Atradius Dutch State Business" },
] as const;

export type OrganisationCode = (typeof organisations)[number]["code"];

/** The demo's "today": the case as it stood in the spring of 2023, three months before the promised letter. */
export const DEMO_TODAY = "2023-04-03";

/** Demo accounts: fictitious people, one password for all (printed by `npm run dev`). */
export const DEMO_PASSWORD = "opvolging-demo";

export const demoUsers: { email: string; name: string; role: Role; organisation: OrganisationCode }[] = [
  { email: "coordinator@fin.demo.opvolging.nl", name: "Sanne de Vries", role: "COORDINATOR", organisation: "FIN" },
  { email: "bijdrager@fin.demo.opvolging.nl", name: "Ahmed El Amrani", role: "CONTRIBUTOR", organisation: "FIN" },
  { email: "bijdrager@bz.demo.opvolging.nl", name: "Lotte Jansen", role: "CONTRIBUTOR", organisation: "BZ" },
  { email: "bijdrager@adsb.demo.opvolging.nl", name: "Pieter Bakker", role: "CONTRIBUTOR", organisation: "ADSB" },
  { email: "lezer@bz.demo.opvolging.nl", name: "Femke Visser", role: "READER", organisation: "BZ" },
  { email: "beheerder@fin.demo.opvolging.nl", name: "Jeroen Smit", role: "ADMIN", organisation: "FIN" },
];

// Every fact carries a `seedKey`: a stable name the seed matches on, so that a user who
// corrects a title or date in the app never gets the fact added a second time.
export const documents = {
  policyLetter2019: {
    seedKey: "kst-35000-IX-21",
    type: "LETTER",
    dossier: "35 000 IX",
    number: "21",
    date: "2019-04-17",
    title: "Brief over het gemoderniseerde anti-omkopingsbeleid voor de exportkredietverzekering",
    url: "https://zoek.officielebekendmakingen.nl/kst-35000-IX-21.html",
    source: "officielebekendmakingen.nl, kst-35000-IX-21",
  },
  evaluationLetter: {
    seedKey: "aanbieding-evaluatie-2022-07-08",
    type: "EVALUATION_REPORT",
    dossier: null,
    number: null,
    date: "2022-07-08",
    title: "Aanbieding van de evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering",
    url: null,
    source: "Rijksoverheid.nl, nieuwsbericht 8 juli 2022; Kamerstuk 36 200 IX, nr. 11",
  },
  planOfAction: {
    seedKey: "kst-36200-IX-11",
    type: "PLAN_OF_ACTION",
    dossier: "36 200 IX",
    number: "11",
    date: "2022-11-17",
    title:
      "Plan van aanpak voor de versterking en verbetering van het anti-omkopingsbeleid van de exportkredietverzekering",
    url: "https://zoek.officielebekendmakingen.nl/kst-36200-IX-11.html",
    source: `officielebekendmakingen.nl, kst-36200-IX-11; ${SEED_SOURCE}`,
  },
  // The OECD Working Group on Bribery's Phase 4 evaluation of the Netherlands (docs/domain.md, the second evaluation)
  oecdProgressLetter: {
    seedKey: "kst-29911-354",
    type: "LETTER",
    dossier: "29 911",
    number: "354",
    date: "2022-06-17",
    title: "Voortgang opvolging aanbevelingen OESO Anti-corruptiewerkgroep",
    url: "https://zoek.officielebekendmakingen.nl/kst-29911-354.html",
    source:
      "officielebekendmakingen.nl, kst-29911-354: brief van de minister van Justitie en Veiligheid, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking en de minister van Binnenlandse Zaken en Koninkrijksrelaties",
  },
  oecdFollowUpLetter: {
    seedKey: "kst-29911-382",
    type: "LETTER",
    dossier: "29 911",
    number: "382",
    date: "2022-11-30",
    // A description, not the letter's official title (which our sources do not give).
    title:
      "Brief over de vervolgbevindingen van de OESO-werkgroep omkoping (oktober 2022) en de reactie van het kabinet",
    url: "https://zoek.officielebekendmakingen.nl/kst-29911-382.html",
    source: "officielebekendmakingen.nl, kst-29911-382",
  },
  annualReport2022: {
    seedKey: "kst-36360-IX-1",
    type: "ANNUAL_REPORT",
    dossier: "36 360 IX",
    number: "1",
    date: "2023-05-17",
    title: "Jaarverslag en slotwet Ministerie van Financiën en Nationale Schuld 2022",
    url: null,
    source: SEED_SOURCE,
  },
} as const;

export const evaluation = {
  seedKey: "evaluatie-anti-omkoping-ekv-2021",
  title: "Evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering",
  periodEvaluated: "Anti-omkopingsbeleid ekv, geëvalueerd in 2021 op effectiviteit en praktische uitvoering",
  evaluator: "Partner in Compliance",
  sentToParliamentOn: "2022-07-08",
  source: `${SEED_SOURCE}; Kamerstuk 36 200 IX, nr. 11`,
};

/**
 * The second evaluation the demo follows beside the first: the same ministries, a
 * neighbouring subject. Facts only, each with its source; the report did not go to the
 * Kamer as such (no source says it did), so `sentToParliamentOn` stays empty.
 */
export const oecdEvaluation = {
  seedKey: "oeso-werkgroep-omkoping-fase-4-nederland",
  title: "Fase 4-evaluatie van Nederland door de OESO-werkgroep omkoping",
  periodEvaluated:
    "Nederland, fase 4: opsporing en vervolging van buitenlandse omkoping, aansprakelijkheid van rechtspersonen en de uitvoering van het OESO-Anti-omkopingsverdrag",
  evaluator: "OESO-werkgroep omkoping (Working Group on Bribery)",
  reportDate: "2020-11-05",
  sentToParliamentOn: null,
  source:
    "Kamerstuk 29 911, nr. 382 (rapport van 5 november 2020; vervolgbevindingen van oktober 2022 en kabinetsreactie); Kamerstuk 29 911, nr. 354 (voortgang van de opvolging, 17 juni 2022)",
};

export const commitments = {
  planOfAction: {
    seedKey: "toezegging-plan-van-aanpak-2022",
    title: "Plan van aanpak voor de opvolging van de aanbevelingen",
    originalWording: "voor het einde van het jaar",
    dueDate: "2022-12-31",
    originDescription: "Toegezegd bij de aanbieding van het evaluatierapport op 8 juli 2022.",
    responsibleMinister:
      "Staatssecretaris van Financiën, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    status: "FULFILLED",
    source: "Rijksoverheid.nl, nieuwsbericht 8 juli 2022; voldaan met Kamerstuk 36 200 IX, nr. 11",
  },
  implementationLetter: {
    seedKey: "toezegging-kamerbrief-implementatie-zomer-2023",
    title: "Kamerbrief over de implementatie van de aanbevelingen, voor de zomer van 2023",
    originalWording: "Voor de zomer van 2023 zal het kabinet middels een Kamerbrief hierover rapporteren.",
    // "Voor de zomer" read as: before the Tweede Kamer's summer recess, which began on 7 July 2023.
    dueDate: "2023-07-07",
    originDescription:
      "Toegezegd in het plan van aanpak (november 2022); vermeld in het jaarverslag 2022. Termijn: vóór het zomerreces van de Tweede Kamer (7 juli 2023).",
    responsibleMinister:
      "Staatssecretaris van Financiën, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    status: "OPEN",
    source: SEED_SOURCE,
  },
} as const;

export const indicators = [
  {
    key: "nieuwe-klanten-adsb",
    name: "Nieuwe klanten exportkredietverzekering",
    unit: "aantal",
    description:
      "Aantal nieuwe klanten per jaar. Sinds 2016 is het streven meer nieuwe klanten te bereiken, met name uit het mkb.",
    source: `${SEED_SOURCE}, tabel 29 (bron: ADSB)`,
    values: [
      { year: 2018, value: 29 },
      { year: 2019, value: 39 },
      { year: 2020, value: 45 },
      { year: 2021, value: 38 },
      { year: 2022, value: 45 },
    ],
  },
  {
    key: "uitstaande-verplichtingen",
    name: "Uitstaande garantieverplichtingen ekv (eind van het jaar)",
    unit: "€ mld.",
    description:
      "Definitieve verplichtingen (afgegeven polissen) en voorlopige verplichtingen (dekkingstoezeggingen) samen, afgerond.",
    source: `${SEED_SOURCE}: "Eind 2022 staat er in totaal voor ongeveer € 18,8 mld. uit aan verplichtingen."`,
    values: [{ year: 2022, value: 18.8 }],
  },
] as const;

// ---------------------------------------------------------------------------------
// Illustrative: written from the evaluation's themes (no concrete risk framework;
// procedures not standardised enough; fragmented work instructions; recurring
// training; internal and external communication). Not the report's wording.
// ---------------------------------------------------------------------------------

// The English fields (titleEn, textEn) feed the OECD Working Group's follow-up report; like the
// Dutch text beside them they are illustrative, written for the demo (decision 040).
type IllustrativeUpdate = {
  on: string;
  by: OrganisationCode;
  text: string;
  textEn?: string;
  status: ActionStatus;
  percent: number;
};
type IllustrativeAction = {
  title: string;
  titleEn?: string;
  description: string;
  owner: OrganisationCode;
  contact: string;
  start: string;
  due: string;
  status: ActionStatus;
  percent: number;
  cancelReason?: string;
  updates: IllustrativeUpdate[];
};
type IllustrativeRecommendation = {
  number: number;
  title: string;
  text: string;
  titleEn?: string;
  textEn?: string;
  theme: string;
  cabinetResponse: CabinetResponse;
  lead: OrganisationCode;
  actions: IllustrativeAction[];
};

export const illustrativeRecommendations: IllustrativeRecommendation[] = [
  {
    number: 1,
    title: "Stel een expliciet risicokader en risicoacceptatiebeleid vast",
    text: "Leg vast welke omkopingsrisico's bij verzekerde transacties aanvaardbaar zijn, welke aanvullende waarborgen daarbij horen en wanneer dekking wordt geweigerd.",
    theme: "Risicoacceptatie",
    cabinetResponse: "ADOPTED",
    lead: "FIN",
    actions: [
      {
        title: "Risicokader anti-omkoping opstellen",
        description:
          "Uitgangspunten, risico-indicatoren en beslisregels voor de risicoacceptatie op papier zetten, afgestemd met ADSB en BZ.",
        owner: "FIN",
        contact: "Ahmed El Amrani",
        start: "2022-12-01",
        due: "2023-03-31",
        status: "DONE",
        percent: 100,
        updates: [
          {
            on: "2023-01-16",
            by: "FIN",
            text: "Eerste opzet besproken in de Taskforce; indicatoren uit de OESO-aanbeveling van 2019 als vertrekpunt genomen.",
            status: "IN_PROGRESS",
            percent: 40,
          },
          {
            on: "2023-03-28",
            by: "FIN",
            text: "Risicokader vastgesteld door de Taskforce.",
            status: "DONE",
            percent: 100,
          },
        ],
      },
      {
        title: "Risicoacceptatiebeleid vastleggen in de beleidsregels",
        description:
          "Het vastgestelde risicokader verwerken in de beleidsregels en de acceptatierichtlijnen voor de ekv.",
        owner: "FIN",
        contact: "Ahmed El Amrani",
        start: "2023-04-01",
        due: "2023-06-30",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
      {
        title: "Risicoacceptatiebeleid vertalen naar het acceptatieproces",
        description: "Beslisregels opnemen in het acceptatieproces en de bijbehorende systemen van ADSB.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-02-01",
        due: "2023-09-30",
        status: "IN_PROGRESS",
        percent: 20,
        updates: [
          {
            on: "2023-03-15",
            by: "ADSB",
            text: "Impactanalyse op het acceptatieproces gestart.",
            status: "IN_PROGRESS",
            percent: 20,
          },
        ],
      },
    ],
  },
  {
    number: 2,
    title: "Standaardiseer de procedures voor de toetsing op omkopingsrisico's",
    text: "Zorg dat elke aanvraag volgens dezelfde stappen en met dezelfde vastlegging op omkopingsrisico's wordt getoetst.",
    theme: "Procedures",
    cabinetResponse: "ADOPTED",
    lead: "ADSB",
    actions: [
      {
        title: "Huidige toetsingsprocedures in kaart brengen",
        description: "Per type transactie vastleggen welke stappen nu worden doorlopen en waar de praktijk verschilt.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2022-12-01",
        due: "2023-02-28",
        status: "DONE",
        percent: 100,
        updates: [
          {
            on: "2023-01-20",
            by: "ADSB",
            text: "Interviews met acceptanten afgerond.",
            status: "IN_PROGRESS",
            percent: 60,
          },
          {
            on: "2023-02-24",
            by: "ADSB",
            text: "Procesbeschrijving opgeleverd aan de Taskforce.",
            status: "DONE",
            percent: 100,
          },
        ],
      },
      {
        title: "Gestandaardiseerde due-diligencechecklist invoeren",
        description:
          "Eén checklist voor de anti-omkopingstoets, met vaste vragen en verplichte vastlegging in het dossier.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-03-01",
        due: "2023-05-31",
        status: "IN_PROGRESS",
        percent: 30,
        updates: [
          {
            on: "2023-03-20",
            by: "ADSB",
            text: "Conceptchecklist getest op tien recente dossiers.",
            status: "IN_PROGRESS",
            percent: 30,
          },
        ],
      },
      {
        title: "Escalatieprocedure naar de Staat vastleggen",
        description: "Vastleggen wanneer en hoe ADSB een transactie met verhoogd risico aan het ministerie voorlegt.",
        owner: "FIN",
        contact: "Sanne de Vries",
        start: "2023-01-15",
        due: "2023-03-15",
        status: "DELAYED",
        percent: 50,
        updates: [
          { on: "2023-02-10", by: "FIN", text: "Concept besproken met ADSB.", status: "IN_PROGRESS", percent: 50 },
          {
            on: "2023-03-14",
            by: "FIN",
            text: "Vertraagd: wacht op het vastgestelde risicokader (actie bij aanbeveling 1).",
            status: "DELAYED",
            percent: 50,
          },
        ],
      },
    ],
  },
  {
    number: 3,
    title: "Bundel de werkinstructies in één actueel handboek",
    text: "Breng de verspreide werkinstructies samen in één handboek dat periodiek wordt bijgewerkt.",
    theme: "Werkinstructies",
    cabinetResponse: "ADOPTED",
    lead: "ADSB",
    actions: [
      {
        title: "Inventarisatie van bestaande werkinstructies",
        description: "Alle werkinstructies over anti-omkoping verzamelen en op actualiteit beoordelen.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2022-12-15",
        due: "2023-02-15",
        status: "DONE",
        percent: 100,
        updates: [
          {
            on: "2023-02-13",
            by: "ADSB",
            text: "Inventarisatie afgerond: 14 documenten, waarvan 5 verouderd.",
            status: "DONE",
            percent: 100,
          },
        ],
      },
      {
        title: "Handboek anti-omkoping opstellen",
        description: "Eén handboek met alle werkinstructies, procesbeschrijvingen en sjablonen.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-02-15",
        due: "2023-06-15",
        status: "IN_PROGRESS",
        percent: 25,
        updates: [
          {
            on: "2023-03-30",
            by: "ADSB",
            text: "Inhoudsopgave en eerste twee hoofdstukken gereed.",
            status: "IN_PROGRESS",
            percent: 25,
          },
        ],
      },
      {
        title: "Beheerproces voor het handboek inrichten",
        description: "Eigenaarschap en een jaarlijkse herzieningscyclus voor het handboek vastleggen.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-06-15",
        due: "2023-09-30",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
    ],
  },
  {
    number: 4,
    title: "Train medewerkers periodiek in het herkennen van omkopingsrisico's",
    text: "Bied medewerkers die bij de ekv betrokken zijn een terugkerende training aan, afgestemd op hun rol.",
    theme: "Kennis en kwaliteit",
    cabinetResponse: "ADOPTED",
    lead: "ADSB",
    actions: [
      {
        title: "Trainingsprogramma anti-omkoping ontwikkelen",
        description: "Een rolgericht programma met basismodule, verdieping voor acceptanten en jaarlijkse opfrisser.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-01-01",
        due: "2023-04-30",
        status: "IN_PROGRESS",
        percent: 60,
        updates: [
          { on: "2023-02-01", by: "ADSB", text: "Externe trainer geselecteerd.", status: "IN_PROGRESS", percent: 30 },
          {
            on: "2023-03-24",
            by: "ADSB",
            text: "Basismodule gereed; verdiepingsmodule in ontwikkeling.",
            status: "IN_PROGRESS",
            percent: 60,
          },
        ],
      },
      {
        title: "Eerste trainingsronde voor acceptanten en compliance",
        description: "Alle acceptanten en compliancemedewerkers volgen de basismodule.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-05-01",
        due: "2023-10-31",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
      {
        title: "Training voor beleidsmedewerkers van FIN en BZ",
        description: "Beleidsmedewerkers die over de ekv adviseren volgen een aangepaste basismodule.",
        owner: "BZ",
        contact: "Lotte Jansen",
        start: "2023-05-01",
        due: "2023-11-30",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
    ],
  },
  {
    number: 5,
    title: "Borg de kwaliteit van de anti-omkopingstoets",
    text: "Richt een vorm van kwaliteitsborging in, zodat periodiek wordt nagegaan of de toets zorgvuldig en eenduidig is uitgevoerd.",
    theme: "Kennis en kwaliteit",
    cabinetResponse: "ADOPTED",
    lead: "FIN",
    actions: [
      {
        title: "Steekproefsgewijze dossiercontrole inrichten",
        description: "Een halfjaarlijkse steekproef van dossiers op volledigheid van de anti-omkopingstoets.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-02-01",
        due: "2023-03-31",
        status: "IN_PROGRESS",
        percent: 70,
        updates: [
          {
            on: "2023-03-10",
            by: "ADSB",
            text: "Toetsingskader voor de steekproef opgesteld.",
            status: "IN_PROGRESS",
            percent: 70,
          },
        ],
      },
      {
        title: "Rapportage over de kwaliteitsborging aan FIN",
        description:
          "Afspraken over een jaarlijkse rapportage van ADSB aan het ministerie over de uitkomsten van de steekproeven.",
        owner: "FIN",
        contact: "Sanne de Vries",
        start: "2023-04-01",
        due: "2023-12-31",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
      {
        title: "Externe toets door een accountant",
        description: "Verkend is of een externe accountant de kwaliteitsborging jaarlijks zou toetsen.",
        owner: "FIN",
        contact: "Sanne de Vries",
        start: "2023-01-01",
        due: "2023-06-30",
        status: "CANCELLED",
        percent: 0,
        cancelReason:
          "De Taskforce kiest voor de interne steekproef met rapportage aan FIN; een aparte externe toets voegt daar te weinig aan toe.",
        updates: [],
      },
    ],
  },
  {
    number: 6,
    title: "Verbeter de procedures voor onderzoek bij signalen van omkoping",
    text: "Leg vast hoe signalen van mogelijke omkoping worden onderzocht, door wie, binnen welke termijn en wanneer het Openbaar Ministerie wordt ingelicht.",
    theme: "Onderzoek en handhaving",
    cabinetResponse: "ADOPTED",
    lead: "ADSB",
    actions: [
      {
        title: "Onderzoeksprotocol bij signalen opstellen",
        description: "Stappen, rollen en termijnen voor het onderzoek naar signalen van omkoping.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-01-15",
        due: "2023-04-15",
        status: "IN_PROGRESS",
        percent: 50,
        updates: [
          {
            on: "2023-03-01",
            by: "ADSB",
            text: "Concept-protocol voorgelegd aan de juridische afdeling.",
            status: "IN_PROGRESS",
            percent: 50,
          },
        ],
      },
      {
        title: "Afspraken over melding aan het Openbaar Ministerie",
        description: "Met het OM afspreken wanneer en hoe een vermoeden van omkoping wordt gemeld.",
        owner: "FIN",
        contact: "Sanne de Vries",
        start: "2023-02-01",
        due: "2023-05-31",
        status: "DELAYED",
        percent: 20,
        updates: [
          {
            on: "2023-02-20",
            by: "FIN",
            text: "Eerste overleg met het OM gepland.",
            status: "IN_PROGRESS",
            percent: 20,
          },
          {
            on: "2023-03-27",
            by: "FIN",
            text: "Overleg met het OM tweemaal verschoven; nieuwe datum nog niet bekend.",
            status: "DELAYED",
            percent: 20,
          },
        ],
      },
      {
        title: "Informatie-uitwisseling met de posten over signalen",
        description: "Afspraken over hoe ambassades en consulaten signalen van omkoping bij ekv-transacties doorgeven.",
        owner: "BZ",
        contact: "Lotte Jansen",
        start: "2023-03-01",
        due: "2023-06-30",
        status: "IN_PROGRESS",
        percent: 15,
        updates: [
          {
            on: "2023-03-22",
            by: "BZ",
            text: "Uitvraag bij vijf posten uitgezet.",
            status: "IN_PROGRESS",
            percent: 15,
          },
        ],
      },
    ],
  },
  {
    number: 7,
    title: "Verbeter de interne en externe communicatie over het beleid",
    text: "Maak het anti-omkopingsbeleid duidelijker kenbaar aan exporteurs, banken en de eigen organisaties.",
    theme: "Communicatie",
    cabinetResponse: "ADOPTED",
    lead: "BZ",
    actions: [
      {
        title: "Informatie voor exporteurs op de website actualiseren",
        description:
          "Heldere uitleg van de eisen, de verklaring en de gevolgen van omkoping voor exporteurs en banken.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-01-01",
        due: "2023-03-01",
        status: "DONE",
        percent: 100,
        updates: [
          { on: "2023-02-27", by: "ADSB", text: "Nieuwe webteksten gepubliceerd.", status: "DONE", percent: 100 },
        ],
      },
      {
        title: "Voorlichting via het postennetwerk",
        description: "Informatiepakket over het anti-omkopingsbeleid voor economische afdelingen van ambassades.",
        owner: "BZ",
        contact: "Lotte Jansen",
        start: "2023-02-01",
        due: "2023-04-30",
        status: "IN_PROGRESS",
        percent: 40,
        updates: [
          {
            on: "2023-03-16",
            by: "BZ",
            text: "Informatiepakket in concept gereed.",
            status: "IN_PROGRESS",
            percent: 40,
          },
        ],
      },
      {
        title: "Interne nieuwsbrief over het vernieuwde beleid",
        description: "Medewerkers van FIN, BZ en ADSB informeren over de wijzigingen uit het plan van aanpak.",
        owner: "FIN",
        contact: "Ahmed El Amrani",
        start: "2023-03-01",
        due: "2023-03-20",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
    ],
  },
  {
    number: 8,
    title: "Versterk de samenwerking tussen FIN, BZ en ADSB",
    text: "Leg de rolverdeling en het periodieke overleg tussen de betrokken organisaties vast, zodat signalen en kennis worden gedeeld.",
    theme: "Samenwerking",
    cabinetResponse: "ADOPTED",
    lead: "BZ",
    actions: [
      {
        title: "Rolverdeling FIN, BZ en ADSB vastleggen",
        description: "Een werkafspraak over taken en verantwoordelijkheden rond anti-omkoping in de ekv.",
        owner: "BZ",
        contact: "Lotte Jansen",
        start: "2022-12-01",
        due: "2023-02-28",
        status: "DONE",
        percent: 100,
        updates: [
          {
            on: "2023-02-22",
            by: "BZ",
            text: "Werkafspraak ondertekend door de drie organisaties.",
            status: "DONE",
            percent: 100,
          },
        ],
      },
      {
        title: "Kwartaaloverleg van de Taskforce borgen na afloop van het plan van aanpak",
        description: "Afspraken over het voortzetten van het overleg als structureel gremium.",
        owner: "FIN",
        contact: "Sanne de Vries",
        start: "2023-04-01",
        due: "2023-07-01",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------
// Illustrative: the OECD Phase 4 evaluation's recommendations as they could touch the
// export credit insurance, written from its themes (detection and enforcement of foreign
// bribery, liability of legal persons, implementation of the Anti-Bribery Convention).
// Not the report's wording: its recommendations are not in our sources.
// ---------------------------------------------------------------------------------

export const illustrativeOecdRecommendations: IllustrativeRecommendation[] = [
  {
    number: 1,
    title: "Laat signalen van buitenlandse omkoping uit de exportkredietverzekering de opsporing bereiken",
    text: "Zorg dat aanwijzingen voor buitenlandse omkoping die bij de beoordeling van een verzekeringsaanvraag naar voren komen, tijdig en volledig bij de opsporingsinstanties terechtkomen.",
    titleEn: "Ensure that signs of foreign bribery found in export credit insurance reach law enforcement",
    textEn:
      "Ensure that indications of foreign bribery that emerge when an insurance application is assessed reach the law enforcement authorities in time and in full.",
    theme: "Opsporing en handhaving",
    cabinetResponse: "ADOPTED",
    lead: "ADSB",
    actions: [
      {
        title: "Meldcriteria voor signalen van buitenlandse omkoping vastleggen",
        titleEn: "Set criteria for reporting signs of foreign bribery",
        description:
          "Vastleggen welke aanwijzingen bij een aanvraag of een lopende polis tot een melding leiden, en wie die melding doet.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2022-01-15",
        due: "2022-09-30",
        status: "DONE",
        percent: 100,
        updates: [
          {
            on: "2022-05-10",
            by: "ADSB",
            text: "Conceptcriteria afgestemd met de compliance-afdeling.",
            status: "IN_PROGRESS",
            percent: 50,
          },
          {
            on: "2022-09-26",
            by: "ADSB",
            text: "Meldcriteria vastgesteld en opgenomen in de werkinstructie.",
            textEn: "Reporting criteria adopted and included in the work instruction.",
            status: "DONE",
            percent: 100,
          },
        ],
      },
      {
        title: "Terugkoppeling over gemelde signalen afspreken",
        titleEn: "Agree on feedback about reported signs",
        description:
          "Afspreken hoe de melder hoort wat er met een signaal is gedaan, zodat de criteria kunnen worden bijgesteld.",
        owner: "FIN",
        contact: "Sanne de Vries",
        start: "2022-10-01",
        due: "2023-03-31",
        status: "IN_PROGRESS",
        percent: 40,
        updates: [
          {
            on: "2023-01-12",
            by: "FIN",
            text: "Eerste gesprek over terugkoppeling gevoerd; vervolgafspraak gepland.",
            textEn: "First meeting on feedback held; a follow-up meeting is planned.",
            status: "IN_PROGRESS",
            percent: 40,
          },
        ],
      },
      {
        title: "Jaarlijks overzicht van gemelde signalen opstellen",
        titleEn: "Draw up a yearly overview of reported signs",
        description:
          "Een geanonimiseerd jaaroverzicht van het aantal en het soort gemelde signalen, voor de Taskforce.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-06-01",
        due: "2023-12-31",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
    ],
  },
  {
    number: 2,
    title: "Weeg veroordelingen en schikkingen van ondernemingen mee bij de toegang tot de verzekering",
    text: "Leg vast hoe een strafrechtelijke veroordeling of schikking van een onderneming wegens buitenlandse omkoping doorwerkt in de beoordeling van haar aanvragen.",
    theme: "Aansprakelijkheid van rechtspersonen",
    cabinetResponse: "PARTLY_ADOPTED",
    lead: "FIN",
    actions: [
      {
        title: "Beleidsregel over eerdere veroordelingen en schikkingen uitwerken",
        description:
          "Uitwerken wanneer een eerdere veroordeling of schikking tot aanvullende voorwaarden of tot weigering van dekking leidt.",
        owner: "FIN",
        contact: "Ahmed El Amrani",
        start: "2022-03-01",
        due: "2023-02-28",
        status: "DELAYED",
        percent: 60,
        updates: [
          {
            on: "2022-09-15",
            by: "FIN",
            text: "Uitgangspunten besproken met BZ en ADSB.",
            status: "IN_PROGRESS",
            percent: 40,
          },
          {
            on: "2023-02-20",
            by: "FIN",
            text: "Vertraagd: de juridische toets op de verhouding met de bestaande uitsluitingsgronden loopt nog.",
            status: "DELAYED",
            percent: 60,
          },
        ],
      },
      {
        title: "Verklaring over eerdere veroordelingen in het aanvraagformulier opnemen",
        description:
          "De aanvrager verklaart of de onderneming of een groepsmaatschappij in de afgelopen vijf jaar is veroordeeld of een schikking heeft getroffen.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2022-06-01",
        due: "2022-12-31",
        status: "DONE",
        percent: 100,
        updates: [
          {
            on: "2022-12-14",
            by: "ADSB",
            text: "Nieuwe verklaring opgenomen in het aanvraagformulier.",
            status: "DONE",
            percent: 100,
          },
        ],
      },
    ],
  },
  {
    number: 3,
    title: "Ga periodiek na of het exportkredietbeleid het Anti-omkopingsverdrag volledig uitvoert",
    text: "Toets met regelmaat of de afspraken uit het OESO-Anti-omkopingsverdrag volledig zijn verwerkt in de regels en de werkwijze van de exportkredietverzekering.",
    titleEn: "Check periodically that export credit policy fully implements the Anti-Bribery Convention",
    textEn:
      "Review regularly whether the obligations of the OECD Anti-Bribery Convention are fully reflected in the rules and practice of the export credit insurance.",
    theme: "Uitvoering van het Anti-omkopingsverdrag",
    cabinetResponse: "ADOPTED",
    lead: "BZ",
    actions: [
      {
        title: "Overzicht van verdragsverplichtingen en maatregelen opstellen",
        description:
          "Per verplichting uit het verdrag vastleggen welke regel of werkwijze in de exportkredietverzekering eraan uitvoering geeft.",
        owner: "BZ",
        contact: "Lotte Jansen",
        start: "2021-09-01",
        due: "2022-06-30",
        status: "DONE",
        percent: 100,
        updates: [
          {
            on: "2022-02-08",
            by: "BZ",
            text: "Verplichtingen geïnventariseerd; koppeling aan de werkwijze loopt.",
            status: "IN_PROGRESS",
            percent: 50,
          },
          {
            on: "2022-06-10",
            by: "BZ",
            text: "Overzicht gereed en gedeeld met de Taskforce.",
            status: "DONE",
            percent: 100,
          },
        ],
      },
      {
        title: "Bijdrage van FIN en ADSB aan de rapportage over de opvolging",
        description:
          "De maatregelen in de exportkredietverzekering aanleveren voor de Nederlandse rapportage over de opvolging.",
        owner: "FIN",
        contact: "Ahmed El Amrani",
        start: "2022-04-01",
        due: "2022-09-30",
        status: "DONE",
        percent: 100,
        updates: [{ on: "2022-09-20", by: "FIN", text: "Bijdrage aangeleverd.", status: "DONE", percent: 100 }],
      },
      {
        title: "Periodieke toets op de verdragsverplichtingen inrichten",
        description: "Een vaste toets, eens per twee jaar, of het overzicht nog klopt met de regels en de praktijk.",
        owner: "BZ",
        contact: "Lotte Jansen",
        start: "2023-01-15",
        due: "2023-09-30",
        status: "IN_PROGRESS",
        percent: 20,
        updates: [
          {
            on: "2023-03-08",
            by: "BZ",
            text: "Opzet voor een tweejaarlijkse toets besproken in de Taskforce.",
            status: "IN_PROGRESS",
            percent: 20,
          },
        ],
      },
    ],
  },
  {
    number: 4,
    title: "Maak exporteurs beter bekend met het verbod op buitenlandse omkoping",
    text: "Informeer exporteurs die de exportkredietverzekering gebruiken actief over het verbod op buitenlandse omkoping en over de gevolgen van overtreding.",
    theme: "Opsporing en handhaving",
    cabinetResponse: "ADOPTED",
    lead: "BZ",
    actions: [
      {
        title: "Voorlichtingsmateriaal over buitenlandse omkoping actualiseren",
        description:
          "Brochure en webtekst voor exporteurs bijwerken, met voorbeelden uit de praktijk van de verzekering.",
        owner: "BZ",
        contact: "Lotte Jansen",
        start: "2022-09-01",
        due: "2023-04-20",
        status: "IN_PROGRESS",
        percent: 70,
        updates: [
          { on: "2023-03-21", by: "BZ", text: "Teksten gereed; vormgeving loopt.", status: "IN_PROGRESS", percent: 70 },
        ],
      },
      {
        title: "Verbod en gevolgen duidelijk opnemen in de polisvoorwaarden",
        description:
          "In de polisvoorwaarden uitdrukkelijk vermelden wat het verbod inhoudt en wat omkoping betekent voor de dekking.",
        owner: "ADSB",
        contact: "Pieter Bakker",
        start: "2023-05-01",
        due: "2023-10-31",
        status: "NOT_STARTED",
        percent: 0,
        updates: [],
      },
    ],
  },
];

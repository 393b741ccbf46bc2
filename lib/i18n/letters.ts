// Kamerbrieven: the letter's text, its page, editor, workflow, comparison and downloads.
// One part of the Dutch message file; nl.ts gathers the parts for server code.
import type { ActionStatus, ImplementationStatus, LetterStatus } from "@/lib/generated/prisma/enums.ts";
import { formatCount } from "@/lib/i18n/format-number";

export const lettersMessages = {
  letterText: {
    salutation: "Geachte voorzitter,",
    signOff: "Hoogachtend,",
    illustrativeMarker: "[illustratief]",
    subject: {
      one: (evaluation: string) => `Voortgang opvolging aanbevelingen ${evaluation}`,
      many: (count: number) => `Voortgang opvolging aanbevelingen uit ${formatCount(count)} evaluaties`,
      none: "Voortgang opvolging aanbevelingen",
    },
    /** How an organisation is named in the letter's running text (the table uses the code). */
    organisationNames: {
      FIN: "het ministerie van Financiën",
      BZ: "het ministerie van Buitenlandse Zaken",
      ADSB: "Atradius Dutch State Business",
    } as Record<string, string>,
    // Aanleiding
    introductionHeading: "Aanleiding",
    evaluationSent: (date: string, evaluation: string, evaluator: string, citation: string | null) =>
      `Op ${date} ontving uw Kamer de ${evaluation}, uitgevoerd door ${evaluator}${citation ? ` (${citation})` : ""}.`,
    evaluationPublished: (date: string, evaluation: string, evaluator: string) =>
      `Op ${date} verscheen de ${evaluation}, uitgevoerd door ${evaluator}.`,
    evaluationUndated: (evaluation: string, evaluator: string) =>
      `Deze brief gaat over de aanbevelingen uit de ${evaluation}, uitgevoerd door ${evaluator}.`,
    planOfAction: (date: string, plan: string, citation: string | null) =>
      `Op ${date} ontving uw Kamer het plan van aanpak${plan}${citation ? ` (${citation})` : ""}.`,
    previousLetter: (date: string, citation: string) =>
      `Op ${date} informeerde ik uw Kamer voor het laatst over de voortgang (${citation}).`,
    promisedIn: {
      planOfAction: "in het plan van aanpak",
      document: (citation: string) => `in ${citation}`,
      letterOf: (date: string) => `in de brief van ${date}`,
      debate: "in het debat met uw Kamer",
    },
    promised: (where: string, onBehalfOf: string | null) =>
      `Zoals toegezegd ${where} informeer ik uw Kamer${onBehalfOf ? `, mede namens ${onBehalfOf},` : ""} met deze brief over de stand van de uitvoering van de aanbevelingen.`,
    commitmentWording: (wording: string) => `De toezegging luidde: ‘${wording}’${/[.!?]$/.test(wording) ? "" : "."}`,
    scope: (peildatum: string) =>
      `Deze brief beschrijft per aanbeveling de stand van zaken op ${peildatum}: de status, de verantwoordelijke organisaties, de voortgang van de acties en de vervolgstappen met hun termijn. De status volgt de schaal van de OESO-werkgroep omkoping: volledig, gedeeltelijk of niet geïmplementeerd.`,
    tally: {
      none: "Aan deze toezegging zijn nog geen aanbevelingen gekoppeld.",
      single: (grade: string) => `De aanbeveling is ${grade}.`,
      allSame: (count: number, grade: string) => `Alle ${formatCount(count)} aanbevelingen zijn ${grade}.`,
      /** "is er 1 volledig geïmplementeerd" / "zijn er 6 gedeeltelijk geïmplementeerd" */
      part: (count: number, grade: string) => `${count === 1 ? "is" : "zijn"} er ${formatCount(count)} ${grade}`,
      mixed: (total: string, parts: string) => `Van de ${total} ${parts}.`,
    },
    illustrativeIntroduction:
      "Deze brief bevat voorbeeldgegevens die niet uit het openbare verslag komen: de aanbevelingen en acties gemarkeerd met [illustratief]. Vervang ze voordat de brief wordt vastgesteld.",
    // Per aanbeveling
    recommendationHeading: (number: string, title: string) => `Aanbeveling ${number}: ${title}`,
    illustrativeRecommendation:
      "Deze aanbeveling en haar acties zijn voorbeeldgegevens, niet de tekst van het evaluatierapport.",
    recommendationText: (text: string) => `De aanbeveling luidt: ‘${text}’`,
    statusLabel: "Status:",
    statusLine: {
      NOT_STARTED: "de uitvoering is nog niet gestart",
      IN_PROGRESS: "de uitvoering loopt",
      DELAYED: "de uitvoering is vertraagd",
      IMPLEMENTED: "de uitvoering is afgerond",
    } satisfies Record<ImplementationStatus, string>,
    statusOverridden: "Deze status is door de Taskforce vastgesteld.",
    responsibleLabel: "Verantwoordelijk:",
    progressLabel: "Stand van zaken:",
    nextStepsLabel: "Vervolgstappen:",
    actionCount: { singular: "actie", plural: "acties" },
    recommendationCount: { singular: "aanbeveling", plural: "aanbevelingen" },
    /** An action's state in a phrase after a count: "1 is afgerond", "2 zijn in uitvoering". */
    actionState: {
      DONE: "afgerond",
      IN_PROGRESS: "in uitvoering",
      DELAYED: "vertraagd",
      NOT_STARTED: "nog niet gestart",
      CANCELLED: "geannuleerd",
    } satisfies Record<ActionStatus, string>,
    noActions: "Voor deze aanbeveling zijn nog geen acties vastgelegd.",
    actionsOne: (state: string) => `Er is 1 actie afgesproken; die is ${state}.`,
    actionsBoth: (state: string) => `Er zijn 2 acties afgesproken; beide zijn ${state}.`,
    actionsAll: (count: number, state: string) =>
      `Er zijn ${formatCount(count)} acties afgesproken; alle ${formatCount(count)} zijn ${state}.`,
    actionsMixed: (count: number, parts: string) => `Er zijn ${formatCount(count)} acties afgesproken: ${parts}.`,
    actionsPart: (count: number, state: string) => `${formatCount(count)} ${count === 1 ? "is" : "zijn"} ${state}`,
    actionLine: (title: string, organisation: string, state: string) => `${title} (${organisation}): ${state}.`,
    actionDone: (date: string | null) => (date ? `afgerond op ${date}` : "afgerond"),
    actionPercent: (state: string, percent: number) => `${state}, ${percent} procent gereed`,
    actionCancelled: (reason: string | null) => (reason ? `geannuleerd; reden: ${reason}` : "geannuleerd"),
    latestProgress: (date: string, text: string) => `Laatste voortgang (${date}): ${text}`,
    nextStep: (title: string, organisation: string, term: string) => `${title} (${organisation}, ${term})`,
    term: (date: string) => `uiterlijk ${date}`,
    termPassed: (date: string) => `uiterlijk ${date}; deze termijn is verstreken`,
    noNextSteps: {
      noActions: "Er zijn nog geen vervolgstappen vastgelegd.",
      allDone: "Alle acties zijn afgerond; er zijn geen vervolgstappen.",
      allCancelled: "Alle acties zijn geannuleerd; er zijn geen vervolgstappen vastgelegd.",
      noneOpen: "Er staan geen acties meer open.",
    },
    // The summary table (plain text cells)
    summaryHeading: "Overzicht van de aanbevelingen",
    summaryProgress: (count: string, parts: string) => `${count}: ${parts}`,
    summaryNoActions: "nog geen acties",
    summaryStatePart: (count: number, state: string) => `${formatCount(count)} ${state}`,
    summaryNextStep: (title: string, term: string) => `${title} (${term})`,
    summaryMoreSteps: (first: string, more: string) => `${first}, en nog ${more}`,
    summaryNoNextSteps: {
      noActions: "nog niet vastgelegd",
      allDone: "geen: alle acties afgerond",
      allCancelled: "geen: alle acties geannuleerd",
      noneOpen: "geen: geen acties meer open",
    },
    // Afsluiting
    closingAllImplemented:
      "Alle aanbevelingen zijn volledig geïmplementeerd. Hiermee informeer ik uw Kamer over de afronding van de opvolging.",
    closing: "Ik houd uw Kamer op de hoogte van de verdere voortgang van de opvolging van de aanbevelingen.",
    /** Separates the responsible minister from those on whose behalf the letter is sent. */
    onBehalfOf: /,?\s+mede namens\s+/i,
  },
  // The letter as a document (components/letters/letter-document.tsx): screen and PDF.
  letterDocument: {
    date: "Datum",
    subject: "Betreft",
    reference: "Ons kenmerk",
    summaryTable: "Overzicht van de aanbevelingen",
    illustrativeNote:
      "deze brief bevat voorbeeldgegevens die niet uit het openbare verslag komen. Vervang ze voordat de brief wordt vastgesteld.",
  },
  // The pages of one letter: header, tabs (app/(app)/rapportages/[id]/layout.tsx).
  letterPage: {
    notFoundTitle: "Kamerbrief niet gevonden",
    notFound:
      "Deze Kamerbrief bestaat niet, of u kunt hem nog niet lezen: een concept is alleen zichtbaar voor de coördinator tot het ter review wordt aangeboden.",
    status: "Status",
    commitment: "Toezegging",
    latestVersion: "Versie",
    sentAs: "Verzonden als",
    tabs: "Onderdelen van deze Kamerbrief",
    tabLetter: "Brief",
    tabVersions: "Versies",
    tabCompare: "Wat is er veranderd",
  },
  // The list of letters and the generate form (/rapportages).
  letterList: {
    pageTitle: "Kamerbrieven",
    intro:
      "Brieven aan de Tweede Kamer over de opvolging van de aanbevelingen. Een concept-Kamerbrief wordt gemaakt uit de gegevens van vandaag (de peildatum) en daarna bewerkt, ter review aangeboden, vastgesteld en verzonden.",
    introReader:
      "U ziet de Kamerbrieven vanaf het moment dat de coördinator ze ter review aanbiedt; een concept is nog alleen voor de coördinator zichtbaar.",
    listTitle: "Alle Kamerbrieven",
    caption: "Kamerbrieven, nieuwste eerst",
    columns: {
      title: "Titel",
      commitment: "Toezegging",
      evaluation: "Evaluatie",
      status: "Status",
      version: "Versie",
      updatedAt: "Laatst gewijzigd",
    },
    range: (from: number, to: number, total: number) =>
      `Kamerbrieven ${formatCount(from)}–${formatCount(to)} van ${formatCount(total)}`,
    emptyCoordinator:
      "Er zijn nog geen Kamerbrieven. Kies hierboven een toezegging en klik op ‘Concept-Kamerbrief maken’: de brief wordt opgesteld uit de actuele stand van de aanbevelingen en acties.",
    emptyReader:
      "Er zijn nog geen Kamerbrieven die u kunt lezen. Zodra de coördinator een concept ter review aanbiedt, verschijnt het hier.",
    draftTitle: (commitment: string) => `Voortgang opvolging aanbevelingen — ${commitment}`,
    // "Concept-Kamerbrief maken"
    createTitle: "Concept-Kamerbrief maken",
    createIntro:
      "Kies de toezegging waarover de brief rapporteert. De brief wordt opgesteld uit de stand van vandaag; die gegevens worden met de brief bewaard, zodat hij later precies zo terug te lezen is.",
    commitmentLabel: "Toezegging",
    commitmentHint: "Open toezeggingen staan bovenaan, op volgorde van termijn.",
    commitmentChoose: "Kies een toezegging",
    commitmentOption: (title: string, status: string, due: string) => `${title} (${status}, termijn ${due})`,
    commitmentRequired: "Kies de toezegging waarover de brief rapporteert.",
    noCommitments: "Er zijn nog geen toezeggingen. Leg eerst onder Toezeggingen vast wat aan de Kamer is toegezegd.",
    createSubmit: "Concept-Kamerbrief maken",
    created: "De concept-Kamerbrief is gemaakt.",
    // "Opnieuw genereren" (on the letter page)
    regenerateTitle: "Opnieuw genereren",
    regenerateIntro:
      "Stelt de brief opnieuw op uit de stand van vandaag, als nieuwe versie. Bewerkingen in de tekst van de huidige versie komen daarin niet terug; de huidige versie blijft bewaard onder Versies. Ons kenmerk en de ondertekening blijven staan.",
    regenerateSubmit: "Opnieuw genereren",
    regenerated: (version: number) => `Versie ${version} is opgesteld uit de stand van vandaag.`,
    regenerateLocked: (status: string) =>
      `Deze Kamerbrief is ${status}; de tekst kan niet meer opnieuw worden opgesteld. Zet de brief eerst terug naar concept.`,
  },
  // The letter page: reading, editing sections, versions, remarks (/rapportages/[id]).
  letterEditor: {
    pageTitle: "Kamerbrief",
    contents: "Inhoud van de brief",
    partShown: (part: number, count: number) =>
      `Hieronder staat deel ${part} van ${count}; de gemarkeerde onderdelen horen daarbij. De Word- en pdf-versie bevatten de hele brief.`,
    versionsPageTitle: "Versies van de Kamerbrief",
    peildatum: (date: string) => `Gegevens per peildatum ${date}`,
    versionLine: (number: number, author: string, time: string) =>
      `Versie ${number}, opgeslagen door ${author} op ${time}.`,
    lockedApproved:
      "Deze brief is vastgesteld: de tekst ligt vast. Om hem te wijzigen zet de coördinator de brief terug naar concept, met een reden.",
    lockedSent: "Deze brief is verzonden: de tekst ligt vast en kan niet meer worden gewijzigd.",
    lockedError: (status: string) =>
      `De tekst kan niet worden gewijzigd: de brief is ${status}. Er is niets gewijzigd.`,
    notFound: "Deze Kamerbrief bestaat niet (meer). Er is niets gewijzigd.",
    // editing a section
    edit: "Bewerken",
    sectionHeading: "Kop",
    sectionHeadingRequired: "de kop",
    sectionBody: "Tekst",
    sectionBodyRequired: "de tekst",
    sectionBodyHint:
      "Een lege regel begint een nieuwe alinea. Begin een regel met “- ” voor een opsomming. Zet **sterretjes** om vetgedrukte tekst.",
    tableBody: "Regels van de tabel",
    tableBodyHint: (columns: string) =>
      `Eén regel per aanbeveling; scheid de cellen met “ | ”, in deze volgorde: ${columns}. Een | kan zelf niet in een cel staan.`,
    tableLineCells: (line: number, found: number, expected: number) =>
      `Regel ${line} heeft ${found} ${found === 1 ? "cel" : "cellen"} in plaats van ${expected}.`,
    tableSeparatorAdvice: "Scheid de cellen met “ | ”.",
    tableEmpty: "Vul ten minste één regel in.",
    untitledSection: (number: number) => `sectie ${number} (zonder kop)`,
    sectionNotFound: "Deze sectie bestaat niet in de nieuwste versie van de brief. Laad de pagina opnieuw.",
    save: "Opslaan",
    sectionSaved: (versionNumber: number) => `De sectie is opgeslagen als versie ${versionNumber}.`,
    nothingChanged: "Er is niets gewijzigd: de tekst is dezelfde als in de nieuwste versie.",
    versionNoteSection: (name: string) => `Sectie „${name}” bewerkt`,
    // letterhead and signatories
    editDetails: "Briefhoofd en ondertekening bewerken",
    detailsTitle: "Briefhoofd en ondertekening",
    date: "Datum",
    dateHint: "Als dag-maand-jaar, bijvoorbeeld 3-4-2023.",
    subject: "Betreft",
    subjectRequired: "het onderwerp (Betreft)",
    reference: "Ons kenmerk",
    signatory: (number: number) => `Ondertekenaar ${number}`,
    signatoryTitle: "Titel",
    signatoryTitleHint: "Bijvoorbeeld: de staatssecretaris van Financiën",
    signatoryName: "Naam",
    signatoryTitleRequired: "Vul de titel van deze ondertekenaar in, of maak ook de naam leeg.",
    signatoryNew: "Ondertekenaar toevoegen (laat leeg als dat niet nodig is)",
    signatoriesRequired: "Vul ten minste één ondertekenaar in.",
    signatoriesHint: "Maak titel en naam leeg om een ondertekenaar te verwijderen.",
    detailsSaved: (versionNumber: number) => `Briefhoofd en ondertekening zijn opgeslagen als versie ${versionNumber}.`,
    versionNoteDetails: "Briefhoofd en ondertekening bewerkt",
    // versions
    versionsHeading: "Versies",
    versionsCaption: "Alle versies van deze brief, de nieuwste eerst",
    versionsColumns: {
      number: "Versie",
      kind: "Soort",
      note: "Toelichting",
      author: "Door",
      time: "Opgeslagen",
      restore: "Herstellen",
    },
    versionKinds: {
      GENERATED: "gemaakt",
      REGENERATED: "opnieuw gemaakt",
      EDITED: "bewerkt",
      RESTORED: "hersteld",
    } as Record<string, string>,
    newest: "nieuwste",
    restore: (number: number) => `Versie ${number} herstellen`,
    restored: (from: number, versionNumber: number) => `Versie ${from} is hersteld als versie ${versionNumber}.`,
    restoreNothing: (from: number) => `Versie ${from} is gelijk aan de nieuwste versie. Er is niets gewijzigd.`,
    versionNoteRestored: (from: number) => `Hersteld van versie ${from}`,
    versionNotFound: (number: number) => `Versie ${number} bestaat niet.`,
    // remarks
    remarksHeading: (open: number, total: number) =>
      total === 0 ? "Opmerkingen" : `Opmerkingen (${formatCount(open)} open van ${formatCount(total)})`,
    remarksFor: (name: string) => `Opmerkingen bij ${name}`,
    remarkBy: (author: string, time: string, versionNumber: number) =>
      `${author}, ${time} (bij versie ${versionNumber})`,
    remarkOpen: "open",
    remarkResolved: "afgehandeld",
    remarkResolvedBy: (name: string, time: string) => `Afgehandeld door ${name} op ${time}`,
    addRemark: "Opmerking toevoegen",
    remarkText: "Opmerking",
    remarkTextRequired: "uw opmerking",
    remarkSubmit: "Opmerking plaatsen",
    remarkAdded: "Uw opmerking is geplaatst.",
    remarksOnlyInReview:
      "Opmerkingen kunnen alleen worden geplaatst terwijl de brief ter review ligt. Er is niets opgeslagen.",
    resolve: "Afhandelen",
    resolveRemark: (author: string) => `Opmerking van ${author} afhandelen`,
    resolution: "Toelichting bij de afhandeling (niet verplicht)",
    resolved: "De opmerking is afgehandeld.",
    remarkNotFound: "Deze opmerking bestaat niet (meer). Er is niets gewijzigd.",
  },
  // The workflow controls and the sent form.
  letterWorkflow: {
    title: "Volgende stap",
    notFound: "Deze Kamerbrief bestaat niet (meer). Er is niets gewijzigd.",
    notAllowed: (from: string, to: string) =>
      `Een Kamerbrief met de status ${from} kan niet naar ${to}. Laad de pagina opnieuw: de brief is intussen mogelijk verder gegaan.`,
    openRemarks: (count: number) =>
      count === 1
        ? "Vaststellen kan nog niet: er staat nog 1 opmerking open. Handel die eerst af."
        : `Vaststellen kan nog niet: er staan nog ${formatCount(count)} opmerkingen open. Handel die eerst af.`,
    openRemarksNote: (count: number) =>
      count === 1
        ? "Er staat nog 1 opmerking open; vaststellen kan pas als die is afgehandeld."
        : `Er staan nog ${formatCount(count)} opmerkingen open; vaststellen kan pas als die zijn afgehandeld.`,
    submit: "Ter review aanbieden",
    submitHint:
      "Bijdragers en lezers kunnen de brief dan lezen; bijdragers plaatsen opmerkingen per onderdeel. U kunt de tekst blijven bewerken.",
    approve: "Vaststellen",
    approveHint: "Vaststellen legt de tekst vast. Wijzigen kan daarna alleen na Terug naar concept.",
    returnToDraft: "Terug naar concept",
    returnHint: "De tekst kan daarna weer worden bewerkt. De reden komt in het logboek.",
    reason: "Reden",
    markSent: "Markeren als verzonden",
    markSentHint:
      "Vul het Kamerstuk in waaronder de brief is verzonden. De brief wordt als Kamerstuk geregistreerd en de toezegging wordt voldaan.",
    dossier: "Kamerstuk: dossiernummer",
    dossierHint: "Bijvoorbeeld 26 485.",
    number: "Kamerstuk: nummer",
    numberHint: "Het nummer na ‘nr.’, bijvoorbeeld 12.",
    sentOn: "Datum van verzending",
    sentOnHint: "Als dag-maand-jaar, bijvoorbeeld 30-6-2023. Niet in de toekomst.",
    submitted: "De Kamerbrief is ter review aangeboden.",
    approved: "De Kamerbrief is vastgesteld. De tekst ligt nu vast.",
    returned: "De Kamerbrief is terug naar concept. De tekst kan weer worden bewerkt.",
    sent: (kamerstuk: string) => `De Kamerbrief is gemarkeerd als verzonden (${kamerstuk}). De toezegging is voldaan.`,
    // The line for those who do not take the next step: who acts next.
    whoIsNext: {
      DRAFT: "De coördinator werkt aan het concept en biedt het ter review aan.",
      IN_REVIEW:
        "De brief is ter review: bijdragers plaatsen opmerkingen per onderdeel. Daarna stelt de coördinator de brief vast.",
      APPROVED:
        "De brief is vastgesteld. De coördinator markeert hem als verzonden zodra hij naar de Tweede Kamer is gestuurd.",
      SENT: "De brief is verzonden. Er volgt geen stap meer.",
    } satisfies Record<LetterStatus, string>,
    validation: {
      reasonLabel: "een reden",
      dossierLabel: "het dossiernummer",
      numberLabel: "het nummer",
      dossierInvalid: "Gebruik cijfers, letters en spaties, bijvoorbeeld 26 485.",
      numberInvalid: "Gebruik cijfers en letters zonder spaties, bijvoorbeeld 12.",
      sentInFuture: "Deze datum ligt in de toekomst. Vul de datum in waarop de brief is verzonden.",
      kamerstukTaken: (dossier: string, number: string) =>
        `Kamerstuk ${dossier}, nr. ${number} is al geregistreerd. Controleer het dossiernummer en het nummer.`,
    },
  },
  // "Wat is er veranderd" and the word diff between versions.
  letterCompare: {
    title: "Wat is er veranderd sinds de vorige brief",
    comparedWith: (kamerstuk: string, date: string) =>
      `Vergeleken met de vorige verzonden brief: ${kamerstuk} van ${date}.`,
    peildata: (then: string, now: string) =>
      `Peildatum van de vorige brief: ${then}. Peildatum van deze brief: ${now}.`,
    peildatum: (now: string) => `Peildatum van deze brief: ${now}.`,
    firstLetter:
      "Dit is de eerste Kamerbrief over deze toezegging: er is geen eerder verzonden brief om mee te vergelijken. Daarom staat hieronder alles als nieuw.",
    previousMissing:
      "De vorige brief wordt in de gegevens van deze brief genoemd, maar de gegevens van die brief zijn niet te vinden. Daarom staat hieronder alles als nieuw.",
    noSnapshot: "Bij deze brief zijn geen gegevens bewaard waarmee te vergelijken is.",
    recommendationsTitle: "Aanbevelingen: status toen en nu",
    recommendationsCaption: "Status per aanbeveling in de vorige brief en in deze brief",
    noRecommendations: "Er staan geen aanbevelingen in deze brief of in de vorige.",
    number: "Nr.",
    recommendation: "Aanbeveling",
    statusThen: "Status toen",
    statusNow: "Status nu",
    change: "Verandering",
    changes: { NEW: "nieuw", CHANGED: "gewijzigd", UNCHANGED: "ongewijzigd", REMOVED: "niet meer in deze brief" },
    notInLetter: "—",
    actionsTitle: "Acties",
    action: "Actie",
    organisation: "Organisatie",
    status: "Status",
    dueDate: "Deadline",
    oldDueDate: "Oude deadline",
    newDueDate: "Nieuwe deadline",
    completedOn: "Afgerond op",
    cancelReason: "Reden van annulering",
    groups: {
      NEW: {
        title: "Nieuwe acties",
        caption: "Acties die sinds de vorige brief zijn toegevoegd",
        none: "Er zijn sinds de vorige brief geen acties toegevoegd.",
      },
      FINISHED: {
        title: "Afgeronde acties",
        caption: "Acties die sinds de vorige brief zijn afgerond",
        none: "Er zijn sinds de vorige brief geen acties afgerond.",
      },
      CANCELLED: {
        title: "Geannuleerde acties",
        caption: "Acties die sinds de vorige brief zijn geannuleerd",
        none: "Er zijn sinds de vorige brief geen acties geannuleerd.",
      },
      MOVED: {
        title: "Verplaatste deadlines",
        caption: "Acties waarvan de deadline sinds de vorige brief is verplaatst, van oud naar nieuw",
        none: "Er zijn sinds de vorige brief geen deadlines verplaatst.",
      },
    },
    count: (count: number) => (count === 1 ? "1 actie" : `${formatCount(count)} acties`),
    shownOf: (shown: string, total: string) => `De eerste ${shown} van ${total} staan hierboven.`,
    showAll: (total: string, group: string) => `Toon alle ${total} ${group}`,
    // the word diff between two versions of one letter (Versies tab)
    versions: {
      heading: "Versies vergelijken",
      from: "Van versie",
      to: "Naar versie",
      submit: "Vergelijken",
      intro: (from: number, to: number) =>
        `Wat er is veranderd van versie ${formatCount(from)} naar versie ${formatCount(to)}. Toegevoegde woorden zijn onderstreept, verwijderde doorgestreept.`,
      needTwo: "Er is nog maar één versie: er is niets te vergelijken.",
      same: "Kies twee verschillende versies om te vergelijken.",
      notFound: "Een van deze versies bestaat niet. Kies twee versies uit de lijst.",
      noChanges: "Deze versies zijn gelijk.",
      unchanged: (count: number) =>
        count === 1 ? "1 onderdeel is niet gewijzigd." : `${formatCount(count)} onderdelen zijn niet gewijzigd.`,
      letterhead: "Briefhoofd",
      signing: "Ondertekening",
      untitled: "Zonder kop",
      added: "toegevoegd:",
      removed: "verwijderd:",
      sectionAdded: "sectie toegevoegd",
      sectionRemoved: "sectie verwijderd",
      sectionChanged: "gewijzigd",
      headingChanged: "Kop:",
      rowAdded: (row: number) => `Regel ${row} toegevoegd`,
      rowRemoved: (row: number) => `Regel ${row} verwijderd`,
      rowChanged: (row: number) => `Regel ${row} gewijzigd`,
    },
  },
  // Word and PDF downloads.
  letterExport: {
    title: "Downloaden",
    word: "Downloaden als Word",
    pdf: "Downloaden als PDF",
    wordHint: "Een .docx-bestand om in het eigen sjabloon af te maken.",
    pdfHint: "Een toegankelijke PDF van de nieuwste versie.",
    pdfUnavailable:
      "Downloaden als PDF kan op deze server niet: er is geen Chromium geïnstalleerd om de PDF te maken. Download de brief als Word en maak daar een PDF van.",
    pdfFailed: "De PDF kon niet worden gemaakt. Probeer het later opnieuw, of download de brief als Word.",
    signIn: "Log in om de Kamerbrief te downloaden.",
    notFound: "Deze Kamerbrief bestaat niet, of u kunt hem nog niet lezen.",
    fileNameStem: "Kamerbrief-voortgang-anti-omkoping",
    docxDescription: "Kamerbrief gemaakt met Opvolging",
    page: "Pagina",
    of: "van",
  },
  // Report kinds (lib/reports/): the OECD Working Group on Bribery's follow-up report beside the Kamerbrief.
  reports: {
    pageTitle: "Rapportages",
    tabsLabel: "Soorten rapportage",
    tabKamerbrief: "Kamerbrieven",
    tabOecd: "OESO-rapportage",
    oecdIntro:
      "Het schriftelijke vervolgrapport aan de OESO-werkgroep omkoping (Working Group on Bribery), in het Engels: per aanbeveling de tekst, wat er is gedaan, wat nog volgt en de status op de schaal van de werkgroep (volledig, gedeeltelijk of niet geïmplementeerd). Het wordt gemaakt uit de gegevens van vandaag en daarna bewerkt, ter review aangeboden, vastgesteld en verzonden, zoals een Kamerbrief.",
    oecdListTitle: "Alle OESO-vervolgrapporten",
    oecdListCaption: "OESO-vervolgrapporten, nieuwste eerst",
    oecdEmpty: "Er zijn nog geen OESO-vervolgrapporten.",
    createTitle: "OESO-vervolgrapport maken",
    createIntro:
      "Kies de evaluatie van de OESO-werkgroep waarover u rapporteert. Het rapport wordt in het Engels opgesteld uit de Engelse teksten bij de aanbevelingen, acties en voortgang; waar die ontbreken staat de Nederlandse tekst, en vóór het vaststellen ziet u de lijst.",
    evaluationLabel: "Evaluatie",
    evaluationChoose: "Kies een evaluatie",
    noEvaluations: "Er is nog geen evaluatie van de OESO-werkgroep omkoping. Leg die eerst vast onder Aanbevelingen.",
    createSubmit: "OESO-vervolgrapport maken",
    created: "Het OESO-vervolgrapport is gemaakt.",
    sent: "Het OESO-vervolgrapport is gemarkeerd als verzonden.",
    sentOn: "Verzonden op",
    accepted: (count: number) =>
      count === 1
        ? "De Nederlandse tekst is geaccepteerd voor 1 tekst."
        : `De Nederlandse tekst is geaccepteerd voor ${formatCount(count)} teksten.`,
    missingTitle: "Ontbrekende Engelse teksten",
    missingIntro:
      "Het rapport is in het Engels. Deze teksten hebben nog geen Engelse versie; in het rapport staat nu de Nederlandse tekst. Vul de Engelse tekst in (daarna: Opnieuw genereren), of accepteer de Nederlandse tekst met een reden. Vaststellen kan pas als er geen tekst meer open staat.",
    missingNone: "Alle Engelse teksten zijn ingevuld of geaccepteerd.",
    missingOpen: (count: number) => (count === 1 ? "1 tekst staat open." : `${formatCount(count)} teksten staan open.`),
    missingWhat: {
      recommendationTitle: (number: number) => `Aanbeveling ${number}: titel`,
      recommendationText: (number: number) => `Aanbeveling ${number}: tekst`,
      actionTitle: (number: number) => `Aanbeveling ${number}: titel van een actie`,
      progress: (number: number) => `Aanbeveling ${number}: laatste voortgang van een actie`,
    },
    missingEnter: "Engelse tekst invullen",
    missingAcceptedBy: (name: string, reason: string) => `Nederlandse tekst geaccepteerd door ${name}: ${reason}`,
    acceptLegend: "Nederlandse tekst accepteren voor",
    acceptReason: "Reden",
    acceptReasonHint:
      "Waarom de Nederlandse tekst in dit Engelse rapport mag blijven staan. De reden wordt bewaard in het logboek.",
    acceptSubmit: "Nederlandse tekst accepteren",
    markSentHint: "De dag waarop het rapport naar het secretariaat van de OESO-werkgroep is gestuurd.",
    draftTitle: (evaluation: string) => `OESO-vervolgrapport: ${evaluation}`,
    evaluationRequired: "Kies de evaluatie waarover u rapporteert.",
    previousReportName: "het vorige OESO-vervolgrapport",
    evaluation: "Evaluatie",
    fileNameStem: "OESO-WGB-follow-up-report-Nederland",
    englishMissing: (count: number) =>
      count === 1
        ? "Er ontbreekt nog 1 Engelse tekst. Vul hem in of accepteer de Nederlandse tekst met een reden."
        : `Er ontbreken nog ${formatCount(count)} Engelse teksten. Vul ze in of accepteer de Nederlandse tekst met een reden.`,
    acceptNotNeeded: "Deze rapportage is in het Nederlands; er hoeft geen Engelse tekst te zijn.",
    acceptLocked: (status: string) => `De rapportage is ${status}; de teksten liggen vast.`,
    acceptUnknownItem: "Kies alleen teksten uit de lijst van ontbrekende Engelse teksten.",
    acceptNoItems: "Kies de teksten waarvoor u de Nederlandse tekst accepteert.",
    acceptReasonLabel: "de reden",
    sentNeedsKamerstuk: "Dit is een Kamerbrief: markeer hem als verzonden met zijn Kamerstuk.",
    sentWithoutKamerstuk: "Dit OESO-vervolgrapport heeft geen Kamerstuk: markeer het als verzonden met de datum.",
    notAnOecdEvaluation:
      "Over deze evaluatie rapporteert het OESO-vervolgrapport niet. Kies een evaluatie van de OESO-werkgroep omkoping.",
  },
} as const;

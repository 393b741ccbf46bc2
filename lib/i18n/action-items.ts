// Actions: the list, an action's page and its evidence.
// One part of the Dutch message file; nl.ts gathers the parts for server code.
import { formatCount } from "@/lib/i18n/format-number";
import { actionItemFormMessages } from "@/lib/i18n/action-item-form";

export const actionItemsMessages = {
  actionDetail: {
    notFound: "Deze actie bestaat niet (meer). Er is niets gewijzigd.",
    transitionNotAllowed: (from: string, to: string) =>
      `Van ‘${from}’ naar ‘${to}’ is geen toegestane statuswijziging.`,
    progressTitle: "Voortgang toevoegen",
    progressText: "Voortgang",
    progressTextHint:
      "Wat is er gedaan, wat is de volgende stap? De voortgang wordt toegevoegd aan het logboek van de actie en is daarna niet meer te wijzigen.",
    progressTextEn: "Voortgang (Engels)",
    progressTextEnHint: "Voor de Engelstalige OESO-rapportage; mag leeg blijven en later worden aangevuld.",
    progressNotFound: "Deze voortgangsupdate bestaat niet.",
    progressEnglishRequired: "de Engelse tekst",
    progressEnglishPresent: "Deze voortgangsupdate heeft al een Engelse tekst; die blijft zoals hij is.",
    progressEnglishAdd: "Engelse tekst toevoegen",
    progressEnglishLabel: "Voortgang (Engels)",
    progressEnglishSaved: "De Engelse tekst is toegevoegd.",
    progressEnglishHeading: "Engels",
    progressStatus: "Nieuwe status",
    progressStatusUnchanged: (current: string) => `Ongewijzigd (${current})`,
    progressPercent: "Percentage gereed",
    progressPercentHint: "Een heel getal van 0 tot en met 100. Leeg laten: ongewijzigd. Afgerond zet het op 100.",
    progressSubmit: "Voortgang toevoegen",
    progressAdded: "De voortgang is toegevoegd.",
    journalTitle: "Voortgang",
    journalEmpty: "Er is nog geen voortgang gemeld.",
    journalEntry: (author: string, date: string) => `${author}, ${date}`,
    journalStatus: (before: string, after: string) =>
      before === after ? `Status: ${after}` : `Status: ${before} → ${after}`,
    journalPercent: (percent: number) => `${percent}% gereed`,
    pageTitle: "Actie",
    recommendationLink: (number: number, title: string) => `Aanbeveling ${number}: ${title}`,
    status: "Status",
    completedOn: (date: string) => `afgerond op ${date}`,
    organisation: "Organisatie",
    contact: "Contactpersoon",
    noContact: "Niet ingesteld",
    startDate: "Startdatum",
    noStartDate: "Niet ingesteld",
    dueDate: "Deadline",
    evaluation: "Evaluatie",
    // notices after a redirect (?melding=…)
    created: "De actie is aangemaakt.",
    saved: "De gegevens van de actie zijn opgeslagen.",
    editLink: "Gegevens wijzigen",
    newActionLink: "Nieuwe actie bij deze aanbeveling",
    // Status wijzigen
    statusTitle: "Status wijzigen",
    statusIntro: (current: string) =>
      `De actie staat nu op ‘${current}’. Een statuswijziging komt ook in het logboek van de voortgang.`,
    statusNew: "Nieuwe status",
    statusChoose: "Kies een status",
    statusReason: "Reden",
    statusReasonHint: (statuses: string) =>
      `Verplicht bij ${statuses}. Anders niet verplicht; de reden komt in het logboek van de voortgang.`,
    statusReasonHintOptional: "Niet verplicht; de reden komt in het logboek van de voortgang.",
    statusNoChoices:
      "Vanuit deze status kunt u de status niet wijzigen. Een afgeronde of geannuleerde actie heropent alleen een coördinator.",
    statusUnchanged: (current: string) => `De actie staat al op ‘${current}’. Kies een andere status.`,
    statusReasonRequired: "Vul een reden in: deze statuswijziging vraagt om een reden.",
    statusSubmit: "Status wijzigen",
    statusChanged: (status: string) => `De status is gewijzigd naar ‘${status}’.`,
    statusChangedText: (from: string, to: string) => `Status gewijzigd van ‘${from}’ naar ‘${to}’.`,
    // Deadline wijzigen
    deadlineTitle: "Deadline wijzigen",
    deadlineCurrent: (date: string) => `Huidige deadline: ${date}.`,
    deadlineRequestIntro:
      "Uw verzoek gaat naar de coördinator van de Taskforce. De deadline verandert pas als de coördinator het verzoek goedkeurt.",
    deadlineDirectIntro:
      "Als coördinator wijzigt u de deadline direct. De wijziging en de reden komen in de deadlinegeschiedenis.",
    deadlineNewDate: "Nieuwe deadline",
    deadlineNewDateHint: "Als dag-maand-jaar, bijvoorbeeld 30-9-2023.",
    deadlineNewDateHintStart: (start: string) =>
      `Als dag-maand-jaar, bijvoorbeeld 30-9-2023; niet voor de startdatum (${start}).`,
    deadlineReason: "Reden",
    deadlineReasonHint: "Waarom verschuift de deadline?",
    deadlineSubmit: "Deadline wijzigen",
    deadlineRequested: "Uw verzoek is ingediend. De coördinator beslist erover; tot dan blijft de deadline staan.",
    deadlineChanged: (date: string) => `De deadline is gewijzigd naar ${date}.`,
    deadlineSame: "Dit is al de deadline van de actie. Kies een andere datum.",
    deadlinePendingExists:
      "Voor deze actie staat al een verzoek tot wijziging van de deadline open. Er kan er maar één tegelijk openstaan.",
    deadlinePendingBlocksDirect:
      "Voor deze actie staat een verzoek tot wijziging van de deadline open. Beslis eerst over dat verzoek.",
    deadlinePendingBlocksRequest:
      "Er staat een verzoek tot wijziging van de deadline open (zie de deadlinegeschiedenis). Als de coördinator erover heeft beslist, kunt u zo nodig een nieuw verzoek indienen.",
    deadlineActionClosed: "Deze actie is afgerond of geannuleerd; de deadline wijzigt dan niet meer.",
    deadlineBeforeStart: (date: string) =>
      `De nieuwe deadline ligt voor de startdatum van de actie (${date}). Wijs het verzoek af of laat eerst de startdatum aanpassen.`,
    pendingTitle: "Openstaand verzoek",
    pendingSummary: (from: string, to: string) => `Van ${from} naar ${to}`,
    pendingRequestedBy: (name: string, when: string) => `Aangevraagd door ${name} op ${when}.`,
    pendingInline: (date: string) => `wijziging naar ${date} aangevraagd`,
    pendingWaits: "Het verzoek wacht op een besluit van de coördinator.",
    queueCount: (count: number) =>
      count === 0
        ? "Er wachten geen deadlineverzoeken op een besluit."
        : count === 1
          ? "Er wacht 1 deadlineverzoek op een besluit."
          : `Er wachten ${formatCount(count)} deadlineverzoeken op een besluit.`,
    queueLink: "Naar de deadlineverzoeken",
    // Goedkeuren / Afwijzen
    decisionNote: "Toelichting",
    decisionNoteHint: "Verplicht bij afwijzen.",
    decisionNoteRequired: "Vul een toelichting in: bij afwijzen is die verplicht.",
    approve: "Goedkeuren",
    reject: "Afwijzen",
    approved: (date: string) => `Het verzoek is goedgekeurd. De deadline is nu ${date}.`,
    rejected: "Het verzoek is afgewezen. De deadline blijft staan.",
    approvedOnQueue: "Het verzoek is goedgekeurd. De deadline van de actie is gewijzigd.",
    deadlineRequestNotFound: "Dit verzoek bestaat niet (meer). Er is niets gewijzigd.",
    // Deadlinegeschiedenis
    deadlineHistoryTitle: "Deadlinegeschiedenis",
    deadlineHistoryEmpty: "De deadline is nog niet gewijzigd en er is geen wijziging aangevraagd.",
    deadlineHistoryCaption: "Elke wijziging en elk verzoek tot wijziging van de deadline, nieuwste eerst",
    deadlineHistoryColumns: {
      requested: "Aangevraagd",
      change: "Van → naar",
      reason: "Reden",
      status: "Status",
      decision: "Besluit",
    },
    deadlineHistoryMore: (shown: number) => `De ${formatCount(shown)} nieuwste worden getoond.`,
    deadlineChange: (from: string, to: string) => `${from} → ${to}`,
    deadlineRequestedLine: (name: string, when: string) => `${name}, ${when}`,
    deadlineDecidedLine: (name: string, when: string) => `${name}, ${when}`,
    deadlineNotDecided: "Nog geen besluit",
    deadlineDirectDecision: "Direct gewijzigd door de coördinator",
    deadlineStatus: {
      PENDING: "aangevraagd",
      APPROVED: "goedgekeurd",
      REJECTED: "afgewezen",
      DIRECT: "direct gewijzigd",
    } as Record<string, string>,
    // Deadlineverzoeken (the queue)
    queueTitle: "Deadlineverzoeken",
    queueIntro: "Verzoeken van bijdragers om de deadline van een actie te wijzigen, oudste eerst.",
    queueReadOnly: "Alleen een coördinator beslist over deze verzoeken. U ziet de wachtrij ter informatie.",
    queueEmpty: "Er wachten geen deadlineverzoeken op een besluit.",
    queueRange: (from: number, to: number, total: number) =>
      `Verzoeken ${formatCount(from)}–${formatCount(to)} van ${formatCount(total)}`,
    queueListLabel: "Openstaande deadlineverzoeken",
    queueOrganisation: "Organisatie",
    queueChange: "Deadline",
    queueReason: "Reden",
    queueRequested: "Aangevraagd",
    // Voortgang: the journal is paginated
    journalRange: (from: number, to: number, total: number) =>
      `Berichten ${formatCount(from)}–${formatCount(to)} van ${formatCount(total)}`,
    // Geschiedenis (audit trail of this action)
    historyTitle: "Geschiedenis",
    historyIntro: "Elke wijziging van deze actie, haar voortgang, deadlines en bewijsstukken, nieuwste eerst.",
    historyEmpty: "Er zijn nog geen wijzigingen vastgelegd.",
    historySystem: "het systeem",
    historyBecomes: "wordt",
    historyMore: (shown: number) =>
      `De ${formatCount(shown)} nieuwste wijzigingen worden getoond. De volledige geschiedenis staat in het logboek.`,
    // Nieuwe actie / gegevens wijzigen (the form's own labels: lib/i18n/action-item-form.ts)
    ...actionItemFormMessages,
    newTitle: "Nieuwe actie",
    newIntro: "Leg een actie vast bij een aanbeveling. De deadline wijzigt daarna alleen via ‘Deadline wijzigen’.",
    editTitle: "Gegevens van de actie wijzigen",
    editIntro: "De deadline wijzigt u niet hier, maar via ‘Deadline wijzigen’ op de pagina van de actie.",
    formRecommendationRequired: "Kies een aanbeveling.",
    formRecommendationUnknown: "Deze aanbeveling bestaat niet (meer). Kies een andere.",
    formTitleRequired: "een titel",
    formDescriptionRequired: "een omschrijving",
    formOrganisationRequired: "Kies een organisatie.",
    formOrganisationUnknown: "Deze organisatie bestaat niet (meer). Kies een andere.",
    formContactRequired: "Kies een contactpersoon.",
    formContactNotInOrganisation:
      "Deze contactpersoon hoort niet bij de gekozen organisatie. Kies iemand van die organisatie.",
    formContactInactive: "Deze contactpersoon is gedeactiveerd of bestaat niet. Kies een actieve gebruiker.",
    formStartAfterDue: (date: string) =>
      `De startdatum ligt na de deadline (${date}). Kies een eerdere startdatum of wijzig eerst de deadline.`,
    formNothingChanged: "Er is niets gewijzigd.",
  },
  actionList: {
    title: "Acties",
    intro:
      "Alle acties bij de aanbevelingen, met de organisatie die eraan werkt, de status en de deadline. Filters, zoekwoorden, sortering en pagina staan in de adresbalk: een link toont anderen dezelfde selectie.",
    filtersLabel: "Acties filteren en zoeken",
    search: "Zoeken",
    searchHint:
      "Zoekt in de titel, de omschrijving en de voortgang. Andere vormen van een woord tellen mee: ‘maatregelen’ vindt ook ‘maatregel’.",
    evaluation: "Evaluatie",
    allEvaluations: "Alle evaluaties",
    recommendation: "Aanbeveling",
    allRecommendations: "Alle aanbevelingen",
    recommendationOption: (number: number, title: string) => `${number}. ${title}`,
    organisation: "Organisatie",
    allOrganisations: "Alle organisaties",
    status: "Status",
    statusHint: "Geen keuze: alle statussen.",
    dueFrom: "Deadline vanaf",
    dueTo: "Deadline tot en met",
    overdue: "te laat",
    overdueHint: "Niet afgerond en de deadline is voorbij.",
    mine: "mijn acties",
    mineHint: "Acties waarvan u de contactpersoon bent.",
    more: "Meer filters",
    apply: "Filters toepassen",
    clear: "Filters wissen",
    count: (from: string, to: string, total: string) => `Acties ${from}–${to} van ${total}`,
    countSearch: (from: string, to: string, total: string, query: string) =>
      `Acties ${from}–${to} van ${total} voor ‘${query}’`,
    sortedByRelevance: "Gesorteerd op relevantie: de beste treffer eerst.",
    sortByRelevance: "Sorteren op relevantie",
    empty: "Geen acties gevonden met deze filters.",
    emptySearch: (query: string) => `Geen acties gevonden voor ‘${query}’. Probeer een ander woord of minder filters.`,
    none: "Er zijn nog geen acties vastgelegd.",
    caption: "Acties met organisatie, status, percentage gereed en deadline",
    columns: {
      title: "Actie",
      organisation: "Organisatie",
      status: "Status",
      percentDone: "Gereed",
      dueDate: "Deadline",
    },
    recommendationLine: (number: number, title: string) => `Aanbeveling ${number}: ${title}`,
    percent: (percent: number) => `${percent}%`,
    exportLabel: "Exporteren (Excel / CSV)",
    deadlineQueueLink: "Deadlineverzoeken",
    illustrativeNote:
      "Acties met het label ‘illustratief’ zijn voorbeeldgegevens, geschreven vanuit de thema’s van de evaluaties; ze komen niet uit de openbare stukken.",
    newAction: "Nieuwe actie",
    exportExcel: "Excel",
    exportCsv: "CSV",
    exportLinkPrefix: "Exporteren naar ",
    exportHint: (max: string) => `Alle acties met deze filters, in deze volgorde; hoogstens ${max}.`,
    exportFileName: (date: string, extension: string) => `acties-${date}.${extension}`,
    exportSheet: "Acties",
    exportColumns: {
      evaluation: "Evaluatie",
      recommendationNumber: "Nr. aanbeveling",
      recommendation: "Aanbeveling",
      title: "Actie",
      description: "Omschrijving",
      titleEn: "Actie (Engels)",
      descriptionEn: "Omschrijving (Engels)",
      organisation: "Organisatie",
      contact: "Contactpersoon",
      status: "Status",
      percentDone: "Percentage gereed",
      startDate: "Startdatum",
      dueDate: "Deadline",
      deadlineState: "Stand deadline",
      completedOn: "Afgerond op",
      illustrative: "Illustratief",
      // the action's own reference, the key a re-import matches on
      reference: "Kenmerk",
    },
    yes: "ja",
    no: "nee",
    unauthenticated: "Log in om acties te exporteren.",
  },
  evidence: {
    title: "Bewijsstukken",
    intro: "Documenten en links die laten zien wat er voor deze actie is gedaan, oudste eerst.",
    empty: "Er zijn nog geen bewijsstukken toegevoegd.",
    kinds: { FILE: "Bestand", LINK: "Link" } as Record<string, string>,
    // The checked type (lib/evidence/evidence-file-types.ts) in words.
    fileTypes: {
      "application/pdf": "PDF-document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word-document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel-werkmap",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint-presentatie",
      "image/png": "PNG-afbeelding",
      "image/jpeg": "JPEG-afbeelding",
    } as Record<string, string>,
    unknownType: "onbekend type",
    bytes: (count: number) => (count === 1 ? "1 byte" : `${formatCount(count)} bytes`),
    addedBy: (name: string, when: string) => `Toegevoegd door ${name} op ${when}`,
    downloadHint: (type: string, size: string) => `(downloaden, ${type}, ${size})`,
    linkHint: (host: string) => `(link naar ${host})`,
    fileNameFallback: "bewijsstuk",
    // "Bewijsstuk toevoegen"
    addTitle: "Bewijsstuk toevoegen",
    kindLegend: "Soort bewijsstuk",
    kindFile: "Bestand uploaden",
    kindLink: "Link naar een webpagina",
    titleLabel: "Titel",
    titleHint: "Waar gaat het over? Bijvoorbeeld ‘Verslag training compliance maart 2023’.",
    fileLabel: "Bestand",
    fileHint:
      "PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), PNG of JPEG; hoogstens 10 MB. Het type wordt bepaald aan de inhoud van het bestand, niet aan de naam.",
    urlLabel: "Webadres",
    urlHint: "Het volledige adres, beginnend met https:// of http://.",
    submit: "Bewijsstuk toevoegen",
    added: "Het bewijsstuk is toegevoegd.",
    // removal
    remove: "Verwijderen",
    removeExplanation:
      "Het bewijsstuk verdwijnt van deze actie. Het logboek bewaart wie het heeft toegevoegd en verwijderd.",
    removeSubmit: "Bewijsstuk verwijderen",
    removed: (title: string) => `Het bewijsstuk ‘${title}’ is verwijderd.`,
    // refusals, next to the field they are about
    notFound: "Dit bewijsstuk bestaat niet (meer). Er is niets gewijzigd.",
    fileRequired: "Kies een bestand.",
    fileEmpty: (name: string) => `Het bestand ‘${name}’ is leeg. Kies een ander bestand.`,
    fileTooLarge: (name: string, size: string) =>
      `Het bestand ‘${name}’ is ${size}; een bewijsstuk mag hoogstens 10 MB zijn. Verklein het bestand, splits het, of voeg een link naar het document toe.`,
    fileTypeRefused: (name: string) =>
      `Het bestand ‘${name}’ is geen PDF-, Word-, Excel-, PowerPoint-, PNG- of JPEG-bestand (gekeken naar de inhoud, niet naar de naam). Kies een ander bestand.`,
    fileMacros: (name: string) =>
      `Het bestand ‘${name}’ bevat macro's. Sla het op zonder macro's (bijvoorbeeld als .docx of .xlsx) en probeer het opnieuw.`,
    // The upload limits (lib/uploads/upload-limits.ts), each naming the limit that was hit.
    fileZipEntries: (name: string, max: number) =>
      `Het bestand ‘${name}’ bestaat uit meer dan ${max.toLocaleString("nl-NL")} onderdelen; zo ziet een gewoon document er niet uit. Kies een ander bestand.`,
    fileZipSize: (name: string, megabytes: number) =>
      `Uitgepakt is het bestand ‘${name}’ groter dan ${megabytes} MB, de grens voor een bewijsstuk. Verklein het bestand of voeg een link naar het document toe.`,
    fileZipRatio: (name: string, ratio: number) =>
      `Een onderdeel van het bestand ‘${name}’ is meer dan ${ratio} keer samengeperst; zo ziet een gewoon document er niet uit. Kies een ander bestand.`,
    fileTooSlow: (name: string, seconds: number) =>
      `Het bestand ‘${name}’ kon niet binnen ${seconds} seconden worden gelezen en is geweigerd. Kies een ander bestand.`,
    fileTooMuchMemory: (name: string, megabytes: number) =>
      `Het lezen van het bestand ‘${name}’ vroeg meer dan ${megabytes} MB geheugen en is gestopt. Kies een ander bestand.`,
    fileReadLimits: (seconds: number, memory: number, unpacked: number) =>
      `Het bestand wordt apart gelezen: hoogstens ${seconds} seconden en ${memory} MB geheugen; een Office-bestand uitgepakt hoogstens ${unpacked} MB, zonder macro's.`,
    urlRequired: "Vul het webadres in.",
    urlInvalid:
      "Vul een volledig webadres in dat begint met https:// of http://, bijvoorbeeld https://www.rijksoverheid.nl.",
    urlCredentials: "Een webadres met een gebruikersnaam of wachtwoord erin kan niet worden toegevoegd. Laat die weg.",
    // the download route
    downloadSignIn: "Log in om dit bewijsstuk te downloaden.",
    downloadNotFound: "Dit bewijsstuk bestaat niet (meer).",
  },
} as const;

// Recommendations: the list and a recommendation's page.
// One part of the Dutch message file; nl.ts gathers the parts for server code.
import type { CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import { formatCount } from "@/lib/i18n/format-number";

export const recommendationsMessages = {
  recommendations: {
    title: "Aanbevelingen",
    intro:
      "De aanbevelingen uit de evaluaties die de Taskforce anti-omkoping opvolgt, per evaluatie: met de organisatie die de leiding heeft, de voortgang van de acties en de stand van de uitvoering.",
    empty: "Er zijn nog geen evaluaties vastgelegd.",
    range: (from: number, to: number, total: number) =>
      `Aanbevelingen ${formatCount(from)}–${formatCount(to)} van ${formatCount(total)}`,
    evaluationEmpty: "Bij deze evaluatie zijn nog geen aanbevelingen vastgelegd.",
    addFirst: "De eerste aanbeveling van deze evaluatie toevoegen",
    caption: (evaluation: string) =>
      `Aanbevelingen uit ‘${evaluation}’ met verantwoordelijke organisatie, voortgang, open acties en status`,
    columns: {
      number: "Nr.",
      title: "Aanbeveling",
      lead: "Verantwoordelijk",
      progress: "Voortgang",
      open: "Open",
      overdue: "Te laat",
      status: "Status",
    },
    progress: (done: number, total: number, percent: number) =>
      `${done} van ${formatCount(total)} ${total === 1 ? "actie" : "acties"} afgerond (${percent}%)`,
    noActions: "Nog geen acties",
    openCount: (count: number) => `${formatCount(count)} open`,
    overdueCount: (count: number) => `${formatCount(count)} te laat`,
    evaluator: (name: string) => `Evaluator: ${name}`,
    reportDate: (date: string) => `rapport van ${date}`,
    sentToParliament: (date: string) => `aangeboden aan de Tweede Kamer op ${date}`,
    overridden: "handmatig vastgesteld",
    illustrativeNote:
      "Aanbevelingen met het label ‘illustratief’ zijn voorbeeldgegevens, geschreven vanuit de thema’s van de evaluaties. De precieze tekst van de rapporten staat niet in de bronnen van deze demo.",
    addRecommendation: "Aanbeveling toevoegen",
    registerEvaluation: "Evaluatie registreren",
    backToList: "Terug naar de aanbevelingen",
    forbiddenManage:
      "U heeft geen toestemming voor deze pagina. Alleen een coördinator kan aanbevelingen toevoegen en bewerken.",
    forbiddenEvaluation:
      "U heeft geen toestemming voor deze pagina. Alleen een coördinator kan evaluaties registreren.",
    newTitle: "Aanbeveling toevoegen",
    newIntro: "Voeg een aanbeveling toe aan een van de evaluaties. Daarna kunnen de acties worden vastgelegd.",
    noEvaluations: "Er is nog geen evaluatie vastgelegd. Registreer eerst de evaluatie waar de aanbeveling uit komt.",
    evaluationRegistered: "De evaluatie is geregistreerd. Voeg nu de aanbevelingen ervan toe, een voor een.",
    evaluationTitle: "Evaluatie registreren",
    evaluationIntro:
      "Registreer een evaluatie waarvan de Taskforce de aanbevelingen gaat volgen, naast de evaluaties die er al zijn. Daarna voegt u de aanbevelingen een voor een toe.",
    evaluationFields: {
      title: "Titel",
      periodEvaluated: "Geëvalueerde periode en onderwerp",
      evaluator: "Evaluator",
      reportDate: "Rapportdatum",
      sentToParliamentOn: "Aangeboden aan de Tweede Kamer op",
      source: "Bron",
    },
    evaluationHints: {
      periodEvaluated: "Bijvoorbeeld: ‘Anti-omkopingsbeleid ekv, geëvalueerd in 2021’.",
      reportDate: "De datum van het rapport, als dag-maand-jaar, bijvoorbeeld 5-11-2020.",
      sentToParliamentOn:
        "Als dag-maand-jaar. Leeg laten als niet bekend is dat (of wanneer) het rapport aan de Kamer is aangeboden.",
      source: "Waar deze gegevens vandaan komen, bijvoorbeeld ‘Kamerstuk 29 911, nr. 382’.",
    },
    evaluationSubmit: "Evaluatie registreren",
    evaluationValidation: {
      titleLabel: "de titel",
      periodLabel: "de geëvalueerde periode en het onderwerp",
      evaluatorLabel: "de evaluator",
      sourceLabel: "de bron",
      sentBeforeReport: "De datum van aanbieding ligt voor de rapportdatum. Kies een latere datum.",
    },
  },
  recommendationDetail: {
    notFound: "Deze aanbeveling bestaat niet (meer). Er is niets gewijzigd.",
    pageTitle: "Aanbeveling",
    heading: (number: number, title: string) => `Aanbeveling ${number}: ${title}`,
    illustrativeNote:
      "Deze aanbeveling en haar acties zijn illustratief: voorbeeldgegevens, geschreven vanuit de thema’s van de evaluatie, niet de tekst van het rapport.",
    evaluation: "Evaluatie",
    theme: "Thema",
    cabinetResponse: "Kabinetsreactie",
    lead: "Verantwoordelijke organisatie",
    edit: "Aanbeveling bewerken",
    addAnother: "Nog een aanbeveling toevoegen aan deze evaluatie",
    notices: {
      toegevoegd: "De aanbeveling is toegevoegd.",
      gewijzigd: "De wijzigingen zijn opgeslagen.",
      ongewijzigd: "Er was niets gewijzigd; er is niets opgeslagen.",
      opgeheven: "De vastgestelde status is opgeheven; de status volgt weer uit de acties.",
    },
    statusTitle: "Stand van de uitvoering",
    internalScale: "Status",
    oecdScale: "OESO-schaal",
    overriddenBy: (name: string, when: string) => `Vastgesteld door ${name} op ${when}.`,
    overriddenByUnknown: "Vastgesteld door een coördinator.",
    overrideReason: (reason: string) => `Reden: ${reason}`,
    derivedInstead: "Volgens de acties zou het zijn:",
    actionsTitle: "Acties",
    addAction: "Actie toevoegen bij deze aanbeveling",
    actionsCaption: "Acties bij deze aanbeveling met organisatie, status, percentage gereed en deadline",
    actionsEmpty: "Bij deze aanbeveling zijn nog geen acties vastgelegd.",
    actionsRange: (from: number, to: number, total: number) =>
      `Acties ${formatCount(from)}–${formatCount(to)} van ${formatCount(total)}`,
    actionColumns: {
      title: "Actie",
      organisation: "Organisatie",
      status: "Status",
      percent: "Gereed",
      dueDate: "Deadline",
    },
    commitmentsTitle: "Toezeggingen",
    commitmentsEmpty: "Aan deze aanbeveling is geen toezegging gekoppeld.",
    commitmentWording: (wording: string) => `Oorspronkelijke formulering: ‘${wording}’`,
    commitmentDue: (date: string) => `Termijn: ${date}`,
    commitmentStatus: {
      OPEN: "open",
      FULFILLED: "voldaan",
      PARTLY_FULFILLED: "deels voldaan",
      LAPSED: "vervallen",
    } satisfies Record<CommitmentStatus, string>,
    historyTitle: "Geschiedenis",
    historyEmpty: "Er zijn nog geen wijzigingen van deze aanbeveling vastgelegd.",
    historyTruncated: (count: number) =>
      `Hier staan de ${formatCount(count)} meest recente wijzigingen; het logboek bevat ze allemaal.`,
    override: {
      title: "Status vaststellen",
      intro:
        "Stel de status handmatig vast als die afwijkt van wat de acties aangeven, bijvoorbeeld omdat de aanbeveling op een andere manier is uitgevoerd. De reden is voor iedereen zichtbaar.",
      status: "Vastgestelde status",
      statusPlaceholder: "Kies een status",
      reason: "Reden",
      reasonHint: "Waarom wijkt de status af van wat de acties aangeven?",
      submit: "Status vaststellen",
      saved: "De status is vastgesteld.",
      clearTitle: "Vastgestelde status opheffen",
      clearIntro: "Daarna volgt de status weer uit de acties.",
      clear: "Vastgestelde status opheffen",
      nothingToClear: "Er is geen vastgestelde status om op te heffen. Er is niets gewijzigd.",
    },
    form: {
      editTitle: (number: number) => `Aanbeveling ${number} bewerken`,
      evaluation: "Evaluatie",
      evaluationPlaceholder: "Kies een evaluatie",
      number: "Nummer",
      numberHint: "Het nummer van de aanbeveling in het rapport; uniek binnen de evaluatie.",
      title: "Titel",
      titleHint: "Een korte samenvatting van de aanbeveling.",
      text: "Tekst van de aanbeveling",
      titleEn: "Titel (Engels)",
      textEn: "Tekst van de aanbeveling (Engels)",
      englishHint: "Voor de Engelstalige OESO-rapportage. Laat leeg als er (nog) geen Engelse tekst is.",
      theme: "Thema",
      themeHint: "Bijvoorbeeld ‘Risicoacceptatie’ of ‘Aansprakelijkheid van rechtspersonen’.",
      cabinetResponse: "Kabinetsreactie",
      cabinetResponsePlaceholder: "Kies de kabinetsreactie",
      lead: "Verantwoordelijke organisatie",
      leadPlaceholder: "Kies een organisatie",
      submitCreate: "Aanbeveling toevoegen",
      submitEdit: "Wijzigingen opslaan",
      cancel: "Annuleren",
    },
    validation: {
      evaluationRequired: "Kies een evaluatie.",
      evaluationGone: "Deze evaluatie bestaat niet (meer). Kies een andere.",
      numberRequired: "Vul het nummer in.",
      numberInvalid: "Vul een heel getal van 1 tot en met 999 in.",
      numberTaken: (number: number) => `Nummer ${number} bestaat al bij deze evaluatie. Kies een ander nummer.`,
      titleLabel: "de titel",
      textLabel: "de tekst van de aanbeveling",
      themeLabel: "het thema",
      leadRequired: "Kies de verantwoordelijke organisatie.",
      leadGone: "Deze organisatie bestaat niet (meer). Kies een andere.",
      reasonLabel: "de reden",
    },
    // The rule that derived the status, in one sentence (lib/recommendations/explain-implementation-status.ts).
    explanation: {
      sentence: (reason: string, status: string, oecd: string) =>
        `Afgeleid uit de acties: ${reason}, dus ‘${status}’ (OESO: ${oecd}).`,
      noActions: "er zijn nog geen acties",
      noCountingActions: "er zijn geen acties die meetellen",
      onlyActionNotStarted: "de enige actie is nog niet gestart",
      onlyActionDone: "de enige actie is afgerond",
      onlyActionDelayed: "de enige actie is vertraagd",
      onlyActionInProgress: "de enige actie is in uitvoering",
      noneStarted: (total: number) => `geen van de ${formatCount(total)} acties is gestart`,
      allDone: (total: number) =>
        total === 2 ? "beide acties zijn afgerond" : `alle ${formatCount(total)} acties zijn afgerond`,
      someDelayed: (delayed: number, total: number, done: number) =>
        `${delayed} van de ${formatCount(total)} acties ${delayed === 1 ? "is" : "zijn"} vertraagd en ${done === 0 ? "geen" : done} ${done > 1 ? "zijn" : "is"} afgerond`,
      someDone: (done: number, total: number) =>
        `${done} van de ${formatCount(total)} acties ${done === 1 ? "is" : "zijn"} afgerond en geen is vertraagd`,
      someInProgress: (started: number, total: number) =>
        `${started} van de ${formatCount(total)} acties ${started === 1 ? "is" : "zijn"} in uitvoering en nog geen is afgerond`,
      cancelledNote: (count: number) =>
        count === 1
          ? " (1 geannuleerde actie telt niet mee)"
          : ` (${formatCount(count)} geannuleerde acties tellen niet mee)`,
    },
  },
} as const;

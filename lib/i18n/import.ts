// Importing recommendations and actions from a spreadsheet.
// One part of the Dutch message file; nl.ts gathers the parts for server code.
import { formatCount } from "@/lib/i18n/format-number";

export const importMessages = {
  dataImport: {
    title: "Importeren uit Excel",
    intro:
      "Voeg aanbevelingen en acties in één keer toe of werk ze bij vanuit een Excel-bestand. Eerst controleert de app elke rij; er verandert pas iets als u daarna op Importeren drukt, en dan alles of niets.",
    forbidden: "Alleen de coördinator kan aanbevelingen en acties importeren.",
    limits: (megabytes: number, rows: string) =>
      `Het bestand is een .xlsx-bestand van hoogstens ${megabytes} MB met hoogstens ${rows} rijen, zonder formules, macro's of externe koppelingen.`,
    templateTitle: "1. Sjabloon downloaden",
    templateIntro:
      "Gebruik het sjabloon: één rij per actie, met de gegevens van de aanbeveling op elke rij herhaald. Het blad Toelichting legt elke kolom uit. Met de huidige gegevens kunt u ze bewerken en weer importeren; rijen die u niet wijzigt, blijven ongewijzigd.",
    templateFilled: "Sjabloon met de huidige gegevens (Excel)",
    templateEmpty: "Leeg sjabloon (Excel)",
    uploadTitle: "2. Bestand controleren en importeren",
    fileLabel: "Excel-bestand (.xlsx)",
    fileHint: (megabytes: number, rows: string) => `Hoogstens ${megabytes} MB en ${rows} rijen.`,
    readLimits: (seconds: number, memory: number, unpacked: number) =>
      `Het bestand wordt apart gelezen: hoogstens ${seconds} seconden en ${memory} MB geheugen, en uitgepakt hoogstens ${unpacked} MB. Een bestand dat meer vraagt, wordt geweigerd.`,
    fileRequired: "Kies een Excel-bestand (.xlsx).",
    check: "Controleren",
    import: "Importeren",
    checking: "Bezig met controleren…",
    importing: "Bezig met importeren…",
    pendingHint: "Een groot bestand kan enkele tientallen seconden duren. Laat deze pagina open.",
    importHint:
      "Importeren schrijft alle rijen van dit gecontroleerde bestand in één keer, of niets als er toch een fout is.",
    rulesTitle: "Zo werkt het importeren",
    rules: [
      "Een rij hoort bij een bestaande aanbeveling als de evaluatie en het nummer van de aanbeveling gelijk zijn, en bij een bestaande actie als ook het kenmerk van de actie gelijk is. Anders is de rij nieuw.",
      "Elke wijziging gaat via dezelfde regels als de formulieren en staat in het logboek, op uw naam.",
      "Een andere deadline wordt een deadlinewijziging met als reden de import; dat kan niet bij een afgeronde of geannuleerde actie, of als er een deadlineverzoek openstaat.",
      "Een andere status volgt de stappen van de werkwijze (Niet gestart → In uitvoering → Afgerond), elke stap als voortgangsupdate. Annuleren en heropenen vragen een reden en gaan alleen via de pagina van de actie.",
      "Acties en aanbevelingen die niet in het bestand staan, blijven zoals ze zijn: de import verwijdert niets.",
    ],
    alreadyRunning: (name: string) =>
      `Er loopt al een import (gestart door ${name}). Wacht tot die klaar is en controleer uw bestand dan opnieuw.`,
    jobTitle: "Import",
    jobRunning: "De import loopt. U kunt deze pagina open laten of later terugkomen.",
    jobQueued: "De import staat in de wachtrij en begint zo.",
    jobSucceeded: (rows: string) => `Geïmporteerd: ${rows} verwerkt.`,
    jobFailed: "De import is niet gelukt; er is niets gewijzigd.",
    jobCounts: { created: "Nieuw", changed: "Gewijzigd", unchanged: "Ongewijzigd" },
    jobCountsCaption: "Uitkomst van de import",
    backToImport: "Naar Importeren uit Excel",
    notChecked: "Dit bestand is niet het bestand dat u heeft gecontroleerd. Controleer het eerst opnieuw.",
    rowFailed: (row: number, message: string) => `Rij ${row}: ${message} Er is niets geïmporteerd.`,
    deadlineReason: "Gewijzigd via een import uit Excel.",
    journalText: "Bijgewerkt via een import uit Excel.",
    rows: (count: number) => (count === 1 ? "1 rij" : `${formatCount(count)} rijen`),
    errors: (count: number) => (count === 1 ? "1 fout" : `${formatCount(count)} fouten`),
    checked: (rows: string) =>
      `Gecontroleerd: ${rows}, geen fouten. Er is nog niets gewijzigd; druk op Importeren om de wijzigingen op te slaan.`,
    checkedNothing: (rows: string) =>
      `Gecontroleerd: ${rows}, geen fouten en niets gewijzigd ten opzichte van de huidige gegevens.`,
    checkedWithErrors: (errors: string) =>
      `Gecontroleerd: ${errors}. Er is niets gewijzigd. Verbeter het bestand en controleer het opnieuw.`,
    imported: (rows: string) => `Geïmporteerd: ${rows} verwerkt.`,
    notImported: (errors: string) =>
      `Niet geïmporteerd: de gegevens zijn intussen gewijzigd en het bestand geeft nu ${errors}. Er is niets gewijzigd.`,
    duration: (seconds: string) => `Duur: ${seconds} s.`,
    summaryTitle: "Resultaat",
    summary: { NEW: "nieuw", CHANGED: "gewijzigd", UNCHANGED: "ongewijzigd", INVALID: "met fouten" },
    summaryLabel: "Aantal rijen per uitkomst",
    errorsTitle: "Fouten",
    errorsCaption: "Fouten per rij en kolom",
    errorColumns: { row: "Rij", column: "Kolom", message: "Fout" },
    errorsMore: (shown: string, total: string) => `De eerste ${shown} van ${total} fouten.`,
    rowsTitle: "Rijen",
    rowsCaption: "Uitkomst per rij",
    rowsMore: (shown: string, total: string) =>
      `${shown} van ${total} rijen getoond: de nieuwe, gewijzigde en foute rijen. De aantallen hierboven gelden voor alle rijen.`,
    rowColumns: { row: "Rij", item: "Actie of aanbeveling", outcome: "Uitkomst", changes: "Wat verandert" },
    outcome: { NEW: "nieuw", CHANGED: "gewijzigd", UNCHANGED: "ongewijzigd", INVALID: "fout" },
    nothingChanges: "—",
    toActions: "Bekijk de acties",
    file: {
      empty: "Het bestand is leeg.",
      tooLarge: (size: string) => `Het bestand is ${size}; hoogstens 10 MB kan worden geïmporteerd.`,
      notXlsx:
        "Dit is geen Excel-bestand (.xlsx). Sla het in Excel op als 'Excel-werkmap (.xlsx)' en probeer het opnieuw.",
      macros:
        "Het bestand bevat macro's. Sla het op als 'Excel-werkmap (.xlsx)' zonder macro's en probeer het opnieuw.",
      externalLinks:
        "Het bestand bevat koppelingen naar andere bestanden. Verbreek de koppelingen (Gegevens → Koppelingen bewerken) en probeer het opnieuw.",
      unreadable:
        "Het bestand kan niet worden gelezen als Excel-werkmap. Sla het opnieuw op als .xlsx en probeer het nog eens.",
      formulas: (cells: string, count: number) =>
        `Het bestand bevat ${count === 1 ? "een formule" : `${formatCount(count)} formules`} (${cells}${count > 3 ? ", …" : ""}). Vervang formules door hun waarde (Plakken speciaal → Waarden) en probeer het opnieuw.`,
      noSheet: "Het bestand heeft geen werkblad 'Aanbevelingen en acties'. Gebruik het sjabloon.",
      missingColumns: (columns: string) =>
        `De eerste rij mist deze kolommen: ${columns}. Gebruik de kolomnamen van het sjabloon.`,
      tooManyRows: (max: number) =>
        `Het bestand heeft meer dan ${formatCount(max)} rijen. Splits het in kleinere bestanden.`,
      noRows: "Het bestand heeft geen rijen onder de kolomnamen.",
      // The upload limits (lib/uploads/upload-limits.ts), each naming the limit that was hit.
      zipEntries: (max: number) =>
        `Het bestand bestaat uit meer dan ${max.toLocaleString("nl-NL")} onderdelen; een Excel-werkmap heeft er veel minder. Sla het opnieuw op als .xlsx en probeer het nog eens.`,
      zipSize: (megabytes: number) =>
        `Uitgepakt is het bestand groter dan ${megabytes} MB, de grens voor een import. Splits het in kleinere bestanden.`,
      zipRatio: (ratio: number) =>
        `Een onderdeel van het bestand is meer dan ${ratio} keer samengeperst; zo ziet een gewone Excel-werkmap er niet uit. Sla het opnieuw op als .xlsx en probeer het nog eens.`,
      tooSlow: (seconds: number) =>
        `Het lezen van het bestand duurde langer dan ${seconds} seconden en is gestopt. Verwijder lege rijen, kolommen en opmaak onder de gegevens, of splits het bestand.`,
      tooMuchMemory: (megabytes: number) =>
        `Het lezen van het bestand vroeg meer dan ${megabytes} MB geheugen en is gestopt. Verwijder lege rijen, kolommen en opmaak onder de gegevens, of splits het bestand.`,
    },
    rowErrors: {
      required: (column: string) => `Vul ${column} in.`,
      number: (max: number) => `Vul een heel getal van 1 tot en met ${formatCount(max)} in.`,
      cabinetResponse: (given: string, allowed: string) =>
        `Onbekende kabinetsreactie '${given}'. Kies uit: ${allowed}.`,
      status: (given: string, allowed: string) => `Onbekende status '${given}'. Kies uit: ${allowed}.`,
      dateFormat: (given: string) => `'${given}' is geen datum. Schrijf bijvoorbeeld 30-06-2023.`,
      dateMissing: (given: string) => `De datum ${given} bestaat niet.`,
      reference: "Schrijf het kenmerk als nummer van de aanbeveling, punt, volgnummer, bijvoorbeeld 3.2.",
      referencePrefix: (number: number) =>
        `Het kenmerk van een actie van aanbeveling ${number} begint met ${number}., bijvoorbeeld ${number}.1.`,
      doneIsHundred: "Een afgeronde actie is 100% gereed. Vul 100 in of laat het leeg.",
      unknownEvaluation: (title: string) =>
        `Onbekende evaluatie '${title}'. Gebruik de titel van een evaluatie zoals de app hem toont.`,
      unknownOrganisation: (code: string) => `Onbekende organisatie '${code}'. Kies uit: FIN, BZ, ADSB.`,
      recommendationDiffers: (number: number, row: number) =>
        `Aanbeveling ${number} staat op rij ${row} met andere gegevens. Maak de gegevens van de aanbeveling op elke rij gelijk.`,
      duplicateReference: (reference: string, row: number) =>
        `Kenmerk ${reference} staat ook op rij ${row}. Elk kenmerk mag één keer voorkomen.`,
      unknownContact: (email: string) =>
        `Onbekende contactpersoon '${email}'. Gebruik het e-mailadres van een gebruiker van de app.`,
      inactiveContact: (email: string) => `De contactpersoon ${email} is gedeactiveerd. Kies een actieve gebruiker.`,
      contactElsewhere: (email: string, organisation: string) =>
        `De contactpersoon ${email} werkt niet bij ${organisation}. Kies iemand van de organisatie van de actie.`,
      statusForNew: (status: string) =>
        `Een nieuwe actie kan via de import niet de status ${status} krijgen. Annuleren gaat via de pagina van de actie.`,
      statusRefused: (from: string, to: string) =>
        `Van ${from} naar ${to} kan niet via de import: daar is een reden voor nodig. Doe het op de pagina van de actie.`,
      deadlineClosed: "De deadline van een afgeronde of geannuleerde actie verandert niet.",
      deadlinePending: "Voor deze actie staat een deadlineverzoek open. Beslis daar eerst over.",
    },
    columns: {
      evaluation: {
        header: "Evaluatie",
        required: true,
        explanation: "De titel van de evaluatie, precies zoals de app hem toont. Een import voegt geen evaluaties toe.",
        allowed: "",
      },
      recommendationNumber: {
        header: "Nr. aanbeveling",
        required: true,
        explanation: "Het nummer van de aanbeveling binnen de evaluatie.",
        allowed: "1 tot en met 999",
      },
      recommendationTitle: {
        header: "Titel aanbeveling",
        required: true,
        explanation: "De korte titel van de aanbeveling. Op elke rij van dezelfde aanbeveling gelijk.",
        allowed: "hoogstens 300 tekens",
      },
      recommendationText: {
        header: "Tekst aanbeveling",
        required: true,
        explanation: "De tekst van de aanbeveling.",
        allowed: "hoogstens 8000 tekens",
      },
      theme: {
        header: "Thema",
        required: true,
        explanation: "Het thema van de aanbeveling, bijvoorbeeld Risicokader.",
        allowed: "hoogstens 120 tekens",
      },
      cabinetResponse: {
        header: "Kabinetsreactie",
        required: true,
        explanation: "Hoe het kabinet op de aanbeveling heeft gereageerd.",
        allowed: "Overgenomen, Deels overgenomen, Niet overgenomen",
      },
      leadOrganisation: {
        header: "Leidende organisatie",
        required: true,
        explanation: "De organisatie die de aanbeveling trekt, met haar afkorting.",
        allowed: "FIN, BZ, ADSB",
      },
      reference: {
        header: "Kenmerk actie",
        required: true,
        explanation:
          "Het kenmerk van de actie: nummer van de aanbeveling, punt, volgnummer. Hierop herkent de import een bestaande actie. Laat alle kolommen van de actie leeg voor een aanbeveling zonder acties.",
        allowed: "bijvoorbeeld 3.2",
      },
      title: {
        header: "Titel actie",
        required: true,
        explanation: "De titel van de actie.",
        allowed: "hoogstens 200 tekens",
      },
      description: {
        header: "Omschrijving actie",
        required: true,
        explanation: "Wat de actie inhoudt.",
        allowed: "hoogstens 4000 tekens",
      },
      organisation: {
        header: "Organisatie",
        required: true,
        explanation: "De organisatie die eigenaar is van de actie.",
        allowed: "FIN, BZ, ADSB",
      },
      contact: {
        header: "Contactpersoon (e-mail)",
        required: true,
        explanation:
          "Het e-mailadres van de contactpersoon: een actieve gebruiker van de app bij de organisatie van de actie.",
        allowed: "",
      },
      startDate: {
        header: "Startdatum",
        required: false,
        explanation: "De dag waarop de actie begint.",
        allowed: "een datum als dag-maand-jaar, bijvoorbeeld 2-1-2023",
      },
      dueDate: {
        header: "Deadline",
        required: true,
        explanation:
          "De dag waarop de actie klaar moet zijn; niet voor de startdatum. Een andere deadline bij een bestaande actie wordt een deadlinewijziging.",
        allowed: "een datum als dag-maand-jaar, bijvoorbeeld 30-6-2023",
      },
      status: {
        header: "Status",
        required: false,
        explanation:
          "De stand van de actie. Leeg: Niet gestart bij een nieuwe actie, ongewijzigd bij een bestaande. Geannuleerd en heropenen gaan alleen via de pagina van de actie.",
        allowed: "Niet gestart, In uitvoering, Vertraagd / geblokkeerd, Afgerond",
      },
      percentDone: {
        header: "Percentage",
        required: false,
        explanation:
          "Hoeveel procent van de actie gereed is. Leeg: 0 bij een nieuwe actie, ongewijzigd bij een bestaande. Afgerond is altijd 100.",
        allowed: "0 tot en met 100",
      },
      recommendationTitleEn: {
        header: "Titel aanbeveling (Engels)",
        required: false,
        explanation:
          "De Engelse titel voor de OESO-rapportage. Leeg: de Engelse titel blijft zoals hij is. De kolom mag ontbreken.",
        allowed: "hoogstens 300 tekens",
      },
      recommendationTextEn: {
        header: "Tekst aanbeveling (Engels)",
        required: false,
        explanation: "De Engelse tekst van de aanbeveling. Leeg: blijft zoals hij is. De kolom mag ontbreken.",
        allowed: "hoogstens 8000 tekens",
      },
      titleEn: {
        header: "Titel actie (Engels)",
        required: false,
        explanation: "De Engelse titel van de actie. Leeg: blijft zoals hij is. De kolom mag ontbreken.",
        allowed: "hoogstens 200 tekens",
      },
      descriptionEn: {
        header: "Omschrijving actie (Engels)",
        required: false,
        explanation: "De Engelse omschrijving van de actie. Leeg: blijft zoals hij is. De kolom mag ontbreken.",
        allowed: "hoogstens 4000 tekens",
      },
    },
    template: {
      fileName: (date: string, filled: boolean) =>
        `${filled ? "aanbevelingen-en-acties" : "sjabloon-import"}-${date}.xlsx`,
      explanationIntro:
        "Eén rij per actie. De gegevens van de aanbeveling staan op elke rij van die aanbeveling en zijn daar gelijk. Laat geen formules, macro's of koppelingen in het bestand staan.",
      explanationColumns: {
        column: "Kolom",
        required: "Verplicht",
        explanation: "Uitleg",
        allowed: "Toegestane waarden",
      },
      yes: "ja",
      no: "nee",
    },
  },

  // ---- API
  // The JSON API's errors (lib/api/) and its reference page (/api).
} as const;

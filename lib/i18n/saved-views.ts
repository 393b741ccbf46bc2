// The action list's saved views (Weergaven) and the bulk assignment of a contact person.
// Client components of these two (the forms) import this file directly: it is small.
export const savedViewsMessages = {
  savedViews: {
    heading: "Opgeslagen weergaven",
    none: "U hebt nog geen weergaven opgeslagen.",
    manageLink: "Weergaven beheren",
    nameLabel: "Naam van de weergave",
    nameRequired: "een naam voor de weergave",
    nameHint:
      "Bewaart de filters en de sortering die nu gelden. Alleen u ziet uw weergaven; de link zelf kunt u delen.",
    save: "Weergave opslaan",
    saved: (name: string) => `Weergave ‘${name}’ opgeslagen.`,
    nameTaken: "U hebt al een weergave met deze naam. Kies een andere naam.",
    limitReached: (max: number) =>
      `U hebt al ${max} weergaven, het maximum. Verwijder eerst een weergave via ‘Weergaven beheren’.`,
    notFound: "Deze weergave bestaat niet (meer).",
    changedMeanwhile: "Deze weergave is intussen gewijzigd, bijvoorbeeld in een ander venster. Laad de pagina opnieuw.",
    manageTitle: "Weergaven beheren",
    manageIntro: (max: number) =>
      `Uw opgeslagen weergaven van de lijst met acties: open, hernoem of verwijder ze. U kunt er hoogstens ${max} bewaren.`,
    count: (count: number, max: number) => `${count} van ${max} weergaven.`,
    columnName: "Naam",
    columnActions: "Wijzigen",
    renameLabel: "Nieuwe naam",
    rename: "Naam wijzigen",
    renamed: (name: string) => `Naam gewijzigd in ‘${name}’.`,
    remove: "Verwijderen",
    removeFor: (name: string) => `Weergave ‘${name}’ verwijderen`,
    removed: "Weergave verwijderd.",
  },
  bulkAssign: {
    legend: "Contactpersoon van de gekozen acties",
    column: "Kies",
    selectAll: "Alles op deze pagina",
    pickHint: "Vink de acties aan en kies daarna de nieuwe contactpersoon.",
    next: "Contactpersoon kiezen",
    title: "Contactpersoon toewijzen",
    intro: (count: number) =>
      count === 1
        ? "U kiest een nieuwe contactpersoon voor deze actie."
        : `U kiest één nieuwe contactpersoon voor deze ${count} acties.`,
    chosenCaption: "Gekozen acties",
    chosenColumns: { title: "Actie", organisation: "Organisatie", contact: "Contactpersoon nu" },
    noContact: "geen",
    chosenMissing: (count: number) =>
      count === 1
        ? "1 gekozen actie bestaat niet meer en is weggelaten."
        : `${count} gekozen acties bestaan niet meer en zijn weggelaten.`,
    allMissing: (count: number) =>
      count === 1
        ? "De gekozen actie bestaat niet meer. Kies in de lijst opnieuw."
        : `Geen van de ${count} gekozen acties bestaat nog. Kies in de lijst opnieuw.`,
    backToList: "Terug naar de lijst",
    contactLabel: "Nieuwe contactpersoon",
    choose: "Kies een contactpersoon",
    contactHint:
      "Een actieve gebruiker van de organisatie van elke gekozen actie. Acties waarvoor dat niet kan, worden na het opslaan genoemd; de andere worden opgeslagen.",
    submit: "Contactpersoon toewijzen",
    noneChosen: "Kies ten minste één actie.",
    tooMany: (max: number) => `Kies hoogstens ${max} acties tegelijk.`,
    invalidChoice: "De keuze van acties is ongeldig. Laad de pagina opnieuw.",
    result: (saved: number, unchanged: number) =>
      [
        saved === 1 ? "1 actie gewijzigd." : `${saved} acties gewijzigd.`,
        unchanged === 0
          ? ""
          : unchanged === 1
            ? "1 actie had deze contactpersoon al."
            : `${unchanged} acties hadden deze contactpersoon al.`,
      ]
        .filter(Boolean)
        .join(" "),
    failedTitle: (count: number) => (count === 1 ? "1 actie niet gewijzigd" : `${count} acties niet gewijzigd`),
    failedAdvice: "Open de actie, of laad de lijst opnieuw en probeer het nog eens.",
    notInOrganisation: "De nieuwe contactpersoon hoort niet bij de organisatie van deze actie.",
    unknownAction: (id: string) => `Onbekende actie (${id})`,
    changedMeanwhile: "Intussen door iemand anders gewijzigd. Laad de lijst opnieuw.",
  },
} as const;

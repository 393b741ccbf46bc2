// Indicators (kengetallen).
// One part of the Dutch message file; nl.ts gathers the parts for server code.

export const indicatorsMessages = {
  indicators: {
    title: "Kengetallen",
    intro:
      "Cijfers uit het jaarverslag over de exportkredietverzekering, per jaar, elk met zijn bron. Bij elke grafiek staat een tabel met dezelfde cijfers.",
    empty: "Er zijn nog geen kengetallen.",
    noValues: "Voor dit kengetal zijn nog geen waarden ingevoerd.",
    notFound: "Dit kengetal bestaat niet (meer). Er is niets gewijzigd.",
    // chart and table
    chartTitle: (name: string, years: string) => `${name}, ${years}`,
    chartDescription: (unit: string, series: string, lowest: string, highest: string) =>
      `Staafdiagram per jaar (eenheid: ${unit}). ${series}. Laagste waarde: ${lowest}. Hoogste waarde: ${highest}.`,
    seriesPoint: (year: number, value: string) => `${year}: ${value}`,
    extremePoint: (value: string, years: string) => `${value} in ${years}`,
    and: " en ",
    unitLabel: (unit: string) => `Eenheid: ${unit}`,
    singleTitle: (name: string, year: number) => `${name}, ${year}`,
    singleYear: (year: number) => `Stand ${year}`,
    tableCaption: (name: string) => `${name}: waarden per jaar`,
    columnYear: "Jaar",
    columnValue: "Waarde",
    columnUnit: "Eenheid",
    sources: "Bron",
    sourceYears: (years: string) => `${years}:`,
    // "Waarde toevoegen" (Coördinator)
    addTitle: "Waarde toevoegen",
    addIntro: (name: string) =>
      `Voeg een jaar toe aan ‘${name}’. Een jaar dat er al staat, kunt u niet nog eens toevoegen.`,
    year: "Jaar",
    yearHint: "Een jaartal van 1900 tot en met 2200.",
    yearInvalid: "Vul een jaartal in van 1900 tot en met 2200, bijvoorbeeld 2023.",
    yearTaken: (year: number) =>
      `Voor ${year} is al een waarde ingevoerd. Kies een ander jaar; er is niets opgeslagen.`,
    value: (unit: string) => `Waarde (${unit})`,
    valueHint: "Een getal van 0 of meer, met hoogstens twee decimalen achter de komma, bijvoorbeeld 18,8.",
    valueInvalid: "Vul een getal in van 0 of meer, met hoogstens twee decimalen, bijvoorbeeld 18,8.",
    source: "Bron",
    sourceHint: "Waar het cijfer vandaan komt, bijvoorbeeld ‘Jaarverslag IX 2023, tabel 29’.",
    sourceLabel: "de bron",
    submit: "Waarde toevoegen",
    added: (year: number) => `De waarde voor ${year} is toegevoegd.`,
  },
} as const;

// The labels of the action form (Nieuwe actie, Gegevens wijzigen), in a file of their own: the form
// is a client component, and importing the whole actions file would send all of it (about 5 kB
// gzip) to the browser with every page that has the form. Server code reads them as
// nl.actionDetail.form…, where lib/i18n/action-items.ts spreads them in.
export const actionItemFormMessages = {
  formRecommendation: "Aanbeveling",
  formRecommendationChoose: "Kies een aanbeveling",
  formTitle: "Titel",
  formDescription: "Omschrijving",
  formTitleEn: "Titel (Engels)",
  formDescriptionEn: "Omschrijving (Engels)",
  formEnglishHint: "Voor de Engelstalige OESO-rapportage. Laat leeg als er (nog) geen Engelse tekst is.",
  formOrganisation: "Organisatie (eigenaar)",
  formOrganisationChoose: "Kies een organisatie",
  formContact: "Contactpersoon",
  formContactHint: "Een actieve gebruiker van de organisatie die de actie uitvoert.",
  formContactChoose: "Kies een contactpersoon",
  formStartDate: "Startdatum",
  formDueDate: "Deadline",
  formDueDateHint: "Als dag-maand-jaar, bijvoorbeeld 30-9-2023; niet voor de startdatum.",
  formCreate: "Actie aanmaken",
  formSave: "Opslaan",
  formCancel: "Annuleren",
} as const;

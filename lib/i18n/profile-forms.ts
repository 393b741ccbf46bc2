// The labels of the profile's calendar-feed and API-token forms, in a file of their own: the forms
// are client components, and importing the whole users file would send all of it (user
// management too, about 3 kB gzip) with /profiel. Server code reads them as nl.profile.…, where
// lib/i18n/users.ts spreads them in.
export const profileFormMessages = {
  feedRevoke: "Intrekken",
  feedCreate: "Agenda-adres maken",
  feedInstructions: [
    "Ga in Outlook naar Agenda.",
    "Kies Agenda toevoegen → Abonneren via internet (in de klassieke Outlook: Agenda openen → Van internet).",
    "Plak het adres en bevestig. Outlook haalt de deadlines daarna zelf op; wijzigingen verschijnen na enige tijd.",
  ],
  feedInstructionsTitle: "Zo voegt u de agenda toe in Outlook",
  feedUrlHint: "Selecteer het adres en kopieer het (Ctrl+C). Na het verlaten van deze pagina is het niet meer te zien.",
  feedUrlLabel: "Uw persoonlijke agenda-adres",
  tokenRevoke: "Intrekken",
  tokenCreate: "API-token maken",
  tokenExpiresOn: "Geldig tot en met",
  tokenExpiresOnHint:
    "Alleen bij 'Tot een datum': een datum na vandaag en hoogstens een jaar vooruit, als dag-maand-jaar (bijvoorbeeld 30-6-2027). Het token geldt tot en met die dag.",
  tokenExpiry: "Geldig",
  tokenExpiryOptions: { "30": "30 dagen", "90": "90 dagen", "365": "1 jaar", date: "Tot een datum" } as Record<
    string,
    string
  >,
  tokenName: "Naam",
  tokenNameHint: "Bijvoorbeeld de naam van het systeem dat het token gebruikt.",
  tokenValueHint:
    "Selecteer het token en kopieer het (Ctrl+C). Opvolging bewaart alleen een vingerafdruk: na het verlaten van deze pagina is het token niet meer te zien. Stuur het mee als kop Authorization: Bearer <token>.",
  tokenValueLabel: "Uw nieuwe API-token",
};

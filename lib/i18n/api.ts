// The API and its tokens.
// One part of the Dutch message file; nl.ts gathers the parts for server code.

export const apiMessages = {
  api: {
    problems: {
      unauthenticated: "Niet geauthenticeerd",
      unauthenticatedDetail:
        "Stuur een geldig API-token mee als kop Authorization: Bearer <token>. Een ingetrokken of verlopen token, of een token van een gedeactiveerde gebruiker, geldt niet.",
      forbidden: "Geen toestemming",
      notFound: "Niet gevonden",
      notFoundDetail: "Dit gegeven bestaat niet (meer).",
      routeNotFound: "Deze API-route bestaat niet.",
      methodNotAllowed: "Methode niet toegestaan",
      conflict: "Gewijzigd door een ander",
      conflictDetail:
        "Een ander heeft dit intussen gewijzigd. Haal het gegeven opnieuw op en stuur uw wijziging met de nieuwe version.",
      invalid: "Ongeldige invoer",
      invalidDetail: "Een of meer velden kloppen niet; zie errors.",
      malformedJson: "Ongeldige JSON",
      malformedJsonDetail: "De inhoud van het verzoek is geen geldige JSON.",
      tooDeepDetail: (levels: number) =>
        `De JSON is te diep genest: objecten en lijsten mogen hoogstens ${levels} niveaus in elkaar zitten.`,
      unsupportedMediaType: "Verkeerd inhoudstype",
      unsupportedMediaTypeDetail: "Stuur de inhoud als application/json.",
      tooLarge: "Verzoek te groot",
      tooLargeDetail: (kilobytes: number) => `De inhoud van het verzoek mag hoogstens ${kilobytes} kB zijn.`,
      rateLimited: "Te veel verzoeken",
      rateLimitedDetail: (limit: number, seconds: number) =>
        `Hoogstens ${limit} verzoeken per minuut per token. Probeer het over ${seconds} seconden opnieuw.`,
      generic: "Onverwachte fout",
    },
    reference: {
      title: "API-documentatie",
      intro:
        "Opvolging heeft een JSON-API voor andere systemen: lezen van evaluaties, aanbevelingen, acties, toezeggingen, Kamerbrieven (gegevens, niet de tekst) en kengetallen, en voortgang toevoegen of de status van een actie wijzigen. Deze pagina is gemaakt uit hetzelfde OpenAPI 3.1-document dat de API zelf gebruikt.",
      documentLink: "OpenAPI-document (JSON)",
      authTitle: "Authenticatie",
      auth: "Maak op uw profielpagina een API-token en stuur het bij elk verzoek mee als kop Authorization: Bearer <token>. Het token handelt namens u, met uw huidige rol en organisatie: wat u in Opvolging niet mag, mag het token ook niet. Uw inlogsessie in de browser geldt niet voor de API.",
      profileLink: "Naar uw profiel: API-tokens",
      rulesTitle: "Regels",
      rules: [
        "Verzoeken met inhoud (POST) sturen JSON met Content-Type: application/json, hoogstens 100 kB.",
        "Wijzigingen sturen de version mee die u ophaalde. Heeft een ander het gegeven intussen gewijzigd, dan volgt 409 en is er niets veranderd.",
        "Fouten komen als application/problem+json (RFC 9457) met een Nederlandse title; bij ongeldige velden staat per veld de melding in errors.",
        "Elke wijziging komt in het logboek, net als in de app.",
      ],
      rateLimit: (limit: number) =>
        `Per token hoogstens ${limit} verzoeken per minuut; daarboven volgt 429 met Retry-After.`,
      errorsTitle: "Foutcodes",
      operationsTitle: "Routes",
      parameters: "Parameters",
      parameterColumns: { name: "Naam", where: "In", type: "Type", required: "Verplicht", description: "Omschrijving" },
      parameterIn: { path: "pad", query: "zoekvraag" } as Record<string, string>,
      requestBody: "Inhoud van het verzoek (JSON)",
      fieldColumns: { name: "Veld", type: "Type", required: "Verplicht", description: "Omschrijving" },
      responseFields: "Velden van het antwoord",
      responseItemFields: "Velden per item (in items)",
      responses: "Antwoorden",
      yes: "ja",
      no: "nee",
      noAuth: "Zonder token.",
    },
  },

  // ---- Kamerbrieven
  // The composer's phrases: the letter's own Dutch (lib/letters/compose-letter.ts).
} as const;

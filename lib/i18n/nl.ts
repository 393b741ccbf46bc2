// Every UI string, in Dutch. The glossary fixes the terms so that each screen, the
// letters and the e-mails use the same word for the same thing.
import type { ActionStatus, CabinetResponse, ImplementationStatus, Role } from "@/lib/generated/prisma/enums.ts";

export const glossary = {
  aanbeveling: "Een aanbeveling uit het evaluatierapport (recommendation).",
  actie: "Een concrete stap om een aanbeveling uit te voeren, met één eigenaar-organisatie en een deadline (action).",
  voortgangsupdate: "Een bericht in het logboek van een actie; wordt nooit gewijzigd, alleen aangevuld (progress update).",
  toezegging: "Een belofte aan de Tweede Kamer met een termijn, zoals 'voor de zomer van 2023' (commitment).",
  rapportagemoment: "De datum waarop over een toezegging aan de Kamer wordt gerapporteerd.",
  Kamerbrief: "Een brief van een bewindspersoon aan de Tweede Kamer (letter to parliament).",
  Kamerstuk: "Een genummerd parlementair document, bijvoorbeeld 36 200 IX, nr. 11.",
  peildatum: "De datum waarop de stand van zaken wordt bepaald ('vandaag' in de app).",
  illustratief: "Voorbeeldgegevens: niet afkomstig uit het openbare verslag van de evaluatie.",
  kengetal: "Een jaarlijkse reeks cijfers, bijvoorbeeld het aantal nieuwe klanten (indicator).",
} as const;

export const nl = {
  app: {
    name: "Opvolging",
    tagline: "Opvolging van de aanbevelingen uit de evaluatie van het anti-omkopingsbeleid (ekv)",
    wordmarkTagline: "Taskforce anti-omkoping · FIN · BZ · ADSB",
    skipToContent: "Naar de inhoud",
    mainNavigation: "Hoofdnavigatie",
    demoBanner: (date: string) => `Demo — peildatum ${date}`,
    signedInAs: (name: string, organisation: string, role: string) => `Ingelogd als ${name} (${organisation}, ${role})`,
    signOut: "Uitloggen",
    footerAccessibility: "Toegankelijkheid",
    illustrative: "illustratief",
    illustrativeExplanation: "Voorbeeldgegevens, niet afkomstig uit het openbare verslag van de evaluatie.",
  },
  nav: {
    recommendations: "Aanbevelingen",
  },
  signIn: {
    title: "Inloggen",
    intro: "Log in met het e-mailadres en wachtwoord van uw account bij de Taskforce anti-omkoping.",
    email: "E-mailadres",
    password: "Wachtwoord",
    submit: "Inloggen",
    submitting: "Bezig met inloggen…",
    invalidCredentials: "Deze combinatie van e-mailadres en wachtwoord is onbekend. Controleer uw gegevens en probeer het opnieuw.",
    throttled: "Er is te vaak een verkeerd wachtwoord ingevuld voor dit e-mailadres. Probeer het over 15 minuten opnieuw.",
    emailRequired: "Vul uw e-mailadres in.",
    emailInvalid: "Vul een geldig e-mailadres in, bijvoorbeeld naam@minfin.nl.",
    passwordRequired: "Vul uw wachtwoord in.",
    unexpected: "Inloggen lukt op dit moment niet. Probeer het later opnieuw.",
    oidc: (name: string) => `Inloggen met ${name}`,
    oidcDenied: "Er is geen actief account gevonden voor dit e-mailadres. Vraag de beheerder om toegang.",
    oidcFailed: "Inloggen via de identiteitsprovider is niet gelukt. Probeer het opnieuw of log in met uw e-mailadres en wachtwoord.",
    or: "of",
    demoAccountsTitle: "Demo-accounts",
    demoAccountsIntro: "In de demo hebben alle accounts hetzelfde wachtwoord:",
    demoAccountsCaption: "Demo-accounts met hun rol, organisatie en e-mailadres",
    demoAccountsColumns: { role: "Rol", organisation: "Organisatie", email: "E-mailadres" },
    demoAccountsFictitious: "De personen achter deze accounts zijn verzonnen.",
  },
  roles: {
    READER: "Lezer",
    CONTRIBUTOR: "Bijdrager",
    COORDINATOR: "Coördinator",
    ADMIN: "Beheerder",
  } satisfies Record<Role, string>,
  actionStatus: {
    NOT_STARTED: "Niet gestart",
    IN_PROGRESS: "In uitvoering",
    DELAYED: "Vertraagd / geblokkeerd",
    DONE: "Afgerond",
    CANCELLED: "Geannuleerd",
  } satisfies Record<ActionStatus, string>,
  implementationStatus: {
    NOT_STARTED: "Niet gestart",
    IN_PROGRESS: "In uitvoering",
    DELAYED: "Vertraagd",
    IMPLEMENTED: "Uitgevoerd",
  } satisfies Record<ImplementationStatus, string>,
  oecdGrade: {
    FULLY: "volledig geïmplementeerd",
    PARTIALLY: "gedeeltelijk geïmplementeerd",
    NOT: "niet geïmplementeerd",
  },
  cabinetResponse: {
    ADOPTED: "Overgenomen",
    PARTLY_ADOPTED: "Deels overgenomen",
    NOT_ADOPTED: "Niet overgenomen",
  } satisfies Record<CabinetResponse, string>,
  recommendations: {
    title: "Aanbevelingen",
    intro:
      "De aanbevelingen uit de evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering (2021), met de organisatie die de leiding heeft en de stand van de uitvoering.",
    empty: "Er zijn nog geen aanbevelingen vastgelegd.",
    caption: "Aanbevelingen met verantwoordelijke organisatie, aantal acties en status",
    columns: {
      number: "Nr.",
      title: "Aanbeveling",
      theme: "Thema",
      lead: "Verantwoordelijk",
      actions: "Acties",
      status: "Status",
    },
    actionsCount: (total: number, done: number) => `${done} van ${total} afgerond`,
    overridden: "handmatig vastgesteld",
    illustrativeNote:
      "Aanbevelingen met het label ‘illustratief’ zijn voorbeeldgegevens, geschreven vanuit de thema’s van de evaluatie. De precieze tekst van het rapport staat niet in de bronnen van deze demo.",
  },
  accessibility: {
    title: "Toegankelijkheidsverklaring",
  },
  errors: {
    generic: "Er ging iets mis. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.",
    genericTitle: "Er ging iets mis",
    genericAdvice: "Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.",
    reference: "Foutcode",
    referenceHint: "Noem deze code als u contact opneemt met de beheerder: met de code is de fout terug te vinden.",
    backToSignIn: "Naar de inlogpagina",
    notFound: "Deze pagina bestaat niet.",
    notFoundTitle: "Pagina niet gevonden",
    backHome: "Naar de aanbevelingen",
    forbidden: "U heeft geen toestemming voor deze handeling.",
    retry: "Opnieuw proberen",
  },
} as const;

export type Messages = typeof nl;

// Signing in.
// One part of the Dutch message file; nl.ts gathers the parts for server code.

export const signInMessages = {
  signIn: {
    title: "Inloggen",
    intro: "Log in met het e-mailadres en wachtwoord van uw account bij de Taskforce anti-omkoping.",
    email: "E-mailadres",
    password: "Wachtwoord",
    submit: "Inloggen",
    submitting: "Bezig met inloggen…",
    invalidCredentials:
      "Deze combinatie van e-mailadres en wachtwoord is onbekend. Controleer uw gegevens en probeer het opnieuw.",
    throttled:
      "Er is te vaak geprobeerd in te loggen met een verkeerd wachtwoord. Probeer het over 15 minuten opnieuw.",
    busy: "Het is op dit moment erg druk. Wacht een paar seconden en probeer het opnieuw.",
    emailRequired: "Vul uw e-mailadres in.",
    emailInvalid: "Vul een geldig e-mailadres in, bijvoorbeeld naam@minfin.nl.",
    passwordRequired: "Vul uw wachtwoord in.",
    unexpected: "Inloggen lukt op dit moment niet. Probeer het later opnieuw.",
    oidc: (name: string) => `Inloggen met ${name}`,
    oidcDenied: "Er is geen actief account gevonden voor dit e-mailadres. Vraag de beheerder om toegang.",
    oidcFailed:
      "Inloggen via de identiteitsprovider is niet gelukt. Probeer het opnieuw of log in met uw e-mailadres en wachtwoord.",
    or: "of",
    demoAccountsTitle: "Demo-accounts",
    demoAccountsIntro: "In de demo hebben alle accounts hetzelfde wachtwoord:",
    demoAccountsCaption: "Demo-accounts met hun rol, organisatie en e-mailadres",
    demoAccountsColumns: { role: "Rol", organisation: "Organisatie", email: "E-mailadres" },
    demoAccountsFictitious: "De personen achter deze accounts zijn verzonnen.",
  },
} as const;

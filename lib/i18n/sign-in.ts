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
  // The warning before the idle time-out and the text kept through it (components/session/).
  session: {
    warningTitle: "U wordt bijna uitgelogd",
    warningText:
      "U bent een tijd niet actief geweest. Om uw gegevens te beschermen wordt u straks automatisch uitgelogd. Wat u hebt getypt en nog niet hebt opgeslagen, blijft in deze browser bewaard.",
    timeLeft: "Resterende tijd",
    stay: "Ingelogd blijven",
    signOut: "Uitloggen",
    endedTitle: "U bent uitgelogd",
    endedText:
      "Uw sessie is verlopen. Wat u hebt getypt en nog niet hebt opgeslagen, is in deze browser bewaard: na het inloggen staat het weer op deze pagina.",
    signInAgain: "Inloggen",
    draftRestored: "Uw tekst is teruggezet.",
  },
} as const;

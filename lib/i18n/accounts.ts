// Accounts: invitations, activating an account, changing and resetting a password, ending sessions.
// One part of the Dutch message file; nl.ts gathers the parts for server code.
import { formatCount } from "@/lib/i18n/format-number";

export const accountsMessages = {
  accounts: {
    // The rules for a new password (lib/accounts/password-policy.ts)
    passwordRequired: "Vul een nieuw wachtwoord in.",
    passwordTooShort: (min: number) => `Kies een wachtwoord van minstens ${formatCount(min)} tekens.`,
    passwordTooLong: (max: number) => `Kies een wachtwoord van hoogstens ${formatCount(max)} tekens.`,
    passwordCommon:
      "Dit wachtwoord staat op een lijst van veelgebruikte of uitgelekte wachtwoorden. Kies een ander, bijvoorbeeld een zin van een paar woorden.",
    passwordContext:
      "Dit wachtwoord lijkt te veel op uw naam, uw e-mailadres of de naam van deze toepassing. Kies een ander.",
    confirmationDiffers: "De twee wachtwoorden zijn niet gelijk. Typ het nieuwe wachtwoord twee keer hetzelfde.",
    passwordHint: (min: number) =>
      `Minstens ${formatCount(min)} tekens; lange zinnen mogen. Spaties en alle tekens zijn toegestaan, er zijn geen verplichte cijfers of leestekens.`,
    newPassword: "Nieuw wachtwoord",
    confirmPassword: "Herhaal het nieuwe wachtwoord",
    currentPassword: "Huidig wachtwoord",
    currentPasswordRequired: "Vul uw huidige wachtwoord in.",
    currentPasswordWrong: "Het huidige wachtwoord klopt niet.",
    tooManyAttempts: "Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over 15 minuten opnieuw.",
    busy: "Het is op dit moment erg druk. Wacht een paar seconden en probeer het opnieuw.",
    mailOff:
      "E-mail staat uit op deze server (SMTP_HOST ontbreekt), dus er kan geen uitnodiging worden verstuurd. Vraag de technisch beheerder om de e-mail in te stellen.",

    // /account/activeren/[token] and /account/herstellen/[token]
    activateTitle: "Account activeren",
    activateIntro: (name: string) =>
      `Welkom bij Opvolging, ${name}. Kies een wachtwoord om uw account te activeren. Daarna logt u in met uw e-mailadres en dit wachtwoord.`,
    activateSubmit: "Account activeren",
    activated: "Uw account is geactiveerd. U kunt nu inloggen met uw e-mailadres en uw nieuwe wachtwoord.",
    // The alternative on the activation page: a passkey instead of a password
    activatePasskeyTitle: "Of: een passkey in plaats van een wachtwoord",
    activatePasskeyIntro:
      "Met een passkey logt u in zonder wachtwoord, met de vingerafdruk, het gezicht of de pincode van uw apparaat of met een beveiligingssleutel. Stelt u hier een passkey in, dan is uw account daarmee geactiveerd en hebt u geen wachtwoord nodig.",
    activatePasskeySubmit: "Activeren met een passkey",
    activatePasskeyHasOne: "Uw account heeft al een passkey. Kies hier een wachtwoord, of log in met die passkey.",
    activatedWithPasskey: "Uw account is geactiveerd met een passkey. Log nu in met 'Inloggen met een passkey'.",
    resetTitle: "Nieuw wachtwoord kiezen",
    resetIntro: (name: string) =>
      `${name}, kies een nieuw wachtwoord. Daarna logt u overal opnieuw in: sessies die nog openstaan worden beëindigd.`,
    resetSubmit: "Wachtwoord opslaan",
    resetDone: "Uw wachtwoord is gewijzigd. U kunt nu inloggen met uw nieuwe wachtwoord.",
    accountFor: "Account",
    toSignIn: "Naar inloggen",
    linkUnusable:
      "Deze link werkt niet (meer): hij is al gebruikt, verlopen of vervangen door een nieuwere. Vraag de beheerder om een nieuwe uitnodiging, of vraag bij het inloggen een nieuwe link aan via 'Wachtwoord vergeten?'.",
    linkUnusableTitle: "Link werkt niet",

    // /account/wachtwoord-vergeten
    forgotLink: "Wachtwoord vergeten?",
    forgotTitle: "Wachtwoord vergeten",
    forgotIntro:
      "Vul het e-mailadres van uw account in. Bestaat er een actief account met dit adres, dan sturen we een link waarmee u een nieuw wachtwoord kiest. De link werkt één keer en is een uur geldig.",
    forgotEmail: "E-mailadres",
    forgotSubmit: "Link versturen",
    forgotSent:
      "Als er een actief account met dit e-mailadres is, is er nu een e-mail met een link onderweg. Kijk ook in de map met ongewenste e-mail. Geen e-mail ontvangen? Vraag de beheerder om hulp.",
    forgotThrottled: "Er zijn te veel links aangevraagd voor dit e-mailadres. Probeer het over 15 minuten opnieuw.",
    emailRequired: "Vul uw e-mailadres in.",
    emailInvalid: "Vul een geldig e-mailadres in, bijvoorbeeld naam@minfin.nl.",
    backToSignIn: "Terug naar inloggen",

    // /profiel: change the password
    changeTitle: "Wachtwoord wijzigen",
    changeIntro:
      "Vul uw huidige wachtwoord in en kies een nieuw. Op andere apparaten en in andere browsers wordt u daarna uitgelogd; hier blijft u ingelogd.",
    changeSubmit: "Wachtwoord wijzigen",
    changed: "Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.",
    noPasswordYet:
      "Uw account heeft nog geen wachtwoord: u logt in via de identiteitsprovider. Wilt u toch een wachtwoord, vraag dan de beheerder om een uitnodiging.",

    // /beheer/gebruikers/[id]: the invitation and the user's sessions
    invitationTitle: "Uitnodiging",
    invitationIntro:
      "Een uitnodiging is een e-mail met een persoonlijke link waarmee de gebruiker zelf een wachtwoord kiest. De link werkt één keer en is 72 uur geldig. Een nieuwe uitnodiging maakt de vorige ongeldig. Het huidige wachtwoord blijft werken tot de gebruiker een nieuw kiest.",
    invitationNone: "Er is nog geen uitnodiging verstuurd.",
    invitationState: {
      open: (until: string) => `Open: de link is geldig tot ${until}.`,
      expired: (at: string) => `Verlopen op ${at}, niet gebruikt.`,
      used: (at: string) => `Gebruikt op ${at}.`,
      revoked: (at: string) => `Ingetrokken op ${at}.`,
    },
    invitationSentOn: (at: string) => `Verstuurd op ${at}.`,
    sendInvitation: "Uitnodiging versturen",
    sendNewInvitation: "Nieuwe uitnodiging versturen",
    invitationSent: (email: string) => `De uitnodiging is verstuurd naar ${email}.`,
    inactiveNoInvitation: "Een gedeactiveerde gebruiker kan geen uitnodiging krijgen. Activeer het account eerst.",
    sessionsTitle: "Sessies",
    sessionsIntro:
      "Beëindig alle sessies van deze gebruiker, bijvoorbeeld na een verloren laptop. De gebruiker moet daarna opnieuw inloggen; het wachtwoord blijft hetzelfde.",
    endSessions: "Alle sessies van deze gebruiker beëindigen",
    sessionsEnded: "Alle sessies van deze gebruiker zijn beëindigd.",
    // /beheer/gebruikers: everyone's sessions
    allSessionsTitle: "Alle sessies beëindigen",
    allSessionsIntro:
      "Na een beveiligingsincident: iedereen wordt uitgelogd, ook uzelf, en moet opnieuw inloggen. Wachtwoorden blijven hetzelfde.",
    endAllSessions: "Sessies van iedereen beëindigen",
    confirmEndAll: "Ik begrijp dat iedereen wordt uitgelogd, ook ikzelf.",
    confirmEndAllRequired: "Bevestig dat iedereen wordt uitgelogd.",
    allSessionsEnded: (count: number) => `De sessies van ${formatCount(count)} gebruikers zijn beëindigd.`,

    // The mails (lib/accounts/account-mails.ts)
    mail: {
      invitationSubject: "Uitnodiging voor Opvolging",
      resetSubject: "Nieuw wachtwoord voor Opvolging",
      greeting: (name: string) => `Beste ${name},`,
      invitationBody: (inviter: string) =>
        `${inviter} heeft een account voor u aangemaakt in Opvolging, de toepassing waarmee de Taskforce anti-omkoping de aanbevelingen uit de evaluatie van het anti-omkopingsbeleid volgt. Kies met de link hieronder zelf een wachtwoord om uw account te activeren.`,
      resetBody:
        "U (of iemand anders) heeft een nieuw wachtwoord aangevraagd voor uw account in Opvolging. Kies met de link hieronder een nieuw wachtwoord. Heeft u niets aangevraagd, dan kunt u deze e-mail negeren: uw wachtwoord blijft dan hetzelfde.",
      validUntil: (until: string) => `De link werkt één keer en is geldig tot ${until}.`,
      noForward: "Stuur deze e-mail niet door: met de link kan iedereen uw account overnemen.",
      signature: "Met vriendelijke groet,\nOpvolging",
      automatic: "Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.",
    },
    operator: "de technisch beheerder",
  },
} as const;

// Passkeys (WebAuthn): registering them on the profile page, signing in with one, and the
// Beheerder's view of a user's ways of signing in.
// One part of the Dutch message file; nl.ts gathers the parts for server code.

export const passkeysMessages = {
  passkeys: {
    title: "Passkeys",
    intro:
      "Met een passkey logt u in zonder wachtwoord, met de vingerafdruk, het gezicht of de pincode van uw apparaat of met een beveiligingssleutel. U kunt er meer dan één toevoegen, bijvoorbeeld een op uw laptop en een op uw telefoon.",
    add: "Passkey toevoegen",
    adding: "Bezig met toevoegen…",
    name: "Naam van de passkey",
    nameHint: "Zodat u hem later herkent, bijvoorbeeld 'Laptop werk' of 'Beveiligingssleutel'.",
    nameRequired: "Geef de passkey een naam.",
    added: "De passkey is toegevoegd.",
    removed: "De passkey is verwijderd. Andere sessies van uw account zijn beëindigd.",
    listTitle: "Uw passkeys",
    listCaption: "Uw passkeys met de datum van toevoegen en van laatste gebruik",
    listEmpty: "U hebt nog geen passkey.",
    columns: { name: "Naam", createdAt: "Toegevoegd", lastUsedAt: "Laatst gebruikt", action: "Actie" },
    neverUsed: "Nog niet gebruikt",
    remove: "Verwijderen",
    removeLabel: (name: string) => `Passkey ${name} verwijderen`,
    notFound: "Deze passkey bestaat niet (meer).",
    limitReached: (max: number) => `U hebt het maximum van ${max} passkeys bereikt. Verwijder er eerst een.`,
    unsupported: "Deze browser ondersteunt geen passkeys.",
    cancelled: "Het toevoegen is afgebroken of niet gelukt. Probeer het opnieuw.",
    alreadyRegistered: "Deze passkey is al toegevoegd.",
    verificationFailed: "De passkey kon niet worden gecontroleerd. Probeer het opnieuw.",
    expired: "Het verzoek is verlopen. Probeer het opnieuw.",
    busy: "Het is op dit moment erg druk. Wacht een paar seconden en probeer het opnieuw.",
    signIn: "Inloggen met een passkey",
    signingIn: "Bezig met inloggen…",
    signInFailed: "Inloggen met deze passkey is niet gelukt. Probeer het opnieuw of log in met uw wachtwoord.",
    signInCancelled: "Inloggen met een passkey is afgebroken. Probeer het opnieuw.",
    // The second step of signing in (REQUIRE_SECOND_FACTOR): confirm with a passkey, or set one up.
    confirmTitle: "Bevestigen met uw passkey",
    confirmIntro:
      "Voor Opvolging is naast uw wachtwoord ook een passkey nodig. Bevestig met de passkey op uw apparaat of beveiligingssleutel om verder te gaan.",
    setupTitle: "Passkey instellen",
    setupIntro:
      "Voor Opvolging is naast uw wachtwoord voortaan ook een passkey nodig. Voeg nu een passkey toe; daarna gaat u verder naar Opvolging. De volgende keer logt u in met uw wachtwoord en deze passkey, of met de passkey alleen.",
    mustConfirm: "U hebt al een passkey: bevestig daarmee in plaats van een nieuwe toe te voegen.",
    signOut: "Uitloggen",
    // The Beheerder's view of a user's ways of signing in (/beheer/gebruikers/[id]).
    factorsTitle: "Inlogmiddelen",
    factorsIntro:
      "Waarmee deze persoon kan inloggen. Is een passkey kwijt, bijvoorbeeld met een verloren telefoon, verwijder hem dan hier; lopende sessies van de gebruiker worden beëindigd.",
    factorPassword: "Wachtwoord",
    factorPasskeys: "Passkeys",
    factorLinks: "Identiteitsprovider",
    hasPassword: "Ingesteld",
    noPassword: "Geen (alleen andere inlogmiddelen)",
    passkeyCount: (count: number) => (count === 0 ? "Geen" : count === 1 ? "1 passkey" : `${count} passkeys`),
    linkCount: (count: number) =>
      count === 0 ? "Niet gekoppeld" : count === 1 ? "1 gekoppelde identiteit" : `${count} gekoppelde identiteiten`,
    userListCaption: (name: string) => `Passkeys van ${name}`,
    removedByAdmin: "De passkey is verwijderd. Lopende sessies van de gebruiker zijn beëindigd.",
  },
  // The production switches on the sign-in page (docs/decisions/036-sign-in-switches.md).
  signInSwitches: {
    oidcOnlyIntro: (name: string) => `Log in via ${name}, met het account van uw organisatie.`,
    assuranceTooLow:
      "Uw inlog bij de identiteitsprovider is niet zwaar genoeg beveiligd voor Opvolging. Log opnieuw in met een sterkere methode, bijvoorbeeld met een tweede factor.",
  },
} as const;

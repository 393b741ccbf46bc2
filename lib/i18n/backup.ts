// Backup and restore.
// One part of the Dutch message file; nl.ts gathers the parts for server code.

export const backupMessages = {
  backup: {
    // /beheer/back-up (Beheerder)
    title: "Back-up",
    intro:
      "Een back-up bevat alle inhoud van Opvolging in één gecomprimeerd bestand: organisaties, gebruikers, evaluaties, aanbevelingen, acties met hun voortgang, bewijsstukken (de bestanden zelf), toezeggingen, Kamerbrieven met al hun versies en het volledige logboek.",
    usesTitle: "Waarvoor",
    uses: [
      "de inhoud verhuizen naar een nieuwe installatie of bewaren als archief;",
      "een verzoek onder de Wet open overheid (Woo) beantwoorden met alles wat op één moment vastlag;",
      "een testkopie maken met echte inhoud.",
    ],
    notForDisasterTitle: "Niet voor herstel na een storing",
    notForDisaster:
      "Voor herstel na een storing of het terughalen van een eerder moment gebruikt de beheerder van de database de eigen middelen van PostgreSQL (pg_dump, point-in-time recovery). Deze back-up vult die aan; hij vervangt ze niet.",
    sensitiveTitle: "Ga zorgvuldig om met het bestand",
    sensitive:
      "Het bestand bevat persoonsgegevens, de wachtwoord-hashes van de accounts en alle bewijsstukken. Bewaar het alleen waar ook de database zelf mag staan. Elke download wordt in het logboek vastgelegd.",
    excludedIntro:
      "Niet in de back-up: tijdelijke tellers van inlogpogingen en API-verzoeken, en de migratiegeschiedenis (die staat als lijst in het manifest).",
    download: "Back-up downloaden",
    downloadHint: (latestMigration: string) =>
      `Het bestand (gzip, JSON-regels) hoort bij databaseversie ${latestMigration}. Terugzetten kan met npm run restore in een lege database op dezelfde versie.`,
    restoreTitle: "Terugzetten",
    restoreHow:
      "Terugzetten gebeurt buiten de app, door de beheerder van de installatie: eerst npm run db:migrate op een lege database, dan npm run restore <bestand>. De stappen staan in docs/production.md (Backup and restore).",
    downloadSignIn: "Log in om een back-up te downloaden.",
    noMigrations: "onbekend",
    // npm run backup / npm run restore
    script: {
      written: (file: string, size: string, seconds: string) => `Back-up geschreven: ${file} (${size}) in ${seconds}.`,
      tables: (tables: string, rows: string) => `${tables} tabellen, ${rows} rijen.`,
      restored: (rows: string, seconds: string) => `Back-up teruggezet: ${rows} rijen in ${seconds}.`,
      restoreUsage: "Geef het bestand op: npm run restore -- <bestand>",
      fileMissing: (file: string) => `Het bestand ${file} bestaat niet of is niet leesbaar.`,
    },
    restore: {
      notArchive:
        "Dit bestand is geen back-up van Opvolging: het is geen gzip-bestand dat met een kop van Opvolging begint.",
      formatVersion: (found: string, supported: number) =>
        `Deze back-up heeft formaatversie ${found}; deze versie van Opvolging leest alleen formaatversie ${supported}.`,
      damaged: (what: string) => `De back-up is beschadigd of onvolledig (${what}); er is niets teruggezet.`,
      unreadableLine: "een regel is geen geldige JSON",
      badHeader: "de kop klopt niet",
      afterManifest: "er staat iets na het manifest",
      rowOutsideTable: "een rij staat buiten een tabel",
      tableNotClosed: (table: string) => `tabel ${table} is niet afgesloten`,
      tableOutOfOrder: "de tabellen staan niet in de volgorde van de kop",
      badManifest: "het manifest klopt niet met de kop of de tabellen",
      cutOff: "het bestand houdt op voor het manifest",
      checksum: (table: string) =>
        `De controlesom of het aantal rijen van tabel ${table} klopt niet met het manifest: de back-up is gewijzigd of beschadigd; er is niets teruggezet.`,
      notEmpty: (tables: string) =>
        `De database is niet leeg (${tables} bevat al rijen); zet een back-up alleen terug in een lege, gemigreerde database.`,
      migration: (database: string, archive: string) =>
        `De database staat op migratie ${database} en de back-up op ${archive}; breng de database eerst op dezelfde migratie (npm run db:migrate met dezelfde versie van de app) en zet dan terug.`,
      layout: (table: string) =>
        `De opbouw van tabel ${table} in de database verschilt van die in de back-up; zet terug in een database op precies dezelfde migratie.`,
      notOwner:
        "Terugzetten moet als eigenaar van de database (MIGRATION_DATABASE_URL): alleen die mag de bewakingstriggers tijdens het laden uitzetten.",
      lineTooLong: (limit: string) =>
        `De back-up bevat een regel van meer dan ${limit}; zo lang is geen rij van Opvolging. Het bestand is beschadigd of niet door Opvolging gemaakt; er is niets teruggezet.`,
      rowCount: (table: string, found: string, expected: string) =>
        `Tabel ${table} gaf ${found} rijen bij het laden, het manifest noemt er ${expected}: een regel bevat meer dan één rij. De back-up is beschadigd of gewijzigd; er is niets teruggezet.`,
      none: "geen",
    },
  },

  // ---- Import and dashboard export
  // /beheer/import: the spreadsheet import of recommendations and actions (lib/import/).
} as const;

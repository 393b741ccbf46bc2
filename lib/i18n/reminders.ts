// Reminder e-mails and the calendar feed.
// One part of the Dutch message file; nl.ts gathers the parts for server code.
import { formatCount } from "@/lib/i18n/format-number";

export const remindersMessages = {
  reminders: {
    // The contact person's digest (lib/reminders/compose-mails.ts)
    digestSubject: (count: number) =>
      count === 1 ? "Opvolging: 1 actie vraagt aandacht" : `Opvolging: ${formatCount(count)} acties vragen aandacht`,
    digestWithNotificationsSubject: (actions: number, notifications: number) =>
      `Opvolging: ${actions === 1 ? "1 actie vraagt" : `${formatCount(actions)} acties vragen`} aandacht, ${
        notifications === 1 ? "1 nieuwe melding" : `${formatCount(notifications)} nieuwe meldingen`
      }`,
    notificationsHeading: "Nieuwe meldingen",
    greeting: (name: string) => `Beste ${name},`,
    digestIntro: "Voor deze acties, waarvan u contactpersoon bent, nadert de deadline of is die voorbij:",
    overdueHeading: "Te laat",
    dueSoonHeading: "Deadline binnen 14 dagen",
    deadline: (date: string) => `deadline ${date}`,
    daysOverdue: (days: number) => (days === 1 ? "1 dag over de deadline" : `${days} dagen over de deadline`),
    daysLeft: (days: number) => (days === 0 ? "vandaag" : days === 1 ? "nog 1 dag" : `nog ${days} dagen`),
    digestOutro:
      "Meld de voortgang bij de actie, of vraag een nieuwe deadline aan als die niet haalbaar is. U krijgt voor elke actie één herinnering voor de deadline en één als die voorbij is.",
    signature: "Met vriendelijke groet,\nOpvolging (Taskforce anti-omkoping)",
    automatic: "Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.",
    // The coordinator's weekly overview
    weeklySubject: (week: number, year: number) => `Opvolging: weekoverzicht week ${week} van ${year}`,
    weeklyIntro: (date: string) => `Stand van de acties op ${date}.`,
    perOrganisationHeading: "Acties per organisatie",
    perOrganisationColumns: {
      organisation: "Organisatie",
      open: "Open",
      overdue: "Te laat",
      dueSoon: "Binnen 14 dagen",
    },
    perOrganisationLine: (organisation: string, open: number, overdue: number, dueSoon: number) =>
      `${organisation}: ${formatCount(open)} open, ${formatCount(overdue)} te laat, ${dueSoon} binnen 14 dagen`,
    overdueListHeading: "Te laat",
    noOverdue: "Geen acties te laat.",
    overdueMore: (count: number) =>
      `en nog ${formatCount(count)} ${count === 1 ? "actie" : "acties"}: zie het overzicht van acties.`,
    nextDeadlineHeading: "Eerstvolgende deadline aan de Kamer",
    nextDeadline: (title: string, wording: string, date: string, days: number) =>
      `${title} (toegezegd: “${wording}”): ${date}, ${days === 0 ? "vandaag" : days === 1 ? "over 1 dag" : `over ${days} dagen`}.`,
    noNextDeadline: "Er staat geen open toezegging aan de Kamer.",
    listLink: "Alle acties",
    // npm run reminders and the daily job
    ran: (date: string) => `Herinneringen voor ${date}:`,
    sentTo: (email: string, subject: string) => `  verstuurd aan ${email}: ${subject}`,
    written: (file: string) => `    (geschreven naar ${file})`,
    failed: (email: string, message: string) => `  NIET verstuurd aan ${email}: ${message} (volgende keer opnieuw)`,
    nothing: "  niets te versturen.",
  },
} as const;

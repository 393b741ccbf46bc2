// Meldingen: the bell in the header, the list on /meldingen and the e-mail preference.
// One part of the Dutch message file; nl.ts gathers the parts for server code.
import { formatCount } from "@/lib/i18n/format-number";

export const notificationsMessages = {
  notifications: {
    title: "Meldingen",
    bellLabel: (unread: number, more: boolean) =>
      unread === 0
        ? "Meldingen, geen ongelezen"
        : `Meldingen, ${formatCount(unread)}${more ? " of meer" : ""} ongelezen`,
    intro: "Wat er veranderde aan uw werk. Meldingen worden 180 dagen bewaard.",
    none: "Geen meldingen.",
    notFound: "Deze melding bestaat niet (meer).",
    notDone: "Dat lukte niet; probeer het opnieuw.",
    range: (from: number, to: number, total: number) =>
      `Meldingen ${formatCount(from)}–${formatCount(to)} van ${formatCount(total)}, nieuwste eerst.`,
    listLabel: "Meldingen, nieuwste eerst",
    unread: "Ongelezen",
    markRead: "Markeren als gelezen",
    markReadOf: (title: string) => `Markeren als gelezen: ${title}`,
    markAllRead: "Alles als gelezen markeren",
    markedRead: "Gemarkeerd als gelezen.",
    allMarkedRead: "Alle meldingen zijn als gelezen gemarkeerd.",
    texts: {
      DEADLINE_REQUESTED: (title: string, by: string, dueDate: string) =>
        `${by} vraagt de deadline van "${title}" te verplaatsen naar ${dueDate}.`,
      DEADLINE_DECIDED: (title: string, decision: "APPROVED" | "REJECTED", by: string, dueDate: string) =>
        decision === "APPROVED"
          ? `Uw deadlineverzoek voor "${title}" is goedgekeurd door ${by}: nieuwe deadline ${dueDate}.`
          : `Uw deadlineverzoek voor "${title}" is afgewezen door ${by}.`,
      ACTION_ASSIGNED: (title: string, by: string) => `${by} heeft u contactpersoon gemaakt van "${title}".`,
      DEADLINE_MOVED: (title: string, by: string, dueDate: string) =>
        `De deadline van "${title}" is verplaatst naar ${dueDate} (door ${by}).`,
      REMARK_ADDED: (title: string, by: string) => `${by} plaatste een opmerking bij uw Kamerbrief "${title}".`,
      LETTER_IN_REVIEW: (title: string, by: string) => `${by} bood de Kamerbrief "${title}" ter review aan.`,
      LETTER_APPROVED: (title: string, by: string) => `De Kamerbrief "${title}" is vastgesteld door ${by}.`,
      LETTER_SENT: (title: string, by: string) => `De Kamerbrief "${title}" is verzonden (geregistreerd door ${by}).`,
      IMPORT_FINISHED: (succeeded: boolean) =>
        succeeded ? "Uw import is klaar." : "Uw import is mislukt; de taak zegt waarom.",
    },
    mailSubject: (count: number) =>
      count === 1 ? "Opvolging: 1 nieuwe melding" : `Opvolging: ${formatCount(count)} nieuwe meldingen`,
    mailGreeting: (name: string) => `Beste ${name},`,
    mailIntro: "Er is iets veranderd aan uw werk in Opvolging:",
    mailFooter: "U ontvangt deze e-mail omdat u dat zo hebt ingesteld op uw profiel in Opvolging.",
    mailAll: "Alle meldingen",
    preference: {
      title: "Meldingen per e-mail",
      legend: "Wanneer krijgt u meldingen per e-mail?",
      hint: "In de app ziet u meldingen altijd. Kies of en wanneer u ze ook per e-mail krijgt.",
      IMMEDIATE: "Direct, per melding",
      DAILY: "Eén keer per dag, bij de dagelijkse herinneringen",
      NEVER: "Nooit",
      save: "Voorkeur opslaan",
      saved: "Uw voorkeur voor e-mail is opgeslagen.",
    },
  },
} as const;

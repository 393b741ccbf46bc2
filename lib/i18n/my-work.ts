// Mijn werk: what a person must do now, per kind, each with its reason in words.
// One part of the Dutch message file; nl.ts gathers the parts for server code.
import { formatCount } from "@/lib/i18n/format-number";

const days = (count: number) => (count === 1 ? "1 dag" : `${formatCount(count)} dagen`);

export const myWorkMessages = {
  myWork: {
    title: "Mijn werk",
    intro: "Wat u nu moet doen, met de reden erbij. Elk punt leidt naar de plek waar u het afhandelt.",
    countsLabel: "Aantal per soort",
    nothingToDo: "Niets te doen",
    nothingToDoExplanation: "Er wacht op dit moment niets op u. Nieuwe punten verschijnen hier vanzelf.",
    moreThanShown: (shown: number, total: number) =>
      `De eerste ${formatCount(shown)} van ${formatCount(total)}; de rest staat in de lijst waar u naartoe gaat.`,
    dashboardTitle: "Mijn werk",
    dashboardIntro: (total: number) =>
      total === 1 ? "Er wacht 1 punt op u." : `Er wachten ${formatCount(total)} punten op u.`,
    dashboardAll: "Alles in Mijn werk",
    feedTitle: (created: string) => `Agenda-adres van ${created}`,
    savedViewsIntro:
      "Uw eigen selecties van de lijst met acties: elke link opent de lijst met die filters en sortering.",
    kinds: {
      ACTION_OVERDUE: "Acties te laat",
      ACTION_DUE_SOON: "Deadline binnen 14 dagen",
      ACTION_NO_UPDATE: "Voortgangsupdate nodig",
      MY_DEADLINE_REQUEST: "Mijn deadlineverzoeken",
      LETTER_REMARK: "Opmerkingen op Kamerbrieven",
      DEADLINE_TO_DECIDE: "Deadlineverzoeken te beslissen",
      LETTER_IN_REVIEW: "Kamerbrieven ter review",
      COMMITMENT_WITHOUT_LETTER: "Toezeggingen zonder Kamerbrief in voorbereiding",
      OVERDUE_WITHOUT_CONTACT: "Te late acties zonder contactpersoon",
      INACTIVE_USER: "Gebruikers 90 dagen niet ingelogd",
      TOKEN_EXPIRING: "API-tokens die binnen 14 dagen verlopen",
      FEED_EXPIRING: "Agenda-adressen die binnen 14 dagen verlopen",
    },
    reasons: {
      overdue: (count: number) => `${days(count)} te laat`,
      dueIn: (count: number) => (count === 0 ? "deadline vandaag" : `deadline over ${days(count)}`),
      noUpdateSince: (date: string) => `geen voortgangsupdate sinds ${date}`,
      noUpdateEver: "nog geen voortgangsupdate",
      requestPending: (from: string, to: string) => `verzoek ${from} → ${to} wacht op een besluit`,
      requestApproved: (to: string, by: string, on: string) => `goedgekeurd door ${by} op ${on}: nieuwe deadline ${to}`,
      requestRejected: (by: string, on: string) => `afgewezen door ${by} op ${on}`,
      remark: (author: string, on: string) => `opmerking van ${author} op ${on}, nog open`,
      toDecide: (organisation: string, from: string, to: string, by: string) =>
        `${organisation}: ${from} → ${to}, gevraagd door ${by}`,
      inReview: (open: number) =>
        open === 0
          ? "ter review, geen open opmerkingen"
          : `ter review, ${formatCount(open)} open opmerking${open === 1 ? "" : "en"}`,
      commitmentDue: (count: number) =>
        count < 0
          ? `termijn ${days(-count)} verstreken, geen Kamerbrief in voorbereiding`
          : `termijn over ${days(count)}, geen Kamerbrief in voorbereiding`,
      withoutContact: (organisation: string, count: number) =>
        `${organisation}, ${days(count)} te laat, geen contactpersoon`,
      lastSignIn: (date: string) => `laatst ingelogd op ${date}`,
      neverSignedIn: (date: string) => `nooit ingelogd (account sinds ${date})`,
      tokenExpires: (user: string, date: string) => `van ${user}, verloopt op ${date}`,
      feedExpires: (user: string, lastDay: string) => `van ${user}, werkt tot en met ${lastDay}`,
    },
  },
} as const;

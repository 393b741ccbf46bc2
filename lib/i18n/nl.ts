// Every UI string, in Dutch, gathered from one file per domain. The glossary fixes the terms so that each screen, the
// letters and the e-mails use the same word for the same thing.
import { commonMessages } from "./common";
import { signInMessages } from "./sign-in";
import { recommendationsMessages } from "./recommendations";
import { usersMessages } from "./users";
import { accessibilityMessages } from "./accessibility";
import { auditMessages } from "./audit";
import { dashboardMessages } from "./dashboard";
import { commitmentsMessages } from "./commitments";
import { indicatorsMessages } from "./indicators";
import { remindersMessages } from "./reminders";
import { actionItemsMessages } from "./action-items";
import { backupMessages } from "./backup";
import { importMessages } from "./import";
import { apiMessages } from "./api";
import { lettersMessages } from "./letters";
import { jobsMessages } from "./jobs";
import { savedViewsMessages } from "./saved-views";
import { accountsMessages } from "./accounts";
import { myWorkMessages } from "./my-work";
import { notificationsMessages } from "./notifications";
import { passkeysMessages } from "./passkeys";

export const glossary = {
  aanbeveling: "Een aanbeveling uit het evaluatierapport (recommendation).",
  actie: "Een concrete stap om een aanbeveling uit te voeren, met één eigenaar-organisatie en een deadline (action).",
  voortgangsupdate:
    "Een bericht in het logboek van een actie; wordt nooit gewijzigd, alleen aangevuld (progress update).",
  toezegging: "Een belofte aan de Tweede Kamer met een termijn, zoals 'voor de zomer van 2023' (commitment).",
  rapportagemoment: "De datum waarop over een toezegging aan de Kamer wordt gerapporteerd.",
  Kamerbrief: "Een brief van een bewindspersoon aan de Tweede Kamer (letter to parliament).",
  Kamerstuk: "Een genummerd parlementair document, bijvoorbeeld 36 200 IX, nr. 11.",
  peildatum: "De datum waarop de stand van zaken wordt bepaald ('vandaag' in de app).",
  illustratief: "Voorbeeldgegevens: niet afkomstig uit het openbare verslag van de evaluatie.",
  kengetal: "Een jaarlijkse reeks cijfers, bijvoorbeeld het aantal nieuwe klanten (indicator).",
} as const;

// The whole message file, for server code. A client component imports only its own
// domain's file (and common.ts), so that the rest is never sent to the browser.
export const nl = {
  ...commonMessages,
  ...signInMessages,
  ...recommendationsMessages,
  ...usersMessages,
  ...accessibilityMessages,
  ...auditMessages,
  ...dashboardMessages,
  ...commitmentsMessages,
  ...indicatorsMessages,
  ...remindersMessages,
  ...actionItemsMessages,
  ...backupMessages,
  ...importMessages,
  ...apiMessages,
  ...lettersMessages,
  ...jobsMessages,
  ...savedViewsMessages,
  ...accountsMessages,
  ...myWorkMessages,
  ...notificationsMessages,
  ...passkeysMessages,
} as const;

export type Messages = typeof nl;

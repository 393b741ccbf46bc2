// Long work done in the background (lib/jobs/): an import, printing a fixed letter.
// One part of the Dutch message file; nl.ts gathers the parts for server code.

export const jobsMessages = {
  jobs: {
    notFound: "Deze taak bestaat niet (meer).",
    interrupted:
      "De taak is onderbroken doordat de server stopte of opnieuw startte. Er is niets half opgeslagen; start de taak opnieuw.",
    failed: "De taak is mislukt door een onverwachte fout. Er is niets opgeslagen.",
    queued: "In de wachtrij",
    running: "Bezig",
    progressLabel: "Voortgang",
    preparing: "Voorbereiden…",
    progress: (done: string, total: string) => `${done} van ${total} rijen verwerkt`,
    refreshHint: "Deze pagina ververst zichzelf elke twee seconden tot de taak klaar is.",
  },
} as const;

// What the error pages say: their boundaries are client components (Next requires it), and this
// file of its own keeps the rest of the shared strings out of every page's JavaScript. common.ts
// spreads these into its `app` and `errors`, so that server code reads them as nl.errors.….
export const errorPageMessages = {
  app: {
    name: "Opvolging",
    wordmarkTagline: "Taskforce anti-omkoping · FIN · BZ · ADSB",
  },
  errors: {
    genericTitle: "Er ging iets mis",
    genericAdvice: "Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.",
    reference: "Foutcode",
    referenceHint: "Noem deze code als u contact opneemt met de beheerder: met de code is de fout terug te vinden.",
    backToSignIn: "Naar de inlogpagina",
    backHome: "Naar de aanbevelingen",
    retry: "Opnieuw proberen",
  },
} as const;

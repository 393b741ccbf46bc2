// The accessibility statement.
// One part of the Dutch message file; nl.ts gathers the parts for server code.

export const accessibilityMessages = {
  accessibility: {
    title: "Toegankelijkheidsverklaring",
    // The heading, with soft hyphens where the word may break on a narrow screen.
    heading: "Toegankelijk\u00ADheids\u00ADverklaring",
  },
} as const;

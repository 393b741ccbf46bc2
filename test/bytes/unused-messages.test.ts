// Every key of the Dutch message files is shown somewhere: a string nobody reads is removed
// rather than kept (and, for a client component's domain, sent to the browser).
import { describe, expect, it } from "vitest";
import { nl } from "@/lib/i18n/nl";
import { unusedMessageKeys } from "./unused-messages";

describe("unused message keys", () => {
  it("every key of lib/i18n/*.ts is read by the app's code", () => {
    expect(unusedMessageKeys(nl)).toEqual([]);
  });

  it("finds a key nobody reads, and counts an object read by index as used in full", () => {
    const code = [
      "const label = nl.actionStatus[status];",
      "const title = nl.page.title;",
      "const { heading } = nl.page;",
    ].join("\n");
    const messages = {
      actionStatus: { OPEN: "Open", DONE: "Afgerond" },
      page: { title: "Titel", heading: "Kop", neverShown: "Ongebruikt" },
      forgotten: { anything: "x" },
    };
    expect(unusedMessageKeys(messages, code)).toEqual(["page.neverShown", "forgotten"]);
  });
});

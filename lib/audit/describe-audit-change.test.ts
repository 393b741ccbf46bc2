// The words of the Logboek's change column (components/audit-log/describe-change.ts).
import { describe, expect, it } from "vitest";
import { auditEntityHref, auditJson, describeAuditChange, lookupsFrom } from "@/components/audit-log/describe-change";

const lookups = lookupsFrom(
  [{ id: "u1", name: "Sanne de Vries", organisationCode: "FIN" }],
  [
    { id: "o1", code: "FIN", name: "Ministerie van Financiën" },
    { id: "o2", code: "BZ", name: "Ministerie van Buitenlandse Zaken" },
  ],
);
const lines = (before: unknown, after: unknown, options?: Parameters<typeof describeAuditChange>[3]) =>
  describeAuditChange(before, after, lookups, options).map((line) => `${line.label}: ${line.text}`);

describe("describeAuditChange", () => {
  it("names fields in Dutch and values in words: roles, organisations by code, people by name, statuses, dates", () => {
    expect(lines({ role: "CONTRIBUTOR", organisationId: "o2" }, { role: "COORDINATOR", organisationId: "o1" })).toEqual(
      ["Rol: Bijdrager → Coördinator", "Organisatie: BZ → FIN"],
    );
    expect(
      lines(
        { status: "NOT_STARTED", dueDate: "2023-06-30" },
        { status: "IN_PROGRESS", dueDate: "2023-09-01", contactUserId: "u1" },
      ),
    ).toEqual([
      "Status: Niet gestart → In uitvoering",
      "Deadline: 30 juni 2023 → 1 september 2023",
      "Contactpersoon: Sanne de Vries",
    ]);
    expect(lines({ active: true }, { active: false })).toEqual(["Actief: ja → nee"]);
    expect(lines(null, { format: "csv", filters: { soort: "UPDATE", persoon: "u1" } })).toEqual([
      "Formaat: csv",
      "Filters: Soort wijziging: Gewijzigd, Persoon: Sanne de Vries",
    ]);
  });

  it("shows an unchanged field once, and leaves routine details out of the page only", () => {
    expect(lines({ status: "IN_PROGRESS", percentDone: 40 }, { status: "IN_PROGRESS", percentDone: 60 })).toEqual([
      "Status: In uitvoering",
      "Percentage gereed: 40% → 60%",
    ]);
    expect(lines(null, { method: "password", rehashed: false, progressUpdateId: "p1" }, { compact: true })).toEqual([
      "Manier: Wachtwoord",
    ]);
    expect(lines(null, { method: "password", rehashed: false })).toEqual([
      "Manier: Wachtwoord",
      "Wachtwoord-hash vernieuwd: nee",
    ]);
  });

  it("shortens long texts on the page", () => {
    const [line] = describeAuditChange(null, { text: "woord ".repeat(50) }, lookups, { maxLength: 40 });
    expect(line!.text.length).toBeLessThanOrEqual(40);
    expect(line!.text.endsWith("…")).toBe(true);
  });

  it("never shows anything that looks like a secret, on the page or in the export", () => {
    const after = { name: "A", passwordHash: "scrypt$…", nested: { clientSecret: "x", accessToken: "y", kept: 1 } };
    expect(lines(null, after)).toEqual(["Naam: A", "nested: kept: 1"]);
    expect(auditJson(after)).toBe('{"name":"A","nested":{"kept":1}}');
  });
});

describe("auditEntityHref", () => {
  it("links actions, recommendations and (for a Beheerder) users to their pages", () => {
    expect(auditEntityHref("ActionItem", "a 1", { canManageUsers: false })).toBe("/acties/a%201");
    expect(auditEntityHref("Recommendation", "r1", { canManageUsers: false })).toBe("/aanbevelingen/r1");
    expect(auditEntityHref("User", "u1", { canManageUsers: true })).toBe("/beheer/gebruikers/u1");
    expect(auditEntityHref("User", "u1", { canManageUsers: false })).toBeNull();
    expect(auditEntityHref("SignIn", "iemand@example.org", { canManageUsers: true })).toBeNull();
  });
});

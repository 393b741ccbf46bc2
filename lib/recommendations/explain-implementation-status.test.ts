import { describe, expect, it } from "vitest";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { explainImplementationStatus } from "./explain-implementation-status";
import { countActionStatuses, deriveImplementationStatus, toOecdGrade } from "./derive-implementation-status";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";

const explain = (...statuses: ActionStatus[]) => explainImplementationStatus(countActionStatuses(statuses)).sentence;

describe("explainImplementationStatus", () => {
  it("writes out the rule in one sentence, as the brief's example", () => {
    expect(explain("DONE", "DONE", "IN_PROGRESS")).toBe(
      "Afgeleid uit de acties: 2 van de 3 acties zijn afgerond en geen is vertraagd, dus ‘In uitvoering’ (OESO: gedeeltelijk geïmplementeerd).",
    );
  });

  it("explains every status the rule can give", () => {
    expect(explain()).toBe(
      "Afgeleid uit de acties: er zijn nog geen acties, dus ‘Niet gestart’ (OESO: niet geïmplementeerd).",
    );
    expect(explain("NOT_STARTED", "NOT_STARTED")).toBe(
      "Afgeleid uit de acties: geen van de 2 acties is gestart, dus ‘Niet gestart’ (OESO: niet geïmplementeerd).",
    );
    expect(explain("DONE", "DONE", "DONE")).toBe(
      "Afgeleid uit de acties: alle 3 acties zijn afgerond, dus ‘Uitgevoerd’ (OESO: volledig geïmplementeerd).",
    );
    expect(explain("DONE", "DONE")).toBe(
      "Afgeleid uit de acties: beide acties zijn afgerond, dus ‘Uitgevoerd’ (OESO: volledig geïmplementeerd).",
    );
    expect(explain("DELAYED", "DONE", "IN_PROGRESS")).toBe(
      "Afgeleid uit de acties: 1 van de 3 acties is vertraagd en 1 is afgerond, dus ‘Vertraagd’ (OESO: gedeeltelijk geïmplementeerd).",
    );
    expect(explain("DELAYED", "DELAYED", "NOT_STARTED")).toBe(
      "Afgeleid uit de acties: 2 van de 3 acties zijn vertraagd en geen is afgerond, dus ‘Vertraagd’ (OESO: gedeeltelijk geïmplementeerd).",
    );
    expect(explain("DELAYED", "DONE", "DONE", "IN_PROGRESS")).toBe(
      "Afgeleid uit de acties: 1 van de 4 acties is vertraagd en 2 zijn afgerond, dus ‘Vertraagd’ (OESO: gedeeltelijk geïmplementeerd).",
    );
    expect(explain("IN_PROGRESS", "NOT_STARTED")).toBe(
      "Afgeleid uit de acties: 1 van de 2 acties is in uitvoering en nog geen is afgerond, dus ‘In uitvoering’ (OESO: gedeeltelijk geïmplementeerd).",
    );
    expect(explain("DONE", "NOT_STARTED")).toBe(
      "Afgeleid uit de acties: 1 van de 2 acties is afgerond en geen is vertraagd, dus ‘In uitvoering’ (OESO: gedeeltelijk geïmplementeerd).",
    );
  });

  it("speaks of the only action when there is one", () => {
    expect(explain("NOT_STARTED")).toMatch(/: de enige actie is nog niet gestart, dus ‘Niet gestart’/);
    expect(explain("IN_PROGRESS")).toMatch(/: de enige actie is in uitvoering, dus ‘In uitvoering’/);
    expect(explain("DELAYED")).toMatch(/: de enige actie is vertraagd, dus ‘Vertraagd’/);
    expect(explain("DONE")).toMatch(/: de enige actie is afgerond, dus ‘Uitgevoerd’/);
  });

  it("says that cancelled actions do not count", () => {
    expect(explain("DONE", "CANCELLED")).toBe(
      "Afgeleid uit de acties: de enige actie is afgerond (1 geannuleerde actie telt niet mee), dus ‘Uitgevoerd’ (OESO: volledig geïmplementeerd).",
    );
    expect(explain("CANCELLED", "CANCELLED")).toBe(
      "Afgeleid uit de acties: er zijn geen acties die meetellen (2 geannuleerde acties tellen niet mee), dus ‘Niet gestart’ (OESO: niet geïmplementeerd).",
    );
  });

  it("gives the same status as the rule for every mix of up to four actions", () => {
    const mixes: ActionStatus[][] = [[]];
    for (let size = 1; size <= 4; size++) {
      for (const mix of mixes.filter((m) => m.length === size - 1))
        for (const status of ACTION_STATUSES) mixes.push([...mix, status]);
    }
    for (const mix of mixes) {
      const explanation = explainImplementationStatus(countActionStatuses(mix));
      expect(explanation.status, mix.join(",")).toBe(deriveImplementationStatus(mix));
      expect(explanation.oecdGrade).toBe(toOecdGrade(explanation.status));
      expect(explanation.sentence).toMatch(/^Afgeleid uit de acties: .+, dus ‘.+’ \(OESO: .+\)\.$/);
    }
  });
});

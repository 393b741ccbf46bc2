// Every role × organisation combination for every permission, against the matrix in
// docs/domain.md ("Who uses it").
import { describe, expect, it } from "vitest";
import { can, assertCan, type Permission } from "./permissions";
import type { Role } from "@/lib/generated/prisma/enums.ts";

const ORGANISATIONS = ["fin", "bz", "adsb"] as const;
const ROLES: Role[] = ["READER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"];

type Expectation = "all" | "own" | "none";
const MATRIX: Record<Permission, Record<Role, Expectation>> = {
  "recommendations:read": { READER: "all", CONTRIBUTOR: "all", COORDINATOR: "all", ADMIN: "all" },
  "recommendations:manage": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
  "evaluations:manage": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
  "actions:update": { READER: "none", CONTRIBUTOR: "own", COORDINATOR: "all", ADMIN: "none" },
  "actions:manage": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
  "deadlines:propose": { READER: "none", CONTRIBUTOR: "own", COORDINATOR: "all", ADMIN: "none" },
  "deadlines:approve": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
  "commitments:manage": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
  "letters:manage": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
  "letters:read": { READER: "all", CONTRIBUTOR: "all", COORDINATOR: "all", ADMIN: "all" },
  "letters:remark": { READER: "none", CONTRIBUTOR: "all", COORDINATOR: "all", ADMIN: "none" },
  "indicators:manage": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
  "users:manage": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "none", ADMIN: "all" },
  "audit:read": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "all" },
  "backup:download": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "none", ADMIN: "all" },
  "data:import": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
  "jobs:read-any": { READER: "none", CONTRIBUTOR: "none", COORDINATOR: "all", ADMIN: "none" },
};

describe("permissions", () => {
  for (const [permission, byRole] of Object.entries(MATRIX) as [Permission, Record<Role, Expectation>][]) {
    for (const role of ROLES) {
      for (const actorOrganisation of ORGANISATIONS) {
        for (const targetOrganisation of ORGANISATIONS) {
          const expected =
            byRole[role] === "all" || (byRole[role] === "own" && actorOrganisation === targetOrganisation);
          it(`${role} of ${actorOrganisation} ${expected ? "may" : "may not"} ${permission} on ${targetOrganisation}`, () => {
            const actor = { role, organisationId: actorOrganisation };
            expect(can(actor, permission, { organisationId: targetOrganisation })).toBe(expected);
            if (expected)
              expect(() => assertCan(actor, permission, { organisationId: targetOrganisation })).not.toThrow();
            else
              expect(() => assertCan(actor, permission, { organisationId: targetOrganisation })).toThrow(
                "U heeft geen toestemming",
              );
          });
        }
      }
    }
  }

  it("an organisation-scoped permission without a target is refused", () => {
    expect(can({ role: "CONTRIBUTOR", organisationId: "fin" }, "actions:update")).toBe(false);
  });
});

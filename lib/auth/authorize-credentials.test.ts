import { describe, expect, it } from "vitest";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { authorizeCredentials } from "./authorize-credentials";
import { DEMO_PASSWORD } from "@/prisma/seed-data";

const database = setUpSeededDatabase();
const email = "coordinator@fin.demo.opvolging.nl";

describe("authorizeCredentials", () => {
  it("returns the user's identity for the right password, whatever the case of the address", async () => {
    const identity = await authorizeCredentials(database.prisma, { email: "  Coordinator@FIN.demo.opvolging.nl ", password: DEMO_PASSWORD });
    expect(identity).toMatchObject({ email, role: "COORDINATOR", name: "Sanne de Vries" });
    expect(identity?.organisationId).toBeTruthy();
  });

  it("refuses a wrong password, an unknown address and malformed input alike", async () => {
    expect(await authorizeCredentials(database.prisma, { email, password: "fout" })).toBeNull();
    expect(await authorizeCredentials(database.prisma, { email: "onbekend@example.org", password: DEMO_PASSWORD })).toBeNull();
    expect(await authorizeCredentials(database.prisma, { email: "geen-adres", password: DEMO_PASSWORD })).toBeNull();
    expect(await authorizeCredentials(database.prisma, undefined)).toBeNull();
  });

  it("refuses a deactivated user", async () => {
    await database.prisma.user.update({ where: { email: "lezer@bz.demo.opvolging.nl" }, data: { active: false } });
    expect(await authorizeCredentials(database.prisma, { email: "lezer@bz.demo.opvolging.nl", password: DEMO_PASSWORD })).toBeNull();
  });
});

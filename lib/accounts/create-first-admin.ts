// The operator's way to the first Beheerder (decision 034): `npm run users:create-admin`,
// run once after db:migrate on a database without users. It makes the account (or, with
// --force, makes an existing one an active Beheerder again) and returns a one-time invitation
// link to pass to that person; no password is ever typed or printed. When an active Beheerder
// exists it refuses unless forced. Every run writes audit events without a user as the
// actor (nobody is signed in): the operator's name from the operating system stands in them.
// No "server-only": scripts/create-admin.ts runs it outside the app.
import { z } from "zod";
import type { PrismaClient } from "@/lib/db-client";
import { issueOneTimeLink, linkPath } from "./one-time-link";

export class CreateAdminRefused extends Error {}

const InputSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ error: "Geef een geldig e-mailadres met --email." })),
  name: z.string().trim().min(1, "Geef een naam met --name.").max(200, "De naam is langer dan 200 tekens."),
  organisation: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, "Geef de code van de organisatie met --organisation, bijvoorbeeld FIN."),
});

export type CreateFirstAdminInput = { email?: string; name?: string; organisation?: string; force?: boolean };

export type CreatedAdmin = { userId: string; email: string; url: string; expiresAt: Date; existed: boolean };

export async function createFirstAdmin(
  prisma: PrismaClient,
  raw: CreateFirstAdminInput,
  { operator, baseUrl, now = new Date() }: { operator: string; baseUrl: string; now?: Date },
): Promise<CreatedAdmin> {
  const parsed = InputSchema.safeParse(raw);
  if (!parsed.success) throw new CreateAdminRefused(parsed.error.issues[0]!.message);
  const { email, name, organisation: code } = parsed.data;
  const force = raw.force === true;
  const by = { operator, command: "users:create-admin", forced: force };

  return prisma.$transaction(
    async (tx) => {
      // Two operators at once would both see "no Beheerder yet": one waits for the other.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('users:create-admin'))`;
      const admins = await tx.user.findMany({
        where: { role: "ADMIN", active: true },
        select: { email: true },
        orderBy: { email: "asc" },
        take: 3,
      });
      if (admins.length > 0 && !force)
        throw new CreateAdminRefused(
          `Er is al een actieve beheerder (${admins.map((admin) => admin.email).join(", ")}): laat die een gebruiker toevoegen op /beheer/gebruikers. Alleen als niemand meer kan inloggen: herhaal met --force.`,
        );
      const organisation = await tx.organisation.findUnique({ where: { code }, select: { id: true } });
      if (!organisation) {
        const known = await tx.organisation.findMany({ select: { code: true }, orderBy: { code: "asc" } });
        throw new CreateAdminRefused(
          known.length === 0
            ? "Er zijn nog geen organisaties: voer eerst npm run db:seed uit."
            : `Onbekende organisatie '${code}'; kies uit: ${known.map((row) => row.code).join(", ")}.`,
        );
      }
      const existing = await tx.user.findFirst({
        where: { email: { equals: email, mode: "insensitive" } },
        select: { id: true, name: true, role: true, organisationId: true, active: true },
      });
      if (existing && !force)
        throw new CreateAdminRefused(
          `Er is al een account met ${email}. Wilt u dat account weer tot actieve beheerder maken: herhaal met --force.`,
        );

      let userId: string;
      if (existing) {
        // role, organisation or active changing raises the sessionVersion (a database trigger)
        await tx.user.update({
          where: { id: existing.id },
          data: { role: "ADMIN", organisationId: organisation.id, active: true, version: { increment: 1 } },
        });
        await tx.auditEvent.create({
          data: {
            actorId: null,
            entityType: "User",
            entityId: existing.id,
            kind: "UPDATE",
            before: { role: existing.role, organisationId: existing.organisationId, active: existing.active },
            after: { role: "ADMIN", organisationId: organisation.id, active: true, ...by },
          },
        });
        userId = existing.id;
      } else {
        const user = await tx.user.create({
          data: { email, name, role: "ADMIN", organisationId: organisation.id },
          select: { id: true },
        });
        await tx.auditEvent.create({
          data: {
            actorId: null,
            entityType: "User",
            entityId: user.id,
            kind: "CREATE",
            after: { name, email, role: "ADMIN", organisationId: organisation.id, active: true, ...by },
          },
        });
        userId = user.id;
      }
      const link = await issueOneTimeLink(tx, { userId, kind: "invitation", createdById: null, now });
      await tx.auditEvent.create({
        data: {
          actorId: null,
          entityType: "User",
          entityId: userId,
          kind: "INVITATION_SENT",
          after: { email, expiresAt: link.expiresAt.toISOString(), ...by },
        },
      });
      return {
        userId,
        email,
        url: `${baseUrl}${linkPath("invitation", link.token)}`,
        expiresAt: link.expiresAt,
        existed: Boolean(existing),
      };
      // Room for a busy database: an operator's one-off command may wait its turn.
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}

-- AlterTable
ALTER TABLE "WebAuthnChallenge" ADD COLUMN "linkTokenHash" TEXT;

-- CreateIndex
CREATE INDEX "WebAuthnChallenge_linkTokenHash_idx" ON "WebAuthnChallenge"("linkTokenHash");

-- A third purpose: a passkey registered on the invitation's page instead of a password. Its
-- challenge is bound to the link (its token's hash), and only that purpose has one.
ALTER TABLE "WebAuthnChallenge" DROP CONSTRAINT "WebAuthnChallenge_purpose_check";
ALTER TABLE "WebAuthnChallenge" ADD CONSTRAINT "WebAuthnChallenge_purpose_check"
  CHECK ("purpose" IN ('REGISTER', 'SIGN_IN', 'ACTIVATE'));
ALTER TABLE "WebAuthnChallenge" ADD CONSTRAINT "WebAuthnChallenge_link_check"
  CHECK (("purpose" = 'ACTIVATE') = ("linkTokenHash" IS NOT NULL)
         AND ("purpose" <> 'ACTIVATE' OR "userId" IS NOT NULL));

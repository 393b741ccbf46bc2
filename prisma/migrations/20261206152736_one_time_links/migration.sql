-- One-time links mailed to a person: invitations and password resets (lib/accounts/one-time-link.ts).
-- Only the SHA-256 of each token is stored. The app role gets its rights from db:migrate's grants.
-- CreateTable
CREATE TABLE "OneTimeLink" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeLink_tokenHash_key" ON "OneTimeLink"("tokenHash");

-- CreateIndex
CREATE INDEX "OneTimeLink_userId_kind_createdAt_idx" ON "OneTimeLink"("userId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "OneTimeLink_createdById_idx" ON "OneTimeLink"("createdById");

-- AddForeignKey
ALTER TABLE "OneTimeLink" ADD CONSTRAINT "OneTimeLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeLink" ADD CONSTRAINT "OneTimeLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Only the two kinds the code knows; a typo in a query cannot make a third.
ALTER TABLE "OneTimeLink" ADD CONSTRAINT "OneTimeLink_kind_check" CHECK ("kind" IN ('invitation', 'reset'));
-- A SHA-256 in hex, never a token itself.
ALTER TABLE "OneTimeLink" ADD CONSTRAINT "OneTimeLink_tokenHash_check" CHECK ("tokenHash" ~ '^[0-9a-f]{64}$');

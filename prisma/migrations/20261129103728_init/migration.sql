-- CreateEnum
CREATE TYPE "Role" AS ENUM ('READER', 'CONTRIBUTOR', 'COORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "CabinetResponse" AS ENUM ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED');

-- CreateEnum
CREATE TYPE "ImplementationStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'IMPLEMENTED');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DeadlineChangeStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('OPEN', 'FULFILLED', 'PARTLY_FULFILLED', 'LAPSED');

-- CreateEnum
CREATE TYPE "CommitmentOrigin" AS ENUM ('PARLIAMENTARY_DOCUMENT', 'DEBATE');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('LETTER', 'PLAN_OF_ACTION', 'EVALUATION_REPORT', 'ANNUAL_REPORT');

-- CreateEnum
CREATE TYPE "LetterStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED', 'SENT');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParliamentaryDocument" (
    "id" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "dossier" TEXT,
    "number" TEXT,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParliamentaryDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodEvaluated" TEXT NOT NULL,
    "evaluator" TEXT NOT NULL,
    "sentToParliamentOn" DATE NOT NULL,
    "documentId" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "cabinetResponse" "CabinetResponse" NOT NULL,
    "leadOrganisationId" TEXT NOT NULL,
    "statusOverride" "ImplementationStatus",
    "statusOverrideReason" TEXT,
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "startDate" DATE,
    "dueDate" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "percentDone" INTEGER NOT NULL DEFAULT 0,
    "cancelReason" TEXT,
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "statusBefore" "ActionStatus" NOT NULL,
    "statusAfter" "ActionStatus" NOT NULL,
    "percentDone" INTEGER NOT NULL,
    "occurredOn" DATE NOT NULL,
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineChange" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "oldDueDate" DATE NOT NULL,
    "newDueDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "DeadlineChangeStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeadlineChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "originalWording" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "origin" "CommitmentOrigin" NOT NULL,
    "originDocumentId" TEXT,
    "originDescription" TEXT,
    "responsibleMinister" TEXT NOT NULL,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'OPEN',
    "fulfilledByDocumentId" TEXT,
    "source" TEXT NOT NULL,
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentRecommendation" (
    "commitmentId" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentRecommendation_pkey" PRIMARY KEY ("commitmentId","recommendationId")
);

-- CreateTable
CREATE TABLE "LetterDraft" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "LetterStatus" NOT NULL DEFAULT 'DRAFT',
    "snapshot" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "sentDocumentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LetterDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterDraftVersion" (
    "id" TEXT NOT NULL,
    "letterDraftId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterDraftVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_code_key" ON "Organisation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE INDEX "ParliamentaryDocument_date_idx" ON "ParliamentaryDocument"("date");

-- CreateIndex
CREATE UNIQUE INDEX "ParliamentaryDocument_dossier_number_key" ON "ParliamentaryDocument"("dossier", "number");

-- CreateIndex
CREATE INDEX "Evaluation_documentId_idx" ON "Evaluation"("documentId");

-- CreateIndex
CREATE INDEX "Recommendation_leadOrganisationId_idx" ON "Recommendation"("leadOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_evaluationId_number_key" ON "Recommendation"("evaluationId", "number");

-- CreateIndex
CREATE INDEX "Action_recommendationId_idx" ON "Action"("recommendationId");

-- CreateIndex
CREATE INDEX "Action_ownerOrganisationId_status_idx" ON "Action"("ownerOrganisationId", "status");

-- CreateIndex
CREATE INDEX "Action_status_dueDate_idx" ON "Action"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ProgressUpdate_actionId_createdAt_idx" ON "ProgressUpdate"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "ProgressUpdate_authorId_idx" ON "ProgressUpdate"("authorId");

-- CreateIndex
CREATE INDEX "DeadlineChange_actionId_idx" ON "DeadlineChange"("actionId");

-- CreateIndex
CREATE INDEX "DeadlineChange_status_createdAt_idx" ON "DeadlineChange"("status", "createdAt");

-- CreateIndex
CREATE INDEX "DeadlineChange_requestedById_idx" ON "DeadlineChange"("requestedById");

-- CreateIndex
CREATE INDEX "DeadlineChange_decidedById_idx" ON "DeadlineChange"("decidedById");

-- CreateIndex
CREATE INDEX "Commitment_status_dueDate_idx" ON "Commitment"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Commitment_originDocumentId_idx" ON "Commitment"("originDocumentId");

-- CreateIndex
CREATE INDEX "Commitment_fulfilledByDocumentId_idx" ON "Commitment"("fulfilledByDocumentId");

-- CreateIndex
CREATE INDEX "CommitmentRecommendation_recommendationId_idx" ON "CommitmentRecommendation"("recommendationId");

-- CreateIndex
CREATE INDEX "LetterDraft_commitmentId_createdAt_idx" ON "LetterDraft"("commitmentId", "createdAt");

-- CreateIndex
CREATE INDEX "LetterDraft_createdById_idx" ON "LetterDraft"("createdById");

-- CreateIndex
CREATE INDEX "LetterDraft_sentDocumentId_idx" ON "LetterDraft"("sentDocumentId");

-- CreateIndex
CREATE INDEX "LetterDraftVersion_createdById_idx" ON "LetterDraftVersion"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "LetterDraftVersion_letterDraftId_versionNumber_key" ON "LetterDraftVersion"("letterDraftId", "versionNumber");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_occurredAt_idx" ON "AuditEvent"("entityType", "entityId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_key_key" ON "Indicator"("key");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_year_key" ON "IndicatorValue"("indicatorId", "year");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ParliamentaryDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineChange" ADD CONSTRAINT "DeadlineChange_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineChange" ADD CONSTRAINT "DeadlineChange_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineChange" ADD CONSTRAINT "DeadlineChange_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_originDocumentId_fkey" FOREIGN KEY ("originDocumentId") REFERENCES "ParliamentaryDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_fulfilledByDocumentId_fkey" FOREIGN KEY ("fulfilledByDocumentId") REFERENCES "ParliamentaryDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentRecommendation" ADD CONSTRAINT "CommitmentRecommendation_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentRecommendation" ADD CONSTRAINT "CommitmentRecommendation_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterDraft" ADD CONSTRAINT "LetterDraft_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterDraft" ADD CONSTRAINT "LetterDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterDraft" ADD CONSTRAINT "LetterDraft_sentDocumentId_fkey" FOREIGN KEY ("sentDocumentId") REFERENCES "ParliamentaryDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterDraftVersion" ADD CONSTRAINT "LetterDraftVersion_letterDraftId_fkey" FOREIGN KEY ("letterDraftId") REFERENCES "LetterDraft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterDraftVersion" ADD CONSTRAINT "LetterDraftVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Append-only tables: the audit trail, an action's journal and the saved versions of a
-- letter are never changed or removed, and the database itself enforces that.
CREATE FUNCTION "refuse_change_to_append_only_table"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();

CREATE TRIGGER "ProgressUpdate_append_only" BEFORE UPDATE OR DELETE ON "ProgressUpdate"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "ProgressUpdate_no_truncate" BEFORE TRUNCATE ON "ProgressUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();

CREATE TRIGGER "LetterDraftVersion_append_only" BEFORE UPDATE OR DELETE ON "LetterDraftVersion"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "LetterDraftVersion_no_truncate" BEFORE TRUNCATE ON "LetterDraftVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();

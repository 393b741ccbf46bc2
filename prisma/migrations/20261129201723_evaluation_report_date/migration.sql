-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "reportDate" DATE,
ALTER COLUMN "sentToParliamentOn" DROP NOT NULL;

// "Evaluatie registreren" (Coördinator): a further evaluation to follow beside the others.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { nl } from "@/lib/i18n/nl";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { EvaluationForm } from "@/components/recommendations/evaluation-form";
import { registerEvaluationAction } from "./actions";

export const metadata: Metadata = { title: nl.recommendations.evaluationTitle };

export default async function RegisterEvaluationPage() {
  const actor = await requireUser();
  if (!can(actor, "evaluations:manage"))
    return (
      <ForbiddenNotice title={nl.recommendations.evaluationTitle} message={nl.recommendations.forbiddenEvaluation} />
    );
  return (
    <>
      <p className="utrecht-paragraph meta">
        <Link className="utrecht-link" href="/aanbevelingen">
          {nl.recommendations.backToList}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{nl.recommendations.evaluationTitle}</h1>
      <p className="utrecht-paragraph lead">{nl.recommendations.evaluationIntro}</p>
      <EvaluationForm action={registerEvaluationAction} />
    </>
  );
}

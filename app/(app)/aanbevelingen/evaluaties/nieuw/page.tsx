// "Evaluatie registreren" (Coördinator): a further evaluation to follow beside the others.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { nl } from "@/lib/i18n/nl";
import { EvaluationForm } from "@/components/recommendations/evaluation-form";
import { registerEvaluationAction } from "./actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

export const metadata: Metadata = { title: nl.recommendations.evaluationTitle };

export default async function RegisterEvaluationPage() {
  const actor = await requireUser();
  requirePagePermission(actor, "evaluations:manage");
  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/aanbevelingen", label: nl.nav.recommendations }]}
        current={nl.recommendations.evaluationTitle}
      />
      <h1 className="utrecht-heading-1">{nl.recommendations.evaluationTitle}</h1>
      <p className="utrecht-paragraph lead">{nl.recommendations.evaluationIntro}</p>
      <EvaluationForm action={registerEvaluationAction} />
    </>
  );
}

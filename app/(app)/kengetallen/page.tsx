// Kengetallen: the yearly series from the annual report, each as a chart with its table and
// source. A Coördinator adds a year's value under each.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { listIndicators } from "@/lib/indicators/list-indicators";
import { nl } from "@/lib/i18n/nl";
import { IndicatorSection } from "@/components/indicators/indicator-section";
import { AddIndicatorValueForm } from "@/components/indicators/add-indicator-value-form";
import { addIndicatorValueAction } from "./actions";

export const metadata: Metadata = { title: nl.indicators.title };

export default async function IndicatorsPage() {
  const actor = await requireUser();
  const indicators = await listIndicators({ actor });
  const mayManage = can(actor, "indicators:manage");

  return (
    <>
      <h1 className="utrecht-heading-1">{nl.indicators.title}</h1>
      <p className="utrecht-paragraph lead prose">{nl.indicators.intro}</p>
      {indicators.length === 0 && <p className="utrecht-paragraph">{nl.indicators.empty}</p>}
      {indicators.map((indicator) => (
        <IndicatorSection key={indicator.id} indicator={indicator}>
          {mayManage && (
            <AddIndicatorValueForm
              action={addIndicatorValueAction}
              indicatorId={indicator.id}
              indicatorKey={indicator.key}
              name={indicator.name}
              unit={indicator.unit}
            />
          )}
        </IndicatorSection>
      ))}
    </>
  );
}

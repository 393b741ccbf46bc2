// The report kinds as tabs above the lists of /rapportages (lib/reports/report-kinds.ts).
import { nl } from "@/lib/i18n/nl";
import { SubNavigation } from "@/components/layout/sub-navigation";

export function ReportTabs() {
  return (
    <SubNavigation
      label={nl.reports.tabsLabel}
      items={[
        { href: "/rapportages", label: nl.reports.tabKamerbrief },
        { href: "/rapportages/oeso", label: nl.reports.tabOecd },
      ]}
    />
  );
}

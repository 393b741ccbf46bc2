// Mijn werk: what the signed-in person must do now, filtered to what they may do.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { getMyWork } from "@/lib/my-work/get-my-work";
import { nl } from "@/lib/i18n/nl";
import { MyWorkOverview } from "@/components/my-work/my-work-list";

export const metadata: Metadata = { title: nl.myWork.title };

export default async function MyWorkPage() {
  const actor = await requireUser();
  const work = await getMyWork({ actor });
  return (
    <div className="my-work">
      <h1 className="utrecht-heading-1">{nl.myWork.title}</h1>
      <p className="utrecht-paragraph lead">{nl.myWork.intro}</p>
      <MyWorkOverview work={work} />
    </div>
  );
}

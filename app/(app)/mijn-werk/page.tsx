// Mijn werk: what the signed-in person must do now, filtered to what they may do; below it
// their saved views of /acties.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { getMyWork } from "@/lib/my-work/get-my-work";
import { nl } from "@/lib/i18n/nl";
import { listSavedViews } from "@/lib/saved-views/list-saved-views";
import { MyWorkOverview } from "@/components/my-work/my-work-list";
import { SavedViewLinks } from "@/components/action-items/saved-views";

export const metadata: Metadata = { title: nl.myWork.title };

export default async function MyWorkPage() {
  const actor = await requireUser();
  // The saved views are one more statement, whatever the role (at most SAVED_VIEWS_MAX rows).
  const [work, views] = await Promise.all([getMyWork({ actor }), listSavedViews({ actor })]);
  return (
    <div className="my-work">
      <h1 className="utrecht-heading-1">{nl.myWork.title}</h1>
      <p className="utrecht-paragraph lead">{nl.myWork.intro}</p>
      <MyWorkOverview work={work} />
      <section className="saved-views" aria-labelledby="weergaven-titel">
        <SavedViewLinks views={views} size={2} intro={nl.myWork.savedViewsIntro} />
      </section>
    </div>
  );
}

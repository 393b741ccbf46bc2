// Above the action list: the signed-in person's saved views as links, the way to manage
// them, and "Weergave opslaan" for the filters and sort that hold now. Mijn werk shows the links.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import type { FormAction } from "@/lib/actions/action-result";
import type { SavedViewRow } from "@/lib/saved-views/list-saved-views";
import { SaveViewForm } from "@/components/action-items/save-view-form";

type Props = {
  views: SavedViewRow[];
  /** The list's current parameters, as the list writes them (without the page). */
  query: string;
  action: FormAction<{ viewId: string; name: string }>;
};

/** The person's saved views as links to /acties and the link to manage them (also on Mijn werk). */
export function SavedViewLinks({
  views,
  headingLevel,
  intro,
}: {
  views: SavedViewRow[];
  headingLevel: 2 | 3;
  intro?: string;
}) {
  const t = nl.savedViews;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      <Heading className={`utrecht-heading-${headingLevel}`} id="weergaven-titel">
        {t.heading}
      </Heading>
      {intro && <p className="utrecht-paragraph">{intro}</p>}
      {views.length === 0 ? (
        <p className="utrecht-paragraph">{t.none}</p>
      ) : (
        <ul className="saved-views__list">
          {views.map((view) => (
            <li key={view.id}>
              <Link className="utrecht-link" href={view.href} prefetch={false}>
                {view.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/acties/weergaven">
          {t.manageLink}
        </Link>
      </p>
    </>
  );
}

export function SavedViews({ views, query, action }: Props) {
  return (
    <section className="saved-views" aria-labelledby="weergaven-titel">
      <SavedViewLinks views={views} headingLevel={3} />
      <SaveViewForm action={action} query={query} />
    </section>
  );
}

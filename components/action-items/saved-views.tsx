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

/**
 * The person's saved views as links to /acties and the link to manage them (also on Mijn werk).
 * Always a second-level heading (both pages' sections sit under the h1); `size` only sets how
 * large it looks: above the action list it is a small aside.
 */
export function SavedViewLinks({ views, size, intro }: { views: SavedViewRow[]; size: 2 | 3; intro?: string }) {
  const t = nl.savedViews;
  return (
    <>
      <h2 className={`utrecht-heading-${size}`} id="weergaven-titel">
        {t.heading}
      </h2>
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
      <SavedViewLinks views={views} size={3} />
      <SaveViewForm action={action} query={query} />
    </section>
  );
}

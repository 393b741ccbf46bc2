// Mijn werk as lists: first the count per kind (each a link to its list), then per kind its
// items, each a link with the reason in words. Also its top items on the dashboard.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { formatCount } from "@/lib/i18n/format-number";
import type { MyWork } from "@/lib/my-work/get-my-work";
import type { MyWorkItem } from "@/lib/my-work/my-work-item";

const t = nl.myWork;

function ItemList({ items, label }: { items: MyWorkItem[]; label?: string }) {
  return (
    <ul className="my-work__items" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.kind}-${item.key}`} className="my-work__item">
          <Link href={item.href} className="utrecht-link my-work__link" prefetch={false}>
            {item.title}
          </Link>
          <span className="my-work__reason">{item.reason}</span>
        </li>
      ))}
    </ul>
  );
}

function NothingToDo({ headingLevel }: { headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="my-work__empty">
      <Heading className={`utrecht-heading-${headingLevel}`}>{t.nothingToDo}</Heading>
      <p className="utrecht-paragraph">{t.nothingToDoExplanation}</p>
    </div>
  );
}

export function MyWorkOverview({ work }: { work: MyWork }) {
  if (work.total === 0) return <NothingToDo headingLevel={2} />;
  const groups = work.groups.filter((group) => group.total > 0);
  return (
    <>
      <nav aria-label={t.countsLabel}>
        <ul className="my-work__counts">
          {groups.map((group) => (
            <li key={group.kind}>
              <a className="utrecht-link my-work__count" href={`#${group.kind.toLowerCase()}`}>
                <span className="my-work__count-number">{formatCount(group.total)}</span> {t.kinds[group.kind]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.kind} className="my-work__group" aria-labelledby={group.kind.toLowerCase()}>
          <h2 className="utrecht-heading-2" id={group.kind.toLowerCase()}>
            {t.kinds[group.kind]} <span className="dashboard-count">({formatCount(group.total)})</span>
          </h2>
          <ItemList items={group.items} />
          {group.total > group.items.length && (
            <p className="utrecht-paragraph meta">{t.moreThanShown(group.items.length, group.total)}</p>
          )}
        </section>
      ))}
    </>
  );
}

/** The dashboard's section: the first items of each kind, up to `limit` in all. */
export function MyWorkOnDashboard({ work, limit }: { work: MyWork; limit: number }) {
  const top = work.groups.flatMap((group) => group.items).slice(0, limit);
  return (
    <section className="dashboard-section my-work my-work--dashboard" aria-labelledby="dashboard-mijn-werk">
      <h2 className="utrecht-heading-2" id="dashboard-mijn-werk">
        {t.dashboardTitle}
        {work.total > 0 && <span className="dashboard-count"> ({formatCount(work.total)})</span>}
      </h2>
      {work.total === 0 ? (
        <p className="utrecht-paragraph">{t.nothingToDo}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t.dashboardIntro(work.total)}</p>
          <ItemList items={top} label={t.dashboardTitle} />
        </>
      )}
      <p className="utrecht-paragraph dashboard-more">
        <Link href="/mijn-werk" className="utrecht-link" prefetch={false}>
          {t.dashboardAll}
        </Link>
      </p>
    </section>
  );
}

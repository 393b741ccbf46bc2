// The action's evidence, oldest first: each file as a download link with its type, size
// and name, each link with the site it leads to, and who added it when. With `removable`,
// each item has its "Verwijderen" form (inside an EvidenceRemoval).
import type { EvidenceListItem } from "@/lib/evidence/list-evidence";
import { formatFileSize } from "@/lib/evidence/file-size";
import { formatTimestamp } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { RemoveEvidenceForm } from "@/components/evidence/evidence-removal";

type Props = { actionItemId: string; items: EvidenceListItem[]; removable: boolean };

export function EvidenceList({ actionItemId, items, removable }: Props) {
  if (items.length === 0) return <p className="utrecht-paragraph">{nl.evidence.empty}</p>;
  return (
    <ol className="evidence-list">
      {items.map((item) => (
        <li key={item.id} className="evidence-list__item">
          <p className="utrecht-paragraph evidence-list__title">
            <EvidenceLink actionItemId={actionItemId} item={item} />
          </p>
          <p className="utrecht-paragraph evidence-list__meta">{describe(item).join(" · ")}</p>
          <p className="utrecht-paragraph evidence-list__meta">
            {nl.evidence.addedBy(item.addedBy, formatTimestamp(item.createdAt))}
          </p>
          {removable && (
            <RemoveEvidenceForm
              actionItemId={actionItemId}
              evidenceId={item.id}
              version={item.version}
              title={item.title}
            />
          )}
        </li>
      ))}
    </ol>
  );
}

function EvidenceLink({ actionItemId, item }: { actionItemId: string; item: EvidenceListItem }) {
  if (item.kind === "LINK" && item.url) {
    return (
      <a href={item.url} rel="noopener noreferrer" className="evidence-list__link">
        {item.title}
        <span className="visually-hidden"> {nl.evidence.linkHint(hostOf(item.url))}</span>
      </a>
    );
  }
  // A plain <a>, not next/link: a prefetch must never fetch (and log) a download.
  return (
    <a
      href={evidenceDownloadPath(actionItemId, item.id)}
      download={item.fileName ?? true}
      className="evidence-list__link"
    >
      {item.title}
      <span className="visually-hidden">
        {" "}
        {nl.evidence.downloadHint(typeName(item.mediaType), formatFileSize(item.sizeBytes ?? 0))}
      </span>
    </a>
  );
}

function describe(item: EvidenceListItem): string[] {
  if (item.kind === "LINK" && item.url) return [nl.evidence.kinds.LINK!, hostOf(item.url)];
  return [nl.evidence.kinds.FILE!, typeName(item.mediaType), formatFileSize(item.sizeBytes ?? 0), item.fileName ?? ""];
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}

function typeName(mediaType: string | null): string {
  return (mediaType && nl.evidence.fileTypes[mediaType]) || nl.evidence.unknownType;
}

export function evidenceDownloadPath(actionItemId: string, evidenceId: string): string {
  return `/acties/${encodeURIComponent(actionItemId)}/bewijsstukken/${encodeURIComponent(evidenceId)}`;
}

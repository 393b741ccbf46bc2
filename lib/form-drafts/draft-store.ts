// Where typed text waits in the browser until its form is saved (components/session/form-draft-keeper.tsx).
// One localStorage entry per user, page, form and record version: the version keeps text typed
// against an older version of a record from being put into the form of a newer one, and the
// user keeps one person's text from being shown to the next person at a shared computer.
// Pure apart from the Storage it is given, so the keys and the expiry are tested without a browser.

/** How long a draft is kept: a working day and a night, enough to come back to it the next morning. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const PREFIX = "opvolging.concept:";

/** A field's value as typed: text, whether a box is ticked, or the options chosen in a list. */
export type DraftValue = string | boolean | string[];

/** Per field name, the values of the fields with that name in the order they appear in the form. */
export type DraftFields = Record<string, DraftValue[]>;

export type DraftAddress = { userId: string; pathname: string; formId: string; version: string };

type StoredDraft = { savedAt: number; fields: DraftFields };

export function draftKey({ userId, pathname, formId, version }: DraftAddress): string {
  return PREFIX + JSON.stringify([userId, pathname, formId, version]);
}

export function parseDraftKey(key: string): DraftAddress | null {
  if (!key.startsWith(PREFIX)) return null;
  try {
    const parts: unknown = JSON.parse(key.slice(PREFIX.length));
    if (!Array.isArray(parts) || parts.length !== 4 || !parts.every((part) => typeof part === "string")) return null;
    const [userId, pathname, formId, version] = parts as string[];
    return { userId: userId!, pathname: pathname!, formId: formId!, version: version! };
  } catch {
    return null;
  }
}

function readStored(storage: Storage, key: string): StoredDraft | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const { savedAt, fields } = value as Partial<StoredDraft>;
    if (typeof savedAt !== "number" || typeof fields !== "object" || fields === null) return null;
    return { savedAt, fields };
  } catch {
    return null;
  }
}

/** Writes the draft; a full or refused storage (private browsing) only means no draft is kept. */
export function saveDraft(storage: Storage, address: DraftAddress, fields: DraftFields, nowMs: number): void {
  try {
    storage.setItem(draftKey(address), JSON.stringify({ savedAt: nowMs, fields } satisfies StoredDraft));
  } catch {
    // Nothing to do: the form itself still holds the text.
  }
}

/** The draft's fields, unless it is older than DRAFT_MAX_AGE_MS. */
export function loadDraft(storage: Storage, address: DraftAddress, nowMs: number): DraftFields | null {
  const stored = readStored(storage, draftKey(address));
  if (!stored || nowMs - stored.savedAt > DRAFT_MAX_AGE_MS) return null;
  return stored.fields;
}

function keysMatching(storage: Storage, matches: (address: DraftAddress, key: string) => boolean): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    const address = key === null ? null : parseDraftKey(key);
    if (key !== null && address && matches(address, key)) keys.push(key);
  }
  return keys;
}

function removeAll(storage: Storage, keys: string[]): void {
  for (const key of keys) storage.removeItem(key);
}

export function removeDraft(storage: Storage, address: DraftAddress): void {
  storage.removeItem(draftKey(address));
}

/** After a save: the form's drafts of every version (the save itself raised the version). */
export function removeFormDrafts(storage: Storage, { userId, pathname, formId }: Omit<DraftAddress, "version">): void {
  removeAll(
    storage,
    keysMatching(
      storage,
      (address) => address.userId === userId && address.pathname === pathname && address.formId === formId,
    ),
  );
}

/** On signing out: every draft of this user. */
export function removeUserDrafts(storage: Storage, userId: string): void {
  removeAll(
    storage,
    keysMatching(storage, (address) => address.userId === userId),
  );
}

/** Drafts past DRAFT_MAX_AGE_MS, of any user, and entries that cannot be read. */
export function removeExpiredDrafts(storage: Storage, nowMs: number): void {
  removeAll(
    storage,
    keysMatching(storage, (_address, key) => {
      const stored = readStored(storage, key);
      return !stored || nowMs - stored.savedAt > DRAFT_MAX_AGE_MS;
    }),
  );
}

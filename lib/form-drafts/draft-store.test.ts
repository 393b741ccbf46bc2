import { describe, expect, it } from "vitest";
import {
  DRAFT_MAX_AGE_MS,
  draftKey,
  loadDraft,
  parseDraftKey,
  removeExpiredDrafts,
  removeFormDrafts,
  removeUserDrafts,
  saveDraft,
  type DraftAddress,
} from "./draft-store";

/** localStorage's interface over a Map, as the browser's would behave. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const address: DraftAddress = { userId: "u1", pathname: "/acties/a1", formId: "@voortgang-titel", version: "3" };
const fields = { text: ["Half af"], status: ["IN_PROGRESS"] };
const now = Date.UTC(2026, 11, 6, 12, 0);

describe("draft keys", () => {
  it("round-trip user, page, form and version, also with separators in them", () => {
    const odd = { ...address, pathname: "/a:b/c", formId: 'text,"x"#0' };
    expect(parseDraftKey(draftKey(odd))).toEqual(odd);
  });

  it("ignore other entries of the same storage", () => {
    expect(parseDraftKey("theme")).toBeNull();
    expect(parseDraftKey(`${draftKey(address).slice(0, 20)}[1,2]`)).toBeNull();
  });
});

describe("drafts", () => {
  it("are found again for the same user, page, form and version only", () => {
    const storage = memoryStorage();
    saveDraft(storage, address, fields, now);
    expect(loadDraft(storage, address, now + 1000)).toEqual(fields);
    expect(loadDraft(storage, { ...address, version: "4" }, now)).toBeNull();
    expect(loadDraft(storage, { ...address, userId: "u2" }, now)).toBeNull();
    expect(loadDraft(storage, { ...address, pathname: "/acties/a2" }, now)).toBeNull();
  });

  it("expire after DRAFT_MAX_AGE_MS, and are then also removed", () => {
    const storage = memoryStorage();
    saveDraft(storage, address, fields, now);
    expect(loadDraft(storage, address, now + DRAFT_MAX_AGE_MS)).toEqual(fields);
    expect(loadDraft(storage, address, now + DRAFT_MAX_AGE_MS + 1)).toBeNull();
    storage.setItem("theme", "dark");
    removeExpiredDrafts(storage, now + DRAFT_MAX_AGE_MS + 1);
    expect(storage.length).toBe(1);
    expect(storage.getItem("theme")).toBe("dark");
  });

  it("of a saved form go for every version, and no other form's", () => {
    const storage = memoryStorage();
    saveDraft(storage, address, fields, now);
    saveDraft(storage, { ...address, version: "2" }, fields, now);
    saveDraft(storage, { ...address, formId: "@status-titel" }, fields, now);
    removeFormDrafts(storage, address);
    expect(loadDraft(storage, address, now)).toBeNull();
    expect(loadDraft(storage, { ...address, version: "2" }, now)).toBeNull();
    expect(loadDraft(storage, { ...address, formId: "@status-titel" }, now)).toEqual(fields);
  });

  it("of one user all go when that user signs out, another user's stay", () => {
    const storage = memoryStorage();
    saveDraft(storage, address, fields, now);
    saveDraft(storage, { ...address, pathname: "/rapportages/k1" }, fields, now);
    saveDraft(storage, { ...address, userId: "u2" }, fields, now);
    removeUserDrafts(storage, "u1");
    expect(storage.length).toBe(1);
    expect(loadDraft(storage, { ...address, userId: "u2" }, now)).toEqual(fields);
  });

  it("are simply not kept when the storage refuses them", () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(() => saveDraft(storage, address, fields, now)).not.toThrow();
    expect(loadDraft(storage, address, now)).toBeNull();
  });
});

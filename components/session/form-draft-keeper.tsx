"use client";
// Keeps what a person types in any form of the signed-in app, so that an expired session or a
// closed tab loses nothing: every change is written to the browser (lib/form-drafts/), the
// draft is forgotten when the form announces it was saved (FORM_SAVED_EVENT) and put back when
// the same form of the same record version is shown again, with the notice "Uw tekst is
// teruggezet.". Mounted once in the signed-in layout; it listens on the document, so forms
// need no change of their own.
import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { FORM_SAVED_EVENT } from "@/components/forms/form-saved-event";
import {
  draftKey,
  loadDraft,
  removeDraft,
  removeExpiredDrafts,
  removeFormDrafts,
  removeUserDrafts,
  saveDraft,
  type DraftAddress,
} from "@/lib/form-drafts/draft-store";
import {
  applyDraft,
  formIdentity,
  formVersion,
  isKeptField,
  readDraft,
  SIGN_OUT_FORM_ATTRIBUTE,
} from "@/lib/form-drafts/form-fields";
import { signInMessages } from "@/lib/i18n/sign-in";

const messages = signInMessages.session;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function FormDraftKeeper({ userId }: { userId: string }) {
  const pathname = usePathname();
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const store = storage();
    if (!store) return;
    removeExpiredDrafts(store, Date.now());
    const address = (form: HTMLFormElement): DraftAddress => ({
      userId,
      pathname: window.location.pathname,
      formId: formIdentity(form),
      version: formVersion(form),
    });
    // Forms typed in (or restored) on this page: never restored (again) over what is in them now.
    const handled = new WeakSet<HTMLFormElement>();
    // Drafts of forms sent from this page: a form shown anew after its save (React may replace
    // the element) gets no text back before the save's announcement has removed the draft.
    const submitted = new Set<string>();

    const keep = (event: Event) => {
      const field = event.target;
      if (!isKeptField(field) || !field.form || field.form.hasAttribute(SIGN_OUT_FORM_ATTRIBUTE)) return;
      const form = field.form;
      handled.add(form);
      const draft = readDraft(form);
      if (draft) saveDraft(store, address(form), draft, Date.now());
      else removeDraft(store, address(form));
    };
    const forget = (event: Event) => {
      if (!(event.target instanceof HTMLFormElement)) return;
      removeFormDrafts(store, { userId, pathname: window.location.pathname, formId: formIdentity(event.target) });
    };
    const submitting = (event: Event) => {
      if (!(event.target instanceof HTMLFormElement)) return;
      if (event.target.hasAttribute(SIGN_OUT_FORM_ATTRIBUTE)) removeUserDrafts(store, userId);
      else submitted.add(draftKey(address(event.target)));
    };
    const restore = () => {
      let any = false;
      for (const form of Array.from(document.forms)) {
        if (handled.has(form) || form.hasAttribute(SIGN_OUT_FORM_ATTRIBUTE)) continue;
        handled.add(form);
        if (submitted.has(draftKey(address(form)))) continue;
        const draft = loadDraft(store, address(form), Date.now());
        if (draft && applyDraft(form, draft)) any = true;
      }
      if (any) setRestored(true);
    };

    // Forms can arrive after this effect (a page streamed in, a form shown later): look again
    // whenever the page changes, once per frame at most.
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        restore();
      });
    });
    restore();
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("input", keep, true);
    document.addEventListener("change", keep, true);
    document.addEventListener(FORM_SAVED_EVENT, forget);
    document.addEventListener("submit", submitting, true);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      document.removeEventListener("input", keep, true);
      document.removeEventListener("change", keep, true);
      document.removeEventListener(FORM_SAVED_EVENT, forget);
      document.removeEventListener("submit", submitting, true);
      setRestored(false);
    };
    // A new page (pathname) starts afresh: its forms are looked at once more.
  }, [userId, pathname]);

  return (
    <div role="status" className={restored ? "form-alert form-alert--ok draft-notice" : undefined}>
      {restored && <p className="utrecht-paragraph">{messages.draftRestored}</p>}
    </div>
  );
}

"use client";
// A key for a form that changes with every outcome of its action. React resets a form after
// its action has run, and a reset <select> falls back to its first option, not to the
// defaultValue the re-render gives it: the user's choice was lost after an error. Keyed
// with this, the form is built afresh from its defaultValues (the kept input) instead.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

export function useResultKey(result: ActionResult<unknown>): number {
  const [seen, setSeen] = useState(result);
  const [key, setKey] = useState(0);
  if (seen !== result) {
    // Adjusting state while rendering, as React's docs advise for "state from the previous render".
    setSeen(result);
    setKey(key + 1);
  }
  return key;
}

// The one refusal of a signed-in page the actor may not use (lib/auth/require-page-permission.ts
// calls forbidden()): HTTP 403, inside the usual header and navigation, worded the same on
// every page. The browser tab keeps the page's own title.
import { nl } from "@/lib/i18n/nl";

export default function Forbidden() {
  return (
    <>
      <h1 className="utrecht-heading-1">{nl.errors.forbiddenTitle}</h1>
      <div className="utrecht-alert utrecht-alert--error form-alert" role="alert">
        <p className="utrecht-paragraph">{nl.errors.forbiddenPage}</p>
      </div>
    </>
  );
}

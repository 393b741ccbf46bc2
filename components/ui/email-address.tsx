// An e-mail address that may break before its @ and dots on a narrow screen, never in the
// middle of a word ("medewerker24@bench.opvolging.te|st").
import type { ReactNode } from "react";

function withBreakPoints(email: string): ReactNode[] {
  return email.split(/(?=[@.])/).flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
}

export function EmailAddress({ email }: { email: string }) {
  return <span className="email-address">{withBreakPoints(email)}</span>;
}

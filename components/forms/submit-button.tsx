"use client";
// A form's submit button. While the submission runs it says so and is aria-disabled, not
// disabled: a disabled button loses focus (keyboard and screen reader users would be thrown
// back to the top of the page); a second press is ignored instead.
import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from "react";
import { commonMessages } from "@/lib/i18n/common";

type SubmitButtonProps = {
  children: ReactNode;
  /** What the button says while the submission runs; `false` keeps its own words. */
  pendingLabel?: ReactNode | false;
  variant?: "primary" | "secondary";
  /** For a form that starts its submission by hand (useFormStatus does not see that one). */
  pending?: boolean;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "children">;

export function SubmitButton({
  children,
  pendingLabel = commonMessages.forms.saving,
  variant = "primary",
  className,
  onClick,
  pending: pendingByHand,
  ...button
}: SubmitButtonProps) {
  const pending = useFormStatus().pending || Boolean(pendingByHand);
  function ignoreWhilePending(event: MouseEvent<HTMLButtonElement>) {
    if (pending) event.preventDefault();
    else onClick?.(event);
  }
  return (
    <button
      {...button}
      type="submit"
      className={`utrecht-button utrecht-button--${variant}-action${className ? ` ${className}` : ""}`}
      aria-disabled={pending || undefined}
      onClick={ignoreWhilePending}
    >
      {pending && pendingLabel !== false ? pendingLabel : children}
    </button>
  );
}

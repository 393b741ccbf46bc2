// The new password twice, with the rules as a hint and each field's own error: the same pair
// wherever a password is chosen (activation, reset, "Wachtwoord wijzigen"). No "use client":
// it renders inside the client forms that use it and has no state of its own.
import { nl } from "@/lib/i18n/client/accounts";
import { TextField } from "@/components/forms/text-field";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/password-length";

type Props = {
  /** Prefix of the two fields' ids: two forms on one page must not share an id. */
  idPrefix: string;
  error: (field: "newPassword" | "confirmPassword") => string | undefined;
};

export function NewPasswordFields({ idPrefix, error }: Props) {
  const m = nl.accounts;
  return (
    <>
      <TextField
        id={`${idPrefix}nieuw-wachtwoord`}
        name="newPassword"
        type="password"
        label={m.newPassword}
        hint={m.passwordHint(MIN_PASSWORD_LENGTH)}
        error={error("newPassword")}
        autoComplete="new-password"
        maxLength={MAX_PASSWORD_LENGTH}
        required
      />
      <TextField
        id={`${idPrefix}herhaal-wachtwoord`}
        name="confirmPassword"
        type="password"
        label={m.confirmPassword}
        error={error("confirmPassword")}
        autoComplete="new-password"
        maxLength={MAX_PASSWORD_LENGTH}
        required
      />
    </>
  );
}

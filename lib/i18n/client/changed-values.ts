// The words a changed field's value can take (statuses, enum values), for the form notice that shows what a
// colleague changed: the shared file and the domains that own those statuses, not the whole message file.
import { commonMessages } from "../common";
import { commitmentsMessages } from "../commitments";
import { actionItemsMessages } from "../action-items";

export const nl = { ...commonMessages, ...commitmentsMessages, ...actionItemsMessages } as const;

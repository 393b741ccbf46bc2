// The class that gives a deadline state its colour and icon (app/globals.css), shared by the
// server's label and the action list's client rows.
export const deadlineStateClassName = (state: string) =>
  `deadline-state deadline-state--${state.toLowerCase().replace("_", "-")}`;

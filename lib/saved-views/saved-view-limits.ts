// How many views one person keeps: enough for their own working sets, few enough that the
// list on /acties stays a short row of links.
export const SAVED_VIEWS_MAX = 20;

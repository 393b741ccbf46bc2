// The feed's text per organisation (and origin), kept for as long as the response may be
// cached anyway (max-age=300). The content depends on nothing personal, and building it
// costs about 0.8 ms an event in the ics library (it validates every event): 2.7 s for one
// organisation of the 10,000-action data set, which every poll of every subscriber would
// otherwise pay. Per process: a second app server builds its own copy. The token is checked
// before the cache is consulted, so revoking still takes effect at once.
import "server-only";

export const FEED_CACHE_SECONDS = 300;
const MAX_ENTRIES = 100;

const entries = new Map<string, { body: string; expires: number }>();

export async function cachedFeed(key: string, build: () => Promise<string>, moment = Date.now()): Promise<string> {
  const hit = entries.get(key);
  if (hit && hit.expires > moment) return hit.body;
  const body = await build();
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(key, { body, expires: moment + FEED_CACHE_SECONDS * 1000 });
  return body;
}

-- Calendar addresses get an end date (decision 045): new ones CALENDAR_FEED_VALID_DAYS after
-- they are made (lib/calendar/create-calendar-feed.ts). The feeds that exist keep the default
-- year from their creation, but none ends sooner than 30 days from now: an address made long
-- ago must not stop without the person and the Beheerder seeing it coming on /profiel and on
-- Mijn werk.
ALTER TABLE "CalendarFeed" ADD COLUMN "expiresAt" TIMESTAMPTZ(3);

UPDATE "CalendarFeed"
   SET "expiresAt" = greatest("createdAt" + interval '365 days', date_trunc('milliseconds', now()) + interval '30 days');

ALTER TABLE "CalendarFeed" ALTER COLUMN "expiresAt" SET NOT NULL;

-- An address never ends before it begins.
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_expires_after_creation" CHECK ("expiresAt" > "createdAt");

-- CreateIndex
CREATE INDEX "CalendarFeed_expiresAt_idx" ON "CalendarFeed"("expiresAt");

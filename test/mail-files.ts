// The mails the app wrote as .eml files (no SMTP in development and tests): read as a mail
// program would, quoted-printable and all, to find what a person would click.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

/** The plain-text bodies of the mails in `dir` addressed to `email`, newest first. */
export async function mailsTo(dir: string, email: string): Promise<string[]> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((file) => file.endsWith(".eml"))
    .sort()
    .reverse();
  const bodies: string[] = [];
  for (const file of files) {
    const raw = await readFile(path.join(dir, file));
    if (!raw.includes(email)) continue;
    const mail = await simpleParser(raw);
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    if (to.some((address) => address.value.some((entry) => entry.address === email))) bodies.push(mail.text ?? "");
  }
  return bodies;
}

/** The token of the newest account link (activeren or herstellen) mailed to `email`. */
export async function linkTokenInMail(dir: string, email: string, kind: "activeren" | "herstellen"): Promise<string> {
  for (const text of await mailsTo(dir, email)) {
    const token = new RegExp(`/account/${kind}/([A-Za-z0-9_-]{43})`).exec(text)?.[1];
    if (token) return token;
  }
  throw new Error(`Geen mail met een link aan ${email}`);
}

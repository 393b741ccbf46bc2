import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const [,, file, y, h, out, w] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(w ?? 1280), height: 800 } });
const data = readFileSync(file).toString("base64");
await page.setContent(`<html><body style="margin:0"><img src="data:image/png;base64,${data}"></body></html>`);
await page.waitForTimeout(300); await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: Number(w ?? 1280), height: Number(h) } });
await browser.close();

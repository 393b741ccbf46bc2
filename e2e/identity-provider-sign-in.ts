// Signing in through the test identity provider (e2e/test-identity-provider.ts) in a browser:
// its development login page accepts any password; the login typed there is the e-mail
// address the IdP vouches for (with a variant after '#', see claimsFor there).
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export async function signInAtIdentityProvider(page: Page, login: string, idpName = "Test-IdP"): Promise<void> {
  // The IdP's development pages load a Google web font; offline that stalls each page ~5 s.
  await page.route(/^https:\/\/fonts\.googleapis\.com\//, (route) => route.abort());
  await page.goto("/inloggen");
  const appOrigin = new URL(page.url()).origin;
  await page.getByRole("button", { name: `Inloggen met ${idpName}` }).click();

  // Now on the IdP, a different origin than the app.
  await expect(page).toHaveURL((url) => url.origin !== appOrigin && url.pathname.startsWith("/interaction/"));
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("wachtwoord-van-de-idp");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The IdP asks once to share openid, e-mail and profile with the app.
  await page.getByRole("button", { name: "Continue" }).click();
}

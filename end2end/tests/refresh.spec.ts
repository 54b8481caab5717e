import { expect, test } from "@playwright/test";
import { Header, createAccount } from "../pages/accounts";

const storedExpiry = (page: import("@playwright/test").Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem("doorway.session") ?? "null")?.expires_at_ms ?? 0);

test("the access token is refreshed before it expires, keeping the session past its lifetime", async ({ page }) => {
  // The browser's clock runs fast here; the tokens themselves are real Cognito tokens.
  await page.clock.install();
  await createAccount(page, "refresh", "Refresher");
  const firstExpiry = await storedExpiry(page);

  // A minute before the 15-minute access token expires, it is renewed.
  await page.clock.fastForward("14:30");
  await expect.poll(() => storedExpiry(page)).toBeGreaterThan(firstExpiry + 10 * 60 * 1000);

  await page.clock.fastForward("10:00"); // past the first token's lifetime
  await page.reload();
  await new Header(page).expectSignedInAs("Refresher");
});

test("a refresh that cannot reach the server keeps the session and tries again", async ({ page }) => {
  await page.clock.install();
  await createAccount(page, "patient", "Patient");
  const firstExpiry = await storedExpiry(page);

  // The laptop sleeps past the token's lifetime and wakes up before its network does.
  await page.route("**/api/refresh_session", (route) => route.abort("internetdisconnected"));
  await page.clock.fastForward("20:00");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("doorway.refresh-lease"))).toBeNull();
  await new Header(page).expectSignedInAs("Patient");
  expect(await storedExpiry(page)).toBe(firstExpiry);

  await page.unroute("**/api/refresh_session");
  await page.clock.fastForward("00:10");
  await expect.poll(() => storedExpiry(page)).toBeGreaterThan(firstExpiry);
  await new Header(page).expectSignedInAs("Patient");
});

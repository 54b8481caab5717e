import { expect, test } from "../fixtures";
import type { Page } from "../fixtures";

/** Every Content-Security-Policy violation the page reports, as "directive blocked-address". */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("every page hydrates under its script policy without a violation", async ({
  page,
  app,
  account,
  loginPage,
  header,
}) => {
  // `account` is confirmed but not signed in yet: the public pages are seen signed out.
  const violations = await recordViolations(page);
  for (const path of ["/", "/login", "/signup", "/verify", "/forgot-password", "/dev/mailbox"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await app.waitForHydration();
    expect(await violations(), path).toEqual([]);
  }
  await loginPage.signIn(account.email, account.password);
  await header.expectSignedInAs(account.displayName);
  for (const path of ["/profile", "/settings"]) {
    await app.open(path);
    await expect(app.status().filter({ hasText: "Loading" })).toHaveCount(0);
    expect(await violations(), path).toEqual([]);
  }
  // The whole tab, from the account's sign-up on.
  expect(app.consoleErrors).toEqual([]);
});

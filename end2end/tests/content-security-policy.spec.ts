import { expect, test } from "@playwright/test";
import { AppPage } from "../pages/app-page";
import { createAccount } from "../pages/accounts";

/** Every Content-Security-Policy violation the page reports, as "directive blocked-address". */
async function recordViolations(page: import("@playwright/test").Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("every page hydrates under its script policy without a violation", async ({ page }) => {
  const violations = await recordViolations(page);
  const app = new AppPage(page);
  for (const path of ["/", "/login", "/signup", "/verify", "/forgot-password", "/dev/mailbox"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await app.waitForHydration();
    expect(await violations(), path).toEqual([]);
  }
  await createAccount(page, "csp", "Policy");
  for (const path of ["/profile", "/settings"]) {
    await app.open(path);
    await expect(page.getByRole("status").filter({ hasText: "Loading" })).toHaveCount(0);
    expect(await violations(), path).toEqual([]);
  }
  expect(app.consoleErrors).toEqual([]);
});

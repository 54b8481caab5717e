import { expect, test } from "@playwright/test";
import { Header, createAccount } from "../pages/accounts";

test("signing out returns home and signs out the other tabs too", async ({ page, context }) => {
  // Tabs share a kept session ("Keep me signed in"); a session-only one belongs to its tab.
  await createAccount(page, "signout", "Grace", { remember: true });
  const otherTab = await context.newPage();
  await otherTab.goto("/");
  await new Header(otherTab).expectSignedInAs("Grace");

  await new Header(page).signOut();
  await expect(page).toHaveURL("/");
  await new Header(page).expectSignedOut();
  await new Header(otherTab).expectSignedOut();
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

test("signing out works offline: the stored session is forgotten anyway", async ({ page, context }) => {
  await createAccount(page, "offline", "Offline");
  await context.setOffline(true);
  const header = new Header(page);
  await header.nav().getByRole("button", { name: "Sign out" }).click();
  await header.expectSignedOut();
  expect(await page.evaluate(() => sessionStorage.getItem("doorway.session"))).toBeNull();
  await context.setOffline(false);
});

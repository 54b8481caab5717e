import { expect, test } from "@playwright/test";
import { Header, createAccount } from "../pages/accounts";

test("signing out returns home and signs out the other tabs too", async ({ page, context, request }) => {
  // Tabs share a kept session ("Keep me signed in"); a session-only one belongs to its tab.
  await createAccount(page, "signout", "Grace", { remember: true });
  const otherTab = await context.newPage();
  await otherTab.goto("/");
  await new Header(otherTab).expectSignedInAs("Grace");
  const profileTab = await context.newPage();
  await profileTab.goto("/profile");
  await expect(profileTab.getByLabel("Display name")).toHaveValue("Grace");
  const session = JSON.parse((await page.evaluate(() => localStorage.getItem("doorway.session"))) ?? "{}");

  await new Header(page).signOut();
  await expect(page).toHaveURL("/");
  await new Header(page).expectSignedOut();
  await new Header(otherTab).expectSignedOut();
  // The profile is not left on screen: that tab goes to sign in.
  await expect(profileTab).toHaveURL(/\/login\?next=%2Fprofile/);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);

  // The refresh token is revoked, not only forgotten.
  const refresh = await request.post("/api/refresh_session", {
    data: { refresh_token: session.refresh_token, username: session.username },
  });
  expect(refresh.status()).toBe(401);
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

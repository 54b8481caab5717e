import { expect, test } from "@playwright/test";
import { Header, LoginPage, PASSWORD, createAccount, signInOnAnotherDevice } from "../pages/accounts";
import { ProfilePage, SettingsPage, openProfile } from "../pages/profile";

test("the profile is edited in place and kept across a reload", async ({ page }) => {
  await createAccount(page, "profile", "Edith");
  await page.getByRole("link", { name: "Go to your profile" }).click();
  const profile = new ProfilePage(page);
  await expect(profile.displayName()).toHaveValue("Edith");

  await profile.displayName().fill("Edith Clarke");
  await profile.bio().fill("Engineer.\nFirst woman to earn an electrical engineering degree at MIT.");
  await profile.timeZone().selectOption("America/New_York");
  await profile.language().selectOption("fr");
  await profile.save();
  await profile.expectSaved();
  await new Header(page).expectSignedInAs("Edith Clarke");

  await page.reload();
  await profile.waitForHydration();
  await expect(profile.displayName()).toHaveValue("Edith Clarke");
  await expect(profile.bio()).toHaveValue("Engineer.\nFirst woman to earn an electrical engineering degree at MIT.");
  await expect(profile.timeZone()).toHaveValue("America/New_York");
  await expect(profile.language()).toHaveValue("fr");
  expect(profile.consoleErrors).toEqual([]);
});

test("a save from a stale copy in a second tab is refused and keeps what was typed", async ({ page, context }) => {
  await createAccount(page, "stale", "Stale", { remember: true });
  const first = await openProfile(page);
  const secondTab = await context.newPage();
  const second = await openProfile(secondTab);

  await first.displayName().fill("Saved first");
  await first.save();
  await first.expectSaved();

  await second.displayName().fill("Saved second");
  await second.save();
  await expect(second.alert()).toContainText("changed elsewhere");
  await expect(second.displayName()).toHaveValue("Saved second");

  await secondTab.reload();
  await second.waitForHydration();
  await expect(second.displayName()).toHaveValue("Saved first");
});

test("markup typed into the profile is shown as text, never run", async ({ page }) => {
  await createAccount(page, "markup", "Markup");
  const profile = await openProfile(page);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const markup = `<img src=x onerror="alert(1)"></script><b>bold</b>`;
  await profile.displayName().fill("<b>Bold</b>");
  await profile.bio().fill(markup);
  await profile.save();
  await profile.expectSaved();

  await page.reload();
  await profile.waitForHydration();
  await expect(profile.bio()).toHaveValue(markup);
  await expect(new Header(page).nav()).toContainText("<b>Bold</b>");
  await expect(page.locator("main img, header b, main b")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("a signed-out visitor is sent to sign in and brought back to the profile", async ({ page }) => {
  const email = await createAccount(page, "return", "Returner");
  await new Header(page).signOut();

  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile/);
  await new LoginPage(page).signIn(email, PASSWORD, { open: false });
  await expect(page).toHaveURL("/profile");
  await expect(new ProfilePage(page).displayName()).toHaveValue("Returner");
});

test("edits left unsaved when the session ends are back after signing in again", async ({ page, browser }) => {
  const email = await createAccount(page, "draft", "Drafty");
  const profile = await openProfile(page);
  const bio = "Half written when the session ended.";
  await profile.bio().fill(bio);

  // Meanwhile, on another device, the person signs out everywhere.
  const otherDevice = await signInOnAnotherDevice(browser, email, "Drafty");
  const settings = new SettingsPage(otherDevice.page);
  await settings.open();
  await settings.signOutEverywhere();
  await expect(otherDevice.page).toHaveURL(/notice=everywhere/);
  await otherDevice.context.close();

  await profile.save();
  await expect(page).toHaveURL(/\/login\?notice=expired/);
  await new LoginPage(page).signIn(email, PASSWORD, { open: false });
  await expect(page).toHaveURL("/profile");
  await expect(profile.bio()).toHaveValue(bio);
  await expect(page.getByRole("status").filter({ hasText: "unsaved changes are back" })).toBeVisible();

  await profile.save();
  await profile.expectSaved();
  await page.reload();
  await profile.waitForHydration();
  await expect(profile.bio()).toHaveValue(bio);
  await expect(page.getByText("unsaved changes are back")).toHaveCount(0);
});

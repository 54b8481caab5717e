import { catalog } from "../catalog";
import { expect, test } from "../fixtures";
import { openProfile } from "../pages/profile";
import { SettingsPage } from "../pages/settings";

test("the profile is edited in place and kept across a reload", async ({
  signedInPage: page,
  account,
  homePage,
  profilePage,
  header,
}) => {
  await homePage.profileLink().click();
  await expect(profilePage.displayName()).toHaveValue(account.displayName);

  await profilePage.displayName().fill("Edith Clarke");
  await profilePage.bio().fill("Engineer.\nFirst woman to earn an electrical engineering degree at MIT.");
  await profilePage.timeZone().selectOption("America/New_York");
  await profilePage.language().selectOption("fr");
  await profilePage.save();
  await profilePage.expectSaved();
  await header.expectSignedInAs("Edith Clarke");

  // The profile's language is this browser's from now on: the page comes back in French.
  await page.reload();
  await profilePage.waitForHydration();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const fr = catalog("fr");
  await expect(page.getByLabel(fr("profile-form-display-name"))).toHaveValue("Edith Clarke");
  await expect(page.getByLabel(fr("profile-form-bio"))).toHaveValue(
    "Engineer.\nFirst woman to earn an electrical engineering degree at MIT.",
  );
  await expect(page.getByLabel(fr("profile-form-time-zone"))).toHaveValue("America/New_York");
  await expect(page.getByLabel(fr("profile-form-language"))).toHaveValue("fr");
  expect(profilePage.consoleErrors).toEqual([]);
});

test.describe(() => {
  // Both tabs share the session: kept with "Keep me signed in".
  test.use({ keepSignedIn: true });

  test("a save from a stale copy in a second tab is refused and keeps what was typed", async ({
    signedInPage: page,
    context,
  }) => {
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
});

test("markup typed into the profile is shown as text, never run", async ({ signedInPage: page, profilePage, header }) => {
  await profilePage.open();
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const markup = `<img src=x onerror="alert(1)"></script><b>bold</b>`;
  await profilePage.displayName().fill("<b>Bold</b>");
  await profilePage.bio().fill(markup);
  await profilePage.save();
  await profilePage.expectSaved();

  await page.reload();
  await profilePage.waitForHydration();
  await expect(profilePage.bio()).toHaveValue(markup);
  await expect(header.nav()).toContainText("<b>Bold</b>");
  await expect(page.locator("main img, header b, main b")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("a signed-out visitor is sent to sign in and brought back to the profile", async ({
  signedInPage: page,
  account,
  header,
  loginPage,
  profilePage,
}) => {
  await header.signOut();

  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile/);
  await loginPage.signIn(account.email, account.password, { open: false });
  await expect(page).toHaveURL("/profile");
  await expect(profilePage.displayName()).toHaveValue(account.displayName);
});

test("edits left unsaved when the session ends are back after signing in again", async ({
  signedInPage: page,
  account,
  profilePage,
  loginPage,
  otherDevices,
}) => {
  await profilePage.open();
  const bio = "Half written when the session ended.";
  await profilePage.bio().fill(bio);

  // Meanwhile, on another device, the person signs out everywhere.
  const otherDevice = await otherDevices.signIn(account);
  const settings = new SettingsPage(otherDevice);
  await settings.open();
  await settings.signOutEverywhere();
  await expect(otherDevice).toHaveURL(/notice=everywhere/);
  await otherDevice.context().close();

  await profilePage.save();
  await expect(page).toHaveURL(/\/login\?notice=expired/);
  await loginPage.signIn(account.email, account.password, { open: false });
  await expect(page).toHaveURL("/profile");
  await expect(profilePage.bio()).toHaveValue(bio);
  await expect(profilePage.status().filter({ hasText: "unsaved changes are back" })).toBeVisible();

  await profilePage.save();
  await profilePage.expectSaved();
  await page.reload();
  await profilePage.waitForHydration();
  await expect(profilePage.bio()).toHaveValue(bio);
  await expect(page.getByText("unsaved changes are back")).toHaveCount(0);
});


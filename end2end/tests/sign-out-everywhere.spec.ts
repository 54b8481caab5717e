import { expect, test } from "@playwright/test";
import { LoginPage, PASSWORD, createAccount, signInOnAnotherDevice } from "../pages/accounts";
import { ProfilePage, SettingsPage } from "../pages/profile";

test("signing out everywhere ends the session in another browser too", async ({ page, browser }) => {
  const email = await createAccount(page, "everywhere", "Everywhere");
  const { context: otherContext, page: otherPage } = await signInOnAnotherDevice(browser, email, "Everywhere");

  const settings = new SettingsPage(page);
  await settings.open();
  await settings.signOutEverywhere();
  await expect(page).toHaveURL(/\/login\?notice=everywhere/);
  await expect(page.getByText("signed out on every device")).toBeVisible();

  // The other browser's next visit finds its session ended and asks to sign in again.
  await otherPage.goto("/profile");
  await expect(otherPage).toHaveURL(/\/login/);
  await expect(otherPage.getByText("Your session has ended")).toBeVisible();
  await new LoginPage(otherPage).signIn(email, PASSWORD, { open: false });
  await expect(new ProfilePage(otherPage).displayName()).toHaveValue("Everywhere");
  await otherContext.close();
});

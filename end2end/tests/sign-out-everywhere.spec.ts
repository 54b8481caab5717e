import { expect, test } from "../fixtures";
import { LoginPage } from "../pages/login";
import { ProfilePage } from "../pages/profile";

test("signing out everywhere ends the session in another browser too", async ({
  signedInPage: page,
  account,
  settingsPage,
  otherDevices,
}) => {
  const otherPage = await otherDevices.signIn(account);

  await settingsPage.open();
  await settingsPage.signOutEverywhere();
  await expect(page).toHaveURL(/\/login\?notice=everywhere/);
  await expect(page.getByText("signed out on every device")).toBeVisible();

  // The other browser's next visit finds its session ended and asks to sign in again.
  await otherPage.goto("/profile");
  await expect(otherPage).toHaveURL(/\/login/);
  await expect(otherPage.getByText("Your session has ended")).toBeVisible();
  await new LoginPage(otherPage).signIn(account.email, account.password, { open: false });
  await expect(new ProfilePage(otherPage).displayName()).toHaveValue(account.displayName);
});

import { expect, test } from "@playwright/test";
import { Header, PASSWORD, createAccount, uniqueEmail } from "../pages/accounts";
import { SettingsPage } from "../pages/profile";

test("changing the email takes the password and the code the mailbox shows", async ({ page }) => {
  const oldEmail = await createAccount(page, "oldmail", "Mover");
  const newEmail = uniqueEmail("newmail");
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(page.getByText(`You sign in with ${oldEmail}`)).toBeVisible();

  await settings.changeEmail(newEmail, PASSWORD);
  await expect(page.getByText(`We sent a code to ${newEmail}`)).toBeVisible();
  // Another code can be asked for, then not again until a visible cooldown has run out.
  await page.getByRole("button", { name: "Send a new code" }).click();
  await expect(page.getByText("A new code is on its way.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Send a new code \(\d+ s\)/ })).toBeDisabled();
  await settings.verifyEmailChange(newEmail);
  await expect(settings.notice()).toContainText("new email is verified");
  await expect(page.getByText(`You sign in with ${newEmail}`)).toBeVisible();

  await page.reload();
  await settings.waitForHydration();
  await expect(page.getByText(`You sign in with ${newEmail}`)).toBeVisible();
  await expect(new Header(page).nav().getByTitle(newEmail)).toBeVisible();
});

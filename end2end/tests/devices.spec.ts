import { expect, test } from "../fixtures";

test("Devices lists both browsers, and signing the other one out ends its session there", async ({
  signedInPage: page,
  account,
  settingsPage,
  otherDevices,
}) => {
  const otherPage = await otherDevices.signIn(account);

  await settingsPage.open();
  await expect(settingsPage.devices()).toHaveCount(2);
  await expect(settingsPage.thisDevice()).toHaveCount(1);
  await expect(settingsPage.signOutDeviceButton(settingsPage.thisDevice())).toHaveCount(0);
  const other = settingsPage.otherDevices();
  await expect(other).toContainText("Chrom");

  await settingsPage.signOutDeviceButton(other).click();
  await expect(settingsPage.devices()).toHaveCount(1);
  await expect(settingsPage.thisDevice()).toHaveCount(1);

  // The other browser's next call finds its session ended; this one goes on.
  await otherPage.goto("/profile");
  await expect(otherPage).toHaveURL(/\/login/);
  await page.reload();
  await expect(settingsPage.devices()).toHaveCount(1);
  await expect(page).toHaveURL(/\/settings/);
  const activity = page.getByRole("region", { name: settingsPage.words("activity-heading") });
  await expect(activity).toContainText(settingsPage.words("activity-device-signed-out"));
  expect(settingsPage.consoleErrors).toEqual([]);
});

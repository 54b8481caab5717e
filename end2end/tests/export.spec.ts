import { readFile } from "node:fs/promises";
import { expect, test } from "../fixtures";

test("'Download my data' saves a JSON file with the account and the profile", async ({
  signedInPage: page,
  account,
  settingsPage,
}) => {
  await settingsPage.open();

  const download = page.waitForEvent("download");
  await settingsPage.downloadButton().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const data = JSON.parse(await readFile(await file.path(), "utf8"));
  expect(data.profile.display_name).toBe(account.displayName);
  expect(data.account.attributes.email).toBe(account.email);
  expect(JSON.stringify(data)).not.toContain("eyJ");
});

import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { createAccount } from "../pages/accounts";
import { SettingsPage } from "../pages/profile";

test("'Download my data' saves a JSON file with the account and the profile", async ({ page }) => {
  const email = await createAccount(page, "export", "Exporter");
  const settings = new SettingsPage(page);
  await settings.open();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const data = JSON.parse(await readFile(await file.path(), "utf8"));
  expect(data.profile.display_name).toBe("Exporter");
  expect(data.account.attributes.email).toBe(email);
  expect(JSON.stringify(data)).not.toContain("eyJ");
});

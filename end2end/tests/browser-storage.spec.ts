import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "../fixtures";
import { Header } from "../pages/app-page";
import {
  ALLOWED_STORAGE_KEYS,
  PROFILE_DRAFT_KEY,
  SESSION_KEY,
  expectOneRefreshPerRound,
  openSecondTab,
  sessionExpiry,
  type StorageArea,
  storedKeys,
} from "../pages/browser-session";
import { openProfile } from "../pages/profile";
import { SettingsPage } from "../pages/settings";

/** Fails unless the session sits in `area` (only there) and nothing but allow-listed keys is stored. */
async function expectOnlyAllowListedKeys(page: Page, area: StorageArea, moment: string) {
  const keys = await storedKeys(page);
  const other: StorageArea = area === "localStorage" ? "sessionStorage" : "localStorage";
  expect(keys[area], `${moment}: the session is in ${area}`).toContain(SESSION_KEY);
  expect(keys[other], `${moment}: and not in ${other}`).not.toContain(SESSION_KEY);
  const unlisted = [...keys.localStorage, ...keys.sessionStorage].filter((key) => !ALLOWED_STORAGE_KEYS.includes(key));
  expect(unlisted, `${moment}: keys outside the allow-list`).toEqual([]);
}

test("the e2e allow-list is the app's own", () => {
  // The app declares every key it writes beside the session code; a new one must be listed here.
  const declared = ["mod.rs", "passkeys.rs"].flatMap((file) => {
    const source = readFileSync(join(__dirname, "../../app/src/session", file), "utf8");
    return [...source.matchAll(/pub const \w+_KEY: &str = "([^"]+)";/g)].map((match) => match[1]);
  });
  expect([...declared].sort()).toEqual([...ALLOWED_STORAGE_KEYS].sort());
});

for (const keepSignedIn of [false, true]) {
  const area: StorageArea = keepSignedIn ? "localStorage" : "sessionStorage";

  test.describe(`signed in ${keepSignedIn ? "with" : "without"} "Keep me signed in"`, () => {
    // The browser's clock runs fast, so that the tokens can be refreshed within the test.
    test.use({ keepSignedIn, fakeClock: true });

    test("only allow-listed keys are ever stored", async ({ signedInPage: page, account, header }) => {
      await expectOnlyAllowListedKeys(page, area, "after sign-in");

      const profile = await openProfile(page);
      await profile.bio().fill("Typed, not saved yet");
      await expect.poll(async () => (await storedKeys(page)).sessionStorage).toContain(PROFILE_DRAFT_KEY);
      await expectOnlyAllowListedKeys(page, area, "with a profile draft");

      await new SettingsPage(page).open();
      await expectOnlyAllowListedKeys(page, area, "after navigating");

      const firstExpiry = await sessionExpiry(page, area);
      await page.clock.fastForward("14:30");
      await expect.poll(() => sessionExpiry(page, area)).toBeGreaterThan(firstExpiry + 10 * 60 * 1000);
      await expectOnlyAllowListedKeys(page, area, "after the tokens were refreshed");

      await page.reload();
      await header.expectSignedInAs(account.displayName);
      await expectOnlyAllowListedKeys(page, area, "after reloading the page");
    });
  });
}

test.describe(() => {
  // Tabs share a kept session; its timed refresh is due in both at the same moment.
  test.use({ keepSignedIn: true, fakeClock: true });

  test("two tabs refresh their shared session once per refresh", async ({ signedInPage: page, context, account }) => {
    const secondTab = await openSecondTab(context);
    await new Header(secondTab).expectSignedInAs(account.displayName);

    await expectOneRefreshPerRound(page, secondTab, "localStorage");
    for (const tab of [page, secondTab]) await new Header(tab).expectSignedInAs(account.displayName);
  });
});

import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "../fixtures";
import { LoginPage } from "../pages/login";
import { SettingsPage } from "../pages/settings";
import { base32Decode, totp, wrongCode } from "../totp";

test("the test's authenticator computes RFC 6238's SHA-1 test vectors", () => {
  // RFC 6238, appendix B: the ASCII key "12345678901234567890", eight digits.
  const key = Buffer.from("12345678901234567890");
  const vectors: [number, string][] = [
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ];
  for (const [seconds, code] of vectors) expect(totp(key, seconds * 1000, 8)).toBe(code);
  expect(base32Decode("GEZD GNBV GY3T QOJQ").toString()).toBe("1234567890");
});

/** The dark modules of the page's QR code, read back from its one SVG path of unit rectangles. */
async function qrModules(settings: SettingsPage): Promise<boolean[][]> {
  const { viewBox, d } = await settings.qrCode().evaluate((svg) => ({
    viewBox: svg.getAttribute("viewBox") ?? "",
    d: svg.querySelector("path")?.getAttribute("d") ?? "",
  }));
  const [, , side] = viewBox.split(" ").map(Number);
  const size = side - 8; // a quiet zone of four modules each side
  const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) dark[Number(y)][Number(x) + i] = true;
  }
  return dark;
}

/** A QR finder pattern at (x, y): a dark 7×7 ring, a light ring, a dark 3×3 core. */
function hasFinder(dark: boolean[][], x: number, y: number) {
  for (let dy = 0; dy < 7; dy++) {
    for (let dx = 0; dx < 7; dx++) {
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
      if (dark[y + dy][x + dx] !== (ring !== 2)) return false;
    }
  }
  return true;
}

/** Console errors, but for the refusals of the wrong passwords and codes the test sends on purpose. */
function unexpectedErrors(settings: SettingsPage) {
  return settings.consoleErrors.filter((error) => !error.startsWith("Failed to load resource"));
}

async function signInAgain(page: Page, email: string, password: string) {
  const login = new LoginPage(page);
  await login.header.signOut();
  await login.signIn(email, password);
  return login;
}

test("two-step sign-in is set up with an authenticator app, whose code sign-in then asks for", async ({
  signedInPage: page,
  account,
  profilePage,
  settingsPage,
  context,
}) => {
  // A long journey: two sign-ins and a setup, each with Argon2 hashing on the server.
  test.slow();
  await profilePage.open();
  await expect(profilePage.twoStepFact()).toContainText("Off");
  await profilePage.setUpTwoStepLink().click();
  await expect(settingsPage.twoStep()).toBeVisible();
  await settingsPage.waitForHydration();

  // Cancelling at either step leaves it off, with nothing to undo.
  await settingsPage.setUpTwoStepButton().click();
  await settingsPage.cancelButton().click();
  await settingsPage.startTwoStepSetup(account.password);
  await settingsPage.cancelButton().click();
  await expect(settingsPage.setUpTwoStepButton()).toBeVisible();

  await settingsPage.setUpTwoStepButton().click();
  await settingsPage.currentPassword().fill("not my password");
  await settingsPage.continueButton().click();
  await expect(settingsPage.alert()).toContainText("current password");
  await settingsPage.currentPassword().fill(account.password);
  await settingsPage.continueButton().click();

  // The QR code is a drawn SVG with a QR code's shape; the key beside it is the one it carries.
  const dark = await qrModules(settingsPage);
  const size = dark.length;
  expect((size - 17) % 4).toBe(0);
  expect(hasFinder(dark, 0, 0) && hasFinder(dark, size - 7, 0) && hasFinder(dark, 0, size - 7)).toBe(true);
  const key = (await settingsPage.setupKey().innerText()).trim();
  expect(key).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  const link = new URL((await settingsPage.authenticatorLink().getAttribute("href")) ?? "");
  expect(link.protocol).toBe("otpauth:");
  expect(link.searchParams.get("secret")).toBe(key.replaceAll(" ", ""));
  await expect(settingsPage.appCode()).toHaveAttribute("inputmode", "numeric");

  await settingsPage.appCode().fill(wrongCode(key));
  await settingsPage.twoStepVerifyButton().click();
  await expect(settingsPage.alert()).toContainText("isn't right");
  const codes = await settingsPage.finishTwoStepSetup(totp(key), "Test phone");
  expect(new Set(codes).size).toBe(10);
  for (const code of codes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await settingsPage.copyCodesButton().click();
  await expect(settingsPage.twoStep()).toContainText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join("\n"));
  const download = page.waitForEvent("download");
  await settingsPage.downloadCodesButton().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("doorway-recovery-codes.txt");
  const saved = await readFile(await file.path(), "utf8");
  for (const code of codes) expect(saved).toContain(code);

  await settingsPage.doneButton().click();
  await expect(settingsPage.recoveryCodes()).toHaveCount(0);
  await expect(settingsPage.twoStep()).toContainText(/Two-step sign-in is on since [A-Z][a-z]{2} \d{1,2}, \d{4} \(Test phone\)/);
  await expect(settingsPage.twoStep()).toContainText("10 recovery codes left");
  await profilePage.open();
  await expect(profilePage.twoStepFact()).toHaveText(/^On \(since [A-Z][a-z]{2} \d{1,2}, \d{4}\)$/);

  const login = await signInAgain(page, account.email, account.password);
  await expect(login.secondStep()).toBeVisible();
  // The step replaces the password form: the person types the code straight away.
  await expect(login.code()).toBeFocused();
  await login.enterCode(wrongCode(key));
  await expect(login.alert()).toContainText("isn't right");
  await login.enterCode(totp(key));
  await login.header.expectSignedInAs(account.displayName);
  expect(unexpectedErrors(settingsPage)).toEqual([]);
});

test("a recovery code signs in without the app and lifts two-step sign-in; turning it off needs a code", async ({
  signedInPage: page,
  account,
  settingsPage,
}) => {
  test.slow();
  await settingsPage.open();
  const { recoveryCodes } = await settingsPage.turnOnTwoStep(account.password);
  await expect(settingsPage.twoStep()).toContainText("(Authenticator app)");

  const login = await signInAgain(page, account.email, account.password);
  await login.useRecoveryCodeButton().click();
  await expect(login.recoveryCode()).toBeFocused();
  await login.recoveryCode().fill(recoveryCodes[0]);
  await login.verifyButton().click();
  await expect(page).toHaveURL(/\/settings\?notice=two-step-lifted$/);
  await expect(settingsPage.notice().filter({ hasText: "You signed in with a recovery code" })).toBeVisible();
  await expect(settingsPage.setUpTwoStepButton()).toBeVisible();

  // On again with a new phone, then a new set of recovery codes, then off.
  const { key, recoveryCodes: first } = await settingsPage.turnOnTwoStep(account.password, "New phone");
  const renewed = await settingsPage.renewRecoveryCodes(account.password);
  expect(renewed.filter((code) => first.includes(code))).toEqual([]);
  await settingsPage.doneButton().click();
  await expect(settingsPage.twoStep()).toContainText("10 recovery codes left");

  await settingsPage.turnOffTwoStep(account.password, wrongCode(key));
  await expect(settingsPage.alert()).toContainText("isn't right");
  await settingsPage.appCode().fill(totp(key));
  await settingsPage.turnOffButton().click();
  await expect(settingsPage.notice().filter({ hasText: /^Two-step sign-in is off\./ })).toBeVisible();
  await expect(settingsPage.setUpTwoStepButton()).toBeVisible();

  const again = await signInAgain(page, account.email, account.password);
  await again.header.expectSignedInAs(account.displayName);
  await expect(again.secondStep()).toHaveCount(0);
  expect(unexpectedErrors(settingsPage)).toEqual([]);
});

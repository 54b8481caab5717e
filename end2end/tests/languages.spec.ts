import { catalog } from "../catalog";
import { expect, PASSWORD, test, uniqueEmail, type Page } from "../fixtures";
import { LoginPage } from "../pages/login";

/** The centre of the app's name in the header, as a share of the page's width. */
async function brandCentre(page: Page): Promise<number> {
  const box = await page.getByRole("banner").getByRole("link", { name: "Doorway", exact: true }).boundingBox();
  return (box!.x + box!.width / 2) / page.viewportSize()!.width;
}

test("the footer's picker reads the page in Arabic, right to left, and back in English", async ({
  page,
  loginPage,
}, testInfo) => {
  const ar = catalog("ar");
  await loginPage.open();
  expect(await brandCentre(page)).toBeLessThan(0.5);

  await loginPage.languagePicker.change("العربية", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(loginPage.heading()).toHaveText(ar("nav-sign-in"));
  await expect(page.getByLabel(ar("field-email"))).toBeVisible();
  // The whole layout mirrors: the app's name now starts the header from the right.
  expect(await brandCentre(page)).toBeGreaterThan(0.5);
  await page.screenshot({ path: testInfo.outputPath("login-ar.png"), fullPage: true });

  // The choice holds for the next page, without `?lang=`.
  await page.goto("/forgot-password");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("button", { name: ar("forgot-form-send") })).toBeVisible();

  await loginPage.languagePicker.change("English", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(loginPage.heading()).toHaveText("Forgot your password?");
  expect(await brandCentre(page)).toBeLessThan(0.5);
  expect(loginPage.consoleErrors).toEqual([]);
});

test("a profile whose language is Deutsch signs in to German pages", async ({
  profilePage,
  account,
  signedInPage,
  otherDevices,
}) => {
  const de = catalog("de");
  await profilePage.open();
  await profilePage.language().selectOption({ label: "Deutsch" });
  await profilePage.save();
  await profilePage.expectSaved();
  // Saving the profile's language is choosing it for this browser too.
  await signedInPage.reload();
  await expect(signedInPage.locator("html")).toHaveAttribute("lang", "de");
  await expect(profilePage.heading()).toHaveText(de("profile-heading"));

  // A browser that never chose a language reads English until the account signs in.
  const other = await otherDevices.open();
  const login = new LoginPage(other);
  await login.open();
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await login.signIn(account.email, account.password, { open: false });
  // The page the sign-in leads to is German already.
  await expect(other.locator("html")).toHaveAttribute("lang", "de");
  await other.goto("/profile");
  await expect(other.locator("html")).toHaveAttribute("lang", "de");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(de("profile-heading"));
  await expect(other.getByRole("button", { name: de("nav-sign-out") })).toBeVisible();
});

test("signing up on a French page sends the verification email in French", async ({ page, signUpPage, mailbox }) => {
  const fr = catalog("fr");
  const email = uniqueEmail("langue");
  await page.goto("/signup?lang=fr");
  await signUpPage.waitForHydration();
  await page.getByLabel(fr("field-email")).fill(email);
  await page.getByLabel(fr("signup-form-password"), { exact: true }).fill(PASSWORD);
  await page.getByLabel(fr("profile-form-display-name")).fill("Ada");
  await page.getByRole("button", { name: fr("nav-create-account") }).click();
  await expect(page.getByRole("heading", { name: fr("verify-step-heading") })).toBeVisible();

  await mailbox.open();
  const message = page.getByRole("row").filter({ hasText: email });
  await expect(message).toContainText(fr("email-sign-up-subject"));
  // Its link opens the verification page in French, the address filled in.
  await message.getByRole("link").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel(fr("field-email"))).toHaveValue(email);
});

import { expect, test, type Page } from "../fixtures";
import { LoginPage } from "../pages/login";
import { SettingsPage } from "../pages/settings";
import { totp, wrongCode } from "../totp";

/**
 * Local mode's pseudo-language (`en-XA`): every text accented, a third longer and bracketed, so a
 * text node without its marks is text nobody translated. Data is not text to translate: the app's
 * name, people's names and addresses, codes, times and the lists of languages and time zones are
 * marked `translate="no"` or sit in `<code>`, `<time>` and `<option>`.
 */
const PSEUDO = "en-XA";

/** A name as the pseudo-language shows it, to find labels and buttons by. */
function pseudo(text: string): string {
  const plain = "aceginorsuyACEGINORSUY";
  const marked = "áçéĝîñöŕšüýÅÇÉĜÎÑÖŔŠÜÝ";
  const accented = [...text].map((c) => (plain.includes(c) ? marked[plain.indexOf(c)] : c)).join("");
  return `[${accented} ${"~".repeat(Math.ceil([...text].length / 3))}]`;
}

/** What the page shows that carries no marks: its text nodes, title and accessible names. */
async function unmarked(page: Page): Promise<string[]> {
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  return page.evaluate(() => {
    const data = "script, style, noscript, option, code, time, [translate='no']";
    const hasMarks = (text: string) => /[[\]]/.test(text);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? "").trim();
      if (/\p{L}/u.test(text) && !node.parentElement?.closest(data) && !hasMarks(text)) found.push(text);
    }
    for (const element of document.querySelectorAll("[aria-label], [placeholder], [title]")) {
      if (element.closest(data)) continue;
      for (const name of ["aria-label", "placeholder"]) {
        const value = element.getAttribute(name);
        if (value && /\p{L}/u.test(value) && !hasMarks(value)) found.push(`${name}: ${value}`);
      }
    }
    if (!hasMarks(document.title)) found.push(`title: ${document.title}`);
    return found;
  });
}

async function expectAllMarked(page: Page, state: string) {
  expect(await unmarked(page), state).toEqual([]);
}

test("every signed-out page and its errors are all in the pseudo-language", async ({ page }) => {
  for (const path of ["/", "/signup", "/verify", "/login", "/forgot-password", "/reset-password", "/dev/mailbox", "/no-such-page"]) {
    await page.goto(`${path}?lang=${PSEUDO}`);
    await expectAllMarked(page, path);
  }
  // Each form sent empty: the errors the browser words, from the texts the server gave it.
  for (const [path, button] of [
    ["/signup", "Create account"],
    ["/verify", "Verify"],
    ["/forgot-password", "Send reset code"],
    ["/reset-password", "Reset password"],
  ]) {
    await page.goto(path);
    await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
    await page.getByRole("button", { name: pseudo(button), exact: true }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectAllMarked(page, `${path}, sent empty`);
  }
  // Sign-in: the password's error, then the ways to sign in after the email alone.
  await page.goto("/login");
  await page.getByLabel(pseudo("Email")).fill("nobody@example.com");
  await page.getByRole("button", { name: pseudo("Continue"), exact: true }).click();
  await expect(page.getByRole("group", { name: pseudo("Ways to sign in") })).toBeVisible();
  await expectAllMarked(page, "/login, the ways to sign in");
});

test("the signed-in pages, the settings' forms and the second step are all in the pseudo-language", async ({
  page,
  account,
  signedInPage,
}) => {
  const settings = new SettingsPage(signedInPage);
  await settings.open();
  const { key } = await settings.turnOnTwoStep(account.password);

  await page.goto(`/profile?lang=${PSEUDO}`);
  await expect(page.getByLabel(pseudo("Display name"))).toHaveValue(account.displayName);
  await expectAllMarked(page, "/profile");

  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: pseudo("Recent activity") }).getByRole("listitem").first()).toBeVisible();
  await expectAllMarked(page, "/settings");
  // Each section's form, opened (at 127.0.0.1 the passkeys section explains why it offers none).
  for (const button of ["Change password", "Change email", "New recovery codes", "Turn off", "Delete account"]) {
    await page.getByRole("button", { name: pseudo(button), exact: true }).first().click();
    await expectAllMarked(page, `/settings, ${button}`);
  }

  // The second step, with the app's code and with a recovery code.
  await page.getByRole("banner").getByRole("button", { name: pseudo("Sign out") }).click();
  await page.waitForURL("/");
  await page.goto("/login");
  await page.getByLabel(pseudo("Email")).fill(account.email);
  await page.getByLabel(pseudo("Password"), { exact: true }).fill(account.password);
  await page.getByRole("button", { name: pseudo("Sign in"), exact: true }).click();
  await expect(page.getByRole("heading", { name: pseudo("Two-step sign-in") })).toBeVisible();
  await expectAllMarked(page, "/login, second step");
  await page.getByLabel(pseudo("Code"), { exact: true }).fill(wrongCode(key));
  await page.getByRole("button", { name: pseudo("Verify") }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expectAllMarked(page, "/login, second step, a wrong code");
  await page.getByRole("button", { name: pseudo("Use a recovery code") }).click();
  await expectAllMarked(page, "/login, second step, a recovery code");
  await page.getByRole("button", { name: pseudo("Use the authenticator app") }).click();
  await page.getByLabel(pseudo("Code"), { exact: true }).fill(totp(key));
  await page.getByRole("button", { name: pseudo("Verify") }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: pseudo("Sign out") })).toBeVisible();
  // The wrong code's refusal is the one failed request.
  const unexpected = new LoginPage(page).consoleErrors.filter((error) => !error.startsWith("Failed to load resource"));
  expect(unexpected).toEqual([]);
});

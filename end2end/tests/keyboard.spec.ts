import { expect, test } from "@playwright/test";
import { Header, MailboxPage, PASSWORD, uniqueEmail } from "../pages/accounts";
import { AppPage } from "../pages/app-page";

test("sign-up, verification and sign-in can be completed with the keyboard alone", async ({ page, context }) => {
  const email = uniqueEmail("keys");
  const app = new AppPage(page);
  await app.open("/signup");

  // Email has focus on arrival; Tab moves through the form in reading order.
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Tab"); // the Show/Hide toggle
  await page.keyboard.press("Tab");
  await page.keyboard.type("Keys");
  await page.keyboard.press("Enter");
  await expect(app.heading()).toHaveText("Verify your email");

  const code = await new MailboxPage(await context.newPage()).latestCode(email);
  await expect(page.getByLabel("Verification code")).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await new Header(page).expectSignedInAs("Keys");

  await new Header(page).signOut();
  await app.open("/login");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await new Header(page).expectSignedInAs("Keys");
});

import { PASSWORD, expect, test, uniqueEmail } from "../fixtures";
import { MailboxPage } from "../pages/mailbox";

test("sign-up, verification and sign-in can be completed with the keyboard alone", async ({
  page,
  context,
  signUpPage,
  verifyPage,
  loginPage,
  header,
}) => {
  const email = uniqueEmail("keys");
  await signUpPage.open();

  // Email has focus on arrival; Tab moves through the form in reading order.
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Tab"); // the Show/Hide toggle
  await page.keyboard.press("Tab");
  await page.keyboard.type("Keys");
  await page.keyboard.press("Enter");
  await expect(signUpPage.heading()).toHaveText("Verify your email");

  const code = await new MailboxPage(await context.newPage()).latestCode(email);
  await expect(verifyPage.codeField()).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await header.expectSignedInAs("Keys");

  await header.signOut();
  await loginPage.open();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await header.expectSignedInAs("Keys");
});

import { PASSWORD, expect, test, uniqueEmail } from "../fixtures";
import { Header } from "../pages/app-page";
import { LoginPage } from "../pages/login";

test("a wrong password and an unknown email get the same message", async ({ signedInPage, account, header, loginPage }) => {
  await header.signOut();
  await header.expectSignedOut();

  await loginPage.signIn(account.email, "not the password");
  const wrongPassword = await loginPage.alert().innerText();
  await loginPage.signIn(uniqueEmail("nobody"), "not the password");
  const unknownUser = await loginPage.alert().innerText();
  expect(wrongPassword).toBe("Incorrect email or password.");
  expect(unknownUser).toBe(wrongPassword);
});

test("an unconfirmed account is led to verification with a fresh code", async ({
  page,
  signUpPage,
  loginPage,
  verifyPage,
}) => {
  const email = uniqueEmail("unconfirmed");
  await signUpPage.signUp(email, PASSWORD, "Later");
  await loginPage.signIn(email, PASSWORD);
  await expect(page).toHaveURL(/\/verify\?email=/);
  await expect(verifyPage.status()).toContainText("We sent you a new code");
});

test("'Keep me signed in' survives a browser restart; without it the session ends", async ({
  signedInPage,
  account,
  header,
  otherDevices,
}) => {
  await header.signOut();

  for (const remember of [true, false]) {
    const tab = await otherDevices.open();
    await new LoginPage(tab).signIn(account.email, account.password, { remember });
    await new Header(tab).expectSignedInAs(account.displayName);
    // A browser restart keeps localStorage and drops sessionStorage.
    const saved = await tab.context().storageState();
    await tab.context().close();
    const again = await otherDevices.open({ storageState: saved });
    await again.goto("/");
    if (remember) await new Header(again).expectSignedInAs(account.displayName);
    else await new Header(again).expectSignedOut();
    await again.context().close();
  }
});

test("signing in returns to the page that asked for it", async ({ signedInPage: page, account, header, loginPage }) => {
  await header.signOut();
  await page.goto("/login?next=%2Fdev%2Fmailbox");
  await loginPage.signIn(account.email, account.password, { open: false });
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
});

test("what a person types before the page is interactive is kept", async ({
  signedInPage: page,
  account,
  header,
  loginPage,
}) => {
  await header.signOut();
  // A slow connection: the form is on screen well before the code that runs it arrives, which
  // here is held back until the person has typed.
  let deliverWasm = () => {};
  const typed = new Promise<void>((resolve) => (deliverWasm = resolve));
  await page.route("**/*.wasm", async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto("/login");
  await loginPage.expectNotHydrated();
  await loginPage.email().fill(account.email);
  await loginPage.password().fill(account.password);
  await loginPage.keepSignedIn().check();
  deliverWasm();
  await loginPage.waitForHydration();
  await expect(loginPage.email()).toHaveValue(account.email);
  await expect(loginPage.password()).toHaveValue(account.password);
  await expect(loginPage.keepSignedIn()).toBeChecked();
  await loginPage.submitButton().click();
  await header.expectSignedInAs(account.displayName);
});

import { PASSWORD, expect, test, uniqueEmail, type Account, type OtherDevices, type Page } from "../fixtures";
import { Header } from "../pages/app-page";
import { expectOneRefreshPerRound, openSecondTab, storedSession } from "../pages/browser-session";
import { LoginPage } from "../pages/login";
import { MailboxPage } from "../pages/mailbox";
import { openProfile } from "../pages/profile";
import { SettingsPage } from "../pages/settings";
import { SignUpPage } from "../pages/signup";
import { VerifyPage } from "../pages/verify";

// Every test here signs in without "Keep me signed in" (the fixtures' default): the session lives
// in each tab's sessionStorage, and the tabs of one browser (pages of one context) share it.

/** The address `/settings` says the person signs in with. */
function shownEmail(tab: Page, email: string) {
  return tab.getByRole("main").getByText(email);
}

/** Opens `/settings` in `tab` and waits for it to show `account`. */
async function openSettings(tab: Page, account: Account) {
  await new SettingsPage(tab).open();
  await expect(shownEmail(tab, account.email)).toBeVisible();
  await new Header(tab).expectSignedInAs(account.displayName);
}

/** Fails unless `tab` holds the session in sessionStorage and nothing of it in localStorage. */
async function expectSessionNotKept(tab: Page) {
  expect(await storedSession(tab, "localStorage"), "a session not kept is never in localStorage").toBeNull();
  expect(await storedSession(tab, "sessionStorage"), "the tab holds the session").not.toBeNull();
}

/** A second confirmed account, signed up on a device of its own (which is closed afterwards). */
async function anotherAccount(otherDevices: OtherDevices, displayName: string): Promise<Account> {
  const email = uniqueEmail("tabs-other");
  const device = await otherDevices.open();
  await new SignUpPage(device).signUp(email, PASSWORD, displayName);
  const code = await new MailboxPage(await device.context().newPage()).latestCode(email);
  await new VerifyPage(device).verify(code);
  await new Header(device).expectSignedInAs(displayName);
  await device.context().close();
  return { email, password: PASSWORD, displayName };
}

test("a session not kept reaches a new tab, lasts through navigation, and a sign-out ends it in every tab", async ({
  signedInPage: page,
  context,
  account,
  header,
}) => {
  // As a middle click on "Account settings" would: a new tab of the same browser.
  const newTab = await context.newPage();
  await openSettings(newTab, account);
  await expect(newTab).toHaveURL("/settings");

  const profile = await openProfile(newTab);
  await expect(profile.displayName()).toHaveValue(account.displayName);
  await openSettings(page, account);
  await newTab.reload();
  await expect(profile.displayName()).toHaveValue(account.displayName);
  for (const tab of [page, newTab]) await expectSessionNotKept(tab);

  await header.signOut();
  // The profile does not stay on screen: that tab goes to sign in, and stays signed out.
  await expect(newTab).toHaveURL(/\/login\?next=%2Fprofile/);
  await new Header(newTab).expectSignedOut();
  for (const tab of [page, newTab]) expect(await storedSession(tab, "sessionStorage")).toBeNull();
});

test("another browser is not handed the session", async ({ signedInPage: page, account, otherDevices }) => {
  const elsewhere = await otherDevices.open();
  await elsewhere.goto("/settings");
  await expect(elsewhere).toHaveURL(/\/login\?next=%2Fsettings/);
  await new Header(elsewhere).expectSignedOut();
  expect(await storedSession(elsewhere, "sessionStorage")).toBeNull();

  await page.reload();
  await new Header(page).expectSignedInAs(account.displayName);
});

test("signing in as someone else in one tab brings every tab to them", async ({
  signedInPage: page,
  context,
  account,
  otherDevices,
}) => {
  const someoneElse = await anotherAccount(otherDevices, "Someone Else");
  await openSettings(page, account);

  const secondTab = await context.newPage();
  await new LoginPage(secondTab).signIn(someoneElse.email, someoneElse.password);
  await new Header(secondTab).expectSignedInAs(someoneElse.displayName);

  // The first tab's settings are loaded again, for the person signed in now.
  await expect(shownEmail(page, someoneElse.email)).toBeVisible();
  await expect(shownEmail(page, account.email)).toHaveCount(0);
  await new Header(page).expectSignedInAs(someoneElse.displayName);
  for (const tab of [page, secondTab]) {
    await expectSessionNotKept(tab);
    expect((await storedSession(tab, "sessionStorage"))?.email).toBe(someoneElse.email);
  }
});

test.describe(() => {
  // The browser's clock runs fast, so that the tokens can be refreshed within the test.
  test.use({ fakeClock: true });

  test("two tabs refresh a session not kept once, and both go on with its new tokens", async ({
    signedInPage: page,
    context,
    account,
  }) => {
    const secondTab = await openSecondTab(context);
    await new Header(secondTab).expectSignedInAs(account.displayName);

    await expectOneRefreshPerRound(page, secondTab, "sessionStorage");
    for (const tab of [page, secondTab]) {
      await expectSessionNotKept(tab);
      await new Header(tab).expectSignedInAs(account.displayName);
    }
  });
});

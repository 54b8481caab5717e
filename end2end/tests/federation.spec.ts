import { expectAccessible } from "../accessibility";
import { expect, test, uniqueEmail, type Page } from "../fixtures";
import { SESSION_KEY, storedKeys, storedSession } from "../pages/browser-session";
import { LOCAL_ID, LOCAL_ID_PROVIDER, LocalIdPage } from "../pages/local-id";
import { LoginPage } from "../pages/login";
import { ProviderReturnPage } from "../pages/provider-return";

// Signing in through another identity provider: in local mode Local ID, an OpenID Connect
// provider on a loopback port of its own, reached through local Cognito's hosted endpoints on
// another. Local ID keeps no session and signs in whoever says who they are, so each test names
// its own person there, with an address of its own.

/** The sign-in page `path` ("/login?next=/settings"), hydrated, its "Continue with Local ID" shown. */
async function openLogin(page: Page, language: string, path = "/login"): Promise<LoginPage> {
  const login = new LoginPage(page, language);
  await page.goto(path);
  await login.waitForHydration();
  await expect(login.continueWithLink(LOCAL_ID)).toBeVisible();
  return login;
}

/**
 * From the sign-in page `path`: "Continue with Local ID", then Local ID's page as `email` and
 * `name`. The browser comes back through Cognito to `/login/continue`.
 */
async function continueWithLocalId(page: Page, language: string, email: string, name: string, path = "/login") {
  const login = await openLogin(page, language, path);
  await login.continueWithLink(LOCAL_ID).click();
  await new LocalIdPage(page).continueAs(email, name);
}

test("Continue with Local ID makes an account and returns signed in to the page that asked", async ({
  page,
  language,
  header,
  settingsPage,
}) => {
  const email = uniqueEmail("federation-new");
  const login = await openLogin(page, language, "/login?next=%2Fsettings");
  await expectAccessible(page, "sign-in with the Continue with Local ID link");
  await login.continueWithLink(LOCAL_ID).click();
  await new LocalIdPage(page).continueAs(email, "Ada Local");

  await expect(page).toHaveURL(/\/settings$/);
  // The profile is made from what Local ID said: the name given there, and its email.
  await header.expectSignedInAs("Ada Local");
  await expect(header.accountLink(email)).toBeVisible();
  await settingsPage.settledForAnyAccount();
  await expect(settingsPage.madeWith()).toContainText(
    settingsPage.words("settings-made-with-intro", { provider: LOCAL_ID }),
  );
  await expect(settingsPage.sectionHeading("settings-password-heading")).toHaveCount(0);
  await expect(settingsPage.activityLines().first()).toContainText(
    settingsPage.words("activity-signed-in-with", { provider: LOCAL_ID }),
  );
});

test("an account made through Local ID has no password sections, and deleting it asks for Local ID again", async ({
  page,
  language,
  header,
  settingsPage,
}) => {
  await continueWithLocalId(page, language, uniqueEmail("federation-no-password"), "Bo Local");
  await header.expectSignedInAs("Bo Local");

  await settingsPage.openForAnyAccount();
  // Its password, email and second step are Local ID's business: nothing here could change them.
  for (const key of ["field-email", "settings-password-heading", "settings-two-step-heading", "passkeys-heading"]) {
    await expect(settingsPage.sectionHeading(key), key).toHaveCount(0);
  }
  await expect(settingsPage.madeWith()).toBeVisible();
  await expect(settingsPage.connectedAccounts()).toContainText(
    settingsPage.words("settings-connected-made-with", { provider: LOCAL_ID }),
  );
  await expect(settingsPage.connectButton(LOCAL_ID)).toHaveCount(0);
  await expectAccessible(page, "settings of an account made with Local ID");

  // Without a password to prove it is them, a fresh sign-in with Local ID does.
  await settingsPage.deleteAccountButton().click();
  await expect(settingsPage.currentPassword()).toHaveCount(0);
  await expect(settingsPage.signInAgainLink(LOCAL_ID)).toHaveAttribute(
    "href",
    new RegExp(`^/auth/${LOCAL_ID_PROVIDER}/start\\?`),
  );
  await expectAccessible(page, "deleting an account made with Local ID asks to sign in again");
});

test("a password account connects Local ID in settings, then signs in to the same profile with it", async ({
  signedInPage: page,
  account,
  language,
  header,
  settingsPage,
  profilePage,
}) => {
  const nameThere = "Someone At Local ID";
  await settingsPage.open();
  await expect(settingsPage.providerState(LOCAL_ID)).toHaveText(settingsPage.words("settings-connected-not"));

  // "Connect" opens the row's form, which asks for the password first.
  await settingsPage.connectButton(LOCAL_ID).click();
  await expect(settingsPage.providerCurrentPassword(LOCAL_ID)).toBeVisible();
  await expectAccessible(page, "connecting Local ID asks for the password");
  await settingsPage.providerCurrentPassword(LOCAL_ID).fill(account.password);
  await settingsPage.connectButton(LOCAL_ID).click();
  // Local ID's own sign-in proves the other half: that this person is that one there.
  await new LocalIdPage(page).continueAs(account.email, nameThere);
  await expect(page).toHaveURL(`/settings?notice=connected&provider=${LOCAL_ID_PROVIDER}`);
  // Once the account is loaded: until then "Loading your account…" is a status of its own.
  await settingsPage.settledForAnyAccount();
  await expect(settingsPage.notice()).toHaveText(settingsPage.words("notice-connected", { provider: LOCAL_ID }));
  await expect(settingsPage.providerState(LOCAL_ID)).toHaveText(settingsPage.words.pattern("settings-connected-since"));
  await expect(settingsPage.disconnectButton(LOCAL_ID)).toBeVisible();
  await expectAccessible(page, "Local ID connected, the notice shown");

  // A password session: signing out of it goes home, as it always has.
  await header.signOut();
  await continueWithLocalId(page, language, account.email, nameThere);
  // The account the password made, not a new one named as Local ID says.
  await header.expectSignedInAs(account.displayName);
  await expect(header.nav()).not.toContainText(nameThere);
  await profilePage.open();
  await expect(profilePage.displayName()).toHaveValue(account.displayName);
});

test("a password account's email through Local ID is refused, and its password still signs in", async ({
  page,
  account,
  language,
  header,
  loginPage,
}) => {
  await continueWithLocalId(page, language, account.email, "Not The Owner");

  // The same email is not proof of the same person: connecting takes the password, in settings.
  await new ProviderReturnPage(page, language).expectRefused(
    loginPage.words("error-provider-email-taken", { provider: LOCAL_ID }),
  );
  await header.expectSignedOut();
  await expectAccessible(page, "sign-in through Local ID refused, the email taken");

  await loginPage.signIn(account.email, account.password);
  await header.expectSignedInAs(account.displayName);
});

test("after signing out of a Local ID session, Continue with Local ID asks Local ID again", async ({
  page,
  language,
  header,
  loginPage,
}) => {
  await continueWithLocalId(page, language, uniqueEmail("federation-sign-out"), "Cy Local");
  await header.expectSignedInAs("Cy Local");

  // Cognito's hosted session ends with the app's: else the next person at this browser would be
  // signed in as Cy without a word from Local ID.
  await header.signOutOfProvider();
  await loginPage.continueWithLink(LOCAL_ID).click();
  const localId = new LocalIdPage(page);
  await localId.expectShown();
  // Not the app's, so not checked with axe; still named, in a language, its fields labelled.
  await localId.expectNamedAndLabelled();
});

test("Keep me signed in travels with the provider link", async ({ page, language, header }) => {
  const login = await openLogin(page, language);
  const link = login.continueWithLink(LOCAL_ID);
  const remembered = /[?&]remember=1(&|$)/;
  await expect(link).not.toHaveAttribute("href", remembered);

  // The server renders the link outside the form; the box adds to it, and takes away again.
  await login.keepSignedIn().check();
  await expect(link).toHaveAttribute("href", remembered);
  await login.keepSignedIn().uncheck();
  await expect(link).not.toHaveAttribute("href", remembered);
  await expect(link).toHaveAttribute("href", new RegExp(`^/auth/${LOCAL_ID_PROVIDER}/start\\?`));

  await login.keepSignedIn().check();
  await expect(link).toHaveAttribute("href", remembered);
  await link.click();
  await new LocalIdPage(page).continueAs(uniqueEmail("federation-remember"), "Di Local");
  await header.expectSignedInAs("Di Local");

  // Kept where a ticked box keeps a password sign-in: in localStorage, to outlast the tab.
  const keys = await storedKeys(page);
  expect(keys.localStorage, "the session is in localStorage").toContain(SESSION_KEY);
  expect(keys.sessionStorage, "and not in sessionStorage").not.toContain(SESSION_KEY);
  expect((await storedSession(page, "localStorage"))?.display_name).toBe("Di Local");
});

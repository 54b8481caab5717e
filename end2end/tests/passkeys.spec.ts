import { expect, test, type Page } from "../fixtures";
import { SettingsPage } from "../pages/settings";
import { passkeyBaseURL, VirtualAuthenticator } from "../pages/virtual-authenticator";

/** Today as the page shows days: English, medium style, in the browser's (and so the profile's) time zone. */
function today(page: Page) {
  return page.evaluate(() => new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(new Date()));
}

/** Console errors, but for the refusals of the wrong passwords the tests send on purpose. */
function unexpectedErrors(settings: SettingsPage) {
  return settings.consoleErrors.filter((error) => !error.startsWith("Failed to load resource"));
}

/**
 * After a password sign-in on a device that can make passkeys, `/login` may offer one once
 * ("Sign in faster next time"): decline it when it is there, go on when it is not.
 */
async function declinePasskeyOffer(page: Page) {
  const notNow = page.getByRole("button", { name: "Not now" });
  if (await notNow.isVisible()) await notNow.click();
}

test.describe("at the site's name", () => {
  // Passkeys belong to a domain name: these tests open the app at localhost.
  test.use({ baseURL: passkeyBaseURL() });

  test("a passkey is added with the current password, listed, and removed again", async ({
    signedInPage: page,
    account,
    settingsPage: settings,
  }) => {
    test.slow();
    await declinePasskeyOffer(page);
    const authenticator = await VirtualAuthenticator.attach(page);
    await settings.open();
    await expect(settings.passkeys().getByRole("heading", { name: "Passkeys" })).toBeVisible();
    await expect(settings.passkeys()).toContainText("You have no passkeys yet.");
    // No way to prove it with a passkey without one.
    await settings.addPasskeyButton().click();
    await expect(settings.passkeyCurrentPassword()).toBeVisible();
    await expect(settings.usePasskeyInsteadButton()).toHaveCount(0);

    // A wrong password: said beside the field, and nothing is made.
    await settings.passkeyCurrentPassword().fill("not my password at all");
    await settings.addPasskeyButton().click();
    const fieldError = settings.passkeys().locator("#current_password-error");
    await expect(fieldError).toBeVisible();
    await expect(fieldError).toHaveAttribute("role", "alert");
    await expect(settings.passkeyCurrentPassword()).toHaveAttribute("aria-invalid", "true");
    await expect(settings.passkeyCurrentPassword()).toHaveAttribute("aria-describedby", /current_password-error/);
    expect(await authenticator.credentials()).toHaveLength(0);
    await expect(settings.passkeyItems()).toHaveCount(0);

    // The right one: the device makes the passkey, and the list shows it.
    await settings.passkeyCurrentPassword().fill(account.password);
    await settings.addPasskeyButton().click();
    await expect(settings.passkeyNotice()).toContainText("Passkey added");
    await expect(settings.passkeyItems()).toHaveCount(1);
    const item = settings.passkeyItems().first();
    await expect(item).toContainText(`Added ${await today(settings.page)}`);
    await expect(item.locator(".passkey-name")).not.toBeEmpty();
    await expect(settings.passkeyCurrentPassword()).toHaveCount(0);
    expect(await authenticator.credentials()).toHaveLength(1);

    // It is there after a reload too (the server's list, not the page's memory).
    await settings.open();
    await expect(settings.passkeyItems()).toHaveCount(1);

    // Removing asks for the password too; cancelling keeps it.
    await settings.startRemovingPasskey();
    await expect(settings.passkeyCurrentPassword()).toBeVisible();
    await settings.passkeys().getByRole("button", { name: "Cancel" }).click();
    await expect(settings.passkeyCurrentPassword()).toHaveCount(0);
    await expect(settings.passkeyItems()).toHaveCount(1);

    await settings.removePasskey(account.password);
    await expect(settings.passkeyNotice()).toContainText("Passkey removed");
    await expect(settings.passkeyItems()).toHaveCount(0);
    await expect(settings.passkeys()).toContainText("You have no passkeys yet.");
    await settings.open();
    await expect(settings.passkeys()).toContainText("You have no passkeys yet.");

    // Both changes are in the account's activity.
    await expect(settings.activityLines().nth(0)).toContainText("Passkey removed");
    await expect(settings.activityLines().nth(1)).toContainText("Passkey added");
    expect(unexpectedErrors(settings)).toEqual([]);
  });

  test("a passkey of the account proves it is the person, in place of the password", async ({
    signedInPage: page,
    account,
    settingsPage: settings,
  }) => {
    test.slow();
    await declinePasskeyOffer(page);
    const authenticator = await VirtualAuthenticator.attach(page);
    await settings.open();
    await settings.addPasskey(account.password);
    await expect(settings.passkeyItems()).toHaveCount(1);

    // With a passkey on the account, the form offers it instead of the password.
    await settings.startRemovingPasskey();
    await settings.usePasskeyInsteadButton().click();
    await expect(settings.passkeyNotice()).toContainText("Passkey removed");
    await expect(settings.passkeyItems()).toHaveCount(0);
    // The device still holds it: a site cannot delete what an authenticator keeps.
    expect(await authenticator.credentials()).toHaveLength(1);
    expect(unexpectedErrors(settings)).toEqual([]);
  });

  test("a browser without passkeys says so instead of offering to add one", async ({
    page,
    signedInPage,
    settingsPage: settings,
  }) => {
    await declinePasskeyOffer(signedInPage);
    await page.addInitScript(() => {
      delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    });
    await settings.open();
    await expect(settings.passkeys()).toContainText("You have no passkeys yet.");
    await expect(settings.passkeys()).toContainText("This browser can't use passkeys.");
    await expect(settings.addPasskeyButton()).toHaveCount(0);
  });
});

test("at an IP address, the passkeys section sends the person to the site's name", async ({
  signedInPage,
  settingsPage: settings,
}) => {
  // The default base URL is 127.0.0.1, where no passkey can work.
  test.skip(new URL(signedInPage.url()).hostname === "localhost", "the suite runs at localhost");
  await settings.open();
  await expect(settings.addPasskeyButton()).toHaveCount(0);
  const port = new URL(signedInPage.url()).port;
  const there = `http://localhost${port ? `:${port}` : ""}/settings`;
  await expect(settings.passkeys()).toContainText("not an IP address");
  await expect(settings.passkeys().getByRole("link", { name: there })).toHaveAttribute("href", there);
});

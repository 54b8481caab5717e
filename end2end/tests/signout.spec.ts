import { expect, test } from "../fixtures";
import { Header } from "../pages/app-page";
import { expectOnlySignInMemory, storedSession } from "../pages/browser-session";
import { ProfilePage } from "../pages/profile";

test.describe(() => {
  // Tabs share a kept session ("Keep me signed in"); a session-only one belongs to its tab.
  test.use({ keepSignedIn: true });

  test("signing out returns home and signs out the other tabs too", async ({
    signedInPage: page,
    account,
    context,
    request,
    header,
  }) => {
    const otherTab = await context.newPage();
    await otherTab.goto("/");
    await new Header(otherTab).expectSignedInAs(account.displayName);
    const profileTab = await context.newPage();
    await profileTab.goto("/profile");
    await expect(new ProfilePage(profileTab).displayName()).toHaveValue(account.displayName);
    const session = await storedSession(page, "localStorage");
    expect(session).not.toBeNull();

    await header.signOut();
    await expect(page).toHaveURL("/");
    await header.expectSignedOut();
    await new Header(otherTab).expectSignedOut();
    // The profile is not left on screen: that tab goes to sign in.
    await expect(profileTab).toHaveURL(/\/login\?next=%2Fprofile/);
    // Only what the device remembers about signing in stays (the way used last): never a token.
    await expectOnlySignInMemory(page);

    // The refresh token is revoked, not only forgotten.
    const refresh = await request.post("/api/refresh_session", {
      data: { refresh_token: session?.refresh_token, username: session?.username },
    });
    expect(refresh.status()).toBe(401);
  });
});

test("signing out works offline: the stored session is forgotten anyway", async ({
  signedInPage: page,
  context,
  header,
}) => {
  await context.setOffline(true);
  await header.signOutButton().click();
  await header.expectSignedOut();
  expect(await storedSession(page, "sessionStorage")).toBeNull();
  await context.setOffline(false);
});

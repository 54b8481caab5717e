import { expect, test } from "../fixtures";
import { refreshLease, sessionExpiry } from "../pages/browser-session";

// The browser's clock runs fast here (installed before the account signs in); the tokens
// themselves are real Cognito tokens.
test.use({ fakeClock: true });

test("the access token is refreshed before it expires, keeping the session past its lifetime", async ({
  signedInPage: page,
  account,
  header,
}) => {
  const firstExpiry = await sessionExpiry(page);

  // A minute before the 15-minute access token expires, it is renewed.
  await page.clock.fastForward("14:30");
  await expect.poll(() => sessionExpiry(page)).toBeGreaterThan(firstExpiry + 10 * 60 * 1000);

  await page.clock.fastForward("10:00"); // past the first token's lifetime
  await page.reload();
  await header.expectSignedInAs(account.displayName);
});

test("a refresh that cannot reach the server keeps the session and tries again", async ({
  signedInPage: page,
  account,
  header,
}) => {
  const firstExpiry = await sessionExpiry(page);

  // The laptop sleeps past the token's lifetime and wakes up before its network does.
  await page.route("**/api/refresh_session", (route) => route.abort("internetdisconnected"));
  await page.clock.fastForward("20:00");
  await expect.poll(() => refreshLease(page)).toBeNull();
  await header.expectSignedInAs(account.displayName);
  expect(await sessionExpiry(page)).toBe(firstExpiry);

  await page.unroute("**/api/refresh_session");
  await page.clock.fastForward("00:10");
  await expect.poll(() => sessionExpiry(page)).toBeGreaterThan(firstExpiry);
  await header.expectSignedInAs(account.displayName);
});

import { expect, test } from "../fixtures";
import { Header } from "../pages/app-page";
import { LoginPage } from "../pages/login";
import { SettingsPage } from "../pages/settings";

const FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

// A person on Firefox in Tokyo: their first sign-in gives the profile Tokyo's time zone, and the
// activity names that browser.
test.use({ userAgent: FIREFOX_ON_LINUX, timezoneId: "Asia/Tokyo", locale: "en-US" });

test("recent activity lists a failed and a successful sign-in with the device and the person's time zone", async ({
  page,
  account,
}) => {
  const login = new LoginPage(page);
  await login.signIn(account.email, "not the password at all");
  await expect(page.getByRole("alert")).toContainText("Incorrect email or password");
  await login.signIn(account.email, account.password, { open: false });
  await new Header(page).expectSignedInAs(account.displayName);

  const settings = new SettingsPage(page);
  await settings.open();
  const lines = settings.activityLines();
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText("Signed in");
  await expect(lines.nth(1)).toContainText("Failed sign-in");
  const todayInTokyo = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tokyo", dateStyle: "medium" }).format(
    new Date(),
  );
  for (const line of [lines.nth(0), lines.nth(1)]) {
    await expect(line).toContainText("Firefox 133 on Linux");
    await expect(line).toContainText("127.0.0.1");
    await expect(line).toContainText(todayInTokyo);
    await expect(line).toContainText("Asia / Tokyo");
  }
  // What to do about a line the person does not recognise.
  await expect(settings.recentActivity().getByRole("link", { name: "Sign out everywhere" })).toBeVisible();
  await expect(settings.recentActivity().getByRole("link", { name: "Change password" })).toBeVisible();
});

import { expect, test } from "../fixtures";

test("too many sign-in attempts are answered with a wait, and what was typed stays", async ({
  account,
  loginPage,
}) => {
  const wrong = "not the password at all";
  await loginPage.open();
  // This browser never signed in to the account (no sign-in marker): three attempts for one
  // address from one network, then one every 20 minutes.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await loginPage.signIn(account.email, wrong, { open: false });
    await expect(loginPage.alert()).toContainText("Incorrect email or password");
    await expect(loginPage.submitButton()).toBeEnabled();
  }
  await loginPage.signIn(account.email, wrong, { open: false });
  await expect(loginPage.alert()).toContainText(/Too many attempts\. Try again in \d+ seconds?\./);
  await expect(loginPage.email()).toHaveValue(account.email);
  await expect(loginPage.password()).toHaveValue(wrong);
});

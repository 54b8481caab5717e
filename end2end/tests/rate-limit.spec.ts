import { expect, test } from "../fixtures";

test("too many sign-in attempts are answered with a wait, and what was typed stays", async ({
  account,
  loginPage,
}) => {
  const wrong = "not the password at all";
  await loginPage.open();
  // The server allows five sign-in attempts a minute for one address, from anywhere.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await loginPage.signIn(account.email, wrong, { open: false });
    await expect(loginPage.alert()).toContainText("Incorrect email or password");
    await expect(loginPage.submitButton()).toBeEnabled();
  }
  await loginPage.signIn(account.email, wrong, { open: false });
  await expect(loginPage.alert()).toContainText(/Too many attempts\. Try again in \d+ seconds?\./);
  await expect(loginPage.email()).toHaveValue(account.email);
  await expect(loginPage.password()).toHaveValue(wrong);
});

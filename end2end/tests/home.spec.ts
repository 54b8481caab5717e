import { expect, test } from "../fixtures";

test("the home page renders, hydrates and logs no console errors", async ({ page, homePage, header }) => {
  await homePage.open();

  await expect(page).toHaveTitle(/Doorway/);
  await expect(homePage.heading()).toHaveText(/Welcome to Doorway/);
  await expect(header.signInLink()).toBeVisible();
  await expect(homePage.createAccountLink()).toBeVisible();
  expect(homePage.consoleErrors).toEqual([]);
});

test("an unknown address is a 404 page with a way home", async ({ page, app }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(app.heading()).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

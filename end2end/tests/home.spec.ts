import { expect, test } from "@playwright/test";
import { AppPage } from "../pages/app-page";

test("the home page renders, hydrates and logs no console errors", async ({ page }) => {
  const app = new AppPage(page);
  await app.open("/");

  await expect(page).toHaveTitle(/Doorway/);
  await expect(app.heading()).toHaveText(/Welcome to Doorway/);
  await expect(app.accountNav().getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create account" }).first()).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test("an unknown address is a 404 page with a way home", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

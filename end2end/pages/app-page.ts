import { expect, type ConsoleMessage, type Page } from "@playwright/test";

/** What every page of the app has: the shell, hydration and a clean console. */
export class AppPage {
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error") this.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => this.consoleErrors.push(error.message));
  }

  async open(path: string) {
    await this.page.goto(path);
    await this.waitForHydration();
  }

  /** The app sets `data-hydrated` on `<body>` once its islands run in the browser. */
  async waitForHydration() {
    await expect(this.page.locator("body")).toHaveAttribute("data-hydrated", "true");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  accountNav() {
    return this.page.getByRole("navigation", { name: "Account" });
  }
}

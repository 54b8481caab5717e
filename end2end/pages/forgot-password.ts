import { expect } from "@playwright/test";
import { AppPage } from "./app-page";

/** `/forgot-password`: asks for a reset code. */
export class ForgotPasswordPage extends AppPage {
  async open() {
    await super.open("/forgot-password");
  }

  email() {
    return this.page.getByLabel(this.words("field-email"));
  }

  submitButton() {
    return this.page.getByRole("button", { name: this.words("forgot-form-send") });
  }

  /** Opens the page, asks for a code for `email` and waits for the reset page it leads to. */
  async requestCode(email: string) {
    await this.open();
    await this.email().fill(email);
    await this.submitButton().click();
    await expect(this.page).toHaveURL(/\/reset-password\?email=/);
  }
}

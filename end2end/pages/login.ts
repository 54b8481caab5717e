import { expect } from "@playwright/test";
import { AppPage } from "./app-page";

export type SignInOptions = {
  /** Tick "Keep me signed in" (the session goes to `localStorage`, else `sessionStorage`). */
  remember?: boolean;
  /** Open `/login` first (default); `false` signs in on the sign-in page already shown. */
  open?: boolean;
};

/**
 * `/login`: signs in; `?next=` returns to the page that asked; with two-step sign-in on, a second
 * step asks for a code. Email first: with a password typed the one button says "Sign in", without
 * one "Continue", which leads to the ways to sign in (a passkey, an emailed code, the password).
 */
export class LoginPage extends AppPage {
  async open() {
    await super.open("/login");
  }

  email() {
    return this.page.getByLabel("Email");
  }

  password() {
    return this.page.getByLabel("Password", { exact: true });
  }

  keepSignedIn() {
    return this.page.getByLabel("Keep me signed in");
  }

  /** "Sign in": the password's button, or the emailed code's. */
  submitButton() {
    return this.page.getByRole("button", { name: "Sign in", exact: true });
  }

  /** The first screen's button while the password is empty. */
  continueButton() {
    return this.page.getByRole("button", { name: "Continue", exact: true });
  }

  /** The second step's heading, shown once the password was right. */
  secondStep() {
    return this.page.getByRole("heading", { name: "Two-step sign-in" });
  }

  /** The authenticator app's code, or the emailed one. */
  code() {
    return this.page.getByLabel("Code", { exact: true });
  }

  recoveryCode() {
    return this.page.getByLabel("Recovery code");
  }

  verifyButton() {
    return this.page.getByRole("button", { name: "Verify" });
  }

  useRecoveryCodeButton() {
    return this.page.getByRole("button", { name: "Use a recovery code" });
  }

  startAgainButton() {
    return this.page.getByRole("button", { name: "Start again" });
  }

  async enterCode(code: string) {
    await this.code().fill(code);
    await this.verifyButton().click();
  }

  async signIn(email: string, password: string, options: SignInOptions = {}) {
    if (options.open !== false) await this.open();
    await this.email().fill(email);
    await this.password().fill(password);
    if (options.remember) await this.keepSignedIn().check();
    await this.submitButton().click();
  }

  // The ways to sign in, after "Continue".

  /** "Signing in as …", naming the address the methods are for. */
  signingInAs() {
    return this.page.getByText(/^Signing in as /);
  }

  useAnotherEmailButton() {
    return this.page.getByRole("button", { name: "Use another email" });
  }

  /** The passkey and emailed-code buttons, in the order offered (the password's field is apart). */
  methods() {
    return this.page.getByRole("group", { name: "Ways to sign in" }).getByRole("button");
  }

  passkeyButton() {
    return this.page.getByRole("button", { name: "Sign in with a passkey" });
  }

  emailCodeButton() {
    return this.page.getByRole("button", { name: "Email me a code" });
  }

  sendNewCodeButton() {
    return this.page.getByRole("button", { name: /Send a new code/ });
  }

  chooseAnotherWayButton() {
    return this.page.getByRole("button", { name: "Choose another way" });
  }

  /** Types the email (and nothing else) and continues to the ways to sign in. */
  async continueWith(email: string, options: SignInOptions = {}) {
    if (options.open !== false) await this.open();
    await this.email().fill(email);
    if (options.remember) await this.keepSignedIn().check();
    await this.continueButton().click();
    await expect(this.signingInAs()).toContainText(email);
  }

  /** Asks for a code by email and waits for its field. */
  async emailMeACode() {
    await this.emailCodeButton().click();
    await expect(this.code()).toBeVisible();
  }

  async signInWithCode(code: string) {
    await this.code().fill(code);
    await this.submitButton().click();
  }

  // The offer after a password sign-in.

  passkeyOffer() {
    return this.page.getByRole("heading", { name: "Sign in faster next time" });
  }

  addPasskeyButton() {
    return this.page.getByRole("button", { name: "Add a passkey" });
  }

  notNowButton() {
    return this.page.getByRole("button", { name: "Not now" });
  }
}

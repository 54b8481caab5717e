import { expect } from "@playwright/test";
import { AppPage, SEND_NEW_CODE } from "./app-page";

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
    return this.page.getByLabel(this.words("field-email"));
  }

  password() {
    return this.page.getByLabel(this.words("login-form-password"), { exact: true });
  }

  keepSignedIn() {
    return this.page.getByLabel(this.words("login-form-remember"));
  }

  /** "Sign in": the password's button, or the emailed code's. */
  submitButton() {
    return this.page.getByRole("button", { name: this.words("nav-sign-in"), exact: true });
  }

  /** The first screen's button while the password is empty. */
  continueButton() {
    return this.page.getByRole("button", { name: this.words("login-form-continue"), exact: true });
  }

  /** The second step's heading, shown once the password was right. */
  secondStep() {
    return this.page.getByRole("heading", { name: this.words("login-second-step-heading") });
  }

  /** The authenticator app's code, or the emailed one. */
  code() {
    return this.page.getByLabel(this.words("login-form-code"), { exact: true });
  }

  recoveryCode() {
    return this.page.getByLabel(this.words("login-second-step-recovery-code"));
  }

  verifyButton() {
    return this.page.getByRole("button", { name: this.words("login-second-step-verify") });
  }

  useRecoveryCodeButton() {
    return this.page.getByRole("button", { name: this.words("login-second-step-use-recovery-code") });
  }

  startAgainButton() {
    return this.page.getByRole("button", { name: this.words("login-second-step-start-again") });
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

  // Another identity provider, below the password form.

  /**
   * "Continue with {provider}" (its display name, "Local ID"): a plain link to the server, which
   * sends the browser to the provider through Cognito. Not `continueWith`, which is the email's.
   */
  continueWithLink(provider: string) {
    return this.page.getByRole("link", { name: this.words("login-continue-with", { provider }) });
  }

  // The ways to sign in, after "Continue".

  /** "Signing in as …", naming the address the methods are for. */
  signingInAs() {
    return this.page.getByText(new RegExp(`^${this.words.pattern("login-methods-signing-in-as").source}`));
  }

  useAnotherEmailButton() {
    return this.page.getByRole("button", { name: this.words("login-methods-use-another-email") });
  }

  /** The passkey and emailed-code buttons, in the order offered (the password's field is apart). */
  methods() {
    return this.page.getByRole("group", { name: this.words("login-methods-label") }).getByRole("button");
  }

  passkeyButton() {
    return this.page.getByRole("button", { name: this.words("login-methods-passkey") });
  }

  emailCodeButton() {
    return this.page.getByRole("button", { name: this.words("login-methods-email-code") });
  }

  sendNewCodeButton() {
    return this.page.getByRole("button", { name: this.words.pattern(SEND_NEW_CODE) });
  }

  chooseAnotherWayButton() {
    return this.page.getByRole("button", { name: this.words("login-email-code-another-way") });
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
    return this.page.getByRole("heading", { name: this.words("login-offer-heading") });
  }

  addPasskeyButton() {
    return this.page.getByRole("button", { name: this.words("login-offer-add") });
  }

  notNowButton() {
    return this.page.getByRole("button", { name: this.words("login-offer-not-now") });
  }
}

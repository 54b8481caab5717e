import { expect, type Locator } from "@playwright/test";
import { totp } from "../totp";
import { AppPage, SEND_NEW_CODE } from "./app-page";
import { MAIL, MailboxPage } from "./mailbox";

/** The word the deletion form asks to type, the same in every language. */
const DELETE_CONFIRMATION = "DELETE";

/** What the two-step section says while it is on: with or without its day and device, or just turned on. */
const TWO_STEP_ON = [
  "settings-two-step-on",
  "settings-two-step-on-since",
  "settings-two-step-on-device",
  "settings-two-step-on-since-device",
  "settings-two-step-turned-on",
];

/** What turning two-step sign-in on leaves a person with. */
export type TwoStepOn = {
  /** The key as the page shows it (base32 in groups of four), which the test's "app" holds. */
  key: string;
  recoveryCodes: string[];
};

/**
 * `/settings`: password, email, two-step sign-in, passkeys, connected accounts, sessions, data
 * export, deletion.
 */
export class SettingsPage extends AppPage {
  /**
   * Opens the page and waits until it has settled as a person sees it: the account, then the
   * two-step section, the passkeys and the activity list, which each arrive on their own and push
   * what is below them down (a click aimed before that lands elsewhere).
   */
  async open() {
    await super.open("/settings");
    await expect(this.page.getByRole("heading", { name: this.words("field-email") })).toBeVisible();
    await expect(this.twoStep().getByRole("button").first()).toBeVisible();
    await this.passkeysLoaded();
    await expect(this.recentActivity().getByRole("list")).toBeAttached();
  }

  /**
   * Opens the page and waits for what every account's settings have, with a password or without
   * (one made through another identity provider has no email, password, two-step or passkey
   * sections, which `open` waits for): the connected accounts and the activity list, each built
   * on its own once the page is up.
   */
  async openForAnyAccount() {
    await super.open("/settings");
    await this.settledForAnyAccount();
  }

  /** As `openForAnyAccount`, for settings already loading (after a sign-in that asked for them). */
  async settledForAnyAccount() {
    await this.waitForHydration();
    await expect(
      this.connectedAccounts().getByText(this.words.pattern(["settings-connected-intro", "settings-connected-made-with"])),
    ).toBeVisible();
    await expect(this.recentActivity().getByRole("list")).toBeAttached();
  }

  /** The heading of one of the sections, found by its name ("settings-password-heading"). */
  sectionHeading(key: string) {
    return this.page.getByRole("heading", { level: 2, name: this.words(key), exact: true });
  }

  /** The "Recent activity" section. */
  recentActivity() {
    return this.page.getByRole("region", { name: this.words("activity-heading") });
  }

  /** Its lines, newest first. */
  activityLines() {
    return this.recentActivity().getByRole("listitem");
  }

  currentPassword() {
    return this.page.getByLabel(this.words("settings-current-password"));
  }

  newPassword() {
    return this.page.getByLabel(this.words("settings-password-new"));
  }

  newEmail() {
    return this.page.getByLabel(this.words("settings-email-new"));
  }

  codeField() {
    return this.page.getByLabel(this.words("field-verification-code"));
  }

  deleteConfirmation() {
    return this.page.getByLabel(this.words("settings-delete-confirmation", { word: DELETE_CONFIRMATION }));
  }

  /** Opens the password form, and sends it once open. */
  changePasswordButton() {
    return this.page.getByRole("button", { name: this.words("settings-password-change") });
  }

  /** Opens the email form, and sends it once open. */
  changeEmailButton() {
    return this.page.getByRole("button", { name: this.words("settings-email-change") });
  }

  /** "Send a new code" for the new email, with its cooldown in the name while it runs. */
  resendCodeButton() {
    return this.page.getByRole("button", { name: this.words.pattern(SEND_NEW_CODE) });
  }

  /** The same button while its cooldown runs: "Send a new code (29 s)". */
  resendCodeCooldownButton() {
    return this.page.getByRole("button", { name: this.words.pattern("form-send-new-code-in", { seconds: /\d+/ }) });
  }

  verifyButton() {
    return this.page.getByRole("button", { name: this.words("settings-verify") });
  }

  signOutEverywhereButton() {
    return this.page.getByRole("button", { name: this.words("settings-sign-out-everywhere") });
  }

  /** The "Devices" section's list: one item per signed-in browser. */
  devices() {
    return this.page.getByRole("region", { name: this.words("settings-devices-heading") }).getByRole("listitem");
  }

  /** The listed device marked "This device". */
  thisDevice() {
    return this.devices().filter({ hasText: this.words("settings-devices-this") });
  }

  /** The listed devices other than this one. */
  otherDevices() {
    return this.devices().filter({ hasNotText: this.words("settings-devices-this") });
  }

  signOutDeviceButton(device: Locator) {
    return device.getByRole("button", { name: this.words("settings-sign-out-device") });
  }

  downloadButton() {
    return this.page.getByRole("button", { name: this.words("settings-data-download") });
  }

  /** Opens the deletion form, and sends it once open. */
  deleteAccountButton() {
    return this.page.getByRole("button", { name: this.words("settings-delete") });
  }

  async changePassword(current: string, next: string) {
    await this.changePasswordButton().click();
    await this.currentPassword().fill(current);
    await this.newPassword().fill(next);
    await this.changePasswordButton().click();
  }

  /** The authenticator's code beside the current password, shown once the server asks for it. */
  proofCode() {
    return this.page
      .locator("form")
      .filter({ has: this.currentPassword() })
      .getByLabel(this.words("settings-code"), { exact: true });
  }

  async changeEmail(newEmail: string, password: string) {
    await this.changeEmailButton().click();
    await this.newEmail().fill(newEmail);
    await this.currentPassword().fill(password);
    await this.changeEmailButton().click();
  }

  /** Reads the code from the mailbox in another tab and enters it here. */
  async verifyEmailChange(newEmail: string) {
    const mailboxTab = await this.page.context().newPage();
    const code = await new MailboxPage(mailboxTab, this.words.language).latestCode(newEmail, MAIL.emailChange);
    await mailboxTab.close();
    await this.codeField().fill(code);
    await this.verifyButton().click();
  }

  async signOutEverywhere() {
    await this.signOutEverywhereButton().click();
  }

  async deleteAccount(password: string, confirmation = DELETE_CONFIRMATION) {
    await this.deleteAccountButton().click();
    await this.currentPassword().fill(password);
    await this.deleteConfirmation().fill(confirmation);
    await this.deleteAccountButton().click();
  }

  // Two-step sign-in: everything is looked up inside its section, whose "Verify" and "Code"
  // would otherwise meet the email change's.

  twoStep() {
    return this.page.getByRole("region", { name: this.words("settings-two-step-heading") });
  }

  setUpTwoStepButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-two-step-set-up") });
  }

  continueButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-two-step-continue") });
  }

  cancelButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-cancel") });
  }

  qrCode() {
    return this.twoStep().getByRole("img", { name: this.words("settings-two-step-qr-code") });
  }

  /** The key to type instead of scanning, after "Or enter this key:". */
  setupKey() {
    return this.twoStep().getByRole("code");
  }

  /** The `otpauth://` link for an authenticator app on the same device. */
  authenticatorLink() {
    return this.twoStep().getByRole("link", { name: this.words("settings-two-step-open-app") });
  }

  appCode() {
    return this.twoStep().getByLabel(this.words("settings-code"), { exact: true });
  }

  deviceName() {
    return this.twoStep().getByLabel(this.words("settings-two-step-device-name"));
  }

  twoStepVerifyButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-verify") });
  }

  /** The recovery codes shown once, after turning on or renewing. */
  recoveryCodes() {
    return this.twoStep().getByRole("list").getByRole("listitem");
  }

  copyCodesButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-recovery-copy") });
  }

  downloadCodesButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-recovery-download") });
  }

  doneButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-recovery-done") });
  }

  /** Opens the form to turn it off, and sends it once open. */
  turnOffButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-two-step-turn-off") });
  }

  /** Opens the form for a new set of recovery codes, and sends it once open. */
  newRecoveryCodesButton() {
    return this.twoStep().getByRole("button", { name: this.words("settings-two-step-new-codes") });
  }

  /** Up to the authenticator step; answers the key the page shows. */
  async startTwoStepSetup(password: string): Promise<string> {
    await this.setUpTwoStepButton().click();
    await this.currentPassword().fill(password);
    await this.continueButton().click();
    await expect(this.qrCode()).toBeVisible();
    return (await this.setupKey().innerText()).trim();
  }

  /** Sends the authenticator step and answers the recovery codes it shows. */
  async finishTwoStepSetup(code: string, deviceName?: string): Promise<string[]> {
    await this.appCode().fill(code);
    if (deviceName !== undefined) await this.deviceName().fill(deviceName);
    await this.twoStepVerifyButton().click();
    await expect(this.recoveryCodes()).toHaveCount(10);
    return this.recoveryCodes().allInnerTexts();
  }

  /** The whole setup, with the test as the authenticator app, through "Done". */
  async turnOnTwoStep(password: string, deviceName?: string): Promise<TwoStepOn> {
    const key = await this.startTwoStepSetup(password);
    const recoveryCodes = await this.finishTwoStepSetup(totp(key), deviceName);
    await this.doneButton().click();
    await expect(this.twoStep()).toContainText(this.words.pattern(TWO_STEP_ON));
    return { key, recoveryCodes };
  }

  async turnOffTwoStep(password: string, code: string) {
    await this.turnOffButton().click();
    await this.currentPassword().fill(password);
    await this.appCode().fill(code);
    await this.turnOffButton().click();
  }

  /** Asks for a new set and answers it as shown. */
  async renewRecoveryCodes(password: string): Promise<string[]> {
    await this.newRecoveryCodesButton().click();
    await this.currentPassword().fill(password);
    await this.newRecoveryCodesButton().click();
    await expect(this.recoveryCodes()).toHaveCount(10);
    return this.recoveryCodes().allInnerTexts();
  }

  /** What a finished change says (`role="status"`). */
  notice() {
    return this.status();
  }

  // Connected accounts: other identity providers that sign in to the account too. Looked up
  // inside their section, whose "Current password" would otherwise meet other forms'.

  connectedAccounts() {
    return this.page.getByRole("region", { name: this.words("settings-connected-heading") });
  }

  /** A provider's row, by its display name ("Local ID"): its name, its state and one button. */
  providerRow(provider: string) {
    return this.connectedAccounts()
      .getByRole("listitem")
      .filter({ has: this.page.getByText(provider, { exact: true }) });
  }

  /** "Not connected", or "Connected since <date>". */
  providerState(provider: string) {
    return this.providerRow(provider).getByText(this.words.pattern(["settings-connected-not", "settings-connected-since"]));
  }

  /** Opens a row's form to connect its provider, and sends it once open. */
  connectButton(provider: string) {
    return this.providerRow(provider).getByRole("button", { name: this.words("settings-connect"), exact: true });
  }

  /** Opens a row's form to disconnect its provider, and sends it once open. */
  disconnectButton(provider: string) {
    return this.providerRow(provider).getByRole("button", { name: this.words("settings-disconnect"), exact: true });
  }

  providerCurrentPassword(provider: string) {
    return this.providerRow(provider).getByLabel(this.words("settings-current-password"));
  }

  providerCancelButton(provider: string) {
    return this.providerRow(provider).getByRole("button", { name: this.words("settings-cancel") });
  }

  /** "Connect", the current password and "Connect" again: the browser goes off to the provider. */
  async startConnecting(provider: string, password: string) {
    await this.connectButton(provider).click();
    await this.providerCurrentPassword(provider).fill(password);
    await this.connectButton(provider).click();
  }

  /** "Disconnect", the current password and "Disconnect" again: done here. */
  async disconnect(provider: string, password: string) {
    await this.disconnectButton(provider).click();
    await this.providerCurrentPassword(provider).fill(password);
    await this.disconnectButton(provider).click();
  }

  /**
   * What an account made through a provider has instead of the password sections: "You sign in
   * with {provider}".
   */
  madeWith() {
    return this.page.getByRole("region", { name: this.words("settings-made-with-heading") });
  }

  /** In the open deletion form of an account without a password: the fresh sign-in it asks for. */
  signInAgainLink(provider: string) {
    return this.page.getByRole("link", { name: this.words("settings-sign-in-again", { provider }) });
  }

  // Passkeys: looked up inside their section, whose "Current password" and "Remove" would
  // otherwise meet other forms'.

  passkeys() {
    return this.page.getByRole("region", { name: this.words("passkeys-heading") });
  }

  /** Waits for the section's own code and the account's list of passkeys. */
  async passkeysLoaded() {
    await expect(this.passkeys().getByText(this.words.pattern("passkeys-intro"))).toBeVisible();
    await expect(this.passkeys().getByText(this.words("passkeys-loading"))).toHaveCount(0);
  }

  /** The account's passkeys, oldest first: each with its name, "Added <date>" and "Remove". */
  passkeyItems() {
    return this.passkeys().getByRole("list", { name: this.words("passkeys-list") }).getByRole("listitem");
  }

  /** Opens the form to add one, and sends it once open. */
  addPasskeyButton() {
    return this.passkeys().getByRole("button", { name: this.words("passkeys-add") });
  }

  /** In the open add or remove form: prove it is you with a passkey rather than the password. */
  usePasskeyInsteadButton() {
    return this.passkeys().getByRole("button", { name: this.words("passkeys-use-passkey") });
  }

  passkeyCurrentPassword() {
    return this.passkeys().getByLabel(this.words("settings-current-password"));
  }

  /** What the last change did (`role="status"`). */
  passkeyNotice() {
    return this.passkeys().getByRole("status");
  }

  /** An error of the open passkey form, in the form or beside its field (`role="alert"`). */
  passkeyAlert() {
    return this.passkeys().getByRole("alert");
  }

  /** "Add a passkey", the current password, and "Add a passkey" again: the device makes it. */
  async addPasskey(password: string) {
    await this.addPasskeyButton().click();
    await this.passkeyCurrentPassword().fill(password);
    await this.addPasskeyButton().click();
  }

  /** Opens the removal form of the passkey at `index`; answers its list item. */
  async startRemovingPasskey(index = 0) {
    const item = this.passkeyItems().nth(index);
    await item.getByRole("button", { name: this.words("passkeys-remove") }).click();
    return item;
  }

  /** Removes the passkey at `index`, proven with the current password. */
  async removePasskey(password: string, index = 0) {
    const item = await this.startRemovingPasskey(index);
    await this.passkeyCurrentPassword().fill(password);
    await item.getByRole("button", { name: this.words("passkeys-remove") }).click();
  }
}

import type { CDPSession, Page } from "@playwright/test";

/**
 * Chromium's virtual authenticator (DevTools protocol `WebAuthn` domain): a platform
 * authenticator with user verification that answers every prompt at once, as a phone or laptop
 * with a fingerprint reader would after the person touches it. Passkeys need the site's name, so
 * the tests that use it open the app at `localhost` (see `passkeyBaseURL`).
 */
export class VirtualAuthenticator {
  private constructor(
    private readonly session: CDPSession,
    readonly id: string,
  ) {}

  static async attach(page: Page): Promise<VirtualAuthenticator> {
    const session = await page.context().newCDPSession(page);
    await session.send("WebAuthn.enable");
    const { authenticatorId } = await session.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return new VirtualAuthenticator(session, authenticatorId);
  }

  /** The passkeys the authenticator holds (for any site). */
  async credentials() {
    const { credentials } = await this.session.send("WebAuthn.getCredentials", { authenticatorId: this.id });
    return credentials;
  }

  /** The person declines (or has no finger on the reader): the next prompt fails. */
  async refuseUserVerification() {
    await this.session.send("WebAuthn.setUserVerified", { authenticatorId: this.id, isUserVerified: false });
  }
}

/** The app at `localhost` rather than an IP address: a relying party is a domain name. */
export function passkeyBaseURL(): string {
  const base = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");
  base.hostname = "localhost";
  return base.toString().replace(/\/$/, "");
}

import { type BrowserContext, expect, type Page } from "@playwright/test";

// The only keys the app writes to browser storage: mirrors of `SESSION_KEY`, `REFRESH_LEASE_KEY`
// and `PROFILE_DRAFT_KEY` in the app's `session` module (`app/src/session/mod.rs`), and of
// `SIGN_IN_METHOD_KEY` and `PASSKEY_OFFERED_KEY` beside its passkeys (`app/src/session/passkeys.rs`).
/** Cognito's tokens: in `localStorage` with "Keep me signed in", else in `sessionStorage`. */
export const SESSION_KEY = "doorway.session";
/** The short lease that lets one tab at a time refresh the tokens (`localStorage`). */
export const REFRESH_LEASE_KEY = "doorway.refresh-lease";
/** The Web Lock a tab holds while it refreshes the tokens (`REFRESH_LOCK`). */
export const REFRESH_LOCK = "doorway.refresh";
/** Unsaved profile edits, per tab (`sessionStorage`). */
export const PROFILE_DRAFT_KEY = "doorway.profile-draft";

/** The way this device signed in last, offered first next time (`localStorage`; no account data). */
export const SIGN_IN_METHOD_KEY = "doorway.sign-in-method";
/** Set once this device was offered to add a passkey after a password sign-in (`localStorage`). */
export const PASSKEY_OFFERED_KEY = "doorway.passkey-offered";

/** What the device remembers about signing in, on purpose beyond sign-out: never a token. */
export const SIGN_IN_MEMORY_KEYS: readonly string[] = [SIGN_IN_METHOD_KEY, PASSKEY_OFFERED_KEY];

/** Every key the app may write to browser storage; anything else found there is a leak. */
export const ALLOWED_STORAGE_KEYS: readonly string[] = [
  SESSION_KEY,
  REFRESH_LEASE_KEY,
  PROFILE_DRAFT_KEY,
  ...SIGN_IN_MEMORY_KEYS,
];

export type StorageArea = "localStorage" | "sessionStorage";

/** The session as the app stores it (`StoredSession` in `app/src/session`). */
export type StoredSession = {
  access_token: string;
  /** Replaced at every refresh: the pool rotates refresh tokens. */
  refresh_token: string | null;
  /** Names the sign-in, the same across refreshes (absent in sessions stored before it). */
  sign_in_id?: string;
  /** Milliseconds since the epoch, browser clock, when the access token expires. */
  expires_at_ms: number;
  email: string;
  display_name: string;
  username: string;
};

async function storedItem(page: Page, area: StorageArea, key: string): Promise<string | null> {
  return page.evaluate(([area, key]) => window[area].getItem(key), [area, key] as const);
}

/** The session kept in `area` of the tab, or `null` when there is none. */
export async function storedSession(page: Page, area: StorageArea): Promise<StoredSession | null> {
  const item = await storedItem(page, area, SESSION_KEY);
  return item === null ? null : (JSON.parse(item) as StoredSession | null);
}

/** When the access token of the session kept in `area` expires, in ms; 0 without one. */
export async function sessionExpiry(page: Page, area: StorageArea = "sessionStorage"): Promise<number> {
  return (await storedSession(page, area))?.expires_at_ms ?? 0;
}

/** The refresh lease one tab holds while it refreshes the tokens, or `null`. */
export async function refreshLease(page: Page): Promise<string | null> {
  return storedItem(page, "localStorage", REFRESH_LEASE_KEY);
}

/** How many items the tab keeps: `[localStorage.length, sessionStorage.length]`. */
export async function storedItemCounts(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [localStorage.length, sessionStorage.length] as [number, number]);
}

/**
 * Fails unless the tab keeps nothing but what the device remembers about signing in (the way
 * used last, whether a passkey was offered), and those only in `localStorage`: no tokens, no lease,
 * no draft. What the tab keeps after signing out, or after a refused sign-in.
 */
export async function expectOnlySignInMemory(page: Page) {
  const keys = await storedKeys(page);
  expect(keys.sessionStorage, "sessionStorage").toEqual([]);
  expect(keys.localStorage.filter((key) => !SIGN_IN_MEMORY_KEYS.includes(key)), "localStorage").toEqual([]);
  for (const key of keys.localStorage) {
    expect(await storedItem(page, "localStorage", key), key).not.toContain("eyJ");
  }
}

/** The keys the tab keeps, per storage area. */
export async function storedKeys(page: Page): Promise<Record<StorageArea, string[]>> {
  return page.evaluate(() => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
  }));
}

/** The path of the refresh server function (`refresh_session`, under server_fn's `/api`). */
export const REFRESH_PATH = "/api/refresh_session";

/** Records every refresh request any tab of `context` sends from now on; the list grows as they go. */
export function recordRefreshes(context: BrowserContext): string[] {
  const refreshes: string[] = [];
  context.on("request", (request) => {
    if (new URL(request.url()).pathname === REFRESH_PATH) refreshes.push(request.url());
  });
  return refreshes;
}

/**
 * A second tab of the same browser on the home page, once it has checked the shared session with
 * the server: only then does it schedule the session's refresh, which the rounds below race.
 */
export async function openSecondTab(context: BrowserContext): Promise<Page> {
  const tab = await context.newPage();
  const checked = tab.waitForResponse((response) => new URL(response.url()).pathname === "/api/current_account");
  await tab.goto("/");
  await checked;
  return tab;
}

/** How many tabs of this origin hold or wait for the refresh lock. */
async function refreshLockUsers(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const { held = [], pending = [] } = await navigator.locks.query();
    return [...held, ...pending].filter((lock) => lock.name === name).length;
  }, REFRESH_LOCK);
}

/**
 * Two tabs sharing one session (kept in `area`) find its refresh due at the very same moment, as
 * they do in life: they schedule it from the one expiry they share. Several rounds, as a race is
 * not lost every time; after each, one refresh more has been sent and both tabs hold its tokens.
 * `page` must run a fake clock.
 */
export async function expectOneRefreshPerRound(page: Page, secondTab: Page, area: StorageArea, rounds = 3) {
  const refreshes = recordRefreshes(page.context());
  for (let round = 1; round <= rounds; round++) {
    const expiry = await sessionExpiry(page, area);
    await page.clock.fastForward("14:30");
    for (const tab of [page, secondTab]) {
      await expect.poll(() => sessionExpiry(tab, area)).toBeGreaterThan(expiry + 10 * 60 * 1000);
    }
    // A tab that lost the race takes the lock once the winner lets go, and refreshes then if it
    // would; it lets go after any refresh it sent has been answered. So once no tab holds or waits
    // for the lock, every refresh of this round has been sent.
    await expect.poll(() => refreshLockUsers(page), { message: `refresh lock, round ${round}` }).toBe(0);
    expect(refreshes, `refreshes after round ${round}`).toHaveLength(round);
  }
}

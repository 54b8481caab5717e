import type { BrowserContext, Page } from "@playwright/test";

// The only keys the app writes to browser storage: mirrors of `SESSION_KEY`, `REFRESH_LEASE_KEY`
// and `PROFILE_DRAFT_KEY` in the app's `session` module (`app/src/session`).
/** Cognito's tokens: in `localStorage` with "Keep me signed in", else in `sessionStorage`. */
export const SESSION_KEY = "doorway.session";
/** The short lease that lets one tab at a time refresh the tokens (`localStorage`). */
export const REFRESH_LEASE_KEY = "doorway.refresh-lease";
/** Unsaved profile edits, per tab (`sessionStorage`). */
export const PROFILE_DRAFT_KEY = "doorway.profile-draft";

/** Every key the app may write to browser storage; anything else found there is a leak. */
export const ALLOWED_STORAGE_KEYS: readonly string[] = [SESSION_KEY, REFRESH_LEASE_KEY, PROFILE_DRAFT_KEY];

export type StorageArea = "localStorage" | "sessionStorage";

/** The session as the app stores it (`StoredSession` in `app/src/session`). */
export type StoredSession = {
  access_token: string;
  refresh_token: string | null;
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

/** When the tab's session-only (`sessionStorage`) access token expires, in ms; 0 without one. */
export async function sessionExpiry(page: Page): Promise<number> {
  return (await storedSession(page, "sessionStorage"))?.expires_at_ms ?? 0;
}

/** The refresh lease one tab holds while it refreshes the tokens, or `null`. */
export async function refreshLease(page: Page): Promise<string | null> {
  return storedItem(page, "localStorage", REFRESH_LEASE_KEY);
}

/** How many items the tab keeps: `[localStorage.length, sessionStorage.length]`. */
export async function storedItemCounts(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [localStorage.length, sessionStorage.length] as [number, number]);
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

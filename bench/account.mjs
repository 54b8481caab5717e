// A confirmed, signed-in account for the benchmarks, made the way a person makes one: the
// server functions and the dev mailbox of a server in local mode at `base`.

/** Posts JSON to a server function and returns its JSON answer; anything but 2xx throws. */
export async function call(base, fn, body) {
  const response = await fetch(`${base}/api/${fn}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${fn}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Its email, password, access token and the stored session a browser keeps. */
export async function signedInAccount(base, tag) {
  const email = `bench-${tag}-${Date.now()}@example.com`;
  const password = "correct horse battery staple";
  await call(base, "sign_up", { email, password, display_name: "Bench" });
  const mailbox = await (await fetch(`${base}/dev/mailbox`)).text();
  const code = mailbox
    .split("<tr")
    .find((r) => r.includes(email))
    .match(/<code[^>]*>([^<]+)/)[1];
  await call(base, "confirm_sign_up", { email, code });
  // Accounts without two-step sign-in are signed in at once.
  const { SignedIn: signedIn } = await call(base, "sign_in", { email, password });
  const session = JSON.stringify({
    access_token: signedIn.tokens.access_token,
    refresh_token: signedIn.tokens.refresh_token,
    expires_at_ms: Date.now() + signedIn.tokens.expires_in * 1000,
    email,
    display_name: signedIn.display_name,
    username: signedIn.username,
  });
  return { email, password, accessToken: signedIn.tokens.access_token, session };
}

import type { FullConfig } from "@playwright/test";

// scripts/test (or `cargo leptos end-to-end`) starts the server beside the suite; wait until it
// answers (it first starts and provisions the embedded Cognito and DynamoDB).
export default async function waitForServer(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL ?? "http://127.0.0.1:3000";
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(baseURL);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${baseURL} did not answer within 120 s`);
}

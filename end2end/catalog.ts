import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The app's words in one language, read from its catalogs (`app/locales/LANG/*.ftl`), so a test
 * finds a translated page's labels and buttons by the names a person reading it sees. Simple
 * messages only: a value on one line, no placeholders or plural forms.
 */
export function catalog(language: string): (key: string) => string {
  const dir = join(__dirname, "..", "app", "locales", language);
  const messages = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ftl"))) {
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (match) messages.set(match[1], match[2].trim());
    }
  }
  return (key: string) => {
    const message = messages.get(key);
    if (message === undefined) throw new Error(`${language} has no one-line message ${key}`);
    return message;
  };
}

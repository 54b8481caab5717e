import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** What a placeable of a message is filled with. */
export type Fills = Record<string, string | number>;

/**
 * The app's words in one language, read from its catalogs (`app/locales/LANG/*.ftl`), so a test
 * finds a translated page's labels and buttons by the names a person reading it sees.
 */
export type Words = {
  /** The message `key`, each of its `{ $name }` placeables filled from `fills`. */
  (key: string, fills?: Fills): string;
  /**
   * A RegExp that finds any of the messages `keys` within a text, for a name that changes as the
   * page runs (a countdown, an address). A placeable matches `fills[name]` when given (a RegExp
   * as a pattern, anything else as text), else any text.
   */
  pattern(keys: string | readonly string[], fills?: Record<string, string | number | RegExp>): RegExp;
  /** The language's tag, "ar". */
  readonly language: string;
};

/** A message as text and the names of its `{ $name }` placeables: `["Hello, ", { variable: "name" }, "!"]`. */
type Part = string | { variable: string };

/**
 * The parts of a one-line message's value, or `undefined` for anything but text, string literals
 * (`{" "}`, which keeps a space the line's end would lose) and variables: a selector, a term.
 */
function parseValue(value: string): Part[] | undefined {
  const parts: Part[] = [];
  const addText = (text: string) => {
    if (typeof parts.at(-1) === "string") parts[parts.length - 1] += text;
    else if (text) parts.push(text);
  };
  let end = 0;
  for (const placeable of value.matchAll(/\{([^{}]*)\}/g)) {
    addText(value.slice(end, placeable.index));
    end = placeable.index + placeable[0].length;
    const literal = /^\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(placeable[1]);
    const variable = /^\s*\$([a-zA-Z][\w-]*)\s*$/.exec(placeable[1]);
    if (literal) addText(unescapeLiteral(literal[1]));
    else if (variable) parts.push({ variable: variable[1] });
    else return undefined;
  }
  const rest = value.slice(end);
  if (/[{}]/.test(rest)) return undefined;
  addText(rest);
  return parts;
}

/** Fluent's escapes in string literals: `\"`, `\\`, `\uHHHH` and `\UHHHHHH`. */
function unescapeLiteral(literal: string): string {
  return literal.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{6})|(.))/g, (_, short, long, escaped) =>
    short || long ? String.fromCodePoint(parseInt(short ?? long, 16)) : escaped,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every message of the language's catalogs, by key: its parts, or `undefined` for one this reads
 * no further (several lines, plural forms, a selector), so a lookup of it fails rather than
 * answering its first line.
 */
function readMessages(language: string): Map<string, Part[] | undefined> {
  const dir = join(__dirname, "..", "app", "locales", language);
  const messages = new Map<string, Part[] | undefined>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ftl"))) {
    let lastKey: string | undefined;
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      const message = /^([a-z][a-z0-9-]*) =(.*)$/.exec(line);
      if (message) {
        lastKey = message[1];
        const value = message[2].trim();
        messages.set(lastKey, value ? parseValue(value) : undefined);
      } else if (/^\s+\S/.test(line) && lastKey !== undefined) {
        messages.set(lastKey, undefined);
      } else if (!/^\s*$/.test(line)) {
        lastKey = undefined;
      }
    }
  }
  return messages;
}

const catalogs = new Map<string, Words>();

/** The words of `language` ("ar"), read once per test worker. */
export function catalog(language: string): Words {
  const known = catalogs.get(language);
  if (known) return known;

  const messages = readMessages(language);
  const partsOf = (key: string): Part[] => {
    if (!messages.has(key)) throw new Error(`${language} has no message ${key}`);
    const parts = messages.get(key);
    if (!parts) throw new Error(`${language}'s ${key} is not one line of text and { $variables }`);
    return parts;
  };

  const words = (key: string, fills: Fills = {}) =>
    partsOf(key)
      .map((part) => {
        if (typeof part === "string") return part;
        const fill = fills[part.variable];
        if (fill === undefined) throw new Error(`${language}'s ${key} needs { $${part.variable} }`);
        return String(fill);
      })
      .join("");

  const pattern: Words["pattern"] = (keys, fills = {}) => {
    const alternatives = (typeof keys === "string" ? [keys] : keys).map((key) =>
      partsOf(key)
        .map((part) => {
          if (typeof part === "string") return escapeRegExp(part);
          const fill = fills[part.variable];
          if (fill === undefined) return ".+?";
          return fill instanceof RegExp ? `(?:${fill.source})` : escapeRegExp(String(fill));
        })
        .join(""),
    );
    return new RegExp(alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`);
  };

  const made: Words = Object.assign(words, { pattern, language });
  catalogs.set(language, made);
  return made;
}

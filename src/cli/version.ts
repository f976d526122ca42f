/** Kept in step with package.json by test/unit/version.test.ts. */
export const VERSION = '0.1.0';

/**
 * Where kam lives on the web: SARIF's informationUri, and the base of each
 * rule's helpUri. Kept in step with package.json's `repository` once it has
 * one (test/unit/version.test.ts).
 */
export const REPOSITORY = 'https://github.com/kam-cli/kam';

/** docs/rules.md as a web page: one section per rule, `#<rule id>`. */
export const RULES_DOCS = `${REPOSITORY}/blob/main/docs/rules.md`;

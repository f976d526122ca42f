/**
 * Where kam lives, in one place: the README, docs/ci/*, `kam init` and the
 * GitHub Action all install it from this repository, and SARIF links to it
 * (test/e2e/install-paths.test.ts and test/unit/cli/version.test.ts hold them
 * to it and to package.json).
 */
export const REPOSITORY = 'kam-cli/kam';
export const REPOSITORY_URL = `https://github.com/${REPOSITORY}`;
/** The ref `kam init` pins by default; teams should pin a release tag or commit instead. */
export const DEFAULT_REF = 'main';
/** docs/rules.md as a web page, one section per rule (`#<rule id>`): SARIF's helpUri. */
export const RULES_DOCS = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

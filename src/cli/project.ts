/**
 * Where kam lives, in one place: the README, docs/ci/*, `kam init` and the
 * GitHub Action all install it from this repository (test/unit/project.test.ts
 * holds them to it and to package.json).
 */
export const REPOSITORY = 'kam-cli/kam';
export const REPOSITORY_URL = `https://github.com/${REPOSITORY}`;
/** The ref `kam init` pins by default; teams should pin a release tag or commit instead. */
export const DEFAULT_REF = 'main';
/** The rule documentation, for SARIF helpUri and messages. */
export const DOCS_URL = `${REPOSITORY_URL}/blob/main/docs`;

import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/cli/project.ts
var REPOSITORY = "kam-cli/kam";
var REPOSITORY_URL = `https://github.com/${REPOSITORY}`;
var DEFAULT_REF = "main";
var RULES_DOCS = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

export {
  REPOSITORY,
  REPOSITORY_URL,
  DEFAULT_REF,
  RULES_DOCS
};

import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  DEFAULT_REF,
  REPOSITORY,
  REPOSITORY_URL
} from "./chunk-5VFQBW7I.js";
import {
  SCHEMA_FOLDER,
  schemaJson
} from "./chunk-UKTSYZX6.js";
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import {
  writeFileAtomic
} from "./chunk-LLK3OUGP.js";
import "./chunk-3VKN5XRU.js";
import {
  readSchema
} from "./chunk-Q7SRD657.js";
import {
  DEFAULT_FACTORS,
  factorLabel
} from "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/init.ts
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
function configText() {
  const schema = readSchema("account");
  const factors = (axis) => DEFAULT_FACTORS[axis].map((id) => `    ${id}: 1${" ".repeat(Math.max(1, 24 - id.length))}# ${schema.properties?.[axis]?.properties?.[id]?.description ?? factorLabel(id)}`).join("\n");
  return `# yaml-language-server: $schema=${SCHEMA_FOLDER}/config.schema.json
# kam settings for this account-plan repository. Everything is optional.
currency: EUR
# as_of: 2026-12-31              # fix "today" for reproducible checks (else --as-of, else the real date)

# Where "high" starts on each axis; a score equal to the threshold counts as high.
thresholds: { attractiveness: 5, strength: 5, spend: 5, significance: 5 }

# The factors and their weights. Weights are relative; 0 leaves a factor out.
# Listing an axis here makes it that axis's complete factor set.
factors:
  attractiveness:
${factors("attractiveness")}
  strength:
${factors("strength")}

# The team's KAM policy, checked by kam check.
limits:
  key_share: 0.2                 # share of classified accounts that may be key
  accounts_per_manager: 5        # key + key-development accounts one manager may carry
  top_account_share: 0.25        # one account's largest share of current revenue
  review_months: 12              # satisfaction measured at least this often

# Severity per rule: error | warning | off (see kam check --help).
rules:
  duplicate-id: error
  # perception-gap: error
`;
}
var EXAMPLE = `# yaml-language-server: $schema=../${SCHEMA_FOLDER}/account.schema.json
# An example account: replace it with your own (kam new asks the questions).
id: example-customer
name: Example Customer Ltd
manager: Your Name
industry: Manufacturing
lifecycle: farm
position: good
revenue:
  current: 500000
  potential: 900000
attractiveness:
  size: 6
  growth_potential: 7
  strategic_fit: 6
strength:
  service: 7
  trust: 6
  price: 5
relationship:
  stage: basic
  perceived_level: product-provider
`;
function workflow(ref, sarif) {
  return `# Checks the account plans on every pull request: annotations on the changed
# lines and a summary on the run page. kam runs from its repository at the ref
# below; pin a release tag or a commit SHA for reproducible checks.
name: account plans
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read${sarif ? "\n  security-events: write   # SARIF upload to code scanning (needs GitHub Advanced Security on private repositories)" : ""}
jobs:
  kam:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${REPOSITORY}@${ref}
        with:
          paths: accounts/
          max-warnings: ''          # e.g. 0 to fail on any warning${sarif ? `
          formats: sarif=kam.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: kam.sarif` : ""}
`;
}
function gitlabJob(ref) {
  return `# Checks the account plans in every pipeline: findings in the merge request
# widget (Code Quality) and as a test report. kam is installed from its
# repository at the ref below; pin a release tag or a commit SHA.
kam:
  image: node:20
  stage: test
  script:
    - npm install --global --no-audit --no-fund git+${REPOSITORY_URL}.git#${ref}
    - kam check accounts/ --format stylish --format gitlab=gl-code-quality.json --format junit=kam-junit.xml
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality.json
      junit: kam-junit.xml
`;
}
function preCommit(ref) {
  return `# pre-commit: check the account plans before each commit (https://pre-commit.com).
# Needs Node.js ${">="}20.17 on the PATH. Pin rev to a release tag or a commit SHA.
repos:
  - repo: ${REPOSITORY_URL}
    rev: ${ref}
    hooks:
      - id: kam-check
`;
}
async function initCommand(dir, options, ctx) {
  const root = resolve(ctx.io.cwd, dir ?? ".");
  const ref = options.ref ?? DEFAULT_REF;
  const ci = options.ci ?? "github";
  const files = [
    ["kam.config.yaml", configText()],
    ["accounts/example-customer.yaml", EXAMPLE],
    // Copies for editors: a $schema line must resolve in this repository for every colleague.
    [`${SCHEMA_FOLDER}/account.schema.json`, schemaJson(readSchema("account"))],
    [`${SCHEMA_FOLDER}/config.schema.json`, schemaJson(readSchema("config"))],
    ...ci === "github" || ci === "both" ? [[".github/workflows/account-plans.yml", workflow(ref, options.sarif === true)]] : [],
    ...ci === "gitlab" || ci === "both" ? [[".gitlab-ci.yml", gitlabJob(ref)]] : [],
    [".pre-commit-config.yaml", preCommit(ref)]
  ];
  for (const [name, text] of files) {
    const path = join(root, name);
    const shown = relative(ctx.io.cwd, path) || name;
    if (existsSync(path)) {
      ctx.io.stdout.write(`skipped  ${terminalSafe(shown)} (exists)
`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text);
    ctx.io.stdout.write(`created  ${terminalSafe(shown)}
`);
  }
  ctx.io.stdout.write("Next: kam new (add an account), kam score, kam check. After upgrading kam: kam schema --write.\n");
  return 0;
}
export {
  initCommand
};

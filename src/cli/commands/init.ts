import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_FACTORS, factorLabel } from '../../core/factors.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { readSchema } from '../../io/schema.js';
import type { CommandContext } from '../context.js';
import { VERSION } from '../version.js';

type SchemaNode = { description?: string; properties?: Record<string, SchemaNode> };

function configText(): string {
  const schema = readSchema('account') as SchemaNode;
  const factors = (axis: 'attractiveness' | 'strength') => DEFAULT_FACTORS[axis]
    .map((id) => `    ${id}: 1${' '.repeat(Math.max(1, 24 - id.length))}# ${schema.properties?.[axis]?.properties?.[id]?.description ?? factorLabel(id)}`)
    .join('\n');
  return `# yaml-language-server: $schema=node_modules/kam/schemas/config.schema.json
# kam settings for this account-plan repository. Everything is optional.
currency: EUR
# as_of: 2026-12-31              # fix "today" for reproducible checks (else --as-of, else the real date)

# Where "high" starts on each axis; a score equal to the threshold counts as high.
thresholds: { attractiveness: 5, strength: 5, spend: 5, significance: 5 }

# The factors and their weights. Weights are relative; 0 leaves a factor out.
# Listing an axis here makes it that axis's complete factor set.
factors:
  attractiveness:
${factors('attractiveness')}
  strength:
${factors('strength')}

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

const EXAMPLE = `# yaml-language-server: $schema=../node_modules/kam/schemas/account.schema.json
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

const WORKFLOW = `# Checks the account plans on every pull request (kam check).
name: account plans
on:
  pull_request:
  push:
    branches: [main]
jobs:
  kam:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --global kam@${VERSION}
      - run: kam check accounts/ --format github
`;

const PRE_COMMIT = `# pre-commit: check the account plans before each commit (https://pre-commit.com).
repos:
  - repo: local
    hooks:
      - id: kam-check
        name: kam check
        entry: kam check accounts/
        language: system
        pass_filenames: false
        files: ^accounts/.*\\.ya?ml$
`;

/** \`kam init [dir]\`: scaffolds an account-plan repository; never overwrites a file. */
export async function initCommand(dir: string | undefined, ctx: CommandContext): Promise<number> {
  const root = resolve(ctx.io.cwd, dir ?? '.');
  const files: [string, string][] = [
    ['kam.config.yaml', configText()],
    ['accounts/example-customer.yaml', EXAMPLE],
    ['.github/workflows/account-plans.yml', WORKFLOW],
    ['.pre-commit-config.yaml', PRE_COMMIT],
  ];
  for (const [name, text] of files) {
    const path = join(root, name);
    const shown = relative(ctx.io.cwd, path) || name;
    if (existsSync(path)) {
      ctx.io.stdout.write(`skipped  ${shown} (exists)\n`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text);
    ctx.io.stdout.write(`created  ${shown}\n`);
  }
  ctx.io.stdout.write('Next: kam new (add an account), kam score, kam check.\n');
  return 0;
}

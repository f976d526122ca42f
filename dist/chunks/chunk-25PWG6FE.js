import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  sectionAccounts
} from "./chunk-UMBV7UVR.js";
import {
  createFileProcessor,
  runPortfolio
} from "./chunk-PM6DRYCY.js";

// src/report-run.ts
async function reportRun(options, withSections) {
  const accounts = [];
  const run = await runPortfolio({ ...options, retainAccounts: false, onAccount: (a) => void accounts.push(a.plan ? { ...a, plan: null } : a) });
  const data = /* @__PURE__ */ new Map();
  if (withSections) {
    const read = createFileProcessor({ cwd: options.cwd, config: run.config, asOf: run.asOf, ruleIds: [], keepAccounts: true });
    for (const a of sectionAccounts(accounts)) {
      const account = read(a.file).account;
      if (account) data.set(a.file, account);
    }
  }
  return { ...run, accounts, data };
}

export {
  reportRun
};

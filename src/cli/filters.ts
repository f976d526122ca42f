/** The filter options every analysing command takes, turned into an AccountFilter. */
import { Option, type Command } from 'commander';
import { createFilter, type AccountFilter, type FilterOptions } from '../core/filter.js';
import { ACCOUNT_TEMPLATE, accountObject } from '../format/report-object.js';

const repeatable = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function addFilterOptions(command: Command): Command {
  return command
    .addOption(new Option('--quadrant <quadrant>', 'only accounts in this quadrant (repeatable)').argParser(repeatable))
    .addOption(new Option('--health <status>', 'only accounts with this health: at-risk, watch, healthy, unknown (repeatable)').argParser(repeatable))
    .addOption(new Option('--manager <name>', 'only accounts of this manager (repeatable)').argParser(repeatable))
    .addOption(new Option('--tag <tag>', 'only accounts with this tag (repeatable)').argParser(repeatable))
    .addOption(new Option('--industry <industry>', 'only accounts in this industry (repeatable)').argParser(repeatable))
    .addOption(new Option('--where <expression>', 'only accounts for which this holds, e.g. \'revenue.current > 1e6 and positioning == "tactical-profit"\' (repeatable)').argParser(repeatable));
}

export function filterFrom(options: FilterOptions): AccountFilter {
  return createFilter(options, { template: ACCOUNT_TEMPLATE, toObject: accountObject });
}

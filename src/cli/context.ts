/** What every command receives from main(): the world (io) and the global options. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FilterError, type AccountFilter, type FilterOptions } from '../core/filter.js';
import type { Colors } from '../format/colors.js';
import { UsageError } from '../io/errors.js';
import type { RunOptions } from '../pipeline/portfolio-run.js';
import { filterFrom } from './filters.js';
import { isoDate, type CliIO, type OutputStream } from './io.js';
import { createProgress, NO_PROGRESS, type Progress } from './progress.js';

export interface GlobalOptions {
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export interface CommandContext {
  io: CliIO;
  globals: GlobalOptions;
  today: string;
  /** Colours for a stream (loaded only when a human-readable format asks). */
  colorsFor(stream: OutputStream): Promise<Colors>;
  /**
   * Columns to lay human output out in: `COLUMNS` when set, else the
   * terminal's width (80 when it does not say); undefined when the stream is
   * not a terminal and `COLUMNS` is not set (lines are then never wrapped).
   */
  widthFor(stream: OutputStream): number | undefined;
  /** The progress line on stderr (a no-op unless stderr is a terminal, without --quiet, outside CI). */
  progress: Progress;
  /** Without paths, `accounts/` if it exists, else the current directory. */
  defaultPaths(paths: string[]): string[];
  /** The filter a command's options ask for (undefined: none); a mistake in one is bad usage. */
  filter(options: FilterOptions): AccountFilter | undefined;
  /** The options every analysing command passes to runPortfolio, from its own. */
  runOptions(paths: string[], options: { config?: string; asOf?: string } & FilterOptions): RunOptions;
  /** The diagnostics to show: errors only under --quiet (the exit code still counts all). */
  shown<T extends { severity: string }>(diagnostics: readonly T[]): T[];
}

export function createContext(io: CliIO, globals: GlobalOptions): CommandContext {
  return {
    io,
    globals,
    today: isoDate(io.now()),
    progress: io.stderr.isTTY && !globals.quiet && (io.env.CI ?? '') === '' ? createProgress(io.stderr) : NO_PROGRESS,
    async colorsFor(stream) {
      const { ansiColors, NO_COLORS } = await import('../format/colors.js');
      const force = io.env.FORCE_COLOR;
      if (globals.color === false || (io.env.NO_COLOR ?? '') !== '') return NO_COLORS;
      if (force !== undefined && force !== '0' && force !== 'false') return ansiColors();
      return stream.isTTY && io.env.TERM !== 'dumb' ? ansiColors() : NO_COLORS;
    },
    widthFor(stream) {
      const columns = Number(io.env.COLUMNS);
      if (Number.isInteger(columns) && columns > 0) return columns;
      return stream.isTTY ? (stream.columns && stream.columns > 0 ? stream.columns : 80) : undefined;
    },
    runOptions(paths, options) {
      return {
        paths: this.defaultPaths(paths),
        cwd: io.cwd,
        requireAccountFiles: true,
        today: this.today,
        progress: this.progress,
        ...(options.config !== undefined ? { configFile: options.config } : {}),
        ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
        ...withFilter(this.filter(options)),
      };
    },
    filter(options) {
      const filter = filterUsage(() => filterFrom(options));
      return filter.active ? filter : undefined;
    },
    shown(diagnostics) {
      return globals.quiet ? diagnostics.filter((d) => d.severity === 'error') : [...diagnostics];
    },
    defaultPaths(paths) {
      if (paths.length > 0) return paths;
      const accounts = resolve(io.cwd, 'accounts');
      return existsSync(accounts) && statSync(accounts).isDirectory() ? ['accounts'] : ['.'];
    },
  };
}

const withFilter = (filter: AccountFilter | undefined) => (filter ? { filter } : {});

/** A mistake in a filter option is bad usage (exit 2). */
export function filterUsage<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    throw e instanceof FilterError ? new UsageError(e.message) : e;
  }
}

// `kam completion`: the bash script is loaded into a real bash and asked for
// completions the way bash asks (COMP_WORDS, COMP_CWORD, then the function).
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, runKam, tempDir } from '../helpers/run-kam.js';

const dir = tempDir('kam-completion-');
let script: string;

beforeAll(async () => {
  // A `kam` on PATH, as an installed one would be: the script asks it for account ids.
  writeFileSync(join(dir.path, 'kam'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(dir.path, 'kam'), 0o755);
  const r = await runKam(['completion', 'bash']);
  expect(r.code).toBe(0);
  script = join(dir.path, 'kam.bash');
  writeFileSync(script, r.stdout);
});
afterAll(() => dir.remove());

/** What bash offers after typing `line` (the last word is the one completed). */
function complete(...words: string[]): string[] {
  const program = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _kam; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', program, 'bash', script, ...words], {
    cwd: EXAMPLES, encoding: 'utf8', env: { PATH: `${dir.path}:${process.env.PATH ?? ''}`, HOME: dir.path },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter((l) => l !== '');
}

describe('kam completion bash', () => {
  it('registers _kam for kam', () => {
    const r = spawnSync('bash', ['--norc', '-c', 'source "$1"; complete -p kam', 'bash', script], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('complete -o default -F _kam kam');
  });

  it('completes commands and global options', () => {
    expect(complete('kam', 's')).toEqual(['score', 'show', 'schema']); // in the order of kam --help
    expect(complete('kam', 'li')).toEqual(['list']);
    expect(complete('kam', '--no')).toEqual(['--no-color']);
    expect(complete('kam', '--no-color', 'che')).toEqual(['check']);
  });

  it("completes a command's options and their values", () => {
    expect(complete('kam', 'score', '--so')).toEqual(['--sort']);
    expect(complete('kam', 'score', '--format', 'j')).toEqual(['json', 'jsonl']);
    expect(complete('kam', 'check', '-f', 's')).toEqual(['stylish', 'sarif']);
    expect(complete('kam', 'score', '--quadrant', 'key')).toEqual(['key', 'key-development']);
    expect(complete('kam', 'report', '--format', '')).toEqual(['html', 'markdown', 'csv', 'json', 'xlsx']);
    expect(complete('kam', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(complete('kam', 'score', '--manager', 'Da')).toEqual([]); // free text: nothing invented
  });

  it('completes account ids for kam show, and files for paths', () => {
    expect(complete('kam', 'show', 'nord')).toEqual(['nordlys-energy']);
    expect(complete('kam', 'show', '')).toHaveLength(13);
    expect(complete('kam', 'score', 'acc')).toEqual(['accounts']);
    expect(complete('kam', 'report', '-o', 'kam.con')).toEqual(['kam.config.yaml']);
  });
});

describe('kam completion zsh and fish', () => {
  it('zsh loads the same completion through bashcompinit', async () => {
    const r = await runKam(['completion', 'zsh']);
    expect(r.stdout).toMatch(/^# kam completion for zsh/);
    expect(r.stdout).toContain('autoload -U +X bashcompinit && bashcompinit');
    expect(r.stdout).toContain('complete -o default -F _kam kam');
  });

  it('fish gets one complete line per command, option and value list', async () => {
    const r = await runKam(['completion', 'fish']);
    const lines = r.stdout.split('\n');
    expect(lines).toContain("complete -c kam -n '__fish_use_subcommand' -a score -d 'score accounts: attractiveness, strength, quadrant, positioning, relationship, opportunities'");
    expect(lines).toContain("complete -c kam -n '__fish_seen_subcommand_from score' -s f -l format -x -a 'table json jsonl markdown csv html' -d 'output format'");
    expect(lines).toContain("complete -c kam -n '__fish_seen_subcommand_from show' -a '(kam list --format ids 2>/dev/null)'");
    expect(lines).toContain("complete -c kam -n '__fish_seen_subcommand_from score' -s c -l config -r -F -d 'config file (default: nearest kam.config.yaml)'");
  });

  it('an unknown shell is bad usage', async () => {
    const r = await runKam(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tcsh');
  });
});

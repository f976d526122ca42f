// `kam completion`: the bash script is loaded into a real bash and asked for
// completions the way bash asks (COMP_WORDS, COMP_CWORD, then the function).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPty } from '../helpers/pty.js';
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
    expect(complete('kam', 'score', '--where', 'rev')).toEqual([]); // free text: nothing invented
    expect(complete('kam', 'history', '--health', '')).toEqual(['at-risk', 'watch', 'healthy', 'unknown']);
    expect(complete('kam', 'show', '--health', 'w')).toEqual(['watch']);
  });

  it('completes account ids for kam show, and files for paths', () => {
    expect(complete('kam', 'show', 'nord')).toEqual(['nordlys-energy']);
    expect(complete('kam', 'show', '')).toHaveLength(13);
    expect(complete('kam', 'score', 'acc')).toEqual(['accounts']);
    expect(complete('kam', 'report', '-o', 'kam.con')).toEqual(['kam.config.yaml']);
  });
});

describe('values from the account files', () => {
  /** Runs a command line in bash, as if the completed word had been typed into it. */
  const shell = (line: string, cwd = EXAMPLES) => spawnSync('bash', ['--norc', '--noprofile', '-c', line], {
    cwd, encoding: 'utf8', env: { PATH: `${dir.path}:${process.env.PATH ?? ''}`, HOME: dir.path },
  });

  it('managers, tags and industries of examples/accounts, a name with spaces as one escaped word', () => {
    expect(complete('kam', 'score', '--manager', '')).toEqual(['Dana\\ Reyes', 'Marco\\ Bianchi', 'Priya\\ Nair']);
    expect(complete('kam', 'score', '--manager', 'Da')).toEqual(['Dana\\ Reyes']);
    expect(complete('kam', 'check', '--manager', 'Dana\\ R')).toEqual(['Dana\\ Reyes']); // typed with the backslash
    expect(complete('kam', 'report', '--manager', '"Pri')).toEqual(['Priya Nair']); // inside quotes: as it is
    expect(complete('kam', 'check', '--tag', 'e')).toEqual(['emea', 'energy', 'ev']);
    expect(complete('kam', 'list', '--industry', 'P')).toEqual(['Pharmaceuticals', 'Public\\ sector', 'Pulp\\ \\&\\ paper']);
    expect(complete('kam', 'history', '--industry', 'x')).toEqual([]);
  });

  it('the completed word, typed into bash, is the value again', () => {
    for (const [option, typed, ids] of [
      ['--manager', 'Pri', 'kestrel-aerospace meridian-pharma orbit-retail solano-water'],
      ['--industry', 'Pul', 'fjord-paper'],
      ['--industry', 'Food', 'greenleaf-foods'],
    ] as const) {
      const [word] = complete('kam', 'list', option, typed);
      const r = shell(`kam list --format ids ${option} ${word}`);
      expect(r.stderr, word).toBe('');
      expect(r.stdout.trim().split('\n').join(' ')).toBe(ids);
    }
  });

  it('in an interactive bash on a terminal, Tab completes a name with spaces, escaped or inside quotes', async () => {
    writeFileSync(join(dir.path, 'bashrc'), `PS1='ready> '\nsource '${script}'\n`);
    const bash = inPty(['bash', '--rcfile', join(dir.path, 'bashrc'), '--noprofile', '-i'], EXAMPLES, {
      PATH: `${dir.path}:${process.env.PATH ?? ''}`, HOME: dir.path, INPUTRC: '/dev/null',
    });
    await bash.waitFor('ready> ');
    bash.type('kam list --format ids --manager Pri\t');
    await bash.waitFor('--manager Priya\\ Nair');
    bash.type('\r');
    await bash.waitFor('solano-water');
    expect(bash.output()).toMatch(/kestrel-aerospace\n+meridian-pharma\n+orbit-retail\n+solano-water/);
    bash.type('kam list --format ids --industry "Pulp\t');
    await bash.waitFor('--industry "Pulp & paper"');
    bash.type('\r');
    await bash.waitFor('fjord-paper');
    bash.type('exit\r');
    expect(await bash.exit).toBe(0);
  });

  it('a value that looks like shell code is never run, and comes back as written', () => {
    const hostile = tempDir('kam-completion-hostile-');
    try {
      mkdirSync(join(hostile.path, 'accounts'));
      writeFileSync(join(hostile.path, 'accounts', 'x.yaml'), `id: x\nname: X\nmanager: '$(touch pwned) \`touch pwned2\`'\ntags: ["it's", "two\\nlines"]\n`);
      const program = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _kam; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const ask = (...words: string[]) => spawnSync('bash', ['--norc', '--noprofile', '-c', program, 'bash', script, ...words], {
        cwd: hostile.path, encoding: 'utf8', env: { PATH: `${dir.path}:${process.env.PATH ?? ''}`, HOME: dir.path },
      }).stdout.split('\n').filter((l) => l !== '');
      const [manager] = ask('kam', 'score', '--manager', '$');
      expect(manager).toBe('\\$\\(touch\\ pwned\\)\\ \\`touch\\ pwned2\\`');
      expect(ask('kam', 'score', '--tag', '')).toEqual(["it\\'s"]); // the tag with a line break cannot be one word: left out
      expect(existsSync(join(hostile.path, 'pwned')) || existsSync(join(hostile.path, 'pwned2'))).toBe(false);
      const back = shell(`kam list --format ids --manager ${manager}`, hostile.path);
      expect(back.stdout).toBe('x\n');
      expect(existsSync(join(hostile.path, 'pwned')) || existsSync(join(hostile.path, 'pwned2'))).toBe(false);
    } finally {
      hostile.remove();
    }
  });

  it('kam list --values: each value once, sorted; not in the help', async () => {
    const r = await runKam(['list', '--values', 'tag', '--in', 'examples/accounts']);
    expect(r.stdout).toBe(['automotive', 'chemicals', 'dach', 'emea', 'energy', 'ev', 'flagship', 'food', 'nordics', 'pharma', 'prospect', 'regulated', 'uk'].map((t) => `${t}\n`).join(''));
    expect((await runKam(['list', '--help'])).stdout).not.toContain('--values');
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
    expect(lines).toContain("complete -c kam -n '__fish_seen_subcommand_from history' -l manager -x -a '(kam list --values manager 2>/dev/null)' -d 'only accounts of this manager (repeatable)'");
    expect(lines).toContain("complete -c kam -n '__fish_seen_subcommand_from check' -l health -x -a 'at-risk watch healthy unknown' -d 'only accounts with this health: at-risk, watch, healthy, unknown (repeatable)'");
    expect(lines).toContain("complete -c kam -n '__fish_seen_subcommand_from score' -s c -l config -r -F -d 'config file (default: nearest kam.config.yaml)'");
  });

  it('an unknown shell is bad usage', async () => {
    const r = await runKam(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tcsh');
  });
});

// Inputs arrive as INPUT_<NAME> variables (the name upper-cased, hyphens kept).
const input = (env, name) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
const words = (text) => text.split(/\s+/).filter(Boolean);

/** The `kam check` arguments for the action's inputs. */
export function actionArguments(env) {
  const args = ['check', ...words(input(env, 'paths')), '--format', 'github'];
  for (const format of words(input(env, 'formats'))) args.push('--format', format);
  for (const [name, option] of [['max-warnings', '--max-warnings'], ['config', '--config'], ['as-of', '--as-of'], ['baseline', '--baseline']]) {
    const value = input(env, name);
    if (value) args.push(option, value);
  }
  return args;
}

/** The `kam check` arguments for the action's inputs (INPUT_* variables). */
export function actionArguments(env: Record<string, string | undefined>): string[];

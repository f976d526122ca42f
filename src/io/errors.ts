/** A problem that stops the command before it can do its job: exit 2 (SPEC 7). */
export class UsageError extends Error {}

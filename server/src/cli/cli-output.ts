/** Where a command writes; tests pass their own to read what an operator would see. */
export type CliOutput = { out(text: string): void; err(text: string): void };

export const stdio: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

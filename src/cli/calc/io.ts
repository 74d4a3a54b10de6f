import { AppError } from '../../core/errors';

/** Exit code for bad input to a calculator or command. */
export const EXIT_BAD_INPUT = 2;

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseJsonInput(text: string): unknown {
  if (!text.trim()) throw new AppError('calc.input_missing', 400, 'expected a JSON document on standard input');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError('calc.input_not_json', 400, `standard input is not valid JSON: ${(e as Error).message}`);
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Runs a calculator action: prints JSON on success; on bad input (AppError 4xx, RangeError,
 * zod errors turned into AppError by the calculator) prints `error: …` on stderr and exits 2.
 */
export async function runCalc(action: () => Promise<unknown> | unknown): Promise<void> {
  try {
    writeJson(await action());
  } catch (e) {
    if ((e instanceof AppError && e.status < 500) || e instanceof RangeError) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    throw e;
  }
}

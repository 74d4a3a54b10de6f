import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { AppError } from '../core/errors';
import { registerCalc } from './calc';
import { EXIT_BAD_INPUT } from './calc/io';
import { registerDbCommands } from './db';
import { registerAdminCommands } from './admin';
import { registerDemoCommands } from './demo';
import { registerServeCommands } from './serve';
import { registerRegistryCommands } from './registry';
import { registerOrdersCommands } from '../modules/orders';

const program = new Command();
program
  .name('lingkar')
  .description('Lingkar — Kemitraan Inklusif Closed Loop platform (server, database, administration, calculators)')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerServeCommands(program);
registerDbCommands(program);
registerAdminCommands(program);
registerDemoCommands(program);
registerCalc(program);
registerRegistryCommands(program);
registerOrdersCommands(program);

function applyExitOverride(cmd: Command) {
  cmd.exitOverride();
  for (const c of cmd.commands) applyExitOverride(c);
}
applyExitOverride(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // help and version exit 0; usage errors exit 2
    process.exitCode = e.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
  } else if (e instanceof ConfigError) {
    console.error(e.message);
    process.exitCode = EXIT_BAD_INPUT;
  } else if (e instanceof AppError && e.status < 500) {
    console.error(`error: ${e.message}`);
    process.exitCode = EXIT_BAD_INPUT;
  } else {
    console.error(e);
    process.exitCode = 1;
  }
}

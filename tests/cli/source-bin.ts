/** The CLI run straight from its TypeScript source (node --import tsx), for tests that need a real process. */
import { main } from '../../cli/main.js';

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

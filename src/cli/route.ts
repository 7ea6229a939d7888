/**
 * `npm run --silent route -- --jsonl` answers one JSON line per input line (the route contract);
 * `npm run route -- --explain "jeg har mistet mit pas"` prints the whole decision for a person;
 * without a question it asks for one question after another. The command is route-command.ts.
 */
import { runRoute } from './route-command.js';

runRoute(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    console.error(e.message);
    process.exitCode = 1;
  },
);

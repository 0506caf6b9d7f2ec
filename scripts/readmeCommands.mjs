// Prints one of the two commands of the README's Quick start (its first fenced code block):
// `demo` (the first) or `test` (the second). CI runs exactly what a new user is told to run.
import { readFileSync } from 'node:fs';

const which = process.argv[2];
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.split(/^## Quick start\s*$/m)[1];
const block = section?.match(/```[a-z]*\n([\s\S]*?)```/)?.[1];
const commands = (block ?? '')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
if (commands.length !== 2 || !['demo', 'test'].includes(which)) {
  console.error(`README Quick start must hold exactly two commands; found ${commands.length}`);
  process.exit(1);
}
console.log(which === 'demo' ? commands[0] : commands[1]);

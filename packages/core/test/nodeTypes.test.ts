// Core's types must compile in a Node project without the DOM lib (lib ES2022 + @types/node), the
// setup of most Node TypeScript users: DOM-only names such as `RequestInfo` or `HeadersInit` are not
// globals there, and would break the published .d.ts (found by packages/packaging's node16 fixture).
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const entry = (name: string) => fileURLToPath(new URL(`../src/${name}.ts`, import.meta.url));

test('core compiles with lib ES2022 + @types/node and no DOM lib: no DOM-only type names', () => {
  const program = ts.createProgram([entry('index'), entry('proxy')], {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  expect(errors).toEqual([]);
}, 60_000);

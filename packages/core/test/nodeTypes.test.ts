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

test('the published .d.ts compiles for an ES5 target with skipLibCheck off: no `#private` members (TS18028)', () => {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const program = ts.createProgram([`${dist}index.d.ts`, `${dist}proxy.d.ts`], {
    target: ts.ScriptTarget.ES5,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    ignoreDeprecations: '6.0',
  });
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(dist))
    .map(
      (d) => `${d.file?.fileName ?? ''}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
  expect(errors).toEqual([]);
}, 60_000);

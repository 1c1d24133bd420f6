import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ArchbookError } from '../errors.ts';
import { makeTemporaryFolder } from '../files/temporary-folder.ts';
import { diagramHints } from './catalog.ts';
import { parsePipeReply } from './pipe-reply.ts';

/**
 * Proves that the sandbox is in effect before any content is rendered: renders a diagram that includes a
 * file outside every allow-list and requires that to fail. A profile set after `-jar`, or misspelt, falls
 * back to LEGACY silently and would let the include through; then the build stops here.
 * @param request - sends one diagram to the freshly started JVM and returns the raw reply
 * @throws ArchbookError `DiagramSandboxInactive` when the include was read
 */
export async function checkSandbox(request: (text: string) => Promise<Buffer | string>): Promise<void> {
  const dir = makeTemporaryFolder('archbook-canary-');
  const marker = `canary${randomBytes(8).toString('hex')}`;
  const file = path.join(dir.path, 'outside.iuml');
  writeFileSync(file, `Alice -> Bob : ${marker}\n`);
  try {
    const reply = await request(`@startuml\n!include ${file}\n@enduml\n`);
    const parsed = parsePipeReply(reply);
    if (parsed.ok || reply.toString().includes(marker)) {
      throw new ArchbookError(
        'DiagramSandboxInactive',
        'PlantUML read a file outside the allow-list at start-up; its security profile is not in effect',
        diagramHints.DiagramSandboxInactive,
      );
    }
  } finally {
    dir.remove();
  }
}

import { makeTemporaryFolder } from '../../scripts/files/temporary-folder.ts';

/**
 * A new folder in the system's temporary folder for a test to write in, removed when the test file's
 * process ends (node's runner gives each test file a process), so that a run of `npm test` leaves nothing
 * in /tmp, however its tests end.
 * @param prefix - the start of the folder's name, e.g. `archbook-links-`
 */
export function temporaryFolder(prefix: string): string {
  return makeTemporaryFolder(prefix).path;
}

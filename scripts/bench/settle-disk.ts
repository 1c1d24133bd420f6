import { execFileSync } from 'node:child_process';
import { setTimeout } from 'node:timers/promises';

/**
 * How long ext4 without a journal (this machine's disk) skips a freed inode when it allocates one: 5 s
 * once the inode's table block is written back, 5 min while it is not (`recently_deleted()` in the
 * kernel's fs/ext4/ialloc.c). Every file or folder created meanwhile scans past them.
 */
const recentlyDeletedWindowMs = 5_500;

/**
 * Writes the disk's dirty blocks back and waits out the window above, so that a measured build does not
 * pay for files deleted just before it by someone else: the bench's own cleanup of the last round
 * (about 20,000 files) or the other side's output. A `perf` profile of a cold build made right after such a
 * cleanup spent 6.5 s of CPU in `mkdir` and `open` on Astro's I/O threads (`recently_deleted` and the inode
 * table lookups under it), 1.3 s when the cleanup was 30 s and a `sync` older. A build still pays for what
 * it deletes itself: Astro empties bare Starlight's output folder when its build starts.
 */
export async function settleDisk(): Promise<void> {
  execFileSync('sync');
  await setTimeout(recentlyDeletedWindowMs);
}

import { readlinkSync } from 'node:fs';
import path from 'node:path';
import { getPriority, setPriority } from 'node:os';

/**
 * Lowers the scheduling priority of a process to `niceness`, unless it runs lower already (a build started
 * with `nice -n 19` keeps its 19). On Linux the niceness belongs to a thread, and `pid` names the process's
 * first thread; threads started after this inherit it. A priority is a preference: where the system refuses
 * it, the process runs as it would have.
 */
export function lowerPriority(pid: number, niceness: number): void {
  try {
    if (getPriority(pid) < niceness) setPriority(pid, niceness);
  } catch (error) {
    // Not permitted, or the process is gone already: it takes its normal share.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_SYSTEM_ERROR') throw error;
  }
}

/**
 * Lowers the priority of the calling thread alone, where the system names threads (Linux's
 * `/proc/thread-self`); elsewhere it does nothing, since lowering the process would lower every thread.
 */
export function lowerThisThreadPriority(niceness: number): void {
  let thread: number;
  try {
    thread = Number(path.basename(readlinkSync('/proc/thread-self')));
  } catch {
    return;
  }
  if (Number.isInteger(thread) && thread > 0) lowerPriority(thread, niceness);
}

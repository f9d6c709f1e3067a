/**
 * Copies the vote database's write-ahead log back into the database file, on its own thread and
 * its own connection, so the request thread never waits for a checkpoint. A passive checkpoint
 * never blocks a commit; the next commit after a complete one starts the log over.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

const { path, everyMs } = workerData as { path: string; everyMs: number };
const db = new DatabaseSync(path);
db.exec('PRAGMA busy_timeout = 5000');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => {
  try {
    checkpoint.get();
  } catch {
    // Busy or locked: the next tick tries again; the log is still durable meanwhile.
  }
}, everyMs);
parentPort?.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort?.close();
});

/**
 * One slow client for bench/slow-clients.ts: `node bench/lib/slow-client.ts <port> <from> <sockets>
 * <seconds> <reopen-ms>`. From one local address it keeps up to `sockets` connections open on the
 * server, each with a request that never finishes (half unfinished headers, half unfinished vote
 * bodies, a byte every 15 s so none is silent), and opens a new one `reopen-ms` after the
 * server closed one. A process holds at most as many sockets as its file limit allows, so the
 * bench runs several. Prints one JSON line of counts when the time is up.
 */
import { connect, type Socket } from 'node:net';

const [portArg, from = '127.0.0.2', socketsArg = '10000', secondsArg = '20', reopenArg = '5000'] =
  process.argv.slice(2);
const port = Number(portArg);
const wanted = Number(socketsArg);
const deadline = performance.now() + Number(secondsArg) * 1000;
/** A slot whose connection was closed waits this long before it connects again. */
const REOPEN_MS = Number(reopenArg);

/** How often a held connection gets one more byte, as slowloris sends its next header line. */
const TRICKLE_MS = 15_000;
/** Connections being set up at once; more only queue in the kernel. */
const CONNECTING_AT_ONCE = 256;

const counts: Record<string, number> = {
  opened: 0,
  failedToConnect: 0,
  /** Most connections this process had open at one sampling. */
  peakOpen: 0,
};
/** Connections the server closed, by the status it answered first (`closedSilently`: none). */
const closedBy = (said: string): string => {
  const status = /^HTTP\/1\.1 (\d{3})/.exec(said)?.[1];
  return status ? `closedWith${status}` : 'closedSilently';
};
const open = new Set<Socket>();
let connecting = 0;

function openOne(slot: number): void {
  if (performance.now() > deadline) return;
  if (connecting >= CONNECTING_AT_ONCE) {
    setTimeout(() => openOne(slot), 10);
    return;
  }
  connecting++;
  let said = '';
  let trickle: NodeJS.Timeout | undefined;
  const socket = connect({ port, host: '127.0.0.1', localAddress: from });
  socket.setEncoding('latin1');
  socket.on('connect', () => {
    connecting--;
    counts['opened']!++;
    open.add(socket);
    socket.write(
      slot % 2 === 0
        ? 'GET / HTTP/1.1\r\nHost: bench\r\nX-Slow: '
        : 'POST /api/votes HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{',
    );
    trickle = setInterval(() => socket.write('a'), TRICKLE_MS);
  });
  socket.on('data', (chunk: string) => {
    if (said.length < 64) said += chunk;
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    clearInterval(trickle);
    if (open.delete(socket)) {
      const kind = closedBy(said);
      counts[kind] = (counts[kind] ?? 0) + 1;
    } else {
      connecting--;
      counts['failedToConnect']!++;
    }
    setTimeout(() => openOne(slot), REOPEN_MS);
  });
}

for (let slot = 0; slot < wanted; slot++) openOne(slot);
const sampler = setInterval(() => {
  counts['peakOpen'] = Math.max(counts['peakOpen'] ?? 0, open.size);
}, 250);
await new Promise((done) => setTimeout(done, Math.max(0, deadline - performance.now())));
clearInterval(sampler);
for (const socket of open) socket.destroy();
console.log(JSON.stringify(counts));
process.exit(0);

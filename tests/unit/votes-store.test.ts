/**
 * Both vote stores meet one contract: the embedded node:sqlite store, and the D1 store on
 * wrangler's local D1 (workerd, offline, nothing persisted).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { getPlatformProxy } from 'wrangler';
import { applyD1Migrations, d1Store, type D1Like } from '../../src/server/stores/d1.ts';
import { openSqliteStore } from '../../src/server/stores/sqlite.ts';
import { readMigrations } from '../../src/server/migrations-folder.ts';
import { voteStoreContract } from './support/vote-store-contract.ts';

voteStoreContract('node:sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vote-store-'));
  const path = join(dir, 'votes.sqlite');
  const store = openSqliteStore(path);
  const raw = new DatabaseSync(path);
  return {
    store,
    sql: async (statement, ...params) => {
      raw.prepare(statement).run(...(params as string[]));
    },
    dispose: async () => {
      raw.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

voteStoreContract('Cloudflare D1 (local)', async () => {
  // No telemetry, no Request.cf lookup: the test stays on this machine.
  process.env['WRANGLER_SEND_METRICS'] = 'false';
  process.env['CLOUDFLARE_CF_FETCH_ENABLED'] = 'false';
  const proxy = await getPlatformProxy<{ DB: D1Like }>({
    configPath: 'wrangler.jsonc',
    persist: false,
    remoteBindings: false,
    envFiles: [],
  });
  const db = proxy.env.DB;
  await applyD1Migrations(db, readMigrations());
  return {
    store: d1Store(db),
    sql: async (statement, ...params) => {
      await db
        .prepare(statement)
        .bind(...params)
        .run();
    },
    dispose: () => proxy.dispose(),
  };
});

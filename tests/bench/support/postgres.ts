/**
 * A throwaway PostgreSQL cluster for the server bench. Unlike the tests' cluster it keeps fsync
 * on: only synchronous_commit is off, the same promise as SQLite's WAL with synchronous=NORMAL
 * (a crash of the machine may lose the last commits, never corrupt), so the two stores compare
 * like with like.
 */
import { type Cluster, startCluster } from '../../server/support/postgres-cluster';

export type BenchPostgres = Cluster;

export function startPostgres(): Promise<BenchPostgres> {
  return startCluster({ who: 'server bench', durable: true, maxConnections: 100 });
}

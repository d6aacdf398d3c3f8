/**
 * Vitest globalSetup for the server tests: a throwaway PostgreSQL cluster (see
 * postgres-cluster.ts) handed to the tests as `inject('postgresUrl')` (the `postgres` database,
 * as superuser; each test file makes its own database from it). Removed at the end.
 *
 * TEST_DATABASE_URL=postgres://… uses an existing server instead (it must allow CREATE DATABASE).
 * As root, PostgreSQL is installed with apt-get when missing; otherwise the error names the command.
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL for the test cluster's `postgres` database. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('postgresUrl', external);
    return;
  }
  const cluster = await startCluster({
    who: 'server tests',
    durable: false,
    maxConnections: 200,
    installAsRoot: true,
  });
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

import { STAFF } from '../e2e/harness';
import { sharedBySuite } from '../e2e/scenarios';
import { enginesFromEnv, startCluster } from './cluster';

/** Starting a cluster compiles and starts seven or more processes one by one, on two cores. */
const CLUSTER_START_MS = 180_000;

/**
 * The cluster a describe block shares, on the engines the distributed suite's global set-up
 * provisioned, with the test staff account: started before its first test, stopped after its last.
 */
export function clusterForSuite(options: Omit<Parameters<typeof startCluster>[1], 'staff'> = {}) {
  return sharedBySuite(() => startCluster(enginesFromEnv(), { ...options, staff: STAFF }), (cluster) => cluster.stop(), CLUSTER_START_MS);
}

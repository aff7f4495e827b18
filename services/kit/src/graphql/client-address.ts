import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const ADDRESS = 'x-cb-client-address';
const PROOF = 'x-cb-client-proof';

/**
 * Proofs computed so far, by key and address: the gateway signs and every subgraph checks the
 * same address on every request of a client (an HMAC each time was ~2% of the embedded profile's
 * time, bench/results/gateway.md). Bounded: emptied when it reaches PROOFS_KEPT entries.
 */
const proofs = new Map<string, string>();
const PROOFS_KEPT = 10_000;

function proofOf(address: string, internalKey: string): string {
  const key = `${internalKey}\u0000${address}`;
  let proof = proofs.get(key);
  if (proof === undefined) {
    proof = createHmac('sha256', internalKey).update(`client-address:${address}`).digest('base64url');
    if (proofs.size >= PROOFS_KEPT) proofs.clear();
    proofs.set(key, proof);
  }
  return proof;
}

/**
 * The gateway tells subgraphs who the client is (per-client-address rate limits), with an HMAC
 * under the internal key: a client that sends these headers itself cannot produce the proof, so it
 * cannot spoof the address or spread its requests over made-up ones. The gateway sets both headers
 * on every subgraph request, replacing whatever the client sent.
 */
export function clientAddressHeaders(address: string, internalKey: string): Record<string, string> {
  return { [ADDRESS]: address, [PROOF]: proofOf(address, internalKey) };
}

/** The client address the gateway vouched for; else the caller's own socket address. */
export function clientAddressFrom(headers: IncomingHttpHeaders, socketAddress: string | undefined, internalKey: string): string | undefined {
  const address = headers[ADDRESS];
  const proof = headers[PROOF];
  if (typeof address === 'string' && typeof proof === 'string') {
    const expected = Buffer.from(proofOf(address, internalKey));
    const given = Buffer.from(proof);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return address;
  }
  return socketAddress;
}

// Who the client is, from facts it cannot forge. The TCP peer's address is the only fact; X-Forwarded-For is
// believed only as far as it was written by proxies listed in TRUSTED_PROXIES (addresses or CIDR ranges,
// comma-separated). No "server-only": the app server (scripts/serve.ts) uses it before Next.js sees the request.
import { BlockList, isIP } from "node:net";

export type TrustedProxies = { check(address: string): boolean; readonly configured: boolean };

function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  // IPv4 written as an IPv4-mapped IPv6 address (how Node reports IPv4 peers on a dual-stack socket).
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/** Parses TRUSTED_PROXIES ("10.0.0.0/8, 192.168.1.5, ::1"). Throws on an entry that is not an address or range. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  let configured = false;
  for (const entry of (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split("/") as [string, string | undefined];
    const ip = normalise(address);
    const family = isIP(ip);
    if (family === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(ip, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128))
        throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
      list.addSubnet(ip, prefix, type);
    }
    configured = true;
  }
  return {
    configured,
    check(address: string) {
      const ip = normalise(address);
      const family = isIP(ip);
      return family !== 0 && list.check(ip, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy, in which case X-Forwarded-For is read
 * from the right (the entry the nearest proxy appended) past every trusted proxy. Entries to the left of the
 * first untrusted one were written by the client and are ignored.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  let client = normalise(peer ?? "");
  if (!client) return "unknown";
  if (!trusted.check(client) || !forwardedFor) return client;
  const hops = forwardedFor.split(",").map(normalise).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return client; // garbage in the chain: stop at the last address we could believe
    client = hop;
    if (!trusted.check(hop)) return hop;
  }
  return client;
}

import "server-only";
// The registered host systems: read once from LAUNCH_HOSTS_FILE (JSON, { "hosts": [...] }, see README "Opening
// from a host system") and validated; a bad file stops the launch with the problem logged, never a guess. Each
// host's public keys come from its JWKS URL (fetched and cached by jose, refetched when an unknown key id
// arrives) or are given in the file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { z } from "zod";
import { launchHostsFileSchema, type LaunchHost } from "@/lib/domain/launch/launch-token";
import { serverEnv } from "@/lib/server/config/env";

let cachedHosts: { file: string | undefined; hosts: readonly LaunchHost[] } | undefined;
const keySets = new Map<string, JWTVerifyGetKey>();

/** Parses a hosts file's text; throws with the problem named. */
export function parseLaunchHosts(text: string): LaunchHost[] {
  const parsed = launchHostsFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`Invalid launch hosts file: ${z.prettifyError(parsed.error)}`);
  return parsed.data.hosts;
}

export function registeredLaunchHosts(): readonly LaunchHost[] {
  const file = serverEnv().LAUNCH_HOSTS_FILE;
  if (cachedHosts && cachedHosts.file === file) return cachedHosts.hosts;
  const hosts = file ? parseLaunchHosts(readFileSync(path.resolve(file), "utf8")) : [];
  cachedHosts = { file, hosts };
  keySets.clear();
  return cachedHosts.hosts;
}

export function launchKeySet(host: LaunchHost): JWTVerifyGetKey {
  let keySet = keySets.get(host.issuer);
  if (!keySet) {
    keySet = host.jwks
      ? createLocalJWKSet(host.jwks as unknown as JSONWebKeySet)
      : createRemoteJWKSet(new URL(host.jwksUri!), { timeoutDuration: 3_000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
    keySets.set(host.issuer, keySet);
  }
  return keySet;
}

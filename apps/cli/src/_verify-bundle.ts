import { basename } from 'node:path';
import { BUNDLE_FORMAT, FairdrawError, parseBundle, verifyBundle } from '@fairdraw/core';
import type { CommandContext } from './_command.ts';
import { bundleAccepted, bundleReport } from './_bundle-report.ts';
import { exitCodes } from './_exit-codes.ts';
import { formatOf } from './_files.ts';
import { parseLang } from './_lang.ts';
import { readGivenKey } from './_public-key.ts';
import { UsageError } from './_usage-error.ts';

/**
 * `fairdraw verify bundle.json`: every check of trust-spec §8.2, offline, as a report (or
 * JSON). Exit 0 only when every check holds and the seed is verifiable (or accepted as
 * unverifiable with --allow-unverifiable-seed), else 1; a malformed bundle is exit 3.
 */
export async function verifyBundleFile(context: CommandContext, path: string, json: unknown): Promise<number> {
  const { values, flags, io } = context;
  const format = formatOf(json);
  if (format !== BUNDLE_FORMAT) {
    throw new FairdrawError('UNSUPPORTED_ALGORITHM', `${basename(path)} is a ${format} file; this fairdraw reads ${BUNDLE_FORMAT} bundles`);
  }
  const lang = parseLang(values.lang);
  const marginSeconds = parseMargin(values.margin);
  const bundle = parseBundle(json, basename(path));
  const givenKey = values['public-key'] === undefined ? undefined : await readGivenKey(values['public-key']);
  const result = verifyBundle(bundle, { ...(marginSeconds === undefined ? {} : { marginSeconds }), ...(givenKey ? { publicKey: givenKey.hex } : {}) });
  const allowUnverifiableSeed = flags['allow-unverifiable-seed'] === true;
  const accepted = bundleAccepted(result, allowUnverifiableSeed);
  if (flags.json) {
    const ledgerKey = { publicKey: givenKey?.hex ?? bundle.ledger.publicKey, from: givenKey ? givenKey.from : 'bundle' };
    io.stdout(JSON.stringify({ accepted, ...result, ledgerKey }, null, 2) + '\n');
  } else {
    io.stdout(bundleReport({ file: path, bundle, result, lang, givenKey, allowUnverifiableSeed }));
  }
  return accepted ? exitCodes.ok : exitCodes.mismatch;
}

/** --margin: whole seconds, 0 or more. */
function parseMargin(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--margin must be a whole number of seconds, not "${value}"`);
  return Number(value);
}

import type { Context } from 'hono';
import { z } from 'zod';
import { parseWith } from '@fairdraw/core';
import { ApiError } from './api-error.ts';

/** Parses the JSON body with `schema`; a body that is not JSON or does not fit is a 422 naming each field. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(422, 'INVALID_INPUT', 'the request body must be JSON (Content-Type: application/json)', [
      { source: 'request body', path: [], message: 'not valid JSON' },
    ]);
  }
  return parseWith(schema, body, { source: 'request body' });
}

/** Parses a path or query parameter, naming it when it is wrong. */
export function readParam<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  return parseWith(schema, value, { source: name, path: [name] });
}

/** A positive integer id from the path. */
export const Id = z.coerce.number().int().min(1);

/** Why a draw is cancelled: one line, as the ledger entry and the replacing commitment carry it (trust-spec §3.1). */
export const CancelReason = z
  .string()
  .trim()
  .min(1, { error: 'give a reason' })
  .max(500, { error: 'must be at most 500 characters' })
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: 'must be one line without control characters (tabs, line breaks)' });

/** A reason people can read in the audit log and on the portal. */
export const Reason = z.string().trim().min(1, { error: 'give a reason' }).max(1000);

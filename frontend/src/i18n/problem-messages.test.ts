import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '@/lib/api/problem';
import { enProblems } from './locales/en';
import { viProblems } from './locales/vi';
import clientTypes from '@/lib/api/schema.d.ts?raw';

// The compiler holds the catalogue to the contract too: a code the contract adds and the
// messages lack does not build.
const covered: Record<ProblemCode, string> = viProblems;

/**
 * The Problem schema's list of codes, read from the client types generated from openapi.yaml
 * (bin/test checks they are up to date with it): the contract's codes.
 */
function contractCodes(): string[] {
  const problem = clientTypes.slice(clientTypes.indexOf('\n        Problem: {'));
  const code = /\n\s+code\?: ([^;]+);/.exec(problem);
  return code ? [...code[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [];
}

describe('problem messages', () => {
  it('have a Vietnamese and an English message for every code the contract lists', () => {
    const codes = contractCodes();
    expect(codes.length).toBeGreaterThan(80);
    expect(codes.filter((code) => !(code in viProblems))).toEqual([]);
    expect(codes.filter((code) => !(code in enProblems))).toEqual([]);
    expect(Object.keys(covered).length).toBeGreaterThanOrEqual(codes.length);
  });
});

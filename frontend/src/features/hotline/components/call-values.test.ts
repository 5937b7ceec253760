import { describe, expect, it } from 'vitest';
import { emptyCall, fieldOfPath, toTicketRequest } from './call-values';

describe('call form values', () => {
  it('sends an anonymous caller without name or number, and the age as a number', () => {
    const values = { ...emptyCall('line-1'), anonymous: true, callerName: 'Mai', callerPhone: '0912345678', concernedAge: '16', concernedCountry: 'cn' };
    const body = toTicketRequest(values, new Date('2026-11-24T10:00:00Z'), null);
    expect(body.caller).toEqual({ anonymous: true, name: undefined, phone: undefined, relation: undefined, placeCode: undefined });
    expect(body.concerned?.age).toBe(16);
    expect(body.concerned?.country).toBe('CN');
    expect(body.startedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(body.endedAt).toBeUndefined();
  });

  it('maps the API error paths to the form fields', () => {
    expect(fieldOfPath('caller.phone')).toBe('callerPhone');
    expect(fieldOfPath('categories[1]')).toBe('categories');
    expect(fieldOfPath('lineId')).toBe('lineId');
    expect(fieldOfPath('nothing')).toBeUndefined();
  });
});

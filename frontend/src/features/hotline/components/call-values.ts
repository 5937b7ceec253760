import type { CallerRelation, Channel, ConcernedSex, Direction, Ticket, TicketAction, TicketRequest, Urgency } from '../types';

/** A call as the form holds it: text for every input. */
export interface CallValues {
  lineId: string;
  channel: Channel;
  direction: Direction;
  anonymous: boolean;
  callerName: string;
  callerPhone: string;
  callerRelation: CallerRelation | '';
  callerPlace: string;
  concernedName: string;
  concernedSex: ConcernedSex | '';
  concernedAge: string;
  concernedPlace: string;
  concernedCountry: string;
  categories: string[];
  urgency: Urgency;
  summary: string;
  actions: TicketAction[];
}

/** The form's field for each path the API names in a problem's errors. */
export const FIELD_OF_PATH: Record<string, keyof CallValues> = {
  lineId: 'lineId',
  channel: 'channel',
  direction: 'direction',
  'caller.anonymous': 'anonymous',
  'caller.name': 'callerName',
  'caller.phone': 'callerPhone',
  'caller.relation': 'callerRelation',
  'caller.placeCode': 'callerPlace',
  'concerned.name': 'concernedName',
  'concerned.sex': 'concernedSex',
  'concerned.age': 'concernedAge',
  'concerned.placeCode': 'concernedPlace',
  'concerned.country': 'concernedCountry',
  categories: 'categories',
  summary: 'summary',
  urgency: 'urgency',
  actions: 'actions',
};

/** The form's field of an error path (`categories[1]` is the categories' field). */
export function fieldOfPath(path: string): keyof CallValues | undefined {
  return FIELD_OF_PATH[path] ?? FIELD_OF_PATH[path.replace(/\[\d+\]$/, '')];
}

export function emptyCall(lineId = ''): CallValues {
  return {
    lineId,
    channel: 'PHONE',
    direction: 'INBOUND',
    anonymous: false,
    callerName: '',
    callerPhone: '',
    callerRelation: '',
    callerPlace: '',
    concernedName: '',
    concernedSex: '',
    concernedAge: '',
    concernedPlace: '',
    concernedCountry: '',
    categories: [],
    urgency: 'NORMAL',
    summary: '',
    actions: [],
  };
}

export function valuesOf(ticket: Ticket): CallValues {
  return {
    lineId: ticket.line?.id ?? '',
    channel: ticket.channel ?? 'PHONE',
    direction: ticket.direction ?? 'INBOUND',
    anonymous: ticket.caller?.anonymous ?? false,
    callerName: ticket.caller?.name ?? '',
    callerPhone: ticket.caller?.phone ?? '',
    callerRelation: ticket.caller?.relation ?? '',
    callerPlace: ticket.caller?.placeCode ?? '',
    concernedName: ticket.concerned?.name ?? '',
    concernedSex: ticket.concerned?.sex ?? '',
    concernedAge: ticket.concerned?.age == null ? '' : String(ticket.concerned.age),
    concernedPlace: ticket.concerned?.placeCode ?? '',
    concernedCountry: ticket.concerned?.country ?? '',
    categories: [...(ticket.categories ?? [])],
    urgency: ticket.urgency ?? 'NORMAL',
    summary: ticket.summary ?? '',
    actions: [...(ticket.actions ?? [])],
  };
}

const blank = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The request for the API; an anonymous caller sends no name or number. */
export function toTicketRequest(values: CallValues, startedAt: Date, endedAt: Date | null): TicketRequest {
  const age = Number.parseInt(values.concernedAge, 10);
  return {
    lineId: values.lineId,
    channel: values.channel,
    direction: values.direction,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt ? endedAt.toISOString() : undefined,
    caller: {
      anonymous: values.anonymous,
      name: values.anonymous ? undefined : blank(values.callerName),
      phone: values.anonymous ? undefined : blank(values.callerPhone),
      relation: values.callerRelation || undefined,
      placeCode: blank(values.callerPlace),
    },
    concerned: {
      name: blank(values.concernedName),
      sex: values.concernedSex || undefined,
      age: Number.isFinite(age) ? age : undefined,
      placeCode: blank(values.concernedPlace),
      country: blank(values.concernedCountry)?.toUpperCase(),
    },
    categories: values.categories,
    summary: blank(values.summary),
    urgency: values.urgency,
    actions: values.actions,
  };
}

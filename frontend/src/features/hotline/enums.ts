import type { Complete } from '@/lib/enums';
import type {
  CallerRelation,
  CallbackStatus,
  Channel,
  ConcernedSex,
  Direction,
  FlagKind,
  HistoryType,
  Outcome,
  TicketAction,
  TicketStatus,
  Urgency,
} from './types';

// Each list fails to compile when the contract gains a value it (and so the translations) lacks.
const statuses = ['NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'ESCALATED', 'CLOSED'] as const;
export const TICKET_STATUSES: Complete<TicketStatus, typeof statuses> = statuses;
const urgencies = ['EMERGENCY', 'HIGH', 'NORMAL', 'LOW'] as const;
export const URGENCIES: Complete<Urgency, typeof urgencies> = urgencies;
const channels = ['PHONE', 'ZALO', 'FACEBOOK', 'SMS', 'EMAIL', 'WALK_IN'] as const;
export const CHANNELS: Complete<Channel, typeof channels> = channels;
const directions = ['INBOUND', 'OUTBOUND'] as const;
export const DIRECTIONS: Complete<Direction, typeof directions> = directions;
const relations = ['SELF', 'PARENT', 'OTHER_RELATIVE', 'SPOUSE_OR_PARTNER', 'FRIEND', 'NEIGHBOUR', 'TEACHER', 'OFFICIAL', 'NGO_WORKER', 'OTHER', 'UNKNOWN'] as const;
export const CALLER_RELATIONS: Complete<CallerRelation, typeof relations> = relations;
const sexes = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const;
export const SEXES: Complete<ConcernedSex, typeof sexes> = sexes;
const actions = ['COUNSELLING', 'ADVICE_GIVEN', 'INFORMATION_PROVIDED', 'REFERRED_TO_SERVICE', 'REPORTED_TO_POLICE', 'EMERGENCY_RESPONSE_CALLED', 'CALLBACK_SCHEDULED', 'INTAKE_OPENED'] as const;
export const ACTIONS: Complete<TicketAction, typeof actions> = actions;
const outcomes = ['ADVICE_GIVEN', 'REFERRED', 'CASE_OPENED', 'REPORTED_TO_POLICE', 'NO_ACTION_NEEDED', 'PRANK', 'SILENT_OR_DROPPED', 'WRONG_NUMBER'] as const;
export const OUTCOMES: Complete<Outcome, typeof outcomes> = outcomes;
const callbackStatuses = ['SCHEDULED', 'REACHED', 'NOT_REACHED', 'CANCELLED'] as const;
export const CALLBACK_STATUSES: Complete<CallbackStatus, typeof callbackStatuses> = callbackStatuses;
const flagKinds = ['AT_RISK', 'REPEATED_PRANK', 'ABUSIVE', 'INTERPRETER_NEEDED', 'KNOWN_VICTIM', 'DO_NOT_CALL_BACK'] as const;
export const FLAG_KINDS: Complete<FlagKind, typeof flagKinds> = flagKinds;
const historyTypes = ['CREATED', 'UPDATED', 'TRIAGED', 'ASSIGNED', 'STARTED', 'RESOLVED', 'ESCALATED', 'CLOSED', 'REOPENED', 'NOTE', 'CALLBACK_SCHEDULED', 'CALLBACK_DONE', 'CALLER_FLAGGED', 'DEIDENTIFIED'] as const;
export const HISTORY_TYPES: Complete<HistoryType, typeof historyTypes> = historyTypes;

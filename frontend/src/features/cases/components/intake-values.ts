import type { FieldError } from '@/lib/api/problem';
import { isFuture, localInputToIso, toLocalInput } from '@/lib/dates';
import type { CaseCategory, IdDocumentType, IntakeChannel, IntakeRequest, PersonRequest, Sex } from '../types';

/** A person as the form holds them: text for every input, lists as comma-separated text. */
export interface PersonValues {
  fullName: string;
  otherNames: string;
  sex: Sex;
  birthDate: string;
  estimatedAge: string;
  nationality: string;
  stateless: boolean;
  idDocumentType: IdDocumentType;
  idDocumentNumber: string;
  homePlaceCode: string;
  phone: string;
  languages: string;
  disabilities: string;
}

export interface IntakeValues {
  channel: IntakeChannel | '';
  handingOverOrganizationId: string;
  handoverDocumentNumber: string;
  /** datetime-local, the device's time zone. */
  receivedAt: string;
  placeFoundCode: string;
  placeFoundDescription: string;
  person: PersonValues;
  accompanyingChildren: PersonValues[];
  category: CaseCategory | '';
  narrative: string;
}

export const STEPS = ['handover', 'person', 'children', 'story', 'review'] as const;
export type Step = (typeof STEPS)[number];

export const PERSON_FIELDS = [
  'fullName',
  'otherNames',
  'sex',
  'birthDate',
  'estimatedAge',
  'nationality',
  'stateless',
  'idDocumentType',
  'idDocumentNumber',
  'homePlaceCode',
  'phone',
  'languages',
  'disabilities',
] as const satisfies readonly (keyof PersonValues)[];
export type PersonField = (typeof PERSON_FIELDS)[number];

export const HANDOVER_FIELDS = [
  'channel',
  'handingOverOrganizationId',
  'handoverDocumentNumber',
  'receivedAt',
  'placeFoundCode',
  'placeFoundDescription',
] as const;
export const STORY_FIELDS = ['category', 'narrative'] as const;

export function emptyPerson(): PersonValues {
  return {
    fullName: '',
    otherNames: '',
    sex: 'UNKNOWN',
    birthDate: '',
    estimatedAge: '',
    nationality: '',
    stateless: false,
    idDocumentType: 'NONE',
    idDocumentNumber: '',
    homePlaceCode: '',
    phone: '',
    languages: '',
    disabilities: '',
  };
}

export function emptyIntake(now = new Date()): IntakeValues {
  return {
    channel: '',
    handingOverOrganizationId: '',
    handoverDocumentNumber: '',
    receivedAt: toLocalInput(now),
    placeFoundCode: '',
    placeFoundDescription: '',
    person: emptyPerson(),
    accompanyingChildren: [],
    category: '',
    narrative: '',
  };
}

/** Every field path of the form, as the API names them (`person.fullName`, `accompanyingChildren[0].birthDate`). */
export function intakeFieldPaths(values: IntakeValues): string[] {
  return [
    ...HANDOVER_FIELDS,
    'person',
    ...PERSON_FIELDS.map((f) => `person.${f}`),
    'accompanyingChildren',
    ...values.accompanyingChildren.flatMap((_, i) => [
      `accompanyingChildren[${i}]`,
      ...PERSON_FIELDS.map((f) => `accompanyingChildren[${i}].${f}`),
    ]),
    ...STORY_FIELDS,
  ];
}

/** The step that shows a field, for an error the server names by its path. */
export function stepOfField(path: string): Step {
  const field = path.replace(/^[a-z]+\.request\./i, '');
  if (/(^|\.)person(\.|$)/.test(field)) return 'person';
  if (/(^|\.)accompanyingChildren(\[|\.|$)/.test(field)) return 'children';
  if ((STORY_FIELDS as readonly string[]).some((f) => field === f || field.endsWith(`.${f}`))) return 'story';
  return 'handover';
}

const blank = (value: string) => (value.trim() === '' ? undefined : value.trim());
const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function toPersonRequest(person: PersonValues): PersonRequest {
  const age = person.estimatedAge.trim();
  return {
    fullName: person.fullName.trim(),
    otherNames: list(person.otherNames),
    sex: person.sex,
    birthDate: blank(person.birthDate),
    estimatedAge: age === '' ? undefined : Number(age),
    nationality: blank(person.nationality)?.toUpperCase(),
    stateless: person.stateless,
    idDocumentType: person.idDocumentType,
    idDocumentNumber: person.idDocumentType === 'NONE' ? undefined : blank(person.idDocumentNumber),
    homePlaceCode: blank(person.homePlaceCode),
    phone: blank(person.phone),
    languages: list(person.languages).map((code) => code.toLowerCase()),
    disabilities: blank(person.disabilities),
  };
}

export function toIntakeRequest(values: IntakeValues): IntakeRequest {
  return {
    channel: values.channel as IntakeChannel,
    handingOverOrganizationId: blank(values.handingOverOrganizationId),
    handoverDocumentNumber: blank(values.handoverDocumentNumber),
    receivedAt: localInputToIso(values.receivedAt) ?? values.receivedAt,
    placeFoundCode: blank(values.placeFoundCode),
    placeFoundDescription: blank(values.placeFoundDescription),
    person: toPersonRequest(values.person),
    accompanyingChildren: values.accompanyingChildren.map(toPersonRequest),
    category: values.category as CaseCategory,
    narrative: blank(values.narrative),
  };
}

export interface ValidationMessages {
  required: string;
  birthOrAge: string;
  age: string;
  country: string;
  future: string;
}

function validatePerson(prefix: string, person: PersonValues, m: ValidationMessages): FieldError[] {
  const errors: FieldError[] = [];
  if (!person.fullName.trim()) errors.push({ field: `${prefix}.fullName`, message: m.required });
  const age = person.estimatedAge.trim();
  if (!person.birthDate && age === '') errors.push({ field: `${prefix}.birthDate`, message: m.birthOrAge });
  if (age !== '' && !(/^\d{1,3}$/.test(age) && Number(age) <= 120)) {
    errors.push({ field: `${prefix}.estimatedAge`, message: m.age });
  }
  if (person.birthDate && isFuture(`${person.birthDate}T00:00`)) {
    errors.push({ field: `${prefix}.birthDate`, message: m.future });
  }
  if (person.nationality.trim() && !/^[A-Za-z]{2}$/.test(person.nationality.trim())) {
    errors.push({ field: `${prefix}.nationality`, message: m.country });
  }
  return errors;
}

/** What the browser can check before sending, per step; the server checks everything again. */
export function validateStep(step: Step, values: IntakeValues, m: ValidationMessages): FieldError[] {
  switch (step) {
    case 'handover': {
      const errors: FieldError[] = [];
      if (!values.channel) errors.push({ field: 'channel', message: m.required });
      if (!values.receivedAt) errors.push({ field: 'receivedAt', message: m.required });
      else if (isFuture(values.receivedAt)) errors.push({ field: 'receivedAt', message: m.future });
      return errors;
    }
    case 'person':
      return validatePerson('person', values.person, m);
    case 'children':
      return values.accompanyingChildren.flatMap((child, i) => validatePerson(`accompanyingChildren[${i}]`, child, m));
    case 'story': {
      const errors: FieldError[] = [];
      if (!values.category) errors.push({ field: 'category', message: m.required });
      return errors;
    }
    case 'review':
      return [];
  }
}

export function validateAll(values: IntakeValues, m: ValidationMessages): FieldError[] {
  return STEPS.flatMap((step) => validateStep(step, values, m));
}

/** What another feature knows of a person to receive (a hotline ticket's prefill), all optional. */
export interface IntakePrefillInput {
  channel?: string;
  receivedAt?: string;
  placeFoundCode?: string;
  category?: string;
  narrative?: string;
  person?: { fullName?: string; sex?: string; estimatedAge?: number; phone?: string; homePlaceCode?: string };
}

const CHANNELS: readonly string[] = ['POLICE_HANDOVER', 'BORDER_GUARD_HANDOVER', 'HOTLINE', 'NGO', 'OUTREACH', 'SELF', 'REPATRIATION_FROM_ABROAD', 'OTHER'];
const CATEGORIES: readonly string[] = ['VICTIM', 'PRESUMED_VICTIM', 'AT_RISK', 'RETURNED_MIGRANT', 'PROSPECTIVE_MIGRANT_WORKER', 'RELATIVE'];
const SEXES: readonly string[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];

/** The intake form filled from a prefill; unknown codes are left for the worker to choose. */
export function intakeValuesFromPrefill(prefill: IntakePrefillInput, now = new Date()): IntakeValues {
  const empty = emptyIntake(now);
  const p = prefill.person ?? {};
  return {
    ...empty,
    channel: CHANNELS.includes(prefill.channel ?? '') ? (prefill.channel as IntakeChannel) : '',
    receivedAt: prefill.receivedAt ? toLocalInput(new Date(prefill.receivedAt)) : empty.receivedAt,
    placeFoundCode: prefill.placeFoundCode ?? '',
    category: CATEGORIES.includes(prefill.category ?? '') ? (prefill.category as CaseCategory) : '',
    narrative: prefill.narrative ?? '',
    person: {
      ...emptyPerson(),
      fullName: p.fullName ?? '',
      sex: SEXES.includes(p.sex ?? '') ? (p.sex as Sex) : 'UNKNOWN',
      estimatedAge: p.estimatedAge == null ? '' : String(p.estimatedAge),
      phone: p.phone ?? '',
      homePlaceCode: p.homePlaceCode ?? '',
    },
  };
}

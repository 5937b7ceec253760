import type { Complete } from '@/lib/enums';
import type {
  CaseCategory,
  CaseStatus,
  ConsentGiver,
  ConsentMethod,
  ConsentPurpose,
  ExploitationForm,
  FieldGroup,
  HandoverReceiver,
  IdDocumentType,
  IdentificationResult,
  IntakeChannel,
  MeansOfControl,
  RecruiterRelation,
  LabourType,
  SexualExploitationType,
  Sex,
} from './types';

const caseStatuses = [
  'OPEN',
  'UNDER_VERIFICATION',
  'IDENTIFIED',
  'NOT_IDENTIFIED',
  'SUPPORTING',
  'HANDED_OVER',
  'FOLLOW_UP',
  'CLOSED',
] as const satisfies readonly CaseStatus[];
export const CASE_STATUSES: Complete<CaseStatus, typeof caseStatuses> = caseStatuses;

const caseCategories = [
  'VICTIM',
  'PRESUMED_VICTIM',
  'AT_RISK',
  'RETURNED_MIGRANT',
  'PROSPECTIVE_MIGRANT_WORKER',
  'RELATIVE',
] as const satisfies readonly CaseCategory[];
export const CASE_CATEGORIES: Complete<CaseCategory, typeof caseCategories> = caseCategories;

const intakeChannels = [
  'POLICE_HANDOVER',
  'BORDER_GUARD_HANDOVER',
  'HOTLINE',
  'NGO',
  'OUTREACH',
  'SELF',
  'REPATRIATION_FROM_ABROAD',
  'OTHER',
] as const satisfies readonly IntakeChannel[];
export const INTAKE_CHANNELS: Complete<IntakeChannel, typeof intakeChannels> = intakeChannels;

/** Who may hand a person over on each handover channel: the intake offers those organizations only. */
export const HANDOVER_KINDS: Partial<Record<IntakeChannel, readonly string[]>> = {
  POLICE_HANDOVER: ['POLICE'],
  BORDER_GUARD_HANDOVER: ['BORDER_GUARD'],
  NGO: ['NGO', 'INTERNATIONAL_ORGANIZATION'],
  REPATRIATION_FROM_ABROAD: ['STATE_AGENCY', 'POLICE', 'BORDER_GUARD', 'INTERNATIONAL_ORGANIZATION', 'NGO'],
};

/** Channels where another authority hands the person over, with a handover record. */
export const HANDOVER_CHANNELS: readonly IntakeChannel[] = [
  'POLICE_HANDOVER',
  'BORDER_GUARD_HANDOVER',
  'NGO',
  'REPATRIATION_FROM_ABROAD',
];

const sexes = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const satisfies readonly Sex[];
export const SEXES: Complete<Sex, typeof sexes> = sexes;

const idDocumentTypes = [
  'CITIZEN_ID',
  'PASSPORT',
  'BIRTH_CERTIFICATE',
  'OTHER',
  'NONE',
] as const satisfies readonly IdDocumentType[];
export const ID_DOCUMENT_TYPES: Complete<IdDocumentType, typeof idDocumentTypes> = idDocumentTypes;

const identificationResults = ['VICTIM', 'NOT_VICTIM'] as const satisfies readonly IdentificationResult[];
export const IDENTIFICATION_RESULTS: Complete<IdentificationResult, typeof identificationResults> = identificationResults;

const handoverReceivers = ['FAMILY', 'LOCALITY', 'ORGANIZATION'] as const satisfies readonly HandoverReceiver[];
export const HANDOVER_RECEIVERS: Complete<HandoverReceiver, typeof handoverReceivers> = handoverReceivers;

const fieldGroups = ['IDENTITY', 'CONTACT', 'HEALTH', 'NARRATIVE'] as const satisfies readonly FieldGroup[];
export const FIELD_GROUPS: Complete<FieldGroup, typeof fieldGroups> = fieldGroups;

const consentPurposes = [
  'SUPPORT',
  'SHARE_WITH_ORGANIZATION',
  'DATA_PROCESSING',
  'CONTACT',
] as const satisfies readonly ConsentPurpose[];
export const CONSENT_PURPOSES: Complete<ConsentPurpose, typeof consentPurposes> = consentPurposes;

const consentMethods = ['SIGNED_FORM', 'VERBAL_WITH_WITNESS'] as const satisfies readonly ConsentMethod[];
export const CONSENT_METHODS: Complete<ConsentMethod, typeof consentMethods> = consentMethods;

const consentGivers = ['PERSON', 'GUARDIAN'] as const satisfies readonly ConsentGiver[];
export const CONSENT_GIVERS: Complete<ConsentGiver, typeof consentGivers> = consentGivers;

// The identification's coded answers follow the CTDC/HTCDS variables, so that the anonymised
// export needs nothing more; the contract owns the codes.
const exploitationForms = [
  'SEXUAL',
  'FORCED_LABOUR',
  'FORCED_MARRIAGE',
  'ORGAN_REMOVAL',
  'SURROGACY',
  'CHILD_TRAFFICKING',
  'FORCED_CRIMINALITY',
  'OTHER',
] as const satisfies readonly ExploitationForm[];
export const EXPLOITATION_FORMS: Complete<ExploitationForm, typeof exploitationForms> = exploitationForms;

const meansOfControl = [
  'DEBT_BONDAGE',
  'TAKES_EARNINGS',
  'THREATS',
  'PHYSICAL_ABUSE',
  'SEXUAL_ABUSE',
  'PSYCHOLOGICAL_ABUSE',
  'FALSE_PROMISES',
  'PSYCHOACTIVE_SUBSTANCES',
  'RESTRICTS_MOVEMENT',
  'RESTRICTS_MEDICAL_CARE',
  'EXCESSIVE_WORKING_HOURS',
  'THREAT_OF_LAW_ENFORCEMENT',
  'WITHHOLDS_DOCUMENTS',
  'WITHHOLDS_NECESSITIES',
  'OTHER',
] as const satisfies readonly MeansOfControl[];
export const MEANS_OF_CONTROL: Complete<MeansOfControl, typeof meansOfControl> = meansOfControl;

const recruiterRelations = [
  'INTIMATE_PARTNER',
  'FRIEND',
  'FAMILY',
  'OTHER_ACQUAINTANCE',
  'STRANGER',
  'UNKNOWN',
] as const satisfies readonly RecruiterRelation[];
export const RECRUITER_RELATIONS: Complete<RecruiterRelation, typeof recruiterRelations> = recruiterRelations;

const labourTypes = [
  'AGRICULTURE',
  'AQUAFARMING',
  'BEGGING',
  'CONSTRUCTION',
  'DOMESTIC_WORK',
  'HOSPITALITY',
  'ILLICIT_ACTIVITIES',
  'MANUFACTURING',
  'MINING_OR_DRILLING',
  'PEDDLING',
  'TRANSPORTATION',
  'OTHER',
  'NOT_SPECIFIED',
] as const satisfies readonly LabourType[];
export const LABOUR_TYPES: Complete<LabourType, typeof labourTypes> = labourTypes;

const sexualExploitationTypes = [
  'PROSTITUTION',
  'PORNOGRAPHY',
  'REMOTE_INTERACTIVE_SERVICES',
  'PRIVATE_SEXUAL_SERVICES',
] as const satisfies readonly SexualExploitationType[];
export const SEXUAL_EXPLOITATION_TYPES: Complete<SexualExploitationType, typeof sexualExploitationTypes> =
  sexualExploitationTypes;

// Every type is taken from a path of the contract, never from a schema's name, so that renaming
// a record on the server changes nothing here.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type CaseView = Json<paths['/api/v1/cases/{id}']['get']['responses'][200]>;
/** What a hotline operator may know of a case. */
export type CaseBrief = Json<paths['/api/v1/case-briefs/{id}']['get']['responses'][200]>;
export type CaseSummaryPage = Json<paths['/api/v1/cases']['get']['responses'][200]>;
export type CaseSummary = NonNullable<CaseSummaryPage['items']>[number];
/** A search of the cases: sent in a body (names and ID numbers never travel in a URL). */
export type CaseListParams = Json<paths['/api/v1/cases/search']['post']['requestBody']>;
export type PersonView = NonNullable<CaseView['person']>;
export type Identification = NonNullable<CaseView['identification']>;
export type Handover = NonNullable<CaseView['handover']>;
export type PossibleDuplicate = NonNullable<CaseView['possibleDuplicates']>[number];

export type IntakeRequest = Json<paths['/api/v1/intakes']['post']['requestBody']>;
export type PersonRequest = IntakeRequest['person'];
export type NoteRequest = Json<paths['/api/v1/cases/{id}/verify']['post']['requestBody']>;
export type ReasonRequest = Json<paths['/api/v1/cases/{id}/close']['post']['requestBody']>;
export type IdentifyRequest = Json<paths['/api/v1/cases/{id}/identify']['post']['requestBody']>;
export type NotIdentifiedRequest = Json<paths['/api/v1/cases/{id}/not-identified']['post']['requestBody']>;
export type HandoverRequest = Json<paths['/api/v1/cases/{id}/handover']['post']['requestBody']>;
export type AssignRequest = Json<paths['/api/v1/cases/{id}/assign']['post']['requestBody']>;
export type StaffList = Json<paths['/api/v1/staff']['get']['responses'][200]>;
export type StaffMember = NonNullable<StaffList['items']>[number];

export type TimelinePage = Json<paths['/api/v1/cases/{id}/timeline']['get']['responses'][200]>;
export type TimelineEvent = NonNullable<TimelinePage['items']>[number];
export type NotePage = Json<paths['/api/v1/cases/{id}/notes']['get']['responses'][200]>;
export type Note = NonNullable<NotePage['items']>[number];
export type NoteCreateRequest = Json<paths['/api/v1/cases/{id}/notes']['post']['requestBody']>;
export type ConsentList = Json<paths['/api/v1/cases/{caseId}/consents']['get']['responses'][200]>;
export type Consent = NonNullable<ConsentList['items']>[number];
export type ConsentRequest = Json<paths['/api/v1/cases/{caseId}/consents']['post']['requestBody']>;

// Enums, taken without undefined (the served contract marks no response field as required).
export type CaseStatus = NonNullable<CaseView['status']>;
export type CaseCategory = IntakeRequest['category'];
export type IntakeChannel = IntakeRequest['channel'];
export type CaseListView = NonNullable<CaseListParams['view']>;
export type Sex = NonNullable<PersonRequest['sex']>;
export type IdDocumentType = NonNullable<PersonRequest['idDocumentType']>;
/** The contract types `result` as a plain string; PLAN-4 names its two values. */
export type IdentificationResult = 'VICTIM' | 'NOT_VICTIM';
export type ExploitationForm = NonNullable<IdentifyRequest['forms']>[number];
export type MeansOfControl = NonNullable<IdentifyRequest['meansOfControl']>[number];
export type RecruiterRelation = NonNullable<IdentifyRequest['recruiterRelation']>;
export type LabourType = NonNullable<IdentifyRequest['labourTypes']>[number];
export type SexualExploitationType = NonNullable<IdentifyRequest['sexualExploitationTypes']>[number];
export type HandoverReceiver = HandoverRequest['receiver'];
export type DuplicateReason = NonNullable<PossibleDuplicate['reason']>;
export type FieldGroup = ConsentRequest['fieldGroups'][number];
export type ConsentPurpose = ConsentRequest['purpose'];
export type ConsentMethod = ConsentRequest['method'];
export type ConsentGiver = ConsentRequest['givenBy'];

/** A record with the ETag to send back in If-Match when changing it. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

// Every type is taken from a path of the contract, never from a schema's name, so that renaming
// a record on the server changes nothing here.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Referral = Json<paths['/api/v1/referrals/{id}']['get']['responses'][200]>;
export type ReferralPage = Json<paths['/api/v1/referrals']['get']['responses'][200]>;
export type ReferralSummary = NonNullable<ReferralPage['items']>[number];
export type ReferralListParams = NonNullable<paths['/api/v1/referrals']['get']['parameters']['query']>;
export type ReferralDirection = ReferralListParams['direction'];
export type ReferralRequest = Json<paths['/api/v1/referrals']['post']['requestBody']>;
export type ReferralStep = NonNullable<Referral['history']>[number];
export type SharedCase = NonNullable<Referral['sharedCase']>;
export type SharedPerson = NonNullable<SharedCase['persons']>[number];
export type EmergencyOverrideState = NonNullable<Referral['override']>;
export type OrganizationSummary = NonNullable<Referral['sender']>;

export type NoteRequest = Json<paths['/api/v1/referrals/{id}/accept']['post']['requestBody']>;
export type DeclineRequest = Json<paths['/api/v1/referrals/{id}/decline']['post']['requestBody']>;
export type CancelRequest = Json<paths['/api/v1/referrals/{id}/cancel']['post']['requestBody']>;
export type CompleteRequest = Json<paths['/api/v1/referrals/{id}/complete']['post']['requestBody']>;
export type CommentRequest = Json<paths['/api/v1/referrals/{id}/comments']['post']['requestBody']>;
export type CommentList = Json<paths['/api/v1/referrals/{id}/comments']['get']['responses'][200]>;

/** The case's consent ledger, read to show what a referral may share. */
export type ConsentList = Json<paths['/api/v1/cases/{caseId}/consents']['get']['responses'][200]>;
export type Consent = NonNullable<ConsentList['items']>[number];

/** The receiver's services in the directory. */
export type ServicePage = Json<paths['/api/v1/services']['get']['responses'][200]>;
export type Service = NonNullable<ServicePage['items']>[number];

// Enums, taken without undefined (the served contract marks no response field as required).
export type ReferralStatus = NonNullable<Referral['status']>;
export type Urgency = ReferralRequest['urgency'];
export type Outcome = CompleteRequest['outcome'];
export type FieldGroup = ReferralRequest['fieldGroups'][number];
export type ServiceType = NonNullable<ReferralRequest['serviceType']>;
export type StepType = NonNullable<ReferralStep['type']>;
export type CaseCategory = NonNullable<SharedCase['category']>;
export type CaseStatus = NonNullable<SharedCase['status']>;
/** The contract types `side` as a plain string; the backend names these two. */
export type Side = 'SENDER' | 'RECEIVER';

/** A record with the ETag to send back in If-Match when changing it. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

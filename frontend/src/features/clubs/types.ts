// Every type is taken from a path of the contract, so that renaming a schema on the server changes nothing here.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ClubPage = Json<paths['/api/v1/clubs']['get']['responses'][200]>;
export type ClubSummary = NonNullable<ClubPage['items']>[number];
export type ClubListParams = NonNullable<paths['/api/v1/clubs']['get']['parameters']['query']>;
export type Club = Json<paths['/api/v1/clubs/{id}']['get']['responses'][200]>;
export type ClubAction = NonNullable<Club['actions']>[number];
export type BoardSeat = NonNullable<Club['board']>[number];

export type MemberPage = Json<paths['/api/v1/clubs/{clubId}/members']['get']['responses'][200]>;
export type Member = NonNullable<MemberPage['items']>[number];
export type MemberListParams = NonNullable<paths['/api/v1/clubs/{clubId}/members']['get']['parameters']['query']>;
export type MemberRequest = Json<paths['/api/v1/clubs/{clubId}/members']['post']['requestBody']>;
export type TargetGroup = NonNullable<MemberRequest['targetGroup']>;
export type Sex = NonNullable<MemberRequest['sex']>;

export type MeetingPage = Json<paths['/api/v1/clubs/{clubId}/meetings']['get']['responses'][200]>;
export type Meeting = Json<paths['/api/v1/clubs/{clubId}/meetings/{id}']['get']['responses'][200]>;
export type MeetingRequest = Json<paths['/api/v1/clubs/{clubId}/meetings']['post']['requestBody']>;
export type SeriesRequest = Json<paths['/api/v1/clubs/{clubId}/meeting-series']['post']['requestBody']>;
export type AttendanceRequest = Json<paths['/api/v1/clubs/{clubId}/meetings/{id}/attendance']['put']['requestBody']>;
export type AttendanceStatus = NonNullable<AttendanceRequest['members'][number]['status']>;
export type GuestCount = NonNullable<AttendanceRequest['guests']>[number];
export type Topic = Json<paths['/api/v1/club-meeting-topics']['get']['responses'][200]>[number];

export type ContactPage = Json<paths['/api/v1/clubs/{clubId}/outreach-contacts']['get']['responses'][200]>;
export type OutreachContact = NonNullable<ContactPage['items']>[number];
export type ContactRequest = Json<paths['/api/v1/clubs/{clubId}/outreach-contacts']['post']['requestBody']>;
export type AgeBand = ContactRequest['ageBand'];
export type CounsellingPage = Json<paths['/api/v1/clubs/{clubId}/counselling']['get']['responses'][200]>;
export type Counselling = NonNullable<CounsellingPage['items']>[number];
export type CounsellingRequest = Json<paths['/api/v1/clubs/{clubId}/counselling']['post']['requestBody']>;
export type CounsellingTopic = CounsellingRequest['topic'];
export type ClubOverview = Json<paths['/api/v1/clubs/overview']['get']['responses'][200]>;
export type ReferRequest = Json<paths['/api/v1/clubs/{clubId}/outreach-contacts/{id}/referral']['post']['requestBody']>;

export type ClubDocumentList = Json<paths['/api/v1/clubs/{clubId}/documents']['get']['responses'][200]>;
export type ClubDocument = NonNullable<ClubDocumentList['items']>[number];
export type ClubDocumentKind = NonNullable<paths['/api/v1/clubs/{clubId}/documents']['post']['parameters']['query']>['kind'];

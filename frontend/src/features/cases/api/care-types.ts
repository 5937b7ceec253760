// The records of the protection, follow-up and documents tabs, taken from paths of the contract
// like ../types.ts (which the other tabs share, so these live beside it).
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type RiskAssessmentList = Json<paths['/api/v1/cases/{id}/risk-assessments']['get']['responses'][200]>;
export type RiskAssessment = NonNullable<RiskAssessmentList['items']>[number];
export type RiskAssessmentRequest = Json<paths['/api/v1/cases/{id}/risk-assessments']['post']['requestBody']>;
export type RiskLevel = RiskAssessmentRequest['level'];
export type ThreatSource = RiskAssessmentRequest['threatSources'][number];
export type AtRisk = RiskAssessmentRequest['atRisk'][number];
export type Measure = NonNullable<RiskAssessmentRequest['measures']>[number];

export type FollowUpVisitList = Json<paths['/api/v1/cases/{id}/follow-up-visits']['get']['responses'][200]>;
export type FollowUpVisit = NonNullable<FollowUpVisitList['items']>[number];
export type FollowUpVisitRequest = Json<paths['/api/v1/cases/{id}/follow-up-visits']['post']['requestBody']>;

export type CaseDocumentList = Json<paths['/api/v1/cases/{id}/documents']['get']['responses'][200]>;
export type CaseDocument = NonNullable<CaseDocumentList['items']>[number];
export type DocumentKind = NonNullable<
  paths['/api/v1/cases/{id}/documents']['post']['parameters']['query']
>['kind'];

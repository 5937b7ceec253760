// Every type is taken from a path of the contract, so that renaming a schema on the server changes nothing here.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ReportCatalog = Json<paths['/api/reports']['get']['responses'][200]>;
export type ReportDefinition = NonNullable<ReportCatalog['items']>[number];
export type Report = Json<paths['/api/reports/{name}']['get']['responses'][200]>;
export type ReportCell = NonNullable<Report['cells']>[number];
export type ReportParams = NonNullable<paths['/api/reports/{name}']['get']['parameters']['query']>;

export type PlanPage = Json<paths['/api/v1/plans']['get']['responses'][200]>;
export type PlanSummary = NonNullable<PlanPage['items']>[number];
export type PlanProgress = Json<paths['/api/v1/plans/{planId}/progress']['get']['responses'][200]>;
export type TargetProgress = NonNullable<PlanProgress['items']>[number];
export type TrendPoint = NonNullable<TargetProgress['trend']>[number];
export type Plan = Json<paths['/api/v1/plans/{id}']['get']['responses'][200]>;
export type PlanTarget = NonNullable<Plan['targets']>[number];
export type PlanRequest = NonNullable<paths['/api/v1/plans']['post']['requestBody']>['content']['application/json'];
export type TargetRequest = NonNullable<paths['/api/v1/plans/{planId}/targets']['post']['requestBody']>['content']['application/json'];
export type IndicatorList = Json<paths['/api/v1/indicators']['get']['responses'][200]>;

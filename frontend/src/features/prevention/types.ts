// Every type is taken from a path of the contract, so that renaming a schema on the server changes nothing here.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type TrainingPage = Json<paths['/api/v1/trainings']['get']['responses'][200]>;
export type Training = Json<paths['/api/v1/trainings/{id}']['get']['responses'][200]>;
export type CampaignPage = Json<paths['/api/v1/campaigns']['get']['responses'][200]>;
export type Campaign = Json<paths['/api/v1/campaigns/{id}']['get']['responses'][200]>;
export type CampaignRequest = Json<paths['/api/v1/campaigns']['post']['requestBody']>;
export type CampaignChannel = CampaignRequest['channel'];
export type CountingMethod = CampaignRequest['countingMethod'];
export type ReachCount = NonNullable<CampaignRequest['reach']>[number];
export type Place = NonNullable<Json<paths['/api/v1/places']['get']['responses'][200]>['items']>[number];
export type TrainingRequest = Json<paths['/api/v1/trainings']['post']['requestBody']>;
export type StaffRole = NonNullable<TrainingRequest['participants']>[number]['staffRole'];
export type TrainingAttendance = NonNullable<TrainingRequest['participants']>[number]['attendance'];

// Every type is taken from a path of the contract, so that renaming a schema on the server changes nothing here.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type CashRateList = Json<paths['/api/v1/cash-rates']['get']['responses'][200]>;
export type CashRate = NonNullable<CashRateList['items']>[number];
export type CashRateRequest = Json<paths['/api/v1/cash-rates']['post']['requestBody']>;
export type CashRateListParams = NonNullable<paths['/api/v1/cash-rates']['get']['parameters']['query']>;
export type PlacePage = Json<paths['/api/v1/places']['get']['responses'][200]>;
export type Place = NonNullable<PlacePage['items']>[number];

export type SupportType = CashRateRequest['supportType'];
export type CashRateUnit = CashRateRequest['unit'];

// Every type is taken from a path of the contract, so that renaming a schema on the server changes nothing here.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Occupancy = Json<paths['/api/v1/shelter/occupancy']['get']['responses'][200]>;
export type OccupancyTotals = NonNullable<Occupancy['totals']>;
export type BoardRoom = NonNullable<Occupancy['rooms']>[number];
export type BoardStay = NonNullable<BoardRoom['stays']>[number];

export type RoomPage = Json<paths['/api/v1/shelter/rooms']['get']['responses'][200]>;
export type Room = NonNullable<RoomPage['items']>[number];
export type RoomListParams = NonNullable<paths['/api/v1/shelter/rooms']['get']['parameters']['query']>;
export type RoomRequest = Json<paths['/api/v1/shelter/rooms']['post']['requestBody']>;
export type RoomStatus = NonNullable<RoomRequest['status']>;

export type StayPage = Json<paths['/api/v1/shelter/stays']['get']['responses'][200]>;
export type Stay = NonNullable<StayPage['items']>[number];
export type StayListParams = NonNullable<paths['/api/v1/shelter/stays']['get']['parameters']['query']>;
export type CheckInRequest = Json<paths['/api/v1/shelter/stays']['post']['requestBody']>;
export type CheckOutRequest = Json<paths['/api/v1/shelter/stays/{id}/check-out']['post']['requestBody']>;

/** The cases the check-in searches, and the one it reads for its persons. */
export type CaseSearchParams = Json<paths['/api/v1/cases/search']['post']['requestBody']>;
export type CaseHit = NonNullable<Json<paths['/api/v1/cases/search']['post']['responses'][200]>['items']>[number];
export type CaseStatus = NonNullable<CaseHit['status']>;
export type CaseDetail = Json<paths['/api/v1/cases/{id}']['get']['responses'][200]>;

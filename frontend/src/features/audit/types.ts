// Types are taken from paths of the contract, never from schema names.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type AuditEventPage = Json<paths['/api/v1/audit']['get']['responses'][200]>;
export type AuditEvent = NonNullable<AuditEventPage['items']>[number];
export type AuditListParams = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;
export type AuditVerification = Json<paths['/api/v1/audit/verification']['get']['responses'][200]>;

import type { i18n as I18n } from 'i18next';
import { isApiProblem } from './problem';

/** When the server sends no known code, the status still says what happened. */
const CODE_BY_STATUS: Record<number, string> = {
  0: 'network.unreachable',
  400: 'request.bad',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'resource.not-found',
  409: 'conflict',
  412: 'precondition.stale',
  422: 'validation.failed',
  428: 'precondition.required',
};

export interface ProblemText {
  message: string;
  /** Extra server text worth showing, e.g. the incident id of an internal error. */
  detail?: string;
}

/**
 * A readable message for a failed call: a page's own wording of it, else the problem's `code`
 * translated when the UI knows it, else the server's own title and detail, else a message for
 * its status.
 */
export function describeProblem(error: unknown, i18n: I18n): ProblemText {
  const options = { ns: 'problem', keySeparator: false, nsSeparator: false } as const;
  const known = (code: string | undefined): code is string => !!code && i18n.exists(code, options);
  const translate = (code: string, values: object = {}) => (i18n.t as (key: string, opts: object) => string)(code, { ...options, ...values });

  if (!isApiProblem(error)) return { message: translate('unexpected') };
  if (error.problem.worded) return { message: error.title };
  if (known(error.code)) {
    // A refusal for too many requests says how long to wait (Retry-After), a minute when unsaid.
    const values = error.status === 429 ? { seconds: error.retryAfterSeconds ?? 60 } : {};
    return { message: translate(error.code, values), detail: error.code === 'internal' ? error.detail : undefined };
  }
  const fromServer = error.problem.code !== undefined || error.problem.type !== undefined;
  if (fromServer && (error.detail || error.title)) {
    return error.detail && error.title && error.detail !== error.title
      ? { message: error.title, detail: error.detail }
      : { message: error.detail ?? error.title };
  }
  const byStatus = CODE_BY_STATUS[error.status] ?? (error.status >= 500 ? 'internal' : undefined);
  if (known(byStatus)) return { message: translate(byStatus) };
  return { message: error.title || translate('unexpected') };
}

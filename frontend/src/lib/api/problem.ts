import type { components } from './schema';

/** Problem details as the contract describes them (every field optional there). */
export type ProblemBody = components['schemas']['Problem'];

/** What is wrong with a field, stably: the contract's list, each worded in the UI's catalogue. */
export type FieldCode = NonNullable<components['schemas']['FieldError']['code']>;

/** One invalid field, as the UI uses it: the path and the message always present (the server's code and params when it sent them). */
export interface FieldError {
  field: string;
  message: string;
  code?: FieldCode;
  params?: Record<string, string>;
}

let wordField: ((error: FieldError) => string | undefined) | undefined;

/**
 * How server field errors are worded: set by the i18n setup, so that a 422's messages read in the
 * reader's language by their code (`invalid` quotes the API's own message); without a wording the API's own
 * message stays.
 */
export function setFieldWording(wording: (error: FieldError) => string | undefined): void {
  wordField = wording;
}

/** Every code the API's problems may carry (the contract's list); the messages cover each. */
export type ProblemCode = NonNullable<ProblemBody['code']>;

/**
 * Problem details after reading: status and title always set, field errors checked. The code is
 * the API's, or one the client gives a failure of its own (a network failure, an empty answer).
 */
export interface Problem extends Omit<ProblemBody, 'status' | 'title' | 'errors' | 'code'> {
  status: number;
  title: string;
  code?: string;
  errors?: FieldError[];
  /** The title is already the reader's words for this very place (a page worded its code itself): shown as it is. */
  worded?: boolean;
}

/** Code the client gives a request that never got an answer (offline, DNS, CORS, server down). */
export const NETWORK_ERROR_CODE = 'network.unreachable';

const PROBLEM_TYPES = ['application/problem+json', 'application/json'];

/** A failed API call as RFC 9457 problem details; network failures have status 0. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly problem: Problem;
  /** From Retry-After (429, 503): how many seconds to wait before trying again. */
  retryAfterSeconds: number | undefined;

  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.name = 'ApiProblem';
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code ?? undefined;
    this.title = problem.title;
    this.detail = problem.detail ?? undefined;
    this.errors = problem.errors ?? [];
    this.retryAfterSeconds = undefined;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  static network(cause: unknown): ApiProblem {
    return new ApiProblem(
      { status: 0, title: 'Network error', code: NETWORK_ERROR_CODE, detail: cause instanceof Error ? cause.message : undefined },
      { cause },
    );
  }

  /** Reads a failed response; a body that is not problem details still gives a usable error. */
  static async fromResponse(response: Response): Promise<ApiProblem> {
    const problem = await ApiProblem.read(response);
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    if (Number.isFinite(retryAfter) && retryAfter >= 0) problem.retryAfterSeconds = retryAfter;
    return problem;
  }

  private static async read(response: Response): Promise<ApiProblem> {
    const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    const fallback: Problem = { status: response.status, title: response.statusText || `HTTP ${response.status}` };
    if (!PROBLEM_TYPES.includes(type)) {
      return new ApiProblem(fallback);
    }
    try {
      const body: unknown = await response.json();
      if (typeof body !== 'object' || body === null) return new ApiProblem(fallback);
      const raw = body as ProblemBody;
      return new ApiProblem({
        ...raw,
        status: typeof raw.status === 'number' ? raw.status : response.status,
        title: typeof raw.title === 'string' ? raw.title : fallback.title,
        errors: Array.isArray(raw.errors)
          ? (raw.errors as unknown[]).filter(isFieldError).map((error) => ({ ...error, message: wordField?.(error) ?? error.message }))
          : undefined,
      });
    } catch {
      return new ApiProblem(fallback);
    }
  }
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/**
 * Whether a server field error belongs to a form field. The server names fields by their JSON
 * path (`nameVi`, `contacts[0].name`), sometimes behind a method prefix (`create.request.nameVi`).
 */
export function fieldMatches(errorField: string, formField: string): boolean {
  return errorField === formField || errorField.endsWith(`.${formField}`);
}

/**
 * Sorts field errors onto the form's fields: the longest field path that the error's path is or
 * ends with (so `contacts[0].email` beats `email`), else the list the path is an element of
 * (`hotlines[2]` onto `hotlines`). Errors on no field stay in `other`.
 */
export function assignFieldErrors(
  errors: FieldError[],
  formFields: string[],
): { byField: Record<string, string[]>; other: FieldError[] } {
  const byField: Record<string, string[]> = {};
  const other: FieldError[] = [];
  const longestFirst = [...formFields].sort((a, b) => b.length - a.length);
  for (const error of errors) {
    const field =
      longestFirst.find((f) => fieldMatches(error.field, f)) ??
      longestFirst.find((f) => error.field.startsWith(`${f}[`) || error.field.includes(`.${f}[`));
    if (field) (byField[field] ??= []).push(error.message);
    else other.push(error);
  }
  return { byField, other };
}
